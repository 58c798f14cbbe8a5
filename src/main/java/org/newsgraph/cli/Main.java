package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.annotation.InputError;
import org.newsgraph.server.JsonResultsWriter;
import org.newsgraph.store.StoreException;
import org.newsgraph.validate.InvalidGraphException;
import org.newsgraph.validate.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.newsgraph.util.TemporaryFileException;

/**
 * The {@code newsgraph} command line: one subcommand class per verb. This class is the
 * only place that turns exceptions into messages and exit codes (see {@link #commandLine()}).
 */
@Command(name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns annotated news articles into a provenance-rich RDF knowledge graph and serves it.",
        subcommands = {
            BuildCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ImportCommand.class,
            PublishCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code: success. */
    public static final int EXIT_OK = 0;
    /** Exit code: the graph was built but does not pass validation (report printed). */
    public static final int EXIT_INVALID = 1;
    /** Exit code: input is malformed or inconsistent, or the command line is wrong (one-line error printed). */
    public static final int EXIT_INPUT_ERROR = 2;
    /** Exit code: a bug (message and stack trace printed). */
    public static final int EXIT_INTERNAL_ERROR = 3;
    /** Exit code: the store, the port or the endpoint cannot be used, or a query ran too long (one line printed). */
    public static final int EXIT_UNAVAILABLE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line (tests call {@code execute} on it, after {@code setOut} /
     * {@code setErr} if they want the output). Output is UTF-8 whatever the locale;
     * errors become exit codes here, for every subcommand:
     * an {@link InputError} prints its one-line message (exit 2), a usage error prints
     * picocli's message (exit 2), an {@link InvalidGraphException} its report (exit 1), a
     * {@link StoreException} one line (exit 4), anything else is an internal error with a stack
     * trace (exit 3).
     */
    public static CommandLine commandLine() {
        // query --format json writes Jena's JSON results layout with the faster writer
        JsonResultsWriter.install();
        CommandLine cl = configure(new CommandLine(new Main()));
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put(" " + EXIT_OK, "success");
        exitCodes.put(" " + EXIT_INVALID, "the graph does not validate (report printed)");
        exitCodes.put(" " + EXIT_INPUT_ERROR, "an error in the input or the command line (one line printed)");
        exitCodes.put(" " + EXIT_INTERNAL_ERROR, "internal error (a bug: message and stack trace printed)");
        exitCodes.put(" " + EXIT_UNAVAILABLE, "the store, port, endpoint or temporary folder cannot be used, or a query ran too long"
                + " (one line printed)");
        for (String name : new String[] {"build", "validate", "export", "serve", "query", "import", "publish"}) {
            cl.getSubcommands().get(name).getCommandSpec().usageMessage()
                    .exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        }
        return cl;
    }

    /** Sets UTF-8 output and the error handling (exit codes) on a command line. */
    static CommandLine configure(CommandLine cl) {
        cl.setOut(utf8(System.out));
        cl.setErr(utf8(System.err));
        cl.setExecutionExceptionHandler(Main::executionError);
        cl.setParameterExceptionHandler(Main::usageError);
        return cl;
    }

    /** UTF-8 whatever the platform encoding (Java 17 would use the locale's, ASCII on a bare CI machine). */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static int executionError(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        String command = cl.getCommandSpec().qualifiedName();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InputError input) {
                err.println(input.getMessage());
                err.flush();
                return EXIT_INPUT_ERROR;
            }
            if (t instanceof InvalidGraphException invalid) {
                printReport(err, invalid.report());
                err.println(command + ": " + invalid.getMessage() + "; nothing was written or served");
                err.flush();
                return EXIT_INVALID;
            }
            if (t instanceof TemporaryFileException temporary) {
                err.println(command + ": " + temporary.getMessage());
                err.flush();
                return EXIT_UNAVAILABLE;
            }
            if (t instanceof StoreException unavailable) {
                err.println(command + ": " + unavailable.getMessage());
                err.flush();
                return EXIT_UNAVAILABLE;
            }
        }
        err.println("newsgraph: internal error: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return EXIT_INTERNAL_ERROR;
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getColorScheme().errorText(ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_INPUT_ERROR;
    }

    /** Prints a validation report, ending with a newline. */
    static void printReport(PrintWriter out, Validation.Report report) {
        String text = report.text() == null ? "" : report.text().strip();
        out.println(text.isEmpty() ? "the graph does not validate (no details given)" : text);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "development" : v)};
        }
    }
}

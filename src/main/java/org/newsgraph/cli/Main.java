package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: one subcommand class per verb. */
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
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code: input is malformed or inconsistent (one-line error printed). */
    public static final int EXIT_INPUT_ERROR = 2;
    /** Exit code: the graph was built but does not pass validation (report printed). */
    public static final int EXIT_INVALID = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "development" : v)};
        }
    }
}

package org.newsgraph.draft;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.annotation.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph draft}: machine drafts of annotations, their comparison, brat import and the evaluation. */
@Command(name = "newsgraph draft",
        mixinStandardHelpOptions = true,
        version = "newsgraph draft 0.1.0 (Stanford CoreNLP 4.5.10)",
        description = "Drafts annotation.draft.json for article folders with Stanford CoreNLP and newsgraph's own "
                + "patterns (anonymous sources, quote speakers, denials, times, event candidates); every item is "
                + "marked with its extractor and confidence in its note.",
        footer = {"",
            "A FOLDER is an article folder (article.txt, and annotation.json when",
            "curated) or a folder holding them (data/articles); CoreNLP's models are",
            "loaded once for all of them. An existing annotation.json gives the",
            "metadata (date, headline); Wikidata ids come only from the corpus register",
            "(../../corpus) and --gazetteer.",
            "",
            "Exit codes:",
            "   0   success",
            "   2   an error in the input or the command line (one line printed)",
            "   3   internal error"})
public final class DraftCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", arity = "0..*", description = "Article folders, or folders holding article folders.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--compare", description = "Print what the draft has that annotation.json lacks, and the reverse;"
            + " write nothing.")
    boolean compare;

    @Option(names = "--brat", paramLabel = "FILE", description = "Import a brat standoff file (.ann, beside article.txt)"
            + " instead of running CoreNLP.")
    Path brat;

    @Option(names = "--to-brat", description = "Write the draft as brat standoff (FOLDER/annotation.draft.ann,"
            + " or --out) instead of JSON, to correct it in brat or INCEpTION and import it again with --brat.")
    boolean toBrat;

    @Option(names = "--brat-mapping", paramLabel = "FILE", description = "Mapping of brat type names to ours"
            + " (default: the built-in brat-mapping.json, see README).")
    Path bratMapping;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Local gazetteer: a JSON list of {name,"
            + " alternativeNames, type, wikidata}.")
    Path gazetteer;

    @Option(names = "--evaluate", paramLabel = "DATA", description = "Evaluate drafts against the curated annotations"
            + " of DATA/articles (and CoreNLP's own quote attribution as the baseline); write the report to --out.")
    Path evaluate;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (one folder's draft, or the"
            + " evaluation report; default: FOLDER/annotation.draft.json, EVALUATION.md).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (evaluate != null) {
            Path report = out != null ? out : Path.of("EVALUATION.md");
            String md = new Evaluation(evaluate).run(o).markdown();
            writeAtomically(report, md);
            o.println("newsgraph draft: evaluation written to " + report);
            return 0;
        }
        List<Path> articles = articleFolders();
        if (articles.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one article FOLDER");
        }
        if (out != null && articles.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out needs exactly one article folder");
        }
        if (brat != null) {
            if (articles.size() != 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--brat needs exactly one article folder");
            }
            Path dir = articles.get(0);
            String json = DraftWriter.JSON.writeValueAsString(new BratImport(BratMapping.load(bratMapping))
                    .read(dir, brat)) + "\n";
            Path target = out != null ? out : dir.resolve("annotation.draft.json");
            writeAtomically(target, json);
            o.println("newsgraph draft: " + target + " (from " + brat + ")");
            return 0;
        }
        long t0 = System.nanoTime();
        Drafter drafter = new Drafter(Nlp.drafting(), gazetteer);
        o.printf("newsgraph draft: CoreNLP loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (Path dir : articles) {
            long t1 = System.nanoTime();
            Drafter.Result r = drafter.draft(dir);
            if (compare) {
                o.print(Compare.of(dir.resolve("annotation.json"), r.draft()).text());
                continue;
            }
            Path target = out != null ? out : dir.resolve(toBrat ? "annotation.draft.ann" : "annotation.draft.json");
            writeAtomically(target, toBrat ? new BratExport(BratMapping.load(bratMapping)).write(r.draft())
                    : DraftWriter.JSON.writeValueAsString(r.json()) + "\n");
            Draft d = r.draft();
            o.printf("newsgraph draft: %s: %d entities (%d anonymous sources), %d statements, %d events, %d times"
                    + " (%.1f s)%n", target, d.entities.size(), d.entities.stream().filter(Draft.Entity::anonymous).count(),
                    d.statements.size(), d.events.size(), d.times.size(), (System.nanoTime() - t1) / 1e9);
        }
        o.flush();
        return 0;
    }

    private List<Path> articleFolders() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : folders) {
            if (Files.isRegularFile(f.resolve("article.txt"))) {
                out.add(f);
                continue;
            }
            if (!Files.isDirectory(f)) {
                throw new DraftException(f + ": no such folder");
            }
            Path base = Files.isDirectory(f.resolve("articles")) ? f.resolve("articles") : f;
            try (Stream<Path> s = Files.list(base)) {
                List<Path> found = s.filter(p -> Files.isRegularFile(p.resolve("article.txt"))).sorted().toList();
                if (found.isEmpty()) {
                    throw new DraftException(f + ": no article.txt here nor in its subfolders");
                }
                out.addAll(found);
            }
        }
        return out;
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The command line with errors turned into one line and exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DraftCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DraftException || e instanceof InputError) {
                cmd.getErr().println("newsgraph draft: " + e.getMessage());
                return 2;
            }
            cmd.getErr().println("newsgraph draft: internal error: " + e);
            e.printStackTrace(cmd.getErr());
            return 3;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

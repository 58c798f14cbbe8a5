package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {
            "Builds the knowledge graph from every article under DIR/articles, validates it "
                    + "(SHACL shapes and text spans) and writes it as TriG.",
            "Nothing is written when the input has an error (exit 2) or the graph does not "
                    + "validate (exit 1; the report goes to standard error). "
                    + "The file is replaced atomically, and the same input always gives a byte-identical file."
        })
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    DataOptions input;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "out/newsgraph.trig",
            description = "Where to write the graph (TriG, one named graph per article and per claim). "
                    + "Missing folders are created; a symbolic link is refused, as the file is replaced, "
                    + "not written through.")
    Path out;

    @Option(names = "--rebuild", description = "Build every article, not taking the unchanged ones from the "
            + "previous FILE (whose index is the hidden file .FILE.index next to it).")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String summary;
        if (!Pipeline.streams(input.data, TextPolicy.FULL)) {
            // imports with blank nodes: the whole graph is built and written at once
            DatasetGraph dataset = input.build();
            Validation.requireValid(dataset);
            writeFile(dataset, Exporter.Format.TRIG, out);
            try {
                org.newsgraph.pipeline.BlockIndex.delete(out); // an index of an earlier build would not describe it
            } catch (IOException e) {
                throw new InputError(org.newsgraph.pipeline.BlockIndex.fileOf(out), "cannot remove: "
                        + TextFiles.describe(e));
            }
            summary = DataOptions.summary(dataset);
        } else {
            try {
                summary = Pipeline.writeTrig(input.data, input.base, out, !rebuild).summary();
            } catch (IOException e) {
                throw new InputError(out, "cannot write: " + TextFiles.describe(e));
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out + ": " + summary);
        stdout.flush();
        return Main.EXIT_OK;
    }

    /**
     * Writes atomically; a file that cannot be written is reported in one line (exit 2), a
     * folder ({@code /} included) as {@code FILE: cannot write: is a folder}, and nothing is written.
     */
    static void writeFile(DatasetGraph dataset, Exporter.Format format, Path file) {
        try {
            Exporter.writeFile(dataset, format, file);
        } catch (IOException e) {
            throw new InputError(file, "cannot write: " + TextFiles.describe(e));
        }
    }
}

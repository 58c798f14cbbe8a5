package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.export.SplitExport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --split-by HOW [--gzip] --out DIR}: the checks of the command line, then {@link SplitExport}. */
final class SplitDump {
    private SplitDump() {
    }

    static void write(CommandSpec spec, DatasetGraph dataset, String base, Format format, SplitExport.SplitBy by,
            boolean gzip, Path out, Path data) {
        if (by == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gzip goes with --split-by");
        }
        if (format != Format.NQUADS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--split-by writes N-Quads: give --format nquads");
        }
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--split-by needs --out DIR (a folder)");
        }
        List<SplitExport.Part> parts;
        try {
            parts = SplitExport.write(dataset, base, by, gzip, out, data);
        } catch (IOException e) {
            throw new InputError(out, "cannot write: " + TextFiles.describe(e));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        long quads = parts.stream().mapToLong(SplitExport.Part::quads).sum();
        long graphs = parts.stream().mapToLong(p -> p.graphs().size()).sum();
        stdout.println("wrote " + out + ": " + parts.size() + " files (" + graphs + " named graphs, " + quads
                + " quads) and " + SplitExport.MANIFEST);
        stdout.flush();
    }
}

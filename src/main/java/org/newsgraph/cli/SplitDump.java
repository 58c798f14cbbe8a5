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
import org.newsgraph.export.TextPolicy;
import org.newsgraph.pipeline.StreamedExport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --split-by HOW [--gzip] --out DIR}: the checks of the command line, then {@link SplitExport} (article by article, or of a dataset built whole). */
final class SplitDump {
    private SplitDump() {
    }

    /** The checks of the command line, before anything is built. */
    static void check(CommandSpec spec, Format format, SplitExport.SplitBy by, Path out) {
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
    }

    /** Writes the dump of a dataset built whole (checked by {@link #check} first). */
    static void write(CommandSpec spec, DatasetGraph dataset, String base, SplitExport.SplitBy by, boolean gzip,
            Path out, Path data) {
        try {
            report(spec, SplitExport.write(dataset, base, by, gzip, out, data), out);
        } catch (IOException e) {
            throw new InputError(out, "cannot write: " + TextFiles.describe(e));
        }
    }

    /** Builds and writes the dump one article at a time (checked by {@link #check} first). */
    static void stream(CommandSpec spec, DataOptions input, boolean validate, TextPolicy policy,
            SplitExport.SplitBy by, boolean gzip, Path out) {
        try {
            report(spec, StreamedExport.split(input.data, input.base, validate, policy, by, gzip, out), out);
        } catch (IOException e) {
            throw new InputError(out, "cannot write: " + TextFiles.describe(e));
        }
    }

    private static void report(CommandSpec spec, List<SplitExport.Part> parts, Path out) {
        PrintWriter stdout = spec.commandLine().getOut();
        long quads = parts.stream().mapToLong(SplitExport.Part::quads).sum();
        long graphs = parts.stream().mapToLong(p -> p.graphs().size()).sum();
        stdout.println("wrote " + out + ": " + parts.size() + " files (" + graphs + " named graphs, " + quads
                + " quads) and " + SplitExport.MANIFEST);
        stdout.flush();
    }
}

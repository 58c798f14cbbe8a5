package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.export.Distribution;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.export.SchemaOrgView;
import org.newsgraph.export.SplitExport;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.pipeline.ExportSink;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StreamedExport;
import org.newsgraph.validate.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {
            "Builds and validates the graph, then writes it in one RDF syntax to standard output or to a file.",
            "Triple formats (turtle, ntriples, rdfxml) get the union of all graphs; quad formats "
                    + "(trig, nquads, jsonld) keep the named graphs. nquads and ntriples are sorted "
                    + "line by line, so the same input gives byte-identical output. "
                    + "jsonld is JSON-LD 1.1, compacted with the project's context (ontology/context.jsonld, embedded).",
            "--view schemaorg writes the schema.org projection instead (NewsArticle, Person, Organization, "
                    + "Place, Event, Quotation, Claim), one graph, for web consumers.",
            "--dist DIR writes the published dumps instead: every format gzip'd, the schema.org view, the "
                    + "dataset description (void.ttl), a README and SHA256SUMS."
        })
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT",
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "Output syntax, one of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (replaced atomically; missing folders are created; a symbolic link "
                    + "is refused) "
                    + "instead of standard output.")
    Path out;

    /** What to export. */
    enum View { graph, schemaorg }

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "graph",
            description = "graph: the full knowledge graph; schemaorg: its schema.org projection. "
                    + "One of: ${COMPLETION-CANDIDATES}.")
    View view;

    @Option(names = "--split-by", paramLabel = "HOW",
            description = "Write a folder (--out DIR) for bulk loaders instead of one file: nquads, one file "
                    + "per article (its graph, claim graphs and linkset) or per named graph, every other graph in "
                    + "a file of its own, and manifest.json. One of: ${COMPLETION-CANDIDATES}.")
    SplitExport.SplitBy splitBy;

    @Option(names = "--gzip", description = "With --split-by: gzip each file (.nq.gz).")
    boolean gzip;
    @Option(names = "--dist", paramLabel = "DIR",
            description = "Write the dumps for publication into DIR (instead of --format): every format gzip'd, "
                    + "with SHA-256 checksums, the dataset description and a README.")
    Path dist;

    @Option(names = "--text", paramLabel = "POLICY", converter = OptionConverters.TextPolicyConverter.class,
            description = "What the graph carries of the texts of articles published by others: full (the whole "
                    + "text), excerpts (the words of each span only), none (offsets and the text's SHA-256 only). "
                    + "Default: full, or excerpts with --dist.")
    TextPolicy text;

    @Option(names = "--no-validate",
            description = "Export even if the graph does not validate (to inspect it).")
    boolean noValidate;

    @Mixin
    DataOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((format == null) == (dist == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --format or --dist (one of them, not both)");
        }
        if (dist != null && view != View.graph) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--view goes with --format, not --dist"
                    + " (the dumps hold the graph and its schema.org view)");
        }
        if (dist != null && (splitBy != null || gzip)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--split-by and --gzip go with --format, not --dist"
                    + " (the dumps are gzip'd already)");
        }
        TextPolicy policy = text != null ? text : dist != null ? TextPolicy.EXCERPTS : TextPolicy.FULL;
        if (splitBy != null || gzip) {
            SplitDump.check(spec, format, splitBy, out);
        }
        boolean streamed = dist == null && view == View.graph && (splitBy != null || ExportSink.streams(format))
                && Pipeline.streams(input.data, policy);
        try {
            if (streamed && splitBy != null) {
                SplitDump.stream(spec, input, !noValidate, policy, splitBy, gzip, out);
            } else if (streamed) {
                streamed(policy);
            } else {
                whole(policy);
            }
        } catch (OutOfMemoryError e) {
            throw streamed ? tooBigEvenInPieces() : tooBig();
        }
        return Main.EXIT_OK;
    }

    /** TriG, N-Quads or N-Triples of the graph, built and written one article at a time. */
    private void streamed(TextPolicy policy) {
        Path target = out;
        try {
            StreamedExport.write(input.data, input.base, !noValidate, policy, format, content -> {
                if (target != null) {
                    Exporter.writeAtomically(target, content);
                } else {
                    OutputStream stdout = stdout();
                    content.writeTo(stdout);
                    stdout.flush();
                }
            });
        } catch (IOException e) {
            throw new InputError(target, "cannot write: " + TextFiles.describe(e));
        }
    }

    /** Standard output as bytes: decoded in pieces into the command's writer (no copy of the output as a String). */
    private OutputStream stdout() {
        return new BufferedOutputStream(new Utf8WriterStream(spec.commandLine().getOut()), 1 << 16);
    }

    /** The one-line error when even one article at a time does not fit in the heap. */
    private InputError tooBigEvenInPieces() {
        return new InputError(out, "not written: the Java heap ("
                + (java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20)
                + " MiB) is too small to write " + format + " even one article at a time;"
                + " give Java more heap (NEWSGRAPH_JAVA_OPTS=-Xmx...)");
    }

    /** The one-line error when the whole graph does not fit in the heap. */
    private InputError tooBig() {
        return new InputError(dist != null ? dist : out, "not written: the graph does not fit in the Java heap ("
                + (java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20)
                + " MiB) to write "
                + (dist != null ? "the dumps of --dist" : format + (view == View.graph ? "" : " --view " + view))
                + " (trig, nquads, ntriples and --split-by are written article by article, without --view,"
                + " unless imports hold blank nodes or go with a text policy other than full); give Java more heap"
                + " (NEWSGRAPH_JAVA_OPTS=-Xmx...)");
    }

    /**
     * Every other output: the whole graph built in memory and written out there, then written to
     * the target. While the graph is in memory, a heap nearly full stops the process with the
     * one-line error (exit 2) when the JVM would exit on an OutOfMemoryError ({@link HeapWatch});
     * nothing is written to the target before.
     */
    private void whole(TextPolicy policy) {
        PrintWriter err = spec.commandLine().getErr();
        DatasetGraph dataset;
        byte[] bytes = null;
        List<Distribution.Entry> dumps = null;
        try (HeapWatch watch = HeapWatch.arm(() -> {
            err.println(tooBig().getMessage());
            err.flush();
            Runtime.getRuntime().halt(Main.EXIT_INPUT_ERROR);
        })) {
            dataset = input.build();
            if (!noValidate) {
                Validation.requireValid(dataset);
            }
            dataset = policy.apply(dataset);
            if (dist != null) {
                dumps = Distribution.entries(dataset, policy);
            } else {
                if (view == View.schemaorg) {
                    dataset = SchemaOrgView.project(dataset);
                }
                if (splitBy == null) {
                    bytes = Exporter.toBytes(dataset, format);
                    dataset = null;
                }
            }
        }
        if (dumps != null) {
            DistCommandSupport.write(dumps, policy, dist, input.data, spec.commandLine().getOut());
        } else if (bytes == null) {
            SplitDump.write(spec, dataset, input.base, splitBy, gzip, out, input.data);
        } else if (out != null) {
            try {
                Exporter.writeAtomically(out, bytes);
            } catch (IOException e) {
                throw new InputError(out, "cannot write: " + TextFiles.describe(e));
            }
        } else {
            try {
                OutputStream stdout = stdout();
                stdout.write(bytes);
                stdout.flush();
            } catch (IOException e) {
                throw new InputError(null, "cannot write to standard output: " + TextFiles.describe(e));
            }
        }
    }

    /** {@code --format} values: the lower-case names. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The names listed in {@code --help}. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::cliName).iterator();
        }
    }
}

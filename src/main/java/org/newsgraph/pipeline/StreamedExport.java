package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.ExternalSort;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.export.SplitExport;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.mapping.Corpus;
import org.newsgraph.validate.InvalidGraphException;

/**
 * {@code export --format trig|nquads|ntriples} holding one article at a time ({@link ExportSink}):
 * the same bytes as {@link Exporter#write} gives for the text policy's copy of the whole
 * dataset, in memory bounded by the articles in flight, the corpus index and a sorting budget.
 */
public final class StreamedExport {
    private StreamedExport() {
    }

    /** Where the output goes: a file written atomically, standard output. Called once, after the build. */
    @FunctionalInterface
    public interface Target {
        void write(Exporter.Content content) throws IOException;
    }

    /**
     * Builds the corpus of {@code dataDir} (checking each article when {@code validate} is true)
     * and writes it in {@code format} to {@code target}. Nothing is written when the input has an
     * error or the graph does not validate.
     *
     * @throws org.newsgraph.annotation.InputError on the first malformed or inconsistent input
     * @throws InvalidGraphException when the graph does not validate
     * @throws IOException when the target cannot be written
     */
    public static Pipeline.Result write(Path dataDir, String base, boolean validate, TextPolicy policy, Format format,
            Target target) throws IOException {
        return write(dataDir, base, validate, policy, format, target, ExternalSort.defaultBudget());
    }

    /** As {@link #write(Path, String, boolean, TextPolicy, Format, Target)}, sorting lines in runs of {@code sortBudget} bytes. */
    static Pipeline.Result write(Path dataDir, String base, boolean validate, TextPolicy policy, Format format,
            Target target, long sortBudget) throws IOException {
        return write(dataDir, base, validate, policy, format, target, sortBudget, UnaryOperator.identity());
    }

    /**
     * As {@link #write(Path, String, boolean, TextPolicy, Format, Target, long)}, the pipeline
     * handing each run's graphs to {@code view} of the sink (which passes them on).
     *
     * <p>The TriG blocks are written with the prefixes of the ontology and the register, known
     * before the first article; when the articles' graphs bring a prefix that changes the
     * dataset's prefixes, the corpus is built again and the blocks written with the complete
     * prefixes (a second run).
     */
    static Pipeline.Result write(Path dataDir, String base, boolean validate, TextPolicy policy, Format format,
            Target target, long sortBudget, UnaryOperator<GraphSink<ExportSink.Piece>> view) throws IOException {
        Corpus corpus = Build.corpus(dataDir, base);
        Map<String, String> prefixes = ExportSink.prefixesOf(corpus.contextGraphs(), policy);
        while (true) {
            try (ExportSink sink = new ExportSink(format, policy, prefixes, sortBudget)) {
                Pipeline.Result result = Pipeline.run(corpus, validate, view.apply(sink));
                if (validate && !result.report().conforms()) {
                    throw new InvalidGraphException(result.report());
                }
                if (format == Format.TRIG && !sink.prefixes().equals(prefixes)) {
                    prefixes = sink.prefixes(); // an article brought a prefix: the blocks again with it
                } else {
                    target.write(sink::finish);
                    return result;
                }
            }
            corpus = Build.corpus(dataDir, base);
        }
    }

    /**
     * Builds the corpus of {@code dataDir} as {@link #write} does and writes it as a dump for bulk
     * loaders into {@code dir} ({@link SplitExport}), holding one article and one file at a time.
     *
     * @return the files written
     * @throws IOException when the folder cannot be written, or holds something else
     */
    public static List<SplitExport.Part> split(Path dataDir, String base, boolean validate, TextPolicy policy,
            SplitExport.SplitBy by, boolean gzip, Path dir) throws IOException {
        Corpus corpus = Build.corpus(dataDir, base);
        try (SplitSink sink = new SplitSink(policy, base, by)) {
            Pipeline.Result result = Pipeline.run(corpus, validate, sink);
            if (validate && !result.report().conforms()) {
                throw new InvalidGraphException(result.report());
            }
            return SplitExport.write(sink, by, gzip, dir, dataDir);
        }
    }
}

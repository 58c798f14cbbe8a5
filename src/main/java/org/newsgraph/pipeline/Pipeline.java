package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.mapping.Build;
import org.newsgraph.mapping.Corpus;
import org.newsgraph.mapping.Corpus.NamedGraph;
import org.newsgraph.validate.InvalidGraphException;
import org.newsgraph.validate.Validation;
import org.newsgraph.vocab.External;

/**
 * The build one article at a time: each article is read, mapped, checked against the shapes and
 * handed to a {@link GraphSink} (written, loaded) before the next ones are read, several at once
 * on the available cores, in folder order. Memory is bounded by the articles in flight (two per
 * worker) plus the corpus index and the build record, not by the corpus.
 *
 * <p>Errors are those of {@link Build#build}: the first article that cannot be mapped, then the
 * checks across articles; validation problems of every article are gathered into one report.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** What a run built: counts for the summary line, and the validation report. */
    public record Result(long graphs, long articles, long quads, Validation.Report report) {

        /** One line: named graphs, articles, quads (as {@code build} and {@code validate} print it). */
        public String summary() {
            return plural(graphs, "named graph") + ", " + plural(articles, "article") + ", " + plural(quads, "quad");
        }

        private static String plural(long n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }

    /** How many articles are mapped at once: the available cores (at most 8), or {@code -Dnewsgraph.threads}. */
    static int threads() {
        int cores = Math.min(8, Runtime.getRuntime().availableProcessors());
        return Math.max(1, Integer.getInteger("newsgraph.threads", cores));
    }

    private record Unit<P>(Corpus.Article article, List<String> problems, P prepared, long quads, Set<String> typed) {
    }

    /**
     * Builds the corpus of {@code dataDir} into {@code sink}, checking each article when
     * {@code validate} is true.
     *
     * @throws org.newsgraph.annotation.InputError on the first malformed or inconsistent input
     */
    public static <P> Result run(Path dataDir, String base, boolean validate, GraphSink<P> sink) {
        return run(Build.corpus(dataDir, base), validate, sink);
    }

    /**
     * Builds, validates and writes the graph as TriG to {@code out} (replaced atomically; the
     * same bytes as writing the whole dataset with {@code Exporter}), holding one article at a
     * time. Nothing is written when the input has an error or the graph does not validate.
     *
     * @throws org.newsgraph.annotation.InputError on the first malformed or inconsistent input
     * @throws InvalidGraphException when the graph does not validate
     * @throws IOException when {@code out} cannot be written
     */
    public static Result writeTrig(Path dataDir, String base, Path out) throws IOException {
        Corpus corpus = Build.corpus(dataDir, base);
        Map<String, String> prefixes = TrigFileSink.prefixesOf(corpus.contextGraphs());
        while (true) {
            try (TrigFileSink sink = new TrigFileSink(out, prefixes)) {
                Result result = run(corpus, true, sink);
                if (!result.report().conforms()) {
                    throw new InvalidGraphException(result.report());
                }
                if (sink.finish()) {
                    return result;
                }
                prefixes = sink.prefixes();
            }
            corpus = Build.corpus(dataDir, base);
        }
    }

    /** Builds a corpus into {@code sink}, checking each article when {@code validate} is true. */
    public static <P> Result run(Corpus corpus, boolean validate, GraphSink<P> sink) {
        List<Graph> context = new ArrayList<>();
        corpus.contextGraphs().forEach(g -> context.add(g.graph()));
        context.add(corpus.recordHead());
        Validation.Checker checker = validate ? new Validation.Checker(context) : null;
        TreeSet<String> problems = new TreeSet<>();
        Set<String> articles = new HashSet<>();
        long graphs = 0;
        long quads = 0;
        int threads = threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-article");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Unit<P>>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < corpus.size(); done++) {
                while (next < corpus.size() && inFlight.size() < 2 * threads) {
                    int i = next++;
                    inFlight.add(pool.submit(() -> unit(corpus, i, checker, sink)));
                }
                Unit<P> u = get(inFlight.poll());
                corpus.admit(u.article());
                problems.addAll(u.problems());
                sink.accept(u.prepared());
                graphs += u.article().graphs().size();
                quads += u.quads();
                articles.addAll(u.typed());
            }
        } finally {
            pool.shutdownNow();
        }
        corpus.finish();
        List<NamedGraph> shared = corpus.sharedGraphs();
        if (checker != null) {
            problems.addAll(checker.check(List.of(), List.of()));
        }
        sink.accept(sink.prepare(shared));
        for (NamedGraph g : shared) {
            graphs++;
            quads += g.graph().size();
            articles.addAll(typedArticles(g.graph()));
        }
        return new Result(graphs, articles.size(), quads, Validation.Report.of(problems));
    }

    private static <P> Unit<P> unit(Corpus corpus, int i, Validation.Checker checker, GraphSink<P> sink) {
        Corpus.Article a = corpus.map(i);
        List<String> problems = List.of();
        if (checker != null) {
            List<Graph> own = new ArrayList<>();
            a.graphs().forEach(g -> own.add(g.graph()));
            own.add(corpus.recordOf(a));
            List<Triple> restated = new ArrayList<>();
            for (String iri : a.restatedArticles(corpus.base())) {
                restated.add(Triple.create(NodeFactory.createURI(iri), RDF.type.asNode(),
                        External.SCHEMA.NewsArticle.asNode()));
            }
            problems = checker.check(own, restated);
        }
        long quads = 0;
        Set<String> typed = new HashSet<>();
        for (NamedGraph g : a.graphs()) {
            quads += g.graph().size();
            typed.addAll(typedArticles(g.graph()));
        }
        return new Unit<>(a, problems, sink.prepare(a.graphs()), quads, typed);
    }

    private static Set<String> typedArticles(Graph g) {
        Set<String> out = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), External.SCHEMA.NewsArticle.asNode())
                .forEachRemaining(t -> out.add(t.getSubject().toString()));
        return out;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}

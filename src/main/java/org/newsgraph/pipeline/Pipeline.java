package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
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
import org.newsgraph.annotation.InputError;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.imports.Imports;
import org.newsgraph.mapping.ArticleEntry;
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

    /**
     * What a run built: counts for the summary line, the validation report, every article's entry
     * (folder order) and how many articles were mapped (not reused).
     */
    public record Result(long graphs, long articles, long quads, Validation.Report report, List<ArticleEntry> entries,
            int mapped) {

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

    private record Unit<P>(Corpus.Article article, ArticleEntry entry, List<String> problems, P prepared) {
    }

    /**
     * Articles built before that need not be mapped again: an entry is reused when the article's
     * folder still has the digest it was built from.
     *
     * @param digest the input's digests now
     * @param entries the entries built before, by slug
     */
    public record Reuse(InputDigest digest, Map<String, ArticleEntry> entries) {

        /** Nothing to reuse: every article is mapped. */
        public static final Reuse NONE = new Reuse(null, Map.of());

        /** The entry of {@code slug} if it can be reused, else null. */
        public ArticleEntry of(String slug) {
            ArticleEntry e = entries.get(slug);
            return e != null && digest != null && e.fingerprint().equals(digest.articles().get(slug)) ? e : null;
        }

        /** The digest of {@code slug}'s folder, or an empty string when not known. */
        String fingerprint(String slug) {
            return digest == null ? "" : digest.articles().getOrDefault(slug, "");
        }
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
        return writeTrig(dataDir, base, out, false);
    }

    /**
     * As {@link #writeTrig(Path, String, Path)}; with {@code reuse}, the blocks of the articles
     * whose folder did not change since the last build into {@code out} are taken from that file
     * ({@link BlockIndex}) and only the other articles are built. Either way the index of the new
     * file is written next to it for the next build, and the bytes written are the same.
     */
    public static Result writeTrig(Path dataDir, String base, Path out, boolean reuse) throws IOException {
        InputDigest digest = InputDigest.current(dataDir, base, "full");
        Corpus corpus = Build.corpus(dataDir, base);
        Map<String, String> prefixes = TrigFileSink.prefixesOf(corpus.contextGraphs());
        boolean useIndex = reuse;
        while (true) {
            String key = BlockIndex.key(digest.corpus(), prefixes);
            BlockIndex index = useIndex ? BlockIndex.read(out, key) : BlockIndex.NONE;
            try (TrigFileSink sink = new TrigFileSink(out, prefixes, index)) {
                Result result = run(corpus, true, sink, new Reuse(digest, index.entries()));
                if (!result.report().conforms()) {
                    throw new InvalidGraphException(result.report());
                }
                boolean done;
                try {
                    done = sink.finish();
                } catch (TrigFileSink.StaleBlockException e) {
                    done = false;
                    useIndex = false; // the output is not what its index says: build every article
                }
                if (done) {
                    BlockIndex.write(out, prefixes, key, sink.headerWritten(), result.entries(), sink.blocksWritten());
                    return result;
                }
                prefixes = sink.prefixes();
            }
            corpus = Build.corpus(dataDir, base);
        }
    }

    /**
     * Whether the corpus of {@code dataDir} is built article by article with {@code policy}: it
     * is, unless its imports hold blank nodes (their labels are given over the whole dataset), or
     * it has imports and the policy is not {@code full} (an import may annotate an article's text,
     * which the policy finds over the whole dataset). Otherwise the whole graph is built at once.
     */
    public static boolean streams(Path dataDir, TextPolicy policy) {
        if (!Imports.any(dataDir)) {
            return true;
        }
        return policy == TextPolicy.FULL && !Imports.holdBlankNodes(dataDir);
    }

    /** Builds a corpus into {@code sink}, checking each article when {@code validate} is true. */
    public static <P> Result run(Corpus corpus, boolean validate, GraphSink<P> sink) {
        return run(corpus, validate, sink, Reuse.NONE);
    }

    /**
     * Builds a corpus into {@code sink}, checking each article when {@code validate} is true;
     * the articles that {@code reuse} knows unchanged are not mapped nor checked again: their
     * entries join the checks across articles and the build record, and the sink is told of them
     * ({@link GraphSink#reuse}).
     */
    public static <P> Result run(Corpus corpus, boolean validate, GraphSink<P> sink, Reuse reuse) {
        List<Graph> context = new ArrayList<>();
        corpus.contextGraphs().forEach(g -> context.add(g.graph()));
        context.add(corpus.recordHead());
        Validation.Checker checker = validate ? new Validation.Checker(context) : null;
        TreeSet<String> problems = new TreeSet<>();
        Set<String> articles = new HashSet<>();
        List<ArticleEntry> entries = new ArrayList<>(corpus.size());
        long graphs = 0;
        long quads = 0;
        int mapped = 0;
        int threads = threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-article");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Unit<P>>> inFlight = new ArrayDeque<>();
            ArrayDeque<Integer> toMap = new ArrayDeque<>();
            ArticleEntry[] reused = new ArticleEntry[corpus.size()];
            for (int i = 0; i < corpus.size(); i++) {
                reused[i] = reuse.of(corpus.slug(i));
                if (reused[i] == null) {
                    toMap.add(i);
                }
            }
            for (int i = 0; i < corpus.size(); i++) {
                ArticleEntry e = reused[i];
                if (e != null) {
                    corpus.admit(e);
                    sink.reuse(e);
                } else {
                    while (!toMap.isEmpty() && inFlight.size() < 2 * threads) {
                        int next = toMap.poll();
                        String fingerprint = reuse.fingerprint(corpus.slug(next));
                        inFlight.add(pool.submit(() -> unit(corpus, next, fingerprint, checker, sink)));
                    }
                    Unit<P> u = get(inFlight.poll());
                    e = u.entry();
                    corpus.admit(u.article(), e);
                    problems.addAll(u.problems());
                    sink.accept(u.prepared());
                    mapped++;
                }
                entries.add(e);
                graphs += e.graphs().size();
                quads += e.quads();
                articles.addAll(e.typed());
            }
        } finally {
            pool.shutdownNow();
        }
        corpus.finish();
        List<NamedGraph> shared = corpus.sharedGraphs();
        if (checker != null && mapped == entries.size()) {
            // the corpus-level graphs alone; when an article is reused, they are those of the build
            // it comes from (the same corpus-level digest), which passed this check
            problems.addAll(checker.check(List.of(), List.of()));
        }
        long[] imported = sendImports(corpus, entries, shared, sink, articles);
        graphs += imported[0];
        quads += imported[1];
        sink.accept(sink.prepare(shared));
        for (NamedGraph g : shared) {
            graphs++;
            quads += g.graph().size();
            articles.addAll(typedArticles(g.graph()));
        }
        return new Result(graphs, articles.size(), quads, Validation.Report.of(problems), List.copyOf(entries), mapped);
    }

    /**
     * Sends the imports of the corpus's data folder to {@code sink}, one import at a time, each
     * described in the build record (before the record is sent); they are not checked (made by
     * other tools, to other rules). Returns how many graphs and quads were sent; the articles they
     * type are added to {@code articles}.
     */
    private static <P> long[] sendImports(Corpus corpus, List<ArticleEntry> entries, List<NamedGraph> shared,
            GraphSink<P> sink, Set<String> articles) {
        long[] counts = {0, 0};
        if (corpus.dataDir() == null || !Files.isDirectory(Imports.folder(corpus.dataDir()))) {
            return counts;
        }
        Set<Node> taken = new HashSet<>();
        entries.forEach(e -> e.graphs().forEach(g -> taken.add(NodeFactory.createURI(g))));
        shared.forEach(g -> taken.add(NodeFactory.createURI(g.name())));
        Graph record = shared.stream().filter(g -> g.name().equals(corpus.buildGraphName())).findFirst()
                .orElseThrow().graph();
        Imports.forEach(corpus.dataDir(), corpus.base(), record, taken::contains, graphsOfImport -> {
            List<NamedGraph> named = new ArrayList<>();
            graphsOfImport.forEach((name, graph) -> {
                if (graph.find().filterKeep(t -> Imports.holdsBlank(t.getSubject()) || Imports.holdsBlank(t.getObject()))
                        .hasNext()) {
                    // their labels are given over the whole dataset: such a corpus is built whole
                    // (streams); the import changed since that was decided
                    throw new InputError(Imports.folder(corpus.dataDir()), "the import of graph <" + name.getURI()
                            + "> changed during the build and now holds blank nodes; run the command again");
                }
                named.add(new NamedGraph(name.getURI(), graph));
            });
            sink.accept(sink.prepare(named));
            for (NamedGraph g : named) {
                counts[0]++;
                counts[1] += g.graph().size();
                articles.addAll(typedArticles(g.graph()));
            }
        });
        return counts;
    }

    private static <P> Unit<P> unit(Corpus corpus, int i, String fingerprint, Validation.Checker checker,
            GraphSink<P> sink) {
        Corpus.Article a = corpus.map(i);
        ArticleEntry entry = a.entry(fingerprint);
        List<String> problems = List.of();
        if (checker != null) {
            List<Graph> own = new ArrayList<>();
            a.graphs().forEach(g -> own.add(g.graph()));
            own.add(corpus.recordOf(entry));
            List<Triple> restated = new ArrayList<>();
            for (String iri : a.restatedArticles(corpus.base())) {
                restated.add(Triple.create(NodeFactory.createURI(iri), RDF.type.asNode(),
                        External.SCHEMA.NewsArticle.asNode()));
            }
            problems = checker.check(own, restated);
        }
        return new Unit<>(a, entry, problems, sink.prepare(a.graphs()));
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

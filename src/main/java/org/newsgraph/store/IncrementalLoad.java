package org.newsgraph.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.imports.Imports;
import org.newsgraph.mapping.ArticleEntry;
import org.newsgraph.mapping.Build;
import org.newsgraph.mapping.Corpus;
import org.newsgraph.pipeline.InputDigest;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StreamSink;
import org.newsgraph.validate.InvalidGraphException;

/**
 * Brings a store up to date by building only the articles whose folder changed: when the
 * store's {@link StoreIndex} has the same corpus-level digest as the input, the added and
 * changed articles are mapped and validated, the checks across articles run over every
 * article's entry (the unchanged ones as recorded), and in ONE write transaction the graphs of
 * the changed and removed articles are deleted, the new graphs added, the triples of the build
 * record graph that changed replaced, the dataset's prefixes replaced and the store's record
 * (fingerprint and index) written. The corpus-level graphs (ontology, register) and the
 * imported graphs are left as they are: the corpus-level digest says they did not change (the
 * imports are read again only for their description in the build record). What is written of
 * an article is the text policy's copy of its graphs, the policy the store was loaded with
 * (it is part of the corpus-level digest).
 * An error of the input, a graph that does not validate, or a crash leaves the store as it was.
 *
 * <p>The store is not compacted afterwards (that would copy the whole database); it grows by
 * about what was replaced. {@code --rebuild} reloads it in full and compacts it.
 */
final class IncrementalLoad {
    private IncrementalLoad() {
    }

    /** What an update did: articles built again (added or changed) and removed. */
    record Update(int rebuilt, int removed, int articles) {
    }

    /**
     * Updates {@code store} to the input of {@code dataDir} with the digests {@code digest}, or
     * returns empty (having written nothing) when the store has no index or another corpus-level
     * digest, so that the caller loads the whole graph.
     *
     * @throws org.newsgraph.annotation.InputError the input is malformed (the store is left as it was)
     * @throws InvalidGraphException a rebuilt article does not validate (the store is left as it was)
     */
    static Optional<Update> update(Store store, Path dataDir, String base, InputDigest digest, Fingerprint fingerprint,
            TextPolicy policy, Consumer<String> progress) {
        Optional<StoreIndex> index = store.index();
        if (index.isEmpty() || !index.get().corpus().equals(digest.corpus())) {
            return Optional.empty();
        }
        Map<String, ArticleEntry> known = index.get().entries();
        TreeSet<String> stale = new TreeSet<>();
        digest.articles().forEach((slug, d) -> {
            ArticleEntry e = known.get(slug);
            if (e == null || !e.fingerprint().equals(d)) {
                stale.add(slug);
            }
        });
        int removed = 0;
        for (String slug : known.keySet()) {
            if (!digest.articles().containsKey(slug)) {
                stale.add(slug);
                removed++;
            }
        }
        Corpus corpus = Build.corpus(dataDir, base);
        int rebuilt = stale.size() - removed;
        progress.accept("building and validating " + rebuilt + " added or changed article" + (rebuilt == 1 ? "" : "s")
                + " of " + corpus.size() + (removed > 0 ? " (" + removed + " removed)" : "") + " from " + dataDir);
        DatasetGraph ds = store.dataset();
        Txn.executeWrite(ds, () -> {
            for (String slug : stale) {
                ArticleEntry old = known.get(slug);
                if (old != null) {
                    old.graphs().forEach(g -> ds.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY));
                }
            }
            Map<String, String> prefixes = new TreeMap<>();
            Node buildGraph = NodeFactory.createURI(corpus.buildGraphName());
            // the corpus-level graphs and the imports are unchanged (same corpus-level digest)
            Set<Node> context = new HashSet<>(Imports.graphNames(dataDir));
            corpus.contextGraphs().forEach(g -> context.add(NodeFactory.createURI(g.name())));
            Graph newRecord = GraphFactory.createGraphMem();
            StreamRDF into = new StreamRDFWrapper(StreamRDFLib.dataset(ds)) {
                @Override
                public void quad(Quad quad) {
                    if (quad.getGraph().equals(buildGraph)) {
                        newRecord.add(quad.asTriple()); // compared with the stored one below
                    } else if (!context.contains(quad.getGraph())) {
                        super.quad(quad);
                    }
                }

                @Override
                public void prefix(String prefix, String iri) {
                    prefixes.putIfAbsent(prefix, iri);
                }
            };
            StreamSink sink = new StreamSink(into, policy);
            Pipeline.Result result = Pipeline.run(corpus, true, sink, new Pipeline.Reuse(digest, known));
            if (!result.report().conforms()) {
                throw new InvalidGraphException(result.report());
            }
            sink.finish();
            StoreIndex.replaceTriples(ds.getGraph(buildGraph), null, newRecord);
            ds.prefixes().clear();
            prefixes.forEach(ds.prefixes()::add);
            store.record(fingerprint, StoreIndex.of(digest.corpus(), result.entries()));
        });
        store.countLoad();
        return Optional.of(new Update(rebuilt, removed, corpus.size()));
    }
}

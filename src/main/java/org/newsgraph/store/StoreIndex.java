package org.newsgraph.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newsgraph.mapping.ArticleEntry;

/**
 * What a store knows of the input it was loaded from, article by article: the corpus-level
 * digest and each article's entry (with the digest of its folder), written in the store's record
 * (its default graph) in the same transaction as the data. With it, a later load builds only the
 * articles whose folder changed ({@link IncrementalLoad}). A store whose record has no index (an
 * older store, a store whose imports hold blank nodes or go with a text policy other than full,
 * see {@code Pipeline.streams}) is loaded in full.
 *
 * @param corpus the corpus-level digest ({@link org.newsgraph.pipeline.InputDigest#corpus})
 * @param entries every article's entry, by slug
 */
public record StoreIndex(String corpus, Map<String, ArticleEntry> entries) {

    /** The format of the index in the record; another value is not read. */
    static final String FORMAT = "2";

    static final Node FORMAT_P = NodeFactory.createURI("urn:x-newsgraph:store#indexFormat");
    static final Node CORPUS_P = NodeFactory.createURI("urn:x-newsgraph:store#corpusDigest");
    static final Node ARTICLE_P = NodeFactory.createURI("urn:x-newsgraph:store#article");

    public StoreIndex {
        entries = new TreeMap<>(entries);
    }

    /** The index of entries in folder order. */
    public static StoreIndex of(String corpus, List<ArticleEntry> entries) {
        Map<String, ArticleEntry> m = new TreeMap<>();
        entries.forEach(e -> m.put(e.slug(), e));
        return new StoreIndex(corpus, m);
    }

    /** The index in a record graph, if it has one in this format with every entry readable. */
    static Optional<StoreIndex> read(Graph record) {
        if (!record.contains(Store.RECORD, FORMAT_P, NodeFactory.createLiteralString(FORMAT))) {
            return Optional.empty();
        }
        Iterator<Triple> c = record.find(Store.RECORD, CORPUS_P, Node.ANY);
        if (!c.hasNext()) {
            return Optional.empty();
        }
        String corpus = c.next().getObject().getLiteralLexicalForm();
        Map<String, ArticleEntry> entries = new TreeMap<>();
        Iterator<Triple> it = record.find(Store.RECORD, ARTICLE_P, Node.ANY);
        while (it.hasNext()) {
            ArticleEntry e = ArticleEntry.fromJson(it.next().getObject().getLiteralLexicalForm());
            if (e == null || entries.put(e.slug(), e) != null) {
                return Optional.empty();
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new StoreIndex(corpus, entries));
    }

    /** Writes the index into a record graph (in a write transaction). */
    void write(Graph record) {
        record.add(Store.RECORD, FORMAT_P, NodeFactory.createLiteralString(FORMAT));
        record.add(Store.RECORD, CORPUS_P, NodeFactory.createLiteralString(corpus));
        entries.values().forEach(e -> record.add(Store.RECORD, ARTICLE_P, NodeFactory.createLiteralString(e.toJson())));
    }

    /**
     * Makes the triples of {@code target} with subject {@code subject} (any subject when null)
     * those of {@code wanted}, removing and adding only the triples that differ (an update of a
     * few articles changes a few triples of a large graph).
     */
    static void replaceTriples(Graph target, Node subject, Graph wanted) {
        List<Triple> gone = new java.util.ArrayList<>();
        target.find(subject == null ? Node.ANY : subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!wanted.contains(t)) {
                gone.add(t);
            }
        });
        gone.forEach(target::delete);
        wanted.find().forEachRemaining(t -> {
            if (!target.contains(t)) {
                target.add(t);
            }
        });
    }
}

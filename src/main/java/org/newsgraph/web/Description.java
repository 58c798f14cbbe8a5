package org.newsgraph.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The RDF description of a resource we mint, as served by content negotiation:
 * <ul>
 * <li>its Concise Bounded Description: every triple with the resource as subject, and,
 *     recursively, every triple of each blank node reached that way (the graph has no blank
 *     nodes today, the closure is there for what may come);</li>
 * <li>its incoming links: every triple with the resource as object;</li>
 * <li>for an article's document, the description of the hash IRIs it holds, its text spans
 *     ({@code …/article/SLUG#char=B,E}: subject triples).</li>
 * </ul>
 * Each part is bounded (see the limits); the union of all graphs is read.
 */
final class Description {
    private Description() {
    }

    static final int MAX_OUT = 5000;
    static final int MAX_IN = 2000;
    static final int MAX_SPAN_TRIPLES = 40000;
    static final int MAX_BNODE_TRIPLES = 5000;

    static final String CBD = """
            CONSTRUCT { ?r ?p ?o } WHERE { ?r ?p ?o } LIMIT %d
            """.formatted(MAX_OUT);
    static final String INCOMING = """
            CONSTRUCT { ?s ?p ?r } WHERE { ?s ?p ?r } LIMIT %d
            """.formatted(MAX_IN);
    static final String SPANS = """
            CONSTRUCT { ?span ?p ?o } WHERE {
              ?ctx nif:sourceUrl ?r .
              { BIND(?ctx AS ?span) } UNION { ?span nif:referenceContext ?ctx }
              ?span ?p ?o
            } LIMIT %d
            """.formatted(MAX_SPAN_TRIPLES);

    /** The description of {@code r}; empty when the dataset says nothing about it. */
    static Graph of(Sparql sparql, DatasetGraph dataset, Node r) {
        Map<String, Node> bind = Map.of("r", r);
        Graph g = sparql.construct(CBD, bind);
        closeBlankNodes(dataset, g);
        sparql.construct(INCOMING, bind).find().forEach(g::add);
        sparql.construct(SPANS, bind).find().forEach(g::add);
        return g;
    }

    /** Adds the triples of every blank node reachable from the description (bounded). */
    private static void closeBlankNodes(DatasetGraph dataset, Graph g) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        g.find().forEach(t -> {
            if (t.getObject().isBlank()) {
                todo.add(t.getObject());
            }
        });
        if (todo.isEmpty()) {
            return;
        }
        Txn.executeRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            int added = 0;
            while (!todo.isEmpty() && added < MAX_BNODE_TRIPLES) {
                Node b = todo.poll();
                if (!seen.add(b)) {
                    continue;
                }
                Iterator<Triple> it = union.find(b, Node.ANY, Node.ANY);
                while (it.hasNext() && added < MAX_BNODE_TRIPLES) {
                    Triple t = it.next();
                    g.add(t);
                    added++;
                    if (t.getObject().isBlank()) {
                        todo.add(t.getObject());
                    }
                }
            }
        });
    }
}

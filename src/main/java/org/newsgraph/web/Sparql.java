package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * The read-only SPARQL queries of the pages, on the served dataset (its default graph is the
 * union of the named graphs): fixed query texts with {@code ?r}-style variables bound by
 * substitution, each with a {@code LIMIT} and a timeout, in a read transaction.
 */
final class Sparql {

    /** The prefixes of {@link Site#PREFIXES}, declared for the queries of these pages. */
    static final String PREFIXES = prefixDeclarations();

    /** The most IRIs one label query asks for. */
    static final int MAX_LABELS = 3000;

    private final DatasetGraph dataset;
    private final long timeoutMs;

    Sparql(DatasetGraph dataset, long timeoutMs) {
        this.dataset = dataset;
        this.timeoutMs = timeoutMs;
    }

    /** The rows of a SELECT query, with variables bound to the nodes given. */
    List<Binding> select(String query, Map<String, Node> bind) {
        return Txn.calculateRead(dataset, () -> {
            QueryExec qe = exec(query, bind);
            try (qe) {
                RowSet rows = qe.select();
                List<Binding> out = new ArrayList<>();
                // copied inside the transaction: TDB2 resolves a binding's nodes lazily
                rows.forEachRemaining(b -> out.add(BindingFactory.copy(b)));
                return out;
            }
        });
    }

    /** The graph of a CONSTRUCT query, with variables bound to the nodes given. */
    Graph construct(String query, Map<String, Node> bind) {
        return Txn.calculateRead(dataset, () -> {
            QueryExec qe = exec(query, bind);
            try (qe) {
                Graph g = GraphFactory.createDefaultGraph();
                qe.constructTriples().forEachRemaining(g::add);
                return g;
            }
        });
    }

    private QueryExec exec(String query, Map<String, Node> bind) {
        var builder = QueryExec.dataset(dataset).query(PREFIXES + query)
                .timeout(timeoutMs, TimeUnit.MILLISECONDS);
        bind.forEach(builder::substitution);
        return builder.build();
    }

    /** A VALUES block for variable {@code var} over IRIs (at most {@link #MAX_LABELS}). */
    static String values(String var, Collection<Node> nodes) {
        StringBuilder b = new StringBuilder("VALUES ?").append(var).append(" {");
        int n = 0;
        for (Node node : nodes) {
            if (node.isURI() && n++ < MAX_LABELS) {
                b.append(' ').append(NodeFmtLib.strNT(node));
            }
        }
        return b.append(" }").toString();
    }

    /**
     * The best label of each IRI: {@code skos:prefLabel}, {@code schema:name}, then
     * {@code rdfs:label} (English or no language first). IRIs without one are missing.
     */
    Map<Node, String> labels(Collection<Node> nodes) {
        Map<Node, String> out = new LinkedHashMap<>();
        if (nodes.stream().noneMatch(Node::isURI)) {
            return out;
        }
        Map<Node, Integer> rank = new LinkedHashMap<>();
        String q = "SELECT ?x ?p ?l WHERE { " + values("x", nodes)
                + " VALUES ?p { skos:prefLabel schema:name rdfs:label } ?x ?p ?l . FILTER(isLiteral(?l)) } LIMIT 20000";
        for (Binding row : select(q, Map.of())) {
            Node x = row.get("x");
            Node l = row.get("l");
            String p = row.get("p").getURI();
            int r = p.endsWith("prefLabel") ? 0 : p.endsWith("name") ? 2 : 4;
            String lang = l.getLiteralLanguage();
            if (!(lang.isEmpty() || lang.startsWith("en"))) {
                r += 1;
            }
            Integer old = rank.get(x);
            if (old == null || r < old || (r == old && l.getLiteralLexicalForm().compareTo(out.get(x)) < 0)) {
                rank.put(x, r);
                out.put(x, l.getLiteralLexicalForm());
            }
        }
        return out;
    }

    /** The literal's lexical form, or null. */
    static String str(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** The integer value of a bound literal, or {@code dflt}. */
    static int integer(Binding row, String var, int dflt) {
        String s = str(row, var);
        try {
            return s == null ? dflt : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static String prefixDeclarations() {
        StringBuilder b = new StringBuilder();
        Site.PREFIXES.forEach((prefix, iri) -> b.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        return b.toString();
    }
}

package org.newsgraph.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.export.Exporter;
import org.newsgraph.util.Sha256;

/** One named graph to publish: its IRI, its triples and the SHA-256 of its sorted canonical N-Triples. */
record GraphContent(String iri, Graph graph, String sha256) {

    /** Every named graph of {@code ds}, in IRI order. */
    static List<GraphContent> of(DatasetGraph ds) {
        List<Node> names = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(NodeFmtLib::strNT));
        List<GraphContent> out = new ArrayList<>();
        for (Node n : names) {
            Graph g = ds.getGraph(n);
            DatasetGraph one = DatasetGraphFactory.create(g);
            byte[] nt = Exporter.toBytes(one, Exporter.Format.NTRIPLES);
            out.add(new GraphContent(n.getURI(), g, Sha256.of(nt)));
        }
        return out;
    }
}

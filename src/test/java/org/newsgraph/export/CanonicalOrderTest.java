package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.mapping.Build;

/** The canonical order is the order of Jena's N-Triples forms, computed faster. */
class CanonicalOrderTest {

    @Test
    void formsAreJenasForEveryNodeOfTheCorpusAndAwkwardOnes() {
        DatasetGraph ds = Build.build(Path.of("src/test/resources/corpus"), Build.DEFAULT_BASE);
        Set<Node> nodes = new HashSet<>();
        ds.find().forEachRemaining(q -> nodes.addAll(List.of(q.getGraph(), q.getSubject(), q.getPredicate(),
                q.getObject())));
        for (String s : List.of("", "a \"quoted\" word", "back\\slash", "tab\there", "line\nbreak", "\u0085",
                "caf\u00e9 \u201cquoted\u201d", "emoji \ud83d\ude00", "\u2028", "\u007f", "\ufffd", "\u00a0")) {
            nodes.add(NodeFactory.createLiteralString(s));
            nodes.add(NodeFactory.createLiteralLang(s, "en"));
            nodes.add(NodeFactory.createURI("http://example.org/" + s));
        }
        nodes.add(NodeFactory.createLiteralDT("5", XSDDatatype.XSDinteger));
        nodes.add(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        nodes.add(NodeFactory.createLiteralDT("2.50", XSDDatatype.XSDdecimal));
        nodes.add(NodeFactory.createLiteralDT("x\"y", XSDDatatype.XSDdate));
        nodes.add(NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/d t")));
        nodes.add(NodeFactory.createBlankNode("b0"));
        int fast = 0;
        for (Node n : nodes) {
            assertEquals(NodeFmtLib.strNT(n), CanonicalOrder.nt(n), n.toString());
            fast += n.isURI() || n.isLiteral() ? 1 : 0;
        }
        assertTrue(fast > 1000, "the corpus has IRIs and literals");
    }

    @Test
    void quadsAreSortedByTheirFormsFieldByField() {
        DatasetGraph ds = Build.build(Path.of("src/test/resources/mini"), Build.DEFAULT_BASE);
        List<Quad> quads = new ArrayList<>();
        ds.find().forEachRemaining(quads::add);
        quads.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"),
                NodeFactory.createLiteralString("c")));
        List<Quad> expected = new ArrayList<>(quads);
        expected.sort(Comparator.comparing(q -> (q.isDefaultGraph() ? "" : NodeFmtLib.strNT(q.getGraph())) + '\u0000'
                + NodeFmtLib.strNT(q.getSubject()) + '\u0000' + NodeFmtLib.strNT(q.getPredicate()) + '\u0000'
                + NodeFmtLib.strNT(q.getObject())));
        java.util.Collections.reverse(quads);
        CanonicalOrder.sort(quads);
        assertEquals(expected, quads);
    }
}

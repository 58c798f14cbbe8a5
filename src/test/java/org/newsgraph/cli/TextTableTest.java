package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** The people-facing table of `newsgraph query`: short IRIs, plain literals, aligned columns. */
class TextTableTest {

    static final String BASE = "https://w3id.org/newsgraph/id/";

    @Test
    void iriShortenedWithTheLongestNamespaceLiteralsPlainColumnsAligned() {
        Var who = Var.alloc("who");
        Var name = Var.alloc("name");
        Var when = Var.alloc("when");
        var rows = RowSetStream.create(List.of(who, name, when), List.of(
                BindingFactory.binding(BindingFactory.binding(BindingFactory.binding(
                        who, NodeFactory.createURI(BASE + "entity/Q22686")),
                        name, NodeFactory.createLiteralString("Donald Trump")),
                        when, NodeFactory.createLiteralDT("2017-05-01", XSDDatatype.XSDdate)),
                BindingFactory.binding(who, NodeFactory.createURI("http://example.org/x"))).iterator());
        String table = TextTable.render(rows, PrefixMapping.Factory.create(), BASE);
        assertEquals("""
                who                     name          when
                ----------------------  ------------  ----------
                id:entity/Q22686        Donald Trump  2017-05-01
                <http://example.org/x>
                2 rows
                """, table);
    }

    @Test
    void conceptsUseTheOntologyPrefixesAndLongValuesAreCut() {
        PrefixMapping none = PrefixMapping.Factory.create();
        assertEquals("evtype:meeting", TextTable.cell(
                NodeFactory.createURI("https://w3id.org/newsgraph/ontology/event-type/meeting"),
                PrefixMapping.Factory.create().setNsPrefix("evtype", "https://w3id.org/newsgraph/ontology/event-type/")));
        String cut = TextTable.cell(NodeFactory.createLiteralString("x".repeat(200) + "\nend"), none);
        assertEquals(TextTable.MAX_WIDTH, cut.codePointCount(0, cut.length()));
        assertEquals("a b", TextTable.cell(NodeFactory.createLiteralString("a\n  b"), none));
    }
}

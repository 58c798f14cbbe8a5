package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The JSON results writer gives the bytes of Jena's own writer, for every kind of term and layout. */
class JsonResultsWriterTest {

    static final RowSetWriter OURS = JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON);
    static final RowSetWriter JENAS = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);

    /** Characters that each writer escapes in its own way if at all; surrogate pairs too. */
    static final String[] PIECES = {"a", "Zz 09", "\"", "\\", "/", "</", "<", "\b", "\f", "\n", "\r", "\t", "\u0000",
        "\u001F", " ", "\u007F", "\u0085", "\u009F", "\u00A0", "é", "\u1FFF", "\u2000", "\u2028", "\u20AC", "\u20FF",
        "\u2100", "\uFEFF", "😀", "\uD83D", "\uDE00", "日本", "'", "{", "}", "[", "]", ",", ":"};

    static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    static Node term(Random r, List<Node> blanks, int depth) {
        return switch (r.nextInt(depth > 1 ? 7 : 8)) {
            case 0 -> NodeFactory.createURI("http://example.org/" + text(r).replace(" ", "_"));
            case 1 -> NodeFactory.createLiteralString(text(r));
            case 2 -> NodeFactory.createLiteralLang(text(r), r.nextBoolean() ? "en" : "pt-BR");
            case 3 -> NodeFactory.createLiteralDT(Integer.toString(r.nextInt(1000)), XSDDatatype.XSDinteger);
            case 4 -> NodeFactory.createLiteralDT(text(r), NodeFactory.getType("http://example.org/dt#" + r.nextInt(3)));
            case 5 -> NodeFactory.createLiteralDirLang(text(r), "ar", r.nextBoolean() ? "rtl" : "ltr");
            case 6 -> {
                if (blanks.isEmpty() || r.nextInt(3) == 0) {
                    blanks.add(NodeFactory.createBlankNode("b" + r.nextInt(1_000_000)));
                }
                yield blanks.get(r.nextInt(blanks.size()));
            }
            default -> NodeFactory.createTripleNode(term(r, blanks, depth + 1),
                    NodeFactory.createURI("http://example.org/p"), term(r, blanks, depth + 1));
        };
    }

    static List<Binding> rows(Random r, List<Var> vars, int count) {
        List<Node> blanks = new ArrayList<>();
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BindingBuilder b = Binding.builder();
            for (Var v : vars) {
                if (r.nextInt(4) > 0) {
                    b.add(v, term(r, blanks, 0));
                }
            }
            rows.add(b.build());
        }
        return rows;
    }

    static byte[] write(RowSetWriter writer, List<Var> vars, List<Binding> rows, Context cxt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<Binding> it = rows.iterator();
        writer.write(out, RowSet.create(QueryIterPlainWrapper.create(it), vars), cxt);
        return out.toByteArray();
    }

    static void same(List<Var> vars, List<Binding> rows, Context cxt) {
        byte[] jenas = write(JENAS, vars, rows, cxt);
        byte[] ours = write(OURS, vars, rows, cxt);
        if (!java.util.Arrays.equals(jenas, ours)) {
            assertEquals(new String(jenas, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8));
        }
        assertArrayEquals(jenas, ours);
    }

    @Test
    void theBytesOfJenasWriter() {
        Random r = new Random(20261201);
        for (int round = 0; round < 400; round++) {
            List<Var> vars = new ArrayList<>();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                // names Jena writes unescaped in the head and escaped in the rows
                vars.add(Var.alloc(switch (i) {
                    case 1 -> "v_é" + i;
                    case 2 -> "a\u2081";
                    case 3 -> "x\u203Fy\u200C";
                    default -> "v" + i;
                }));
            }
            same(vars, rows(r, vars, r.nextInt(6)), null);
        }
    }

    @Test
    void edgeCases() {
        Context asGiven = new Context();
        asGiven.set(ARQ.outputGraphBNodeLabels, true);
        List<Var> two = List.of(Var.alloc("a"), Var.alloc("b"));
        Random r = new Random(7);
        same(List.of(), List.of(), null);
        same(two, List.of(), null);
        same(two, List.of(Binding.builder().build(), Binding.builder().build()), null);
        same(List.of(), List.of(Binding.builder().build()), null);
        same(two, rows(r, two, 50), asGiven);
        same(two, rows(r, two, 50), new Context());
        // a long answer: more than one piece passed on
        same(two, rows(new Random(3), two, 5000), null);
    }

    @Test
    void askAnswersAndTheRegistry() {
        for (boolean b : new boolean[] {true, false}) {
            ByteArrayOutputStream jenas = new ByteArrayOutputStream();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            JENAS.write(jenas, b, null);
            OURS.write(ours, b, null);
            assertArrayEquals(jenas.toByteArray(), ours.toByteArray());
        }
        JsonResultsWriter.install();
        assertSame(JsonResultsWriter.FACTORY, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON));
        // what ResultSetMgr writes goes through it
        List<Var> one = List.of(Var.alloc("x"));
        List<Binding> rows = List.of(Binding.builder().add(one.get(0), NodeFactory.createLiteralString("</a>")).build());
        ByteArrayOutputStream viaMgr = new ByteArrayOutputStream();
        ResultSetMgr.write(viaMgr, ResultSet.adapt(RowSet.create(QueryIterPlainWrapper.create(rows.iterator()), one)),
                ResultSetLang.RS_JSON);
        assertArrayEquals(write(JENAS, one, rows, null), viaMgr.toByteArray());
    }
}

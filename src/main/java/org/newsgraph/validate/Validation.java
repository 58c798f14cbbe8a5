package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.mapping.OntologyFiles;
import org.newsgraph.vocab.External.NIF;

/**
 * Checks a built dataset: the SHACL shapes of {@code ontology/shapes.ttl} over the union of
 * all graphs, and a direct check that every span's offsets and anchor agree with the text.
 */
public final class Validation {
    private Validation() {
    }

    /** The outcome of validation: conforms or not, and a readable report (one line per problem). */
    public record Report(boolean conforms, List<String> problems) {
        public String text() {
            return conforms ? "valid: the graph conforms to the shapes and every span matches the text"
                    : problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
        }
    }

    public static Report validate(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.listGraphNodes().forEachRemaining(g -> dataset.getGraph(g).find().forEachRemaining(union::add));
        dataset.getDefaultGraph().find().forEachRemaining(union::add);
        TreeSet<String> problems = new TreeSet<>();
        problems.addAll(shacl(union));
        problems.addAll(spans(union));
        return new Report(problems.isEmpty(), new ArrayList<>(problems));
    }

    private static List<String> shacl(Graph data) {
        Shapes shapes = Shapes.parse(OntologyFiles.shapes().getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.severity().level().getLocalName()).append(": <").append(str(e.focusNode())).append('>');
            if (e.resultPath() != null) {
                sb.append(' ').append(e.resultPath());
            }
            if (e.value() != null) {
                sb.append(" value ").append(str(e.value()));
            }
            sb.append(": ").append(e.message());
            out.add(sb.toString());
        }
        return out;
    }

    /** Every span: begin < end <= length of its context, and anchorOf equals the text between the offsets. */
    static List<String> spans(Graph g) {
        List<String> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, NIF.referenceContext.asNode(), Node.ANY).toList()) {
            Node span = t.getSubject();
            Node context = t.getObject();
            Integer begin = integer(g, span, NIF.beginIndex.asNode());
            Integer end = integer(g, span, NIF.endIndex.asNode());
            String anchor = string(g, span, NIF.anchorOf.asNode());
            String text = string(g, context, NIF.isString.asNode());
            String where = "Violation: <" + span.getURI() + "> ";
            if (begin == null || end == null || anchor == null || text == null) {
                out.add(where + "span lacks beginIndex, endIndex, anchorOf or its context's isString");
                continue;
            }
            int length = text.codePointCount(0, text.length());
            if (!(0 <= begin && begin < end && end <= length)) {
                out.add(where + "offsets " + begin + "," + end + " are not within the text (length " + length + ")");
                continue;
            }
            int b = text.offsetByCodePoints(0, begin);
            String actual = text.substring(b, text.offsetByCodePoints(b, end - begin));
            if (!actual.equals(anchor)) {
                out.add(where + "anchorOf \"" + anchor + "\" differs from the text at " + begin + "," + end
                        + ": \"" + actual + "\"");
            }
        }
        return out;
    }

    private static Integer integer(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        if (ts.size() != 1 || !ts.get(0).getObject().isLiteral()) {
            return null;
        }
        try {
            return Integer.parseInt(ts.get(0).getObject().getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String string(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        return ts.size() == 1 && ts.get(0).getObject().isLiteral() ? ts.get(0).getObject().getLiteralLexicalForm() : null;
    }

    private static String str(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        return n.isLiteral() ? "\"" + n.getLiteralLexicalForm() + "\"" : n.toString();
    }

}

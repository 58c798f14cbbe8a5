package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.imports.Imports;
import org.newsgraph.mapping.OntologyFiles;

/**
 * Checks a built dataset against the SHACL shapes of {@code ontology/shapes.ttl}, over the
 * union of all graphs but the imported ones ({@code ng:ImportedGraph}). The shapes include SHACL-SPARQL constraints that compare every span's
 * anchor with the article text between its offsets (code points) and the text's SHA-256.
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
        Set<Node> imported = Imports.graphs(dataset); // made elsewhere, to other rules: not checked
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (!imported.contains(g)) {
                dataset.getGraph(g).find().forEachRemaining(union::add);
            }
        });
        dataset.getDefaultGraph().find().forEachRemaining(union::add);
        TreeSet<String> problems = new TreeSet<>();
        problems.addAll(shacl(union));
        return new Report(problems.isEmpty(), new ArrayList<>(problems));
    }

    /**
     * Validates and returns normally only when the graph conforms.
     *
     * @throws InvalidGraphException with the report, when it does not
     */
    public static void requireValid(DatasetGraph dataset) {
        Report report = validate(dataset);
        if (!report.conforms()) {
            throw new InvalidGraphException(report);
        }
    }

    private static List<String> shacl(Graph data) {
        Shapes shapes = Shapes.parse(OntologyFiles.shapes().getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrefixMap prefixes = PrefixMapFactory.create(OntologyFiles.ontology().getNsPrefixMap());
        Prologue prologue = new Prologue(OntologyFiles.ontology());
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.severity().level().getLocalName()).append(": ")
                    .append(NodeFmtLib.str(e.focusNode(), prefixes));
            if (e.resultPath() != null) {
                sb.append(' ').append(e.resultPath().toString(prologue));
            }
            if (e.value() != null && !e.value().equals(e.focusNode())) {
                sb.append(" value ").append(NodeFmtLib.str(e.value(), prefixes));
            }
            sb.append(": ").append(e.message());
            out.add(sb.toString());
        }
        return out;
    }
}

package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.export.Exporter;
import org.newsgraph.validate.Validation;

/** SPARQL over a built dataset for tests: the default graph is the union of all graphs. */
public final class Sparql {

    public static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX gaf: <http://groundedannotationframework.org/gaf#>
            PREFIX grasp: <http://groundedannotationframework.org/grasp#>
            PREFIX grf: <http://groundedannotationframework.org/grasp/factuality#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX evtype: <https://w3id.org/newsgraph/ontology/event-type/>
            PREFIX prole: <https://w3id.org/newsgraph/ontology/participant-role/>
            PREFIX pos: <https://w3id.org/newsgraph/ontology/position/>
            PREFIX stmtype: <https://w3id.org/newsgraph/ontology/statement-type/>
            PREFIX srctype: <https://w3id.org/newsgraph/ontology/source-type/>
            PREFIX dprec: <https://w3id.org/newsgraph/ontology/date-precision/>
            """;

    private final Dataset dataset;

    public Sparql(DatasetGraph ds) {
        DatasetGraph view = DatasetGraphFactory.create(Exporter.union(ds));
        ds.listGraphNodes().forEachRemaining(n -> view.addGraph(n, ds.getGraph(n)));
        this.dataset = DatasetFactory.wrap(view);
    }

    /** Rows of a SELECT, each a map from variable to the value's lexical form or IRI. */
    public List<Map<String, String>> select(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new TreeMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
                rows.add(row);
            }
        }
        return rows;
    }

    /** The values of one variable, sorted. */
    public List<String> values(String query, String var) {
        return select(query).stream().map(r -> r.get(var)).sorted().toList();
    }

    /** Asserts that {@code ds} conforms to the shapes, showing the report when it does not. */
    public static void assertConforms(DatasetGraph ds) {
        Validation.Report r = Validation.validate(ds);
        assertTrue(r.conforms(), r.text());
    }

    public boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}

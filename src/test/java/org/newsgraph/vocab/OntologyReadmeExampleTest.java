package org.newsgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.queries.ExpectedResults;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.mapping.Build;
import org.newsgraph.vocab.External.NIF;

/**
 * The worked example in ontology/README.md is real: every quad it shows is in the graph built
 * from data/ (except the article text, which the example shortens); and every SPARQL query the
 * two READMEs show (```sparql blocks) runs and answers on that graph.
 */
class OntologyReadmeExampleTest {

    @Test
    void everyQuadOfTheWorkedExampleIsInTheBuiltGraph() throws Exception {
        String readme = Files.readString(Path.of("ontology/README.md"));
        int start = readme.indexOf("```trig", readme.indexOf("## Worked example"));
        assertTrue(start > 0, "ontology/README.md has a TriG worked example");
        String trig = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 7));
        DatasetGraph example = DatasetGraphFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(example);
        DatasetGraph built = Build.build(Path.of("src/test/resources/seed"), Build.DEFAULT_BASE);
        List<String> missing = new ArrayList<>();
        example.find().forEachRemaining(q -> {
            if (q.getPredicate().equals(NIF.isString.asNode())) {
                return;
            }
            if (!built.contains(q)) {
                missing.add(NodeFmtLib.str(q));
            }
        });
        assertTrue(example.find().hasNext());
        assertEquals(List.of(), missing, "quads of the worked example that the build does not produce");
    }

    static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    List<DynamicTest> everyDocumentedQueryAnswers() throws Exception {
        DatasetGraph built = Build.build(Path.of("src/test/resources/seed"), Build.DEFAULT_BASE);
        Dataset ds = ExpectedResults.unionView(built);
        List<DynamicTest> tests = new ArrayList<>();
        for (String doc : List.of("ontology/README.md", "README.md")) {
            Matcher m = SPARQL_BLOCK.matcher(Files.readString(Path.of(doc)));
            int n = 0;
            while (m.find()) {
                String query = m.group(1);
                tests.add(DynamicTest.dynamicTest(doc + " query " + ++n, () -> {
                    try (QueryExecution qe = QueryExecution.create(query, ds)) {
                        ResultSet rs = qe.execSelect();
                        assertTrue(rs.hasNext(), "no answer to the query:\n" + query);
                        ResultSetFormatter.consume(rs);
                    }
                }));
            }
        }
        assertTrue(tests.size() >= 1, "the ontology README shows at least one query");
        return tests;
    }

    /** The worked example's query: Bramell denies the motive, the anonymous person asserts it. */
    @Test
    void theWorkedExampleQueryFindsTheAssertionAndTheDenial() throws Exception {
        String readme = Files.readString(Path.of("ontology/README.md"));
        Matcher m = SPARQL_BLOCK.matcher(readme.substring(readme.indexOf("## Worked example")));
        assertTrue(m.find(), "the worked example has a query");
        DatasetGraph built = Build.build(Path.of("src/test/resources/seed"), Build.DEFAULT_BASE);
        Dataset ds = ExpectedResults.unionView(built);
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(m.group(1), ds)) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                if (s.getLiteral("claimLabel").getString().startsWith("The removal of the covert source was driven")) {
                    rows.add(s.getLiteral("sourceLabel").getString() + " " + s.getResource("polarity").getLocalName());
                }
            });
        }
        assertTrue(rows.contains("Brittany Bramell NEGATIVE"), rows.toString());
        assertTrue(rows.contains("Stephanie Grisham NEGATIVE"), rows.toString());
        assertTrue(rows.contains("A person directly involved in the discussions POSITIVE"), rows.toString());
    }

    static String str(Quad q) {
        return NodeFmtLib.str(q);
    }
}

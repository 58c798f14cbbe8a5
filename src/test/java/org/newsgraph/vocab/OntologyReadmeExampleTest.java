package org.newsgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.mapping.Build;
import org.newsgraph.vocab.External.NIF;

/**
 * The worked example in ontology/README.md is real: every quad it shows is in the graph built
 * from data/ (except the article text, which the example shortens).
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
        DatasetGraph built = Build.build(Path.of("data"), Build.DEFAULT_BASE);
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

    static String str(Quad q) {
        return NodeFmtLib.str(q);
    }
}

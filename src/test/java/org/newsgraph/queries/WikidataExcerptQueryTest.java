package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/wikidata/positions-held.rq}, the CONSTRUCT a user runs at the Wikidata Query
 * Service, makes the form that the roles check reads: run here on a Wikidata-like graph (the
 * positions fixture with statement ranks, an other-language label, an unrelated property and a
 * deprecated statement added), it gives back exactly the fixture. No network is used.
 */
class WikidataExcerptQueryTest {

    static final String WD = "http://www.wikidata.org/entity/";
    static final String P = "http://www.wikidata.org/prop/";
    static final String WIKIBASE = "http://wikiba.se/ontology#";

    @Test
    void theConstructGivesTheFixturesForm() throws IOException {
        Model fixture = RDFDataMgr.loadModel("src/test/resources/wikidata/positions.ttl");
        Model wikidata = ModelFactory.createDefaultModel().add(fixture);
        fixture.listObjectsOfProperty(fixture.createProperty(P + "P39")).forEachRemaining(st ->
                wikidata.add(st.asResource(), wikidata.createProperty(WIKIBASE + "rank"),
                        wikidata.createResource(WIKIBASE + "NormalRank")));
        Resource trump = wikidata.createResource(WD + "Q22686");
        wikidata.add(trump, RDFS.label, "Donald Trump", "de");
        wikidata.add(trump, wikidata.createProperty("http://www.wikidata.org/prop/direct/P27"),
                wikidata.createResource(WD + "Q30"));
        Resource deprecated = wikidata.createResource(WD + "statement/Q7747-deprecated");
        wikidata.add(trump, wikidata.createProperty(P + "P39"), deprecated);
        wikidata.add(deprecated, wikidata.createProperty("http://www.wikidata.org/prop/statement/P39"),
                wikidata.createResource(WD + "Q218295"));
        wikidata.add(deprecated, wikidata.createProperty(WIKIBASE + "rank"),
                wikidata.createResource(WIKIBASE + "DeprecatedRank"));

        String query = Files.readString(Path.of("queries/wikidata/positions-held.rq"));
        Model excerpt;
        try (QueryExecution qe = QueryExecution.model(wikidata).query(query).build()) {
            excerpt = qe.execConstruct();
        }
        assertFalse(excerpt.isEmpty());
        assertTrue(excerpt.isIsomorphicWith(fixture), "the excerpt differs from the fixture's form");
    }
}

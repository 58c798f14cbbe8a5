package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.Sparql;
import org.newsgraph.mapping.Build;

/**
 * Checking article by article reports exactly what checking the union of all graphs at once
 * reports, on the multi-outlet corpus broken in one article, in several, or in the register.
 */
class PerArticleValidationTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static DatasetGraph built;

    @BeforeAll
    static void build() {
        built = Build.build(CORPUS, Build.DEFAULT_BASE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        valid as built | INSERT DATA { <urn:x:nothing> <urn:x:p> 1 }
        every anchor of one article changed | DELETE { ?s nif:anchorOf ?a } INSERT { ?s nif:anchorOf "changed" } WHERE { ?s nif:anchorOf ?a ; nif:referenceContext ?c FILTER(CONTAINS(STR(?c), "kremlin-2019-09-10-peskov")) }
        spans beyond their text | DELETE { ?s nif:endIndex ?e } INSERT { ?s nif:endIndex "999999"^^xsd:nonNegativeInteger } WHERE { ?s nif:endIndex ?e ; nif:anchorOf ?a FILTER(STRLEN(?a) = 5) }
        texts changed after annotation | DELETE { ?c nif:isString ?t } INSERT { ?c nif:isString ?t2 } WHERE { ?c nif:isString ?t BIND(CONCAT(?t, "x") AS ?t2) }
        spans moved by one | DELETE { ?s nif:beginIndex ?b } INSERT { ?s nif:beginIndex ?b2 } WHERE { ?s nif:beginIndex ?b ; nif:endIndex ?e FILTER(?e - ?b > 20) BIND(?b + 1 AS ?b2) }
        offsets as plain strings | DELETE { ?s nif:beginIndex ?b ; nif:endIndex ?e } INSERT { ?s nif:beginIndex "1" ; nif:endIndex "0" } WHERE { ?s nif:beginIndex ?b ; nif:endIndex ?e FILTER(?b < 30) }
        second anchor on a span | INSERT { ?s nif:anchorOf "another" } WHERE { ?s nif:anchorOf ?a FILTER(STRLEN(?a) = 5) }
        hashes in upper case and wrong | DELETE { ?c ng:sha256 ?h } INSERT { ?c ng:sha256 ?u } WHERE { ?c ng:sha256 ?h BIND(IF(CONTAINS(STR(?c), "cnn"), UCASE(?h), CONCAT("0", ?h)) AS ?u) }
        events without time | DELETE { ?e sem:hasTime ?t } WHERE { ?e sem:hasTime ?t ; sem:eventType evtype:meeting }
        restated article untyped | DELETE { ?a a schema:NewsArticle } WHERE { ?a a schema:NewsArticle FILTER(CONTAINS(STR(?a), "cnn-2019")) }
        register proposition untyped | DELETE { ?p a ng:Proposition } WHERE { ?p a ng:Proposition }
        statements without speaker | DELETE { ?s ng:speaker ?d } WHERE { ?s ng:speaker ?d FILTER(CONTAINS(STR(?s), "newser")) }
        """)
    void perArticleReportIsTheUnionReport(String name, String update) {
        DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        built.find().forEachRemaining(ds::add);
        ds.listGraphNodes().forEachRemaining(g -> UpdateAction.parseExecute(Sparql.PREFIXES + update, ds.getGraph(g)));
        Validation.Report union = Validation.validateUnion(ds);
        Validation.Report perArticle = Validation.validate(ds);
        assertEquals(union.text(), perArticle.text(), name);
        if (!name.startsWith("valid")) {
            assertFalse(union.conforms(), name + ": the change should break the graph");
        }
    }
}

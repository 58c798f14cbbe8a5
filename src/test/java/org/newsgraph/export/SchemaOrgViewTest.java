package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Sparql;
import org.newsgraph.mapping.Build;

/** The schema.org projection of the seed: only schema.org terms, and the facts a web consumer needs. */
class SchemaOrgViewTest {

    static Sparql q;

    @BeforeAll
    static void build() {
        q = new Sparql(SchemaOrgView.project(Build.build(Path.of("src/test/resources/seed"), Build.DEFAULT_BASE)));
    }

    @Test
    void onlySchemaOrgTerms() {
        assertFalse(q.ask("ASK { ?s ?p ?o FILTER(?p != rdf:type && !STRSTARTS(STR(?p), \"https://schema.org/\")) }"));
        assertFalse(q.ask("ASK { ?s a ?t FILTER(!STRSTARTS(STR(?t), \"https://schema.org/\")) }"));
    }

    @Test
    void articleWithHeadlinePublisherAndMentions() {
        assertTrue(q.ask("""
                ASK { ?a a schema:NewsArticle ; schema:headline "US extracted top spy from inside Russia in 2017" ;
                        schema:datePublished "2019-09-09"^^xsd:date ; schema:publisher/schema:name "CNN" ;
                        schema:mentions/schema:name "Sergey Lavrov" }"""));
        assertFalse(q.ask("ASK { ?a schema:mentions ?m . ?m schema:description \"one source\" }"),
                "anonymous sources are not 'mentioned' entities");
    }

    @Test
    void meetingIsAnEventWithAttendeesAndLocation() {
        assertEquals(List.of("Donald Trump", "Sergey Kislyak", "Sergey Lavrov"), q.values("""
                SELECT ?n WHERE { ?e a schema:Event ; schema:location/schema:name "Oval Office" ;
                  schema:attendee/schema:name ?n ; schema:name ?label FILTER(CONTAINS(?label, "meets")) }""", "n"));
        assertFalse(q.ask("ASK { ?e schema:startDate ?d FILTER(datatype(?d) != xsd:date) }"));
        assertTrue(q.ask("ASK { ?e a schema:Event ; schema:startDate \"2019-09-09\"^^xsd:date }"),
                "only day-precision dates become schema:startDate");
    }

    @Test
    void quotationsHaveTheirCreatorAndWikidataLinksAreSameAs() {
        assertTrue(q.ask("""
                ASK { ?q a schema:Quotation ; schema:creator/schema:name "Stephanie Grisham" ; schema:text ?t
                      FILTER(STRSTARTS(?t, "CNN's reporting is not only incorrect")) }"""));
        assertTrue(q.ask("ASK { ?p schema:name \"Donald Trump\" ; schema:sameAs <http://www.wikidata.org/entity/Q22686> }"));
        assertTrue(q.ask("ASK { ?c a schema:Claim ; schema:text ?t ; schema:author ?a }"));
    }

    @Test
    void aDigestIsBasedOnItsOriginalWithTheOriginalsUrlAndPublisher() {
        Sparql corpus = new Sparql(SchemaOrgView.project(Build.build(Path.of("src/test/resources/corpus"), Build.DEFAULT_BASE)));
        assertTrue(corpus.ask("""
                ASK { <https://w3id.org/newsgraph/id/article/nyt-2019-09-09-informant-extracted> a schema:NewsArticle ;
                        schema:isBasedOn ?o .
                      ?o a schema:CreativeWork ;
                        schema:url <https://bdnews24.com/world/2019/09/10/rescue-of-cia-spy-left-blind-spot-at-kremlin> ;
                        schema:mainEntityOfPage <https://bdnews24.com/world/2019/09/10/rescue-of-cia-spy-left-blind-spot-at-kremlin> ;
                        schema:headline "C.I.A. Informant Extracted From Russia Had Sent Secrets to U.S. for Decades" ;
                        schema:datePublished "2019-09-09"^^xsd:date ; schema:publisher ?p }"""));
        assertFalse(corpus.ask("""
                ASK { <https://w3id.org/newsgraph/id/article/cnn-2019-09-09-russia-extraction> schema:isBasedOn ?o }"""),
                "the seed is an article, not a digest");
        assertFalse(corpus.ask("ASK { ?a schema:isBasedOn ?o . ?o schema:url ?u FILTER(!isIRI(?u)) }"));
    }
}

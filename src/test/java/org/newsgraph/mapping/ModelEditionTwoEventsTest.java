package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.Sparql;
import org.newsgraph.validate.Validation;
import org.newsgraph.vocab.NG;

/**
 * The second edition of the model for entities, article metadata, events, time and graphs, on two
 * made-up articles (src/test/resources/model2): a summit at the White House, and a transcript
 * without headline, publisher or date.
 */
class ModelEditionTwoEventsTest {

    static final Path DATA = Path.of("src/test/resources/model2");
    static final String B = Build.DEFAULT_BASE;
    static final String SLUG = "test-2021-03-summit";
    static final String ART = B + "article/" + SLUG;
    static final String EV = B + "event/" + SLUG + "/";
    static final String ENT = B + "entity/" + SLUG + "/";
    static final String TRANSCRIPT = B + "article/test-2021-03-transcript";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String VOID = "http://rdfs.org/ns/void#";

    static DatasetGraph ds;
    static Sparql q;

    @BeforeAll
    static void build() {
        ds = Build.build(DATA, B);
        q = new Sparql(ds);
    }

    @Test
    void theBuiltGraphConformsToTheShapes() {
        Sparql.assertConforms(ds);
    }

    /** Each case is the valid graph changed by one SPARQL update, with the text its report must contain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        derived date without its origin | DELETE WHERE { EV_summit/time> ng:derivedFrom ?o } | ng:dateBasis "derived" goes with ng:derivedFrom
        relation basis with a day's precision | DELETE { ?i ng:datePrecision ?p } INSERT { ?i ng:datePrecision dprec:day } WHERE { ?i ng:datePrecision ?p FILTER(?i = EV_annex-sharing/time>) } | precision relative goes with ng:dateBasis "relation"
        relation basis without relations | DELETE WHERE { ?r ng:fromEvent EV_annex-sharing> } | states no order relative to another event
        unknown time of day | DELETE { ?i ng:timeOfDay ?t } INSERT { ?i ng:timeOfDay "dusk" } WHERE { ?i ng:timeOfDay ?t } | ng:timeOfDay is at most one of
        place contained in a person | INSERT DATA { E_oval-office> schema:containedInPlace E_president> } | schema:containedInPlace is at most one place
        person contained in a place | INSERT DATA { E_president> schema:containedInPlace E_oval-office> } | only a place (sem:Place) is schema:containedInPlace another place
        sub-organisation of a place | INSERT DATA { E_state-department> org:subOrganizationOf E_oval-office> } | org:subOrganizationOf points to an org:Organization
        named-through entity with a span | INSERT { E_us-government> gaf:denotedBy ?s } WHERE { E_us> gaf:denotedBy ?s } | has no gaf:denotedBy span of its own
        entity named nowhere | DELETE WHERE { E_us-government> ng:namedThrough ?o } | has neither a gaf:denotedBy span nor ng:namedThrough
        membership label with then | DELETE { ?m rdfs:label ?l } INSERT { ?m rdfs:label "then-US President" } WHERE { ?m org:member E_president> ; rdfs:label ?l } | has no "then-"
        duration of zero | DELETE { ?d time:numericDuration ?n } INSERT { ?d time:numericDuration 0.0 } WHERE { ?d time:numericDuration ?n } | an xsd:decimal greater than 0
        exclusivity without its words | DELETE WHERE { EV_summit> ng:exclusivityStatedBy ?s } | ng:participantsExclusive true needs ng:exclusivityStatedBy
        event without actor | DELETE WHERE { EV_annex-sharing> sem:hasActor ?a } | an event has at least one sem:hasActor
        linkset not traced | DELETE { ?l prov:wasDerivedFrom ?a } WHERE { ?l prov:wasDerivedFrom ?a FILTER(CONTAINS(STR(?l), "graph/linkset/")) } | is prov:wasDerivedFrom its article
        """)
    void brokenGraphIsReported(String name, String update, String expected) {
        DatasetGraph broken = Build.build(DATA, B);
        String u = update.replace("EV_", "<" + EV).replace("E_", "<" + ENT);
        // every graph but the ontology's (shared by all builds) is changed where the pattern matches
        broken.listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().equals(NG.ONTOLOGY)) {
                UpdateAction.parseExecute(Sparql.PREFIXES + u, broken.getGraph(g));
            }
        });
        Validation.Report r = Validation.validate(broken);
        assertFalse(r.conforms(), name + ": should not conform");
        assertTrue(r.text().contains(expected), name + ": report should contain «" + expected + "» but was\n" + r.text());
    }

    // ---------------------------------------------------------------- entities

    @Test
    void placesAreContainedInPlacesAndOneNodeIsBothGovernmentAndPlace() {
        assertTrue(q.ask("""
                ASK { <%1$soval-office> schema:containedInPlace <%1$swhite-house> .
                      <%1$swhite-house> schema:containedInPlace <%2$sentity/Q61> ;
                        a schema:GovernmentOrganization , org:Organization , schema:Place , sem:Place }"""
                .formatted(ENT, B)));
        assertEquals(List.of(EV + "summit"), q.values("SELECT ?e WHERE { ?e sem:hasPlace <%soval-office> }"
                .formatted(ENT), "e"));
    }

    @Test
    void subOrganisationAndEntityNamedThroughAnother() {
        assertTrue(q.ask("ASK { <%1$sstate-department> org:subOrganizationOf <%1$sus-government> }".formatted(ENT)));
        assertTrue(q.ask("""
                ASK { <%1$sus-government> ng:namedThrough <%1$sus> ; rdfs:label "US government" .
                      FILTER NOT EXISTS { <%1$sus-government> gaf:denotedBy ?span } }""".formatted(ENT)));
    }

    @Test
    void documentDerivedFromAnother() {
        assertTrue(q.ask("ASK { <%1$sannex> a schema:CreativeWork ; prov:wasDerivedFrom <%1$ssummary> }".formatted(ENT)));
    }

    @Test
    void labelReplacesNameOrDescriptorWhichStaysAsWritten() {
        Map<String, String> row = q.select("""
                SELECT ?label ?descriptor WHERE { <%spresident> rdfs:label ?label ; ng:descriptor ?descriptor }"""
                .formatted(ENT)).get(0);
        assertEquals("the President", row.get("label"));
        assertEquals("The US President", row.get("descriptor"));
    }

    @Test
    void anonymousGroupIsAGroupNotAPerson() {
        assertTrue(q.ask("""
                ASK { <%1$sofficials> a ng:AnonymousSource , ng:Group , sem:Actor , prov:Agent ;
                        rdfs:label "three anonymous officials" ;
                        ng:descriptor "Three officials, speaking on condition of anonymity" ;
                        ng:sourceType srctype:anonymous-group .
                      FILTER NOT EXISTS { <%1$sofficials> a schema:Person } }""".formatted(ENT)));
    }

    // ---------------------------------------------------------------- events

    @Test
    void objectIsWhatTheEventActsUponAndAboutStaysTheTopic() {
        assertEquals(List.of(ENT + "summary"), q.values("SELECT ?o WHERE { <%ssummary-publication> ng:object ?o }"
                .formatted(EV), "o"));
        assertEquals(List.of(EV + "summit"), q.values("SELECT ?t WHERE { <%ssummary-publication> schema:about ?t }"
                .formatted(EV), "t"));
        assertTrue(q.ask("ASK { <%sannex-sharing> ng:object <%sannex> }".formatted(EV, ENT)));
    }

    @Test
    void durationIsOnTheEventsInterval() {
        Map<String, String> row = q.select("""
                SELECT ?amount ?dt ?approx ?words WHERE {
                  <%1$ssummit> sem:hasTime ?i . ?i time:hasDuration <%1$ssummit/time/duration> .
                  <%1$ssummit/time/duration> a time:Duration ; time:numericDuration ?amount ;
                    time:unitType time:unitHour ; ng:approximate ?approx ; gaf:denotedBy/nif:anchorOf ?words .
                  BIND(datatype(?amount) AS ?dt) }""".formatted(EV)).get(0);
        assertEquals("2", row.get("amount"));
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", row.get("dt"));
        assertEquals("true", row.get("approx"));
        assertEquals("about two hours", row.get("words"));
    }

    @Test
    void exclusiveParticipationIsStatedByItsWords() {
        assertEquals("only", q.select("""
                SELECT ?w WHERE { <%ssummit> ng:participantsExclusive true ; ng:exclusivityStatedBy/nif:anchorOf ?w }"""
                .formatted(EV)).get(0).get("w"));
        assertFalse(q.ask("ASK { <%ssummary-publication> ng:participantsExclusive ?x }".formatted(EV)));
    }

    // ---------------------------------------------------------------- time

    @Test
    void derivedDateWithTimeOfDayIsComputedFromThePublicationDate() {
        Map<String, String> row = q.select("""
                SELECT ?from ?to ?label ?prec WHERE { <%1$ssummit> sem:hasEarliestBeginTimeStamp ?from ;
                  sem:hasLatestEndTimeStamp ?to ; sem:hasTime ?i .
                  ?i ng:dateBasis "derived" ; ng:derivedFrom <%1$spublication/time> ; ng:timeOfDay "evening" ;
                    rdfs:label ?label ; ng:datePrecision ?prec }""".formatted(EV)).get(0);
        assertEquals(List.of("2021-03-09", "2021-03-09", "Tuesday evening",
                        "https://w3id.org/newsgraph/ontology/date-precision/day"),
                List.of(row.get("from"), row.get("to"), row.get("label"), row.get("prec")));
        assertTrue(q.ask("""
                ASK { <%1$ssummary-publication/time> ng:derivedFrom <%1$ssummit/time> ; ng:dateBasis "derived" ;
                        rdfs:label "The next day" }""".formatted(EV)));
    }

    @Test
    void timeWithoutWordsIsPlacedOnlyByItsRelations() {
        assertTrue(q.ask("""
                ASK { <%1$sannex-sharing/time> ng:dateBasis "relation" ; ng:datePrecision dprec:relative ;
                        time:after <%1$ssummary-publication/time> .
                      FILTER NOT EXISTS { <%1$sannex-sharing/time> gaf:denotedBy ?span }
                      FILTER NOT EXISTS { <%1$sannex-sharing/time> time:hasDateTimeDescription ?d }
                      FILTER NOT EXISTS { <%1$sannex-sharing> sem:hasEarliestBeginTimeStamp ?from } }"""
                .formatted(EV)));
    }

    @Test
    void partOfYearIsAThirdAndTheLabelIsTheWordsAsWritten() {
        Map<String, String> row = q.select("""
                SELECT ?from ?to ?label ?desc WHERE { <%1$stariff-decision> sem:hasEarliestBeginTimeStamp ?from ;
                  sem:hasLatestEndTimeStamp ?to ; sem:hasTime ?i . ?i rdfs:label ?label ; <%2$sdescription> ?desc }"""
                .formatted(EV, DCT)).get(0);
        assertEquals(List.of("2021-01-01", "2021-04-30", "early 2021", "early 2021, some time before the visit"),
                List.of(row.get("from"), row.get("to"), row.get("label"), row.get("desc")));
    }

    @Test
    void membershipLabelIsThePositionWithoutThen() {
        assertEquals(List.of("US President"), q.values("""
                SELECT ?l WHERE { ?m org:member <%spresident> ; rdfs:label ?l }""".formatted(ENT), "l"));
    }

    // ---------------------------------------------------------------- graphs

    @Test
    void everyGraphOfTheArticleIsTracedToItInTheArticleGraph() {
        String articleGraph = B + "graph/article/" + SLUG;
        String linkset = B + "graph/linkset/" + SLUG;
        String claim = B + "claim/" + SLUG + "/requested";
        for (String graph : List.of(articleGraph, linkset, claim)) {
            assertTrue(q.ask("ASK { GRAPH <%s> { <%s> prov:wasDerivedFrom <%s> } }".formatted(articleGraph, graph, ART)),
                    graph);
        }
    }

    @Test
    void oneLinksetPerArticleWithLinksInTheBuildGraph() {
        String build = B + "graph/build";
        String linkset = B + "graph/linkset/" + SLUG;
        assertTrue(q.ask("""
                ASK { GRAPH <%1$s> { <%2$sentity/Q61> skos:exactMatch <http://www.wikidata.org/entity/Q61> } }"""
                .formatted(linkset, B)));
        assertTrue(q.ask("""
                ASK { GRAPH <%1$s> { <%2$sdataset> <%3$ssubset> <%4$s> . <%4$s> a <%3$sLinkset> ;
                        prov:wasDerivedFrom <%5$s> .
                      <%2$sdataset> <%3$ssubset> <%2$sgraph/article/%6$s> .
                      <%2$sgraph/article/%6$s> prov:wasDerivedFrom <%5$s> .
                      FILTER NOT EXISTS { ?g <%7$ssource> ?a } } }""".formatted(build, B, VOID, linkset, ART, SLUG, DCT)));
        assertFalse(q.ask("ASK { GRAPH <%sgraph/linkset> { ?s ?p ?o } }".formatted(B)), "no shared linkset graph");
        assertFalse(q.ask("ASK { GRAPH <%sgraph/linkset/test-2021-03-transcript> { ?s ?p ?o } }".formatted(B)),
                "no linkset for an article without links");
    }

    // ---------------------------------------------------------------- an article without metadata

    @Test
    void articleWithoutHeadlinePublisherOrDateInventsNothing() {
        assertTrue(q.ask("""
                ASK { <%1$s> a schema:NewsArticle ; rdfs:label "article test-2021-03-transcript" ;
                        schema:genre "transcript" .
                      FILTER NOT EXISTS { <%1$s> schema:headline ?h }
                      FILTER NOT EXISTS { <%1$s> schema:datePublished ?d }
                      FILTER NOT EXISTS { <%1$s> schema:publisher ?p }
                      FILTER NOT EXISTS { <%1$s> ng:publicationEvent ?e } }""".formatted(TRANSCRIPT)));
        assertFalse(q.ask("ASK { <%sevent/test-2021-03-transcript/publication> ?p ?o }".formatted(B)));
        assertTrue(q.ask("""
                ASK { <%1$sevent/test-2021-03-transcript/meeting> sem:hasTime ?i .
                      ?i rdfs:label "on Tuesday" ; ng:datePrecision dprec:described ;
                        <%2$sdescription> "a Tuesday; the transcript gives no date" ;
                        time:hasDuration/time:unitType time:unitHour }""".formatted(B, DCT)));
    }
}

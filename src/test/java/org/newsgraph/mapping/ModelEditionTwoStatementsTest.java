package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Sparql;

/**
 * Statements of the model's second edition (design issue 6, items 8, 10, 19-23) on a made-up
 * news conference (src/test/resources/statements2): a question and its answer, a correction,
 * a retraction, a claim the outlet could not confirm, reporting cues and proposition evidence.
 */
class ModelEditionTwoStatementsTest {

    static final Path DATA = Path.of("src/test/resources/statements2");
    static final String B = Build.DEFAULT_BASE;
    static final String SLUG = "test-2021-04-geneva-briefing";
    static final String ART = B + "article/" + SLUG;
    static final String VOICE = ART + "/voice";
    static final String EV = B + "event/" + SLUG + "/";
    static final String ENT = B + "entity/" + SLUG + "/";
    static final String CLAIM = B + "claim/" + SLUG + "/";
    static final String STMT = B + "statement/" + SLUG + "/";

    static DatasetGraph ds;
    static Sparql q;

    @BeforeAll
    static void build() {
        ds = Build.build(DATA, B);
        q = new Sparql(ds);
    }

    @Test
    void builtGraphConformsToTheShapes() {
        Sparql.assertConforms(ds);
    }

    @Test
    void theArticlesOwnVoiceSpeaksForThePublisher() {
        Map<String, String> row = q.select("""
                SELECT ?label ?publisher WHERE { <%1$s> a ng:Source , ng:ArticleVoice ; ng:voiceOf <%2$s> ;
                  ng:sourceType srctype:article ; prov:actedOnBehalfOf ?publisher ; rdfs:label ?label .
                  <%3$ss-not-confirmed> ng:speaker <%1$s> }""".formatted(VOICE, ART, STMT)).get(0);
        assertEquals("Lakeside Post, in the article's own voice", row.get("label"));
        assertEquals(ENT + "lakeside-post", row.get("publisher"));
        assertTrue(q.ask("ASK { <%s> a schema:NewsArticle , prov:Entity }".formatted(ART)));
        assertFalse(q.ask("ASK { <%s> a ng:Source }".formatted(ART)), "the article itself is no longer a source");
    }

    @Test
    void onlyAnonymousSourcesAreAnonymous() {
        assertTrue(q.ask("""
                ASK { <%1$sdiplomats> a ng:AnonymousSource ; ng:anonymous true ; ng:sourceType srctype:anonymous-group .
                      <%1$sspokesperson> a ng:Source ; ng:anonymous false ; ng:sourceType srctype:unnamed-person .
                      <%1$sroth> ng:anonymous false ; ng:sourceType srctype:named-person }""".formatted(ENT)));
        assertEquals(List.of(ENT + "diplomats"), q.values("SELECT ?s WHERE { ?s ng:anonymous true }", "s"));
    }

    @Test
    void noCorroborationConveysTheClaimUnderspecifiedAndIsNoDenial() {
        Map<String, String> row = q.select("""
                SELECT ?pol ?cert ?anchor WHERE { <%1$ss-not-confirmed> a ng:NonCorroboration ;
                    ng:statementType stmtype:no-corroboration ; ng:conveys <%2$sc-money> .
                  ?a prov:wasGeneratedBy <%1$ss-not-confirmed> ; ng:attributedClaim <%2$sc-money> ;
                    ng:polarity ?pol ; ng:certainty ?cert .
                  ?m grasp:hasAttribution ?a ; grasp:wasAttributedTo <%3$s> ; nif:anchorOf ?anchor }"""
                .formatted(STMT, CLAIM, VOICE)).get(0);
        assertEquals("http://groundedannotationframework.org/grasp/factuality#POSITIVE", row.get("pol"));
        assertEquals("http://groundedannotationframework.org/grasp/factuality#UNDERSPECIFIED", row.get("cert"));
        assertEquals("the supplier had asked for more money", row.get("anchor"));
        assertFalse(q.ask("ASK { <%ss-not-confirmed> a ng:Denial }".formatted(STMT)));
    }

    @Test
    void questionWithoutAskerAndItsAnswer() {
        assertTrue(q.ask("""
                ASK { <%1$ss-question> ng:statementType stmtype:question ; ng:addressee <%2$sroth> ;
                        ng:conveys <%3$sc-factory-closed> .
                      FILTER NOT EXISTS { <%1$ss-question> ng:speaker ?who }
                      ?a prov:wasGeneratedBy <%1$ss-question> ; ng:certainty grf:UNDERSPECIFIED .
                      <%1$ss-answer> ng:statementType stmtype:answer ; ng:answers <%1$ss-question> ;
                        ng:speaker <%2$sroth> ; ng:conveys <%3$sc-closed-two-weeks> }""".formatted(STMT, ENT, CLAIM)));
    }

    @Test
    void correctionAndRetractionPointToTheStatementsTheyAmend() {
        assertTrue(q.ask("""
                ASK { <%1$ss-correction> ng:corrects <%1$ss-answer> ; ng:speaker <%2$sspokesperson> ;
                        ng:onBehalfOf <%2$sministry> .
                      <%1$ss-retraction> ng:retracts <%1$ss-roth> ; schema:about <%3$sc-resume> }"""
                .formatted(STMT, ENT, CLAIM)));
    }

    @Test
    void statementTimePlaceAndOccasion() {
        Map<String, String> row = q.select("""
                SELECT ?from ?to ?prec ?label WHERE { <%1$ss-roth> prov:atLocation <%2$sgeneva> ;
                  ng:occasion <%3$snews-conference> ; sem:hasTime <%1$ss-roth/time> ;
                  sem:hasEarliestBeginTimeStamp ?from ; sem:hasLatestEndTimeStamp ?to .
                  <%1$ss-roth/time> a time:Interval ; ng:datePrecision ?prec ; rdfs:label ?label }"""
                .formatted(STMT, ENT, EV)).get(0);
        assertEquals("2021-04-06", row.get("from"));
        assertEquals("2021-04-06", row.get("to"));
        assertEquals("https://w3id.org/newsgraph/ontology/date-precision/day", row.get("prec"));
        assertEquals("Tuesday, 6 April 2021", row.get("label"));
        assertTrue(q.ask("""
                ASK { <%1$ss-retraction> sem:hasTime/ng:dateBasis "metadata" ;
                  sem:hasEarliestBeginTimeStamp "2021-04-07"^^xsd:date }""".formatted(STMT)));
    }

    @Test
    void reportedSpeechHasItsCueAndTheClaimItsPropositionWords() {
        Map<String, String> row = q.select("""
                SELECT ?cue ?prop WHERE { <%1$ss-diplomats> ng:cue/nif:anchorOf ?cue ; gaf:denotedBy/nif:anchorOf ?cue .
                  <%2$sc-money> gaf:denotedBy ?m . ?m nif:anchorOf ?prop ; grasp:wasAttributedTo <%3$sdiplomats> }"""
                .formatted(STMT, CLAIM, ENT)).get(0);
        assertEquals("According to two diplomats", row.get("cue"));
        assertEquals("the supplier had asked for more money", row.get("prop"));
        assertEquals(List.of("Asked whether", "Clara Roth said", "According to two diplomats",
                        "corrected her, saying", "she answered", "the ministry retracted the minister's statement")
                        .stream().sorted().toList(),
                q.values("SELECT ?cue WHERE { ?s ng:cue/nif:anchorOf ?cue }", "cue"));
        assertFalse(q.ask("ASK { <%ss-not-confirmed> ng:cue ?c }".formatted(STMT)),
                "the outlet's own no-corroboration is not reported speech");
    }

    @Test
    void topicsAreEntitiesEventsOrClaims() {
        assertEquals(List.of(ENT + "supplier"), q.values("SELECT ?t WHERE { <%ss-not-confirmed> schema:about ?t }"
                .formatted(STMT), "t"));
        assertFalse(q.ask("ASK { ?x schema:about ?s . ?s a ng:Statement }"));
    }
}

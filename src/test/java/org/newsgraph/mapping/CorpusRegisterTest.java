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
 * Three made-up articles that share entities, an event and propositions through a corpus
 * register (src/test/resources/register): Test News reports a meeting, the Daily Planet gives
 * its own account and restates Test News, and a digest of a fact-check rates one of the
 * propositions. Each fact is asked of the built graph with SPARQL.
 */
class CorpusRegisterTest {

    static final Path DATA = Path.of("src/test/resources/register");
    static final String B = Build.DEFAULT_BASE;
    static final String A = "test-2020-03-05-summit";
    static final String P = "test-2020-03-10-planet";
    static final String D = "test-2020-digest-factcheck";

    static DatasetGraph ds;
    static Sparql q;

    @BeforeAll
    static void build() {
        ds = Build.build(DATA, B);
        q = new Sparql(ds);
    }

    private static String f(String query) {
        return query.replace("<B>", "<" + B).replace("$A", A).replace("$P", P).replace("$D", D);
    }

    @Test
    void theRegisterAndItsArticlesValidate() {
        Sparql.assertConforms(ds);
    }

    @Test
    void theRegisterIsAGraphOfTheBuild() {
        assertTrue(ds.containsGraph(org.apache.jena.graph.NodeFactory.createURI(B + "graph/corpus")));
        assertTrue(q.ask(f("ASK { GRAPH <B>graph/build> { <B>dataset> <http://rdfs.org/ns/void#subset> <B>graph/corpus> ."
                + " <B>graph/corpus> a <http://rdfs.org/ns/void#Dataset> } }")));
    }

    @Test
    void aSharedPersonIsOneNodeWithOneLabelAcrossArticles() {
        assertEquals(List.of("Anna Weber"), q.values(f("SELECT ?l WHERE { <B>entity/corpus/weber> rdfs:label ?l }"), "l"));
        // both accounts of the meeting have the one node as actor, though the second names her "Weber"
        assertEquals(List.of(B + "event/" + A + "/meeting", B + "event/" + P + "/meeting"), q.values(f(
                "SELECT ?e WHERE { ?e sem:hasActor <B>entity/corpus/weber> }"), "e"));
        // the articles say nothing of her name, label or types: the register graph does
        assertFalse(q.ask(f("""
                ASK { GRAPH ?g { <B>entity/corpus/weber> rdfs:label|schema:name|schema:alternateName|rdf:type ?x }
                      FILTER (?g != <B>graph/corpus>) }""")));
        assertEquals(List.of("President Anna Weber", "Weber"), q.values(f(
                "SELECT ?n WHERE { GRAPH <B>graph/corpus> { <B>entity/corpus/weber> schema:alternateName ?n } }"), "n"));
    }

    @Test
    void aRegisterEntityWithAWikidataItemKeepsItsIri() {
        assertEquals(List.of("Berlin"), q.values(f("SELECT ?l WHERE { <B>entity/Q64> rdfs:label ?l }"), "l"));
        assertTrue(q.ask(f("ASK { GRAPH <B>graph/corpus> { <B>entity/Q64> skos:exactMatch"
                + " <http://www.wikidata.org/entity/Q64> } }")));
        assertTrue(q.ask(f("ASK { GRAPH <B>graph/linkset/$A> { <B>entity/Q64> skos:exactMatch ?wd } }")));
    }

    @Test
    void twoAccountsOfOneEventWithDifferentPrecisions() {
        List<Map<String, String>> rows = q.select(f("""
                SELECT ?account ?precision WHERE {
                    ?account ng:accountOf <B>event/corpus/summit> ; sem:hasTime/ng:datePrecision ?precision }
                ORDER BY ?account"""));
        assertEquals(List.of(
                Map.of("account", B + "event/" + A + "/meeting", "precision", "https://w3id.org/newsgraph/ontology/date-precision/day"),
                Map.of("account", B + "event/" + P + "/meeting", "precision", "https://w3id.org/newsgraph/ontology/date-precision/month")),
                rows);
        assertTrue(q.ask(f("ASK { GRAPH <B>graph/corpus> { <B>event/corpus/summit> a sem:Event ;"
                + " sem:eventType evtype:meeting ; rdfs:label ?l } }")));
        assertFalse(q.ask(f("ASK { <B>event/corpus/summit> sem:hasTime ?t }")), "the register event has no time of its own");
    }

    @Test
    void claimsOfTwoArticlesAreAccountsOfOnePropositionOnePositiveOneNegative() {
        List<Map<String, String>> rows = q.select(f("""
                SELECT ?claim ?polarity ?statement WHERE {
                    ?claim ng:accountOf <B>claim/corpus/talks-tense> .
                    ?attribution ng:attributedClaim ?claim ; ng:polarity ?polarity ; prov:wasGeneratedBy ?statement }
                ORDER BY ?claim ?statement"""));
        String pos = "http://groundedannotationframework.org/grasp/factuality#POSITIVE";
        String neg = "http://groundedannotationframework.org/grasp/factuality#NEGATIVE";
        assertEquals(List.of(
                Map.of("claim", B + "claim/" + A + "/tense", "polarity", pos, "statement", B + "statement/" + A + "/s-official"),
                Map.of("claim", B + "claim/" + P + "/tense", "polarity", pos, "statement", B + "statement/" + P + "/s-echo"),
                Map.of("claim", B + "claim/" + P + "/tense", "polarity", neg, "statement", B + "statement/" + P + "/s-official"),
                Map.of("claim", B + "claim/" + D + "/tense", "polarity", pos, "statement", B + "statement/" + D + "/s-officials")),
                rows);
        // the account is stated in the article graph; the claim graph keeps the article's own label
        assertTrue(q.ask(f("ASK { GRAPH <B>graph/article/$A> { <B>claim/$A/tense> ng:accountOf <B>claim/corpus/talks-tense> } }")));
        assertTrue(q.ask(f("ASK { GRAPH <B>graph/corpus> { <B>claim/corpus/talks-tense> a ng:Proposition ;"
                + " rdfs:label \"The talks between Weber and Li Na were tense.\" } }")));
    }

    @Test
    void contradictionIsStatedBothWays() {
        assertTrue(q.ask(f("""
                ASK { GRAPH <B>graph/corpus> { <B>claim/corpus/talks-cordial> ng:contradicts <B>claim/corpus/talks-tense> .
                                               <B>claim/corpus/talks-tense> ng:contradicts <B>claim/corpus/talks-cordial> } }""")));
    }

    @Test
    void anEchoRestatesTheOtherArticleAndCountsNotAsAnIndependentSource() {
        assertTrue(q.ask(f("ASK { <B>statement/$P/s-echo> ng:restates <B>article/$A> ; ng:speaker <B>entity/corpus/testnews> ."
                + " <B>article/$A> a schema:NewsArticle }")));
        // independent sources of the proposition: distinct speakers of positive attributions that restate nothing
        assertEquals(List.of(B + "entity/corpus/talks-officials", B + "entity/" + A + "/official"), q.values(f("""
                SELECT DISTINCT ?source WHERE {
                    ?claim ng:accountOf <B>claim/corpus/talks-tense> .
                    ?attribution ng:attributedClaim ?claim ; ng:polarity grf:POSITIVE ; prov:wasGeneratedBy ?statement .
                    ?statement ng:speaker ?source .
                    FILTER NOT EXISTS { ?statement ng:restates ?other }
                    FILTER NOT EXISTS { ?statement a ng:NonCorroboration } }"""), "source"));
    }

    @Test
    void whomAStatementIsMadeForIsSaidOfTheStatementNotThePerson() {
        assertEquals(List.of(B + "entity/corpus/weber"), q.values(f(
                "SELECT ?who WHERE { <B>statement/$A/s-braun> ng:onBehalfOf ?who }"), "who"));
        assertFalse(q.ask(f("ASK { <B>statement/$P/s-braun> ng:onBehalfOf ?who }")));
        assertFalse(q.ask(f("ASK { <B>entity/corpus/braun> prov:actedOnBehalfOf ?who }")));
    }

    @Test
    void anonymousSourcesAreSharedOnlyThroughTheRegister() {
        // "A senior official" of each article: two nodes
        assertEquals(List.of(B + "entity/" + A + "/official", B + "entity/" + P + "/official"), q.values(
                "SELECT ?s WHERE { ?s a ng:AnonymousSource ; ng:descriptor \"A senior official\" }", "s"));
        // the officials the register says two texts cite: one node, one descriptor, a group
        assertEquals(List.of("officials familiar with the talks"), q.values(f(
                "SELECT ?d WHERE { <B>entity/corpus/talks-officials> ng:descriptor ?d }"), "d"));
        assertEquals(List.of(B + "statement/" + A + "/s-officials", B + "statement/" + D + "/s-officials"), q.values(f(
                "SELECT ?st WHERE { ?st ng:speaker <B>entity/corpus/talks-officials> }"), "st"));
        assertTrue(q.ask(f("ASK { <B>entity/corpus/talks-officials> a ng:Group ; ng:anonymous true ;"
                + " ng:sourceType srctype:anonymous-group . FILTER NOT EXISTS { <B>entity/corpus/talks-officials> a schema:Person } }")));
    }

    @Test
    void aFactCheckQuotesItsVerdictAndConveysTheRatedClaim() {
        assertTrue(q.ask(f("""
                ASK { <B>statement/$D/s-rating> a ng:Denial ; ng:statementType stmtype:fact-check ; ng:quote "Misleading" ;
                          ng:cue ?cue ; ng:conveys <B>claim/$D/cordial> .
                      ?cue nif:anchorOf "rated the claim that" }""")));
    }

    @Test
    void aDigestWithoutOutletDateOrUrlInventsNone() {
        assertTrue(q.ask(f("""
                ASK { <B>article/$D> ng:digestOf ?o . ?o schema:publisher ?checker ; rdfs:label ?l .
                      ?checker schema:name "Polygraph Test" .
                      FILTER NOT EXISTS { ?o schema:url ?u } FILTER NOT EXISTS { ?o schema:datePublished ?d }
                      FILTER NOT EXISTS { <B>article/$D> ng:publicationEvent ?e } }""")));
    }
}

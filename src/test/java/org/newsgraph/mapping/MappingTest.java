package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Sparql;

/** One test per construct of the mapping, on a small made-up article (src/test/resources/mini). */
class MappingTest {

    static final Path DATA = Path.of("src/test/resources/mini");
    static final String B = Build.DEFAULT_BASE;
    static final String ART = B + "article/test-2020-03-mini";
    static final String EV = B + "event/test-2020-03-mini/";
    static final String ENT = B + "entity/test-2020-03-mini/";
    static final String CLAIM = B + "claim/test-2020-03-mini/";
    static final String STMT = B + "statement/test-2020-03-mini/";
    static final String MEMB = B + "membership/test-2020-03-mini/";

    static DatasetGraph ds;
    static Sparql q;

    @BeforeAll
    static void build() {
        ds = Build.build(DATA, B);
        q = new Sparql(ds);
    }

    @Test
    void articleMetadata() {
        Map<String, String> row = q.select("""
                SELECT ?headline ?date ?dt ?publisher ?place ?fact WHERE {
                  <%s> a schema:NewsArticle ; schema:headline ?headline ; schema:datePublished ?date ;
                     schema:publisher ?publisher ; schema:locationCreated ?place ; ng:externalFact ?fact .
                  BIND(datatype(?date) AS ?dt)
                }""".formatted(ART)).get(0);
        assertEquals("Weber meets Li Na in Berlin", row.get("headline"));
        assertEquals("2020-05-02", row.get("date"));
        assertEquals("http://www.w3.org/2001/XMLSchema#date", row.get("dt"));
        assertEquals(ENT + "testnews", row.get("publisher"));
        assertEquals(B + "entity/Q64", row.get("place"));
        assertTrue(row.get("fact").contains("not from the text"));
    }

    @Test
    void contextHoldsTheTextAndItsHash() throws Exception {
        String text = java.nio.file.Files.readString(DATA.resolve("articles/test-2020-03-mini/article.txt"));
        int length = text.codePointCount(0, text.length());
        Map<String, String> row = q.select("""
                SELECT ?text ?sha WHERE { <%s#char=0,%d> a nif:Context ; nif:isString ?text ; ng:sha256 ?sha ;
                  nif:sourceUrl <%s> }""".formatted(ART, length, ART)).get(0);
        assertEquals(text, row.get("text"));
        assertEquals(new ArticleText(text).sha256(), row.get("sha"));
        assertEquals(64, row.get("sha").length());
    }

    @Test
    void spanOffsetsCountCodePoints() {
        // "Berlin (Test News 📰) " is 21 code points (22 UTF-16 units): the emoji counts once.
        Map<String, String> row = q.select("""
                SELECT ?b ?e ?anchor WHERE { <%s> gaf:denotedBy ?s . ?s nif:anchorOf "President Anna Weber" ;
                  nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor }""".formatted(MEMB + "weber-president")).get(0);
        assertEquals("21", row.get("b"));
        assertEquals("41", row.get("e"));
        assertTrue(q.ask("ASK { <%s#char=21,41> nif:referenceContext ?c . ?c a nif:Context }".formatted(ART)));
    }

    @Test
    void evidenceByOccurrenceAndContext() {
        List<String> anchors = q.values("""
                SELECT ?b WHERE { <%s> gaf:denotedBy ?s . ?s nif:beginIndex ?b }""".formatted(ENT + "li"), "b");
        assertEquals(2, anchors.size(), "both occurrences of Li Na are separate mentions");
        assertFalse(anchors.get(0).equals(anchors.get(1)));
    }

    @Test
    void entityWithVerifiedWikidataIdSharesOneIriAndIsLinkedInTheLinkset() {
        assertTrue(q.ask("""
                ASK { GRAPH <%sgraph/linkset/test-2020-03-mini> {
                        <%sentity/Q64> skos:exactMatch <http://www.wikidata.org/entity/Q64> } }"""
                .formatted(B, B)));
        assertFalse(q.ask("ASK { GRAPH <%sgraph/article/test-2020-03-mini> { ?x skos:exactMatch ?y } }".formatted(B)));
    }

    @Test
    void anonymousSourceIsANodeWithItsDescriptor() {
        Map<String, String> row = q.select("""
                SELECT ?d ?anon ?sen ?type WHERE { <%s> a ng:AnonymousSource ; ng:descriptor ?d ; ng:anonymous ?anon ;
                  ng:seniority ?sen ; ng:sourceType ?type }""".formatted(ENT + "official")).get(0);
        assertEquals("A senior official", row.get("d"));
        assertEquals("true", row.get("anon"));
        assertEquals("https://w3id.org/newsgraph/ontology/seniority/senior", row.get("sen"));
        assertEquals("https://w3id.org/newsgraph/ontology/source-type/anonymous-individual", row.get("type"));
    }

    @Test
    void thenRoleHeldAtTheEventEndedBeforePublication() {
        assertTrue(q.ask("""
                ASK { <%1$sli-fm> org:member <%2$sli> ; org:role pos:foreign-minister ; org:memberDuring ?i ;
                        ng:heldAtPublication false .
                      ?i time:intervalContains <%3$smeeting/time> ; time:before <%3$spublication/time> . }"""
                .formatted(MEMB, ENT, EV)));
        assertTrue(q.ask("""
                ASK { <%1$sweber-president> org:memberDuring ?i . ?i time:intervalContains <%2$spublication/time> .
                      FILTER NOT EXISTS { ?i time:before ?x } }""".formatted(MEMB, EV)));
    }

    @Test
    void meetingParticipantsRolesPlaceAndDay() {
        assertEquals(List.of(ENT + "li", ENT + "weber"),
                q.values("SELECT ?a WHERE { <%smeeting> sem:hasActor ?a }".formatted(EV), "a"));
        assertEquals(List.of(MEMB + "li-fm", MEMB + "weber-president"), q.values("""
                SELECT ?m WHERE { <%smeeting> ng:participantRole ?r . ?r a sem:Role ; rdf:value ?a ;
                  sem:roleType prole:participant ; ng:inCapacityOf ?m . ?m org:member ?a }""".formatted(EV), "m"));
        Map<String, String> row = q.select("""
                SELECT ?place ?from ?to ?prec ?unit ?y ?m ?d ?label WHERE { <%smeeting> sem:eventType evtype:meeting ;
                  sem:hasPlace ?place ; sem:hasEarliestBeginTimeStamp ?from ; sem:hasLatestEndTimeStamp ?to ;
                  sem:hasTime ?i . ?i ng:datePrecision ?prec ; rdfs:label ?label ; time:hasDateTimeDescription ?dtd .
                  ?dtd time:unitType ?unit ; time:year ?y ; time:month ?m ; time:day ?d }""".formatted(EV)).get(0);
        assertEquals(B + "entity/Q64", row.get("place"));
        assertEquals("2020-03-03", row.get("from"));
        assertEquals("2020-03-03", row.get("to"));
        assertEquals("https://w3id.org/newsgraph/ontology/date-precision/day", row.get("prec"));
        assertEquals("http://www.w3.org/2006/time#unitDay", row.get("unit"));
        assertEquals(List.of("2020", "--03", "---03"), List.of(row.get("y"), row.get("m"), row.get("d")));
        assertEquals("3 March 2020", row.get("label"));
    }

    @Test
    void partialDatesKeepTheirPrecision() {
        Map<String, String> month = q.select("""
                SELECT ?from ?to ?prec WHERE { <%sresignation> sem:hasEarliestBeginTimeStamp ?from ;
                  sem:hasLatestEndTimeStamp ?to ; sem:hasTime/ng:datePrecision ?prec }""".formatted(EV)).get(0);
        assertEquals(List.of("2020-04-01", "2020-04-30", "https://w3id.org/newsgraph/ontology/date-precision/month"),
                List.of(month.get("from"), month.get("to"), month.get("prec")));
        assertTrue(q.ask("""
                ASK { <%splanet-report> sem:hasTime ?i . ?i ng:datePrecision dprec:part-of-year ; ng:dateQualifier "early" ;
                  time:hasDateTimeDescription/time:unitType time:unitYear }""".formatted(EV)));
    }

    @Test
    void statedOrderIsARelationNotAnInventedDate() {
        assertTrue(q.ask("ASK { <%1$sresignation/time> time:after <%1$smeeting/time> }".formatted(EV)));
        Map<String, String> row = q.select("""
                SELECT ?qual ?anchor WHERE { ?r a ng:TemporalRelation ; ng:fromEvent <%1$sresignation> ;
                  ng:relation time:after ; ng:toEvent <%1$smeeting> ; ng:qualifier ?qual ;
                  gaf:denotedBy/nif:anchorOf ?anchor }""".formatted(EV)).get(0);
        assertEquals("weeks", row.get("qual"));
        assertEquals("Weeks later", row.get("anchor"));
        assertTrue(q.ask("ASK { <%1$splanet-report/time> time:before <%1$spublication/time> }".formatted(EV)));
    }

    @Test
    void publicationIsAnEventOfThePublisher() {
        assertTrue(q.ask("""
                ASK { <%s> ng:publicationEvent ?e . ?e sem:eventType evtype:report-publication ; sem:hasActor <%stestnews> ;
                  sem:hasEarliestBeginTimeStamp "2020-05-02"^^xsd:date ; sem:hasTime/ng:dateBasis "metadata" ;
                  gaf:denotedBy/nif:anchorOf "Berlin (Test News 📰)" }""".formatted(ART, ENT)));
    }

    @Test
    void claimLivesInItsOwnNamedGraph() {
        assertTrue(q.ask("""
                ASK { GRAPH <%1$sfirst-report> { <%1$sfirst-report> a ng:Claim ;
                        rdfs:label "The Daily Planet reported the meeting first" .
                      <%2$splanet> ng:reported <%3$smeeting> } }"""
                .formatted(CLAIM, ENT, EV)));
        assertFalse(q.ask("ASK { GRAPH <%sgraph/article/test-2020-03-mini> { ?s ng:reported ?o } }".formatted(B)));
        assertTrue(q.ask("ASK { GRAPH <%sgraph/article/test-2020-03-mini> { <%sfirst-report> prov:wasDerivedFrom <%s> } }"
                .formatted(B, CLAIM, ART)));
        assertTrue(q.ask("ASK { GRAPH <%1$stense> { <%1$stense> a ng:Claim ; rdfs:label \"The talks were tense\" } }"
                .formatted(CLAIM)));
    }

    @Test
    void directQuoteKeepsExactWordsSpeakerRoleAndAddressee() {
        Map<String, String> row = q.select("""
                SELECT ?quote ?anchor ?role ?cap ?to WHERE { <%1$sweber-quote> ng:statementType stmtype:direct-quote ;
                  ng:speaker <%2$sweber> ; ng:quote ?quote ; ng:quoteSpan/nif:anchorOf ?anchor ; ng:addressee ?to ;
                  prov:qualifiedAssociation ?a . ?a prov:agent <%2$sweber> ; prov:hadRole ?role ; ng:inCapacityOf ?cap }"""
                .formatted(STMT, ENT)).get(0);
        assertEquals("We agreed on everything,", row.get("quote"));
        assertEquals(row.get("quote"), row.get("anchor"));
        assertEquals("https://w3id.org/newsgraph/ontology/position/president", row.get("role"));
        assertEquals(MEMB + "weber-president", row.get("cap"));
        assertEquals(ENT + "testnews", row.get("to"));
    }

    @Test
    void denialIsTheSameClaimWithNegativePolarity() {
        List<Map<String, String>> rows = q.select("""
                SELECT ?source ?pol ?cert ?stmt WHERE { <%stense> gaf:denotedBy ?m . ?m grasp:wasAttributedTo ?source ;
                  grasp:hasAttribution ?a . ?a ng:attributedClaim <%stense> ; ng:polarity ?pol ; ng:certainty ?cert ;
                  prov:wasGeneratedBy ?stmt } ORDER BY ?source""".formatted(CLAIM, CLAIM));
        assertEquals(2, rows.size());
        assertEquals(List.of(ENT + "ministry", "http://groundedannotationframework.org/grasp/factuality#NEGATIVE",
                        "http://groundedannotationframework.org/grasp/factuality#CERTAIN", STMT + "ministry-denial"),
                List.of(rows.get(0).get("source"), rows.get(0).get("pol"), rows.get(0).get("cert"), rows.get(0).get("stmt")));
        assertEquals(List.of(ENT + "official", "http://groundedannotationframework.org/grasp/factuality#POSITIVE",
                        "http://groundedannotationframework.org/grasp/factuality#PROBABLE"),
                List.of(rows.get(1).get("source"), rows.get(1).get("pol"), rows.get(1).get("cert")));
        assertTrue(q.ask("ASK { <%sministry-denial> a ng:Denial }".formatted(STMT)));
        assertFalse(q.ask("ASK { <%sofficial-said> a ng:Denial }".formatted(STMT)));
    }

    @Test
    void declinedCommentConveysNoClaim() {
        assertTrue(q.ask("""
                ASK { <%1$sdeclined> ng:statementType stmtype:declined-to-comment ; ng:speaker <%2$sspokesperson> ;
                  schema:about <%3$sresignation> ; ng:onBehalfOf <%2$sweber> . <%2$sspokesperson> ng:anonymous false .
                  FILTER NOT EXISTS { <%1$sdeclined> ng:conveys ?c }
                  FILTER NOT EXISTS { <%2$sspokesperson> prov:actedOnBehalfOf ?who } }""".formatted(STMT, ENT, EV)));
    }

    @Test
    void theArticleSpeaksInItsOwnVoice() {
        assertTrue(q.ask("""
                ASK { <%1$sfirst-report> gaf:denotedBy ?m . ?m grasp:wasAttributedTo <%2$s/voice> .
                      <%2$s/voice> a ng:Source , ng:ArticleVoice ; ng:sourceType srctype:article ; ng:voiceOf <%2$s> ;
                        prov:actedOnBehalfOf <%3$stestnews> ; rdfs:label "Test News, in the article's own voice" .
                      <%4$svoice> ng:speaker <%2$s/voice> }""".formatted(CLAIM, ART, ENT, STMT)));
        assertFalse(q.ask("ASK { <%1$s> a ?c FILTER(?c = ng:Source) }".formatted(ART)), "the article is no source");
        assertFalse(q.ask("ASK { <%1$s> ng:sourceType ?t }".formatted(ART)));
        assertFalse(q.ask("ASK { ?s ng:speaker <%1$s> }".formatted(ART)));
    }

    @Test
    void namedSpeakersAreSources() {
        assertTrue(q.ask("ASK { <%sweber> a ng:Source ; ng:sourceType srctype:named-person ; ng:anonymous false }"
                .formatted(ENT)));
        assertTrue(q.ask("ASK { <%sministry> a ng:Source ; ng:sourceType srctype:organization }".formatted(ENT)));
        assertTrue(q.ask("ASK { <%sspokesperson> a ng:Source ; ng:sourceType srctype:unnamed-person ; ng:anonymous false }"
                .formatted(ENT)), "an unnamed spokesperson speaks on the record: not anonymous");
        assertFalse(q.ask("ASK { ?s ng:anonymous true FILTER NOT EXISTS { ?s a ng:AnonymousSource } }"));
    }

    @Test
    void sameInputGivesByteIdenticalSortedNQuads() {
        assertEquals(sortedNQuads(Build.build(DATA, B)), sortedNQuads(Build.build(DATA, B)));
        assertFalse(sortedNQuads(ds).contains("_:"), "no blank nodes: every node has a minted IRI");
    }

    static String sortedNQuads(DatasetGraph d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, d, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}

package org.newsgraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Sparql;
import org.newsgraph.mapping.Build;

/**
 * The seed article's key facts, as the article states them, checked with SPARQL on the
 * graph built from data/. Names are matched by label so the tests read like the article.
 */
class SeedGraphTest {

    static final String SLUG = "cnn-2019-09-09-russia-extraction";
    static final String ART = Build.DEFAULT_BASE + "article/" + SLUG;
    static DatasetGraph ds;
    static Sparql q;

    @BeforeAll
    static void build() {
        ds = Build.build(Path.of("src/test/resources/seed"), Build.DEFAULT_BASE);
        q = new Sparql(ds);
    }

    @Test
    void graphIsShaclValid() {
        Sparql.assertConforms(ds);
    }

    @Test
    void mayMeetingInTheOvalOfficeHadTrumpLavrovAndKislyak() {
        assertEquals(List.of("Donald Trump", "Sergey Kislyak", "Sergey Lavrov"), q.values("""
                SELECT DISTINCT ?name WHERE {
                  ?m sem:eventType evtype:meeting ; sem:hasEarliestBeginTimeStamp "2017-05-01"^^xsd:date ;
                     sem:hasLatestEndTimeStamp "2017-05-31"^^xsd:date ; sem:hasPlace/schema:name "Oval Office" ;
                     sem:hasActor/schema:name ?name ; sem:hasTime/ng:datePrecision dprec:month }""", "name"));
    }

    @Test
    void intelligenceDiscussedWasOnIsisInSyriaProvidedByIsrael() {
        assertTrue(q.ask("""
                ASK { ?p sem:eventType evtype:intelligence-sharing ; sem:hasActor <%sentity/Q801> ;
                        sem:hasTime/time:before ?mayTime .
                      ?m sem:eventType evtype:meeting ; sem:hasTime ?mayTime ; sem:hasPlace/schema:name "Oval Office" }"""
                .formatted(Build.DEFAULT_BASE)));
        assertTrue(q.ask("""
                ASK { ?c a ng:Claim ; schema:about <%1$sentity/Q801> ; gaf:denotedBy/nif:anchorOf ?a .
                      FILTER(CONTAINS(?a, "provided by Israel")) }""".formatted(Build.DEFAULT_BASE)));
    }

    @Test
    void julyMeetingAtTheG20InHamburgWasTrumpAndPutinAndTheNotesWereConfiscated() {
        assertEquals(List.of("Donald Trump", "Vladimir Putin"), q.values("""
                SELECT DISTINCT ?name WHERE {
                  ?m sem:eventType evtype:meeting ; sem:hasEarliestBeginTimeStamp "2017-07-01"^^xsd:date ;
                     sem:hasPlace/schema:name "Hamburg" ; sem:hasActor ?a . ?a a schema:Person ; schema:name ?name }""",
                "name"));
        assertTrue(q.ask("""
                ASK { ?c sem:eventType evtype:confiscation ; sem:hasActor/schema:name "Donald Trump" ;
                        gaf:denotedBy/nif:anchorOf ?t FILTER(CONTAINS(?t, "confiscating")) }"""));
    }

    @Test
    void decisionCameSoonAfterTheMayMeetingAndWeeksBeforeJuly() {
        Map<String, String> r = q.select("""
                SELECT ?soon ?weeks WHERE {
                  ?d sem:eventType evtype:decision ; sem:hasTime ?dt .
                  ?may sem:eventType evtype:meeting ; sem:hasEarliestBeginTimeStamp "2017-05-01"^^xsd:date ; sem:hasTime ?mt .
                  ?july sem:eventType evtype:meeting ; sem:hasEarliestBeginTimeStamp "2017-07-01"^^xsd:date ; sem:hasTime ?jt .
                  ?dt time:after ?mt . ?jt time:after ?dt .
                  ?r1 ng:fromEvent ?d ; ng:toEvent ?may ; ng:qualifier ?soon .
                  ?r2 ng:fromEvent ?july ; ng:toEvent ?d ; ng:qualifier ?weeks }""").get(0);
        assertEquals("soon", r.get("soon"));
        assertEquals("weeks", r.get("weeks"));
    }

    @Test
    void kislyakWasThenAmbassadorAtTheMeetingAndNoLongerAtPublication() {
        assertTrue(q.ask("""
                ASK { ?m org:member/schema:name "Sergey Kislyak" ; org:role pos:ambassador ; ng:heldAtPublication false ;
                        org:memberDuring ?i . ?i time:intervalContains ?mayTime ; time:before ?pubTime .
                      ?may sem:eventType evtype:meeting ; sem:hasEarliestBeginTimeStamp "2017-05-01"^^xsd:date ;
                        sem:hasTime ?mayTime .
                      <%s> ng:publicationEvent/sem:hasTime ?pubTime }""".formatted(ART)));
        assertTrue(q.ask("""
                ASK { ?m org:member/schema:name "Sergey Lavrov" ; org:role pos:foreign-minister ; org:memberDuring ?i .
                      ?i time:intervalContains/^sem:hasTime/sem:eventType evtype:meeting }"""));
    }

    @Test
    void pompeoWasThenCiaDirectorAndIsSecretaryOfStateAtPublication() {
        assertEquals(List.of("cia-director false", "secretary-of-state true"), q.values("""
                SELECT (CONCAT(STRAFTER(STR(?role), "/position/"), " ", STR(?now)) AS ?r) WHERE {
                  ?m org:member/schema:name "Mike Pompeo" ; org:role ?role ; ng:heldAtPublication ?now }""", "r"));
        assertTrue(q.ask("""
                ASK { ?m org:member/schema:name "Mike Pompeo" ; org:role pos:cia-director ; org:memberDuring ?i ;
                        org:organization <%sentity/Q37230> .
                      ?i time:intervalContains/^sem:hasTime/sem:eventType evtype:decision }""".formatted(Build.DEFAULT_BASE)));
    }

    @Test
    void bramellAndGrishamDenyTheMotiveThatAnAnonymousSourceAsserts() {
        List<Map<String, String>> rows = q.select("""
                SELECT ?who ?pol ?type WHERE {
                  ?c a ng:Claim ; gaf:denotedBy ?m . ?m grasp:hasAttribution ?a . ?a ng:attributedClaim ?c ;
                    ng:polarity ?pol ; prov:wasGeneratedBy ?s . ?s ng:speaker ?sp .
                  ?sp rdfs:label ?who . OPTIONAL { ?sp ng:sourceType ?type }
                  ?c gaf:denotedBy/nif:anchorOf ?t FILTER(CONTAINS(?t, "driven, in part, by concerns"))
                } ORDER BY ?who""");
        assertEquals(List.of("A person directly involved in the discussions", "Brittany Bramell", "Stephanie Grisham"),
                rows.stream().map(r -> r.get("who")).toList());
        assertEquals(List.of("POSITIVE", "NEGATIVE", "NEGATIVE"),
                rows.stream().map(r -> r.get("pol").replaceAll(".*#", "")).toList());
        assertEquals("https://w3id.org/newsgraph/ontology/source-type/anonymous-individual", rows.get(0).get("type"));
        assertEquals(List.of("Brittany Bramell", "Stephanie Grisham"), q.values("""
                SELECT ?who WHERE { ?s a ng:Denial ; ng:speaker/schema:name ?who }""", "who"));
    }

    @Test
    void deniersSpokeForTheCiaAndTheWhiteHouse() {
        assertEquals(List.of("Brittany Bramell director-of-public-affairs Central Intelligence Agency",
                        "Stephanie Grisham press-secretary White House"), q.values("""
                SELECT (CONCAT(?who, " ", STRAFTER(STR(?role), "/position/"), " ", ?org) AS ?r) WHERE {
                  ?s a ng:Denial ; prov:qualifiedAssociation ?a . ?a prov:agent/schema:name ?who ; prov:hadRole ?role ;
                     ng:inCapacityOf/org:organization/schema:name ?org }""", "r"));
    }

    @Test
    void pompeosSpokespersonDeclinedToComment() {
        assertTrue(q.ask("""
                ASK { ?s ng:statementType stmtype:declined-to-comment ; ng:speaker ?sp ;
                         ng:onBehalfOf/schema:name "Mike Pompeo" .
                      FILTER NOT EXISTS { ?s ng:conveys ?c } FILTER NOT EXISTS { ?sp prov:actedOnBehalfOf ?who } }"""));
    }

    @Test
    void everyAnonymousSourceIsItsOwnNodeWithItsDescriptorAsWritten() {
        List<String> descriptors = q.values("SELECT ?d WHERE { ?s a ng:AnonymousSource ; ng:anonymous true ; ng:descriptor ?d }",
                "d");
        for (String d : List.of("A person directly involved in the discussions", "A US official", "one source",
                "multiple Trump administration officials with direct knowledge", "the source familiar with the matter",
                "five sources who served in the Trump administration, intelligence agencies and Congress")) {
            assertTrue(descriptors.contains(d), d + " in " + descriptors);
        }
        assertEquals(2, descriptors.stream().filter("a former senior intelligence official"::equals).count(),
                "the text introduces 'a former senior intelligence official' twice, with 'a': two nodes");
        assertTrue(q.ask("""
                ASK { ?s ng:descriptor ?d ; ng:sourceCount 5 ; ng:sourceType srctype:anonymous-group
                      FILTER(STRSTARTS(?d, "five sources")) }"""));
        assertFalse(q.ask("ASK { ?s a ng:AnonymousSource ; schema:name ?n }"));
    }

    @Test
    void directQuotesHaveSpeakersAndTheExactWords() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/seed/articles/" + SLUG + "/article.txt"));
        List<Map<String, String>> rows = q.select("""
                SELECT ?quote ?who WHERE { ?s ng:statementType stmtype:direct-quote ; ng:quote ?quote ; ng:speaker/rdfs:label ?who }
                ORDER BY ?quote""");
        assertTrue(rows.stream().allMatch(r -> text.contains(r.get("quote"))));
        assertTrue(rows.stream().anyMatch(r -> r.get("quote").equals("no equal alternative")
                && r.get("who").equals("one source")));
        assertTrue(rows.stream().anyMatch(r -> r.get("quote").startsWith("CNN's reporting is not only incorrect")
                && r.get("who").equals("Stephanie Grisham")));
        assertTrue(rows.stream().anyMatch(r -> r.get("quote").startsWith("You can't reacquire")
                && r.get("who").equals("a former senior intelligence official")));
    }

    @Test
    void claimsAboutTheAssetRestOnAnonymousSources() {
        for (String words : List.of("access to Putin", "images of documents", "more than a decade", "rebuffed",
                "highest level source")) {
            assertTrue(q.ask("""
                    ASK { ?c a ng:Claim ; gaf:denotedBy ?m . ?m grasp:wasAttributedTo ?src . ?src a ng:AnonymousSource .
                          ?c gaf:denotedBy/nif:anchorOf ?t FILTER(CONTAINS(?t, "%s")) }""".formatted(words)), words);
        }
    }

    @Test
    void everyEventStatementAndClaimLinksToTextThatMatchesItsAnchor() throws Exception {
        assertFalse(q.ask("""
                ASK { { ?x a sem:Event } UNION { ?x a ng:Statement } UNION { ?x a ng:Claim }
                      FILTER NOT EXISTS { ?x gaf:denotedBy ?s }
                      FILTER NOT EXISTS { ?x rdfs:isDefinedBy <%sgraph/corpus> } }""".formatted(Build.DEFAULT_BASE)));
        String text = Files.readString(Path.of("src/test/resources/seed/articles/" + SLUG + "/article.txt"));
        List<Map<String, String>> spans = q.select("""
                SELECT ?b ?e ?a WHERE { ?s nif:referenceContext ?c ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a }""");
        assertTrue(spans.size() > 100);
        int[] cps = text.codePoints().toArray();
        for (Map<String, String> s : spans) {
            int b = Integer.parseInt(s.get("b"));
            int e = Integer.parseInt(s.get("e"));
            assertEquals(s.get("a"), new String(cps, b, e - b), "span " + b + "," + e);
        }
    }

    @Test
    void thePromoParagraphIsNotAFactOfTheStory() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/seed/articles/" + SLUG + "/article.txt"));
        String promo = "Untold stories of American spies";
        int start = text.codePointCount(0, text.indexOf(promo));
        int end = text.codePointCount(0, text.indexOf("September 29.") + "September 29.".length());
        assertFalse(q.ask("""
                ASK { ?s nif:referenceContext ?c ; nif:beginIndex ?b ; nif:endIndex ?e FILTER(?e > %d && ?b < %d) }""".formatted(start, end)));
    }

    @Test
    void verifiedWikidataIdsOnlyWhereKnown() {
        assertEquals(List.of("Q22686", "Q2429253", "Q37230", "Q48340", "Q7747", "Q801", "Q9684"), q.values("""
                SELECT (STRAFTER(STR(?wd), "entity/") AS ?q) WHERE { ?e skos:exactMatch ?wd }""", "q"));
        assertFalse(q.ask("ASK { ?e schema:name \"Sergey Lavrov\" ; skos:exactMatch ?x }"));
    }

    @Test
    void articleMetadataCarriesPublisherDateAndExternalFacts() {
        Map<String, String> r = q.select("""
                SELECT ?pub ?date ?lang WHERE { <%s> schema:publisher ?pub ; schema:datePublished ?date ;
                  schema:inLanguage ?lang ; ng:externalFact ?f }""".formatted(ART)).get(0);
        assertEquals(Build.DEFAULT_BASE + "entity/Q48340", r.get("pub"));
        assertEquals("2019-09-09", r.get("date"));
        assertEquals("en", r.get("lang"));
        assertTrue(q.ask("""
                ASK { ?r sem:eventType evtype:report-publication ; sem:hasActor <%sentity/Q9684> ;
                        sem:hasEarliestBeginTimeStamp "2019-09-09"^^xsd:date }""".formatted(Build.DEFAULT_BASE)));
    }

    // ------------------------------------------------------------------ second edition of the model

    @Test
    void theOvalOfficeIsInTheWhiteHouseWhichIsInWashington() {
        assertEquals(List.of("Washington", "White House"), q.values("""
                SELECT ?name WHERE {
                  ?office schema:name "Oval Office" ; schema:containedInPlace+ ?p . ?p schema:name ?name .
                  ?p schema:containedInPlace* ?outer . ?outer schema:name "Washington" }
                ORDER BY DESC(?name)""", "name"));
        // the White House is one node: a government organisation (the press secretary's) and a place
        assertTrue(q.ask("""
                ASK { ?wh schema:name "White House" ; a org:Organization , schema:Place .
                      ?m org:organization ?wh ; org:member/schema:name "Stephanie Grisham" }"""));
        assertTrue(q.ask("ASK { ?k schema:name \"Kremlin\" ; a org:Organization , schema:Place }"));
    }

    @Test
    void theSecretaryOfStateAndHisSpokespersonBelongToTheStateDepartmentOfTheUsGovernment() {
        assertEquals(List.of("A spokesperson for Secretary of State Mike Pompeo", "Mike Pompeo"), q.values("""
                SELECT ?who WHERE {
                  ?dept schema:name "State Department" ; org:subOrganizationOf ?gov .
                  ?m org:organization ?dept ; org:member ?p . ?p rdfs:label ?who }
                ORDER BY DESC(?who)""", "who"));
    }

    @Test
    void theIntelligenceReportIsOrderedByWhatTheTextRelatesItTo() {
        // after the 2016 election, before the concerns of early 2017 and before the classified version was shared
        assertTrue(q.ask("""
                ASK { ?r sem:eventType evtype:report-publication ; sem:hasActor/rdfs:label "US intelligence community" ;
                         sem:hasTime ?rt .
                      ?rt ng:datePrecision dprec:relative .
                      ?e sem:eventType evtype:election ; sem:hasTime ?et . ?rt time:after ?et .
                      ?c rdfs:label ?cl ; sem:hasTime ?ct ; sem:hasEarliestBeginTimeStamp "2017-01-01"^^xsd:date ;
                         sem:hasLatestEndTimeStamp "2017-04-30"^^xsd:date .
                      { ?rt time:before ?ct } UNION { ?ct time:after ?rt }
                      ?s sem:eventType evtype:intelligence-sharing ; sem:hasTime ?st .
                      { ?rt time:before ?st } UNION { ?st time:after ?rt } }"""));
        assertTrue(q.ask("""
                ASK { ?classified rdfs:label ?l ; prov:wasDerivedFrom ?public .
                      ?public rdfs:label ?pl . FILTER(CONTAINS(?l, "lassified") && CONTAINS(?pl, "public report")) }"""));
    }

    @Test
    void earlyTwentySeventeenEndsBeforeTheMayMeetingBegins() {
        assertEquals(List.of("2017-01-01 2017-04-30 2017-05-01"), q.values("""
                SELECT (CONCAT(STR(?b), " ", STR(?e), " ", STR(?mayBegins)) AS ?bounds) WHERE {
                  ?early sem:hasTime ?t ; sem:hasEarliestBeginTimeStamp ?b ; sem:hasLatestEndTimeStamp ?e .
                  ?t rdfs:label "early 2017" ; ng:datePrecision dprec:part-of-year .
                  ?may sem:eventType evtype:meeting ; sem:hasPlace/schema:name "Oval Office" ;
                       sem:hasEarliestBeginTimeStamp ?mayBegins .
                  FILTER(?e < ?mayBegins) }""", "bounds"));
    }

    @Test
    void exactlyTheTwoPeopleWhoDeniedAreDeniersAndCnnsNonFindingIsNoDenial() {
        assertEquals(List.of("Brittany Bramell", "Stephanie Grisham"), q.values("""
                SELECT DISTINCT ?who WHERE { ?s a ng:Denial ; ng:speaker/rdfs:label ?who } ORDER BY ?who""", "who"));
        assertTrue(q.ask("""
                ASK { ?s a ng:NonCorroboration ; ng:statementType stmtype:no-corroboration ;
                         gaf:denotedBy/nif:anchorOf "CNN could not find" ;
                         ng:conveys ?claim .
                      ?claim gaf:denotedBy ?m . ?m grasp:hasAttribution ?a .
                      ?a prov:wasGeneratedBy ?s ; ng:certainty grf:UNDERSPECIFIED ; ng:polarity grf:POSITIVE }"""));
    }

    @Test
    void theSpokespersonOnTheRecordIsNotAnonymous() {
        assertTrue(q.ask("""
                ASK { ?s ng:statementType stmtype:declined-to-comment ; ng:speaker ?p .
                      ?p ng:anonymous false ; ng:sourceType srctype:unnamed-person .
                      FILTER NOT EXISTS { ?p a ng:AnonymousSource } }"""));
        assertFalse(q.ask("ASK { ?x ng:anonymous true . FILTER NOT EXISTS { ?x a ng:AnonymousSource } }"));
        assertFalse(q.ask("ASK { ?x a ng:AnonymousSource . FILTER NOT EXISTS { ?x ng:anonymous true } }"));
    }

    @Test
    void theMondayEveningDateIsDerivedFromThePublicationDate() {
        assertTrue(q.ask("""
                ASK { ?r sem:eventType evtype:report-publication ; sem:hasActor/schema:name "The New York Times" ;
                         sem:hasTime ?t .
                      ?t rdfs:label "Monday evening" ; ng:timeOfDay "evening" ; ng:dateBasis "derived" ;
                         ng:derivedFrom ?pt ; ng:datePrecision dprec:day .
                      <%s> ng:publicationEvent/sem:hasTime ?pt }""".formatted(ART)));
    }

    @Test
    void participantsAndObjectsAreAsTheTextGivesThem() {
        assertFalse(q.ask("ASK { ?m sem:eventType evtype:meeting ; sem:hasActor/rdfs:label \"the interpreter\" }"));
        assertTrue(q.ask("""
                ASK { ?c sem:eventType evtype:confiscation ; ng:object ?notes . ?notes rdfs:label ?l
                      FILTER(CONTAINS(?l, "notes")) }"""));
        assertTrue(q.ask("""
                ASK { ?p sem:eventType evtype:intelligence-sharing ; sem:hasActor <%sentity/Q801> ; ng:object ?i .
                      ?i rdfs:label ?l FILTER(CONTAINS(?l, "ISIS")) }""".formatted(Build.DEFAULT_BASE)));
    }

    @Test
    void groupsAreGroupsAndTheCovertSourceHasAShortLabel() {
        assertTrue(q.ask("""
                ASK { ?five ng:sourceCount 5 ; a ng:Group , ng:AnonymousSource . FILTER NOT EXISTS { ?five a schema:Person } }"""));
        assertFalse(q.ask("ASK { ?g a ng:AnonymousSource ; ng:plural true ; a schema:Person }"));
        assertTrue(q.ask("""
                ASK { ?asset rdfs:label "the covert source" ;
                         ng:descriptor "one of its highest-level covert sources inside the Russian government" }"""));
    }

    @Test
    void theArticlesOwnVoiceIsTheOutletsAndPositionsAreNamedWithoutThen() {
        assertTrue(q.ask("""
                ASK { ?s ng:statementType stmtype:assertion ; ng:speaker ?voice .
                      ?voice a ng:ArticleVoice ; ng:voiceOf <%s> ; prov:actedOnBehalfOf/schema:name "CNN" ;
                             rdfs:label ?l FILTER(STRSTARTS(?l, "CNN")) }""".formatted(ART)));
        assertFalse(q.ask("ASK { ?m a org:Membership ; rdfs:label ?l FILTER(STRSTARTS(?l, \"then-\")) }"));
        assertFalse(q.ask("""
                ASK { ?t a time:Interval ; gaf:denotedBy/nif:anchorOf ?words ; rdfs:label ?l FILTER(?l != ?words) }"""));
    }

    /** The claims whose proposition is not a relation between nodes of the graph (each says why in its note). */
    static final List<String> CLAIMS_WITHOUT_CONTENT = List.of("c-cannot-reacquire", "c-cia-decisions-not-objective",
            "c-details-secret", "c-extraction-remedy", "c-impact-huge", "c-media-speculation", "c-no-equal-alternative",
            "c-official-identified-no-reporting", "c-reporting-endangers-lives", "c-speculation-risk",
            "c-too-much-information", "c-whereabouts-unknown");

    @Test
    void everyRelationalClaimCarriesItsContent() {
        // every claim but the listed ones has triples in its graph besides its type, label and topics
        assertEquals(CLAIMS_WITHOUT_CONTENT, q.values("""
                SELECT ?id WHERE {
                  ?c a ng:Claim .
                  FILTER NOT EXISTS { GRAPH ?c { ?s ?p ?o FILTER(?p NOT IN (rdf:type, rdfs:label, schema:about)) } }
                  BIND(REPLACE(STR(?c), "^.*/", "") AS ?id) }""", "id"));
        // and the content says what the text says, e.g.
        assertTrue(q.ask("""
                ASK { GRAPH ?c { <%1$sentity/Q7747> ng:ordered ?meddling } ?meddling sem:eventType evtype:election-interference }"""
                .formatted(Build.DEFAULT_BASE)));
        assertTrue(q.ask("""
                ASK { GRAPH ?c { ?ic ng:considersThreat ?russia , ?china }
                      ?ic rdfs:label "US intelligence community" . ?russia schema:name "Russia" . ?china schema:name "China" }"""));
        assertTrue(q.ask("""
                ASK { GRAPH ?c { ?renewal ng:causedBy ?disclosure }
                      ?renewal sem:eventType evtype:deliberation . ?disclosure sem:eventType evtype:disclosure }"""));
        for (String id : CLAIMS_WITHOUT_CONTENT) {
            assertTrue(q.ask("""
                    ASK { ?c rdfs:comment ?note FILTER(STRENDS(STR(?c), "/%s") && STRSTARTS(?note, "No content triples: not a relation")) }"""
                    .formatted(id)), id + " says why it has no content");
        }
    }

    @Test
    void reportedSpeechAttributesTheWordsOfTheProposition() {
        // no attributed mention of a paraphrase or according-to statement is its reporting cue
        assertFalse(q.ask("""
                ASK { ?s ng:statementType ?t ; ng:cue ?cue ; ng:conveys ?c .
                      VALUES ?t { stmtype:paraphrase stmtype:according-to }
                      ?cue grasp:hasAttribution/prov:wasGeneratedBy ?s }"""));
        assertTrue(q.ask("""
                ASK { ?s ng:statementType stmtype:paraphrase ; ng:cue/nif:anchorOf "said that" ; ng:conveys ?c .
                      ?c gaf:denotedBy ?m . ?m grasp:hasAttribution/prov:wasGeneratedBy ?s ; nif:anchorOf ?words .
                      FILTER(STRSTARTS(?words, "the removal of the Russian was driven")) }"""));
    }

    @Test
    void everyGraphOfTheArticleTracesToIt() {
        assertFalse(q.ask("""
                ASK { GRAPH ?g { ?s ?p ?o }
                      FILTER(STRSTARTS(STR(?g), "%1$sclaim/") || STRSTARTS(STR(?g), "%1$sgraph/article/")
                             || STRSTARTS(STR(?g), "%1$sgraph/linkset/"))
                      FILTER NOT EXISTS { ?g prov:wasDerivedFrom <%2$s> } }""".formatted(Build.DEFAULT_BASE, ART)));
        assertTrue(q.ask("ASK { GRAPH <%sgraph/linkset/%s> { ?e skos:exactMatch ?wd } }"
                .formatted(Build.DEFAULT_BASE, SLUG)));
    }
}

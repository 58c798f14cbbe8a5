package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Sparql;
import org.newsgraph.annotation.InputError;

/**
 * Who speaks as which kind of source (a group, an organisation that is also a place), what a
 * claim graph may assert, and the label of a time placed only by its relations, on a small
 * made-up article.
 */
class SourcesAndClaimContentTest {

    static final String B = Build.DEFAULT_BASE;
    static final String SLUG = "test-2020-06-paris";
    static final String ENT = B + "entity/" + SLUG + "/";
    static final String EV = B + "event/" + SLUG + "/";
    static final String CLAIM = B + "claim/" + SLUG + "/";
    static final String STMT = B + "statement/" + SLUG + "/";

    static final String TEXT = "Paris (Wire) Alice Martin met Bob Stone in Paris in May 2020. \"It went well,\" Alice"
            + " said. Intelligence officials expressed concern about the meeting. The Elysee said it went well."
            + " Later, the two met again.";

    static final String ANNOTATION = """
            {
              "article": {"headline": "Alice meets Bob", "publisher": "wire", "dateline": "paris",
                          "datelineEvidence": "Paris (Wire)", "published": "2020-06-01", "language": "en"},
              "entities": [
                {"id": "wire", "type": "organization", "name": "Wire", "mentions": "Wire"},
                {"id": "paris", "type": "place", "name": "Paris", "mentions": {"text": "Paris", "occurrence": 2}},
                {"id": "alice", "type": "person", "name": "Alice Martin", "mentions": "Alice Martin"},
                {"id": "bob", "type": "person", "name": "Bob Stone", "mentions": "Bob Stone"},
                {"id": "officials", "type": "group", "descriptor": "Intelligence officials",
                 "mentions": "Intelligence officials"},
                {"id": "elysee", "type": "place", "alsoTypes": ["government"], "name": "Elysee",
                 "mentions": "The Elysee"}
              ],
              "events": [
                {"id": "meeting", "type": "meeting", "label": "Alice meets Bob",
                 "participants": [{"actor": "alice", "role": "participant"}, {"actor": "bob", "role": "participant"}],
                 "place": "paris", "time": {"year": 2020, "month": 5, "evidence": "May 2020"},
                 "evidence": "Alice Martin met Bob Stone"},
                {"id": "second-meeting", "type": "meeting", "label": "Alice and Bob meet again",
                 "participants": [{"actor": "alice", "role": "participant"}, {"actor": "bob", "role": "participant"}],
                 "time": {"basis": "relation"},
                 "relations": [{"type": "after", "event": "meeting", "evidence": "Later"}],
                 "evidence": "the two met again"}
              ],
              "claims": [
                {"id": "went-well", "label": "The meeting went well", "about": ["meeting"],
                 "assertion": [{"subject": "alice-quote", "predicate": "schema:about", "object": "meeting"},
                               {"subject": "meeting", "predicate": "sem:hasPlace", "object": "paris"}]},
                {"id": "concern", "label": "Intelligence officials are concerned about the meeting",
                 "assertion": {"subject": "officials", "predicate": "ng:concernedAbout", "object": "meeting"}}
              ],
              "statements": [
                {"id": "alice-quote", "type": "direct-quote", "speakers": ["alice"], "quote": "It went well,",
                 "evidence": "Alice said", "claims": [{"claim": "went-well"}]},
                {"id": "officials-concern", "type": "paraphrase", "speakers": ["officials"], "evidence": "expressed",
                 "claims": [{"claim": "concern", "evidence": "Intelligence officials expressed concern about the meeting"}]},
                {"id": "elysee-said", "type": "paraphrase", "speakers": ["elysee"], "evidence": "The Elysee said",
                 "claims": [{"claim": "went-well", "evidence": {"text": "it went well", "in": "said it went well"}}]}
              ]
            }
            """;

    @TempDir
    static Path dir;
    static DatasetGraph ds;
    static Sparql q;

    @BeforeAll
    static void build() throws IOException {
        ds = Build.build(data(dir.resolve("valid"), ANNOTATION), B);
        q = new Sparql(ds);
    }

    static Path data(Path root, String annotation) throws IOException {
        Path article = root.resolve("articles/" + SLUG);
        Files.createDirectories(article);
        Files.writeString(article.resolve("article.txt"), TEXT);
        Files.writeString(article.resolve("annotation.json"), annotation);
        return root;
    }

    @Test
    void builtGraphConformsToTheShapes() {
        Sparql.assertConforms(ds);
    }

    @Test
    void aSpeakingGroupIsASourceOfTypeGroup() {
        assertTrue(q.ask("ASK { <%sofficials> a ng:Source , ng:Group ; ng:sourceType srctype:group }".formatted(ENT)));
        assertFalse(q.ask("ASK { <%sofficials> ng:sourceType srctype:organization }".formatted(ENT)));
        assertFalse(q.ask("ASK { <%sofficials> ng:anonymous ?any }".formatted(ENT)), "a group is not a person");
    }

    @Test
    void aPlaceThatIsAlsoAGovernmentSpeaksAsAnOrganisation() {
        assertTrue(q.ask("""
                ASK { <%1$selysee-said> ng:speaker <%2$selysee> .
                      <%2$selysee> a ng:Source , schema:Place , schema:GovernmentOrganization ;
                        ng:sourceType srctype:organization }""".formatted(STMT, ENT)));
    }

    @Test
    void aPlaceWithoutAnOrganisationTypeCannotSpeak() throws IOException {
        Path data = data(dir.resolve("place-speaks"), ANNOTATION.replace("\"speakers\": [\"elysee\"]",
                "\"speakers\": [\"paris\"]"));
        InputError e = assertThrows(InputError.class, () -> Build.build(data, B));
        assertEquals("/statements/2/speakers/0", e.pointer());
        assertEquals("speaker \"paris\" is of type place; expected one of [anonymousSource, country, government, group,"
                + " organization, person]", e.problem());
    }

    @Test
    void claimGraphsHoldTheirTriplesWithTheAllowedPredicates() {
        assertTrue(q.ask("""
                ASK { GRAPH <%1$sconcern> { <%2$sofficials> ng:concernedAbout <%3$smeeting> }
                      GRAPH <%1$swent-well> { <%4$salice-quote> schema:about <%3$smeeting> .
                                              <%3$smeeting> sem:hasPlace <%2$sparis> } }"""
                .formatted(CLAIM, ENT, EV, STMT)));
        assertTrue(ClaimMapper.allowed().containsAll(List.of("ng:concernedAbout", "ng:affiliatedWith", "ng:object",
                "sem:hasActor", "schema:about", "org:memberOf")));
        assertFalse(ClaimMapper.allowed().contains("ng:anonymous"));
        assertFalse(ClaimMapper.allowed().contains("rdfs:label"));
    }

    @Test
    void aTimePlacedOnlyByItsRelationsIsLabelledSo() {
        assertEquals(List.of(TimeMapper.PLACED_BY_RELATIONS), q.values("""
                SELECT ?label WHERE { <%ssecond-meeting> sem:hasTime ?t . ?t rdfs:label ?label ;
                  ng:datePrecision dprec:relative }""".formatted(EV), "label"));
    }
}

package org.newsgraph.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft of the seed article (fixture) against its curated annotation: the targets. */
class SeedDraftTest {

    static Drafter.Result result;
    static Scores scores;

    @BeforeAll
    static void draft() {
        result = Fixtures.drafter().draft(Fixtures.SEED);
        Curated curated = new Curated(Fixtures.SEED.resolve("annotation.json"), result.draft().text);
        scores = Scores.of(curated, result.draft());
    }

    @Test
    void findsTheNamedPeopleOrganisationsAndPlaces() {
        assertTrue(scores.entities.recall() >= 0.95, "recall " + scores.entities.recall() + ", missed "
                + scores.entities.missing);
    }

    @Test
    void attributesEveryDirectQuoteToItsSpeaker() {
        assertEquals(5, scores.quotes.gold);
        assertEquals(5, scores.quotes.goldHit, "missed " + scores.quotes.missing);
        assertTrue(scores.quotes.extra.isEmpty(), "quotes that are not the curated ones: " + scores.quotes.extra);
    }

    @Test
    void scareQuotesAndTitlesAreNotStatements() {
        for (Draft.Statement s : result.draft().statements) {
            if (s.quote != null) {
                String q = s.quote.of(result.draft().text);
                assertFalse(q.startsWith("exfiltration") || q.startsWith("Declassified"), "taken as a statement: " + q);
            }
        }
    }

    @Test
    void findsTheAnonymousSources() {
        assertEquals(10, scores.sources.gold);
        assertTrue(scores.sources.goldHit >= 8, "found " + scores.sources.goldHit + ", missed " + scores.sources.missing);
        Draft.Entity five = result.draft().entities.stream()
                .filter(e -> e.anonymous() && e.descriptor.startsWith("five sources")).findFirst().orElseThrow();
        assertEquals(5, five.count);
        Draft.Entity former = result.draft().entities.stream()
                .filter(e -> e.anonymous() && e.descriptor.equals("a former senior intelligence official")).findFirst()
                .orElseThrow();
        assertEquals("senior", former.seniority);
        assertEquals("intelligence-community", former.affiliationType);
        assertEquals(Boolean.TRUE, former.former);
    }

    @Test
    void givesTimesOurPrecision() {
        assertEquals("month", timeOf("May 2017").precision());
        Draft.Time early = timeOf("early 2017");
        assertEquals("part-of-year", early.precision());
        assertEquals("early", early.qualifier());
        Draft.Time monday = timeOf("Monday evening");
        assertEquals("day", monday.precision());
        assertEquals(List.of(2019, 9, 9), List.of(monday.year(), monday.month(), monday.day()));
        assertEquals("evening", monday.timeOfDay());
        assertEquals("derived", monday.basis());
        assertEquals("described", timeOf("At the end of the Obama administration").precision());
    }

    private static Draft.Time timeOf(String words) {
        return result.draft().times.stream().filter(t -> t.span().of(result.draft().text).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression \"" + words + "\""));
    }

    @Test
    void findsBothDenialsAndTheDeclinedComment() {
        assertEquals(2, scores.denials.gold);
        assertEquals(2, scores.denials.goldHit, "missed " + scores.denials.missing);
        assertEquals(1, scores.declined.goldHit, "missed " + scores.declined.missing);
    }

    @Test
    void everyItemSaysWhichExtractorDraftedItAndHowSure() {
        List<String> parts = List.of("entities", "events", "claims", "statements");
        List<String> unmarked = new ArrayList<>();
        for (String part : parts) {
            for (JsonNode item : result.json().path(part)) {
                if (!item.path("note").asText().matches("drafted by \\S+, confidence (0\\.\\d\\d|1\\.00)")) {
                    unmarked.add(part + " " + item.path("id").asText());
                }
            }
        }
        assertTrue(unmarked.isEmpty(), "items without a draft mark: " + unmarked);
        assertTrue(result.json().path("entities").size() > 0);
    }

    @Test
    void takesIdentitiesOnlyFromTheRegister() {
        JsonNode trump = null;
        for (JsonNode e : result.json().path("entities")) {
            assertFalse(e.has("wikidata"), "a Wikidata id without a gazetteer: " + e);
            if ("Donald Trump".equals(e.path("name").asText())) {
                trump = e;
            }
        }
        assertNotNull(trump, "no entity named Donald Trump");
        assertEquals("trump", trump.path("corpus").asText(), "the seed fixture's register names Trump");
    }

    @Test
    void theDraftIsValidAndBuildsIntoAConformingGraph(@TempDir Path tmp) throws Exception {
        Fixtures.assertValid(result.json(), Fixtures.SEED, tmp);
    }

    @Test
    void theSameTextGivesTheSameDraft() throws Exception {
        Drafter.Result again = Fixtures.drafter().draft(Fixtures.SEED);
        assertEquals(DraftWriter.JSON.writeValueAsString(result.json()), DraftWriter.JSON.writeValueAsString(again.json()));
    }
}

package org.newsgraph.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patterns on a made-up report that shares no words with the seed: other sources, other
 * reporting verbs, other dates; the patterns are general, not the seed's facts.
 */
class PatternsTest {

    static final String TEXT = """
            Geneva (Reuters) Two senior European diplomats who spoke on condition of anonymity said the talks had \
            stalled in late 2018 over the sanctions regime.

            Foreign Minister Anna Keller met Chinese Premier Li Wen in Geneva on 3 March 2020. "We have made no \
            progress at all," Keller told Reuters. "The door remains open."

            A spokesman for the ministry declined to comment. Deputy Minister Paul Brandt denied that the talks had \
            collapsed, calling the reports "baseless and misleading." The so-called "reset" was never discussed, \
            according to an official familiar with the negotiations.

            The delegation left Geneva on Tuesday morning, a day after the final session ended in March 2020.
            """;

    static Draft draft;

    @BeforeAll
    static void run() {
        draft = Fixtures.drafter().draftText(TEXT, LocalDate.of(2020, 3, 12), Gazetteer.empty());
    }

    private static Draft.Entity source(String descriptorStart) {
        return draft.entities.stream().filter(e -> e.anonymous() && e.descriptor.startsWith(descriptorStart))
                .findFirst().orElseThrow(() -> new AssertionError("no anonymous source " + descriptorStart));
    }

    private static String words(Span s) {
        return s.of(TEXT);
    }

    @Test
    void anonymousSourcesWithCountSeniorityAndAffiliation() {
        Draft.Entity diplomats = source("Two senior European diplomats");
        assertEquals(2, diplomats.count);
        assertEquals(Boolean.TRUE, diplomats.plural);
        assertEquals("senior", diplomats.seniority);
        Draft.Entity official = source("an official familiar with the negotiations");
        assertEquals(1, official.count);
        assertNull(official.former);
    }

    @Test
    void quotesGoToTheReportingVerbsSubjectAndContinueInTheParagraph() {
        List<Draft.Statement> quotes = draft.statements.stream().filter(s -> s.quote != null).toList();
        Draft.Entity keller = draft.entities.stream().filter(e -> "Anna Keller".equals(e.name)).findFirst().orElseThrow();
        assertTrue(keller.mentions.stream().anyMatch(m -> words(m).equals("Keller")), "surname joins the full name");
        assertEquals(List.of("We have made no progress at all", "The door remains open."),
                quotes.stream().filter(s -> s.speakers.contains(keller.id)).map(s -> words(s.quote)).toList());
    }

    @Test
    void scareQuotesAreNotStatementsButAQuotedDenialIs() {
        assertFalse(draft.statements.stream().anyMatch(s -> s.quote != null && words(s.quote).equals("reset")));
        Draft.Statement denial = draft.statements.stream()
                .filter(s -> s.cues.stream().anyMatch(c -> words(c).startsWith("denied"))).findFirst().orElseThrow();
        assertTrue(denial.claims.stream().allMatch(Draft.Conveyed::negative), "a denial is negative");
        Draft.Entity brandt = draft.entities.stream().filter(e -> denial.speakers.contains(e.id)).findFirst().orElseThrow();
        assertEquals("Paul Brandt", brandt.name);
    }

    @Test
    void declinedCommentByAnUnnamedSpokesman() {
        Draft.Statement declined = draft.statements.stream().filter(s -> s.type.equals("declined-to-comment"))
                .findFirst().orElseThrow();
        Draft.Entity speaker = draft.entities.stream().filter(e -> declined.speakers.contains(e.id)).findFirst()
                .orElseThrow();
        assertEquals("person", speaker.type);
        assertEquals("A spokesman", words(speaker.mentions.get(0)));
    }

    @Test
    void timesWithTheirPrecision() {
        assertEquals(List.of("late 2018:part-of-year", "3 March 2020:day", "on Tuesday morning:day", "March 2020:month"),
                draft.times.stream().map(t -> words(t.span()) + ":" + t.precision()).toList());
        Draft.Time tuesday = draft.times.get(2);
        assertEquals(LocalDate.of(2020, 3, 10), LocalDate.of(tuesday.year(), tuesday.month(), tuesday.day()),
                "the Tuesday on or before the article's date");
        assertEquals("morning", tuesday.timeOfDay());
    }

    @Test
    void aMeetingCandidateWithItsParticipantsAndDate() {
        Draft.Event meeting = draft.events.stream().filter(e -> e.type.equals("meeting")).findFirst().orElseThrow();
        assertEquals("3 March 2020", words(meeting.time.span()));
        List<String> actors = meeting.participants.stream().map(p -> p[0]).toList();
        assertTrue(actors.contains(draft.entities.stream().filter(e -> "Anna Keller".equals(e.name)).findFirst()
                .orElseThrow().id), "participants " + actors);
    }

    @Test
    void aWikidataIdComesFromTheLocalGazetteerOnly(@TempDir Path tmp) throws Exception {
        assertTrue(draft.entities.stream().allMatch(e -> e.wikidata == null), "no id without a gazetteer");
        Path gazetteer = tmp.resolve("gazetteer.json");
        Files.writeString(gazetteer, "[{\"name\": \"Anna Keller\", \"alternativeNames\": [\"Keller\"],"
                + " \"type\": \"person\", \"wikidata\": \"Q900001\"}]");
        Path article = Files.createDirectories(tmp.resolve("input/articles/test-gazetteer"));
        Draft withGazetteer = Fixtures.drafter().draftText(TEXT, LocalDate.of(2020, 3, 12),
                Gazetteer.load(article, gazetteer));
        Draft.Entity keller = withGazetteer.entities.stream().filter(e -> "Anna Keller".equals(e.name)).findFirst()
                .orElseThrow();
        assertEquals("Q900001", keller.wikidata);
        assertNull(keller.corpus, "not in a corpus register");
    }
}

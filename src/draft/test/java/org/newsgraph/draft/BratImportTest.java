package org.newsgraph.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** brat standoff into a draft annotation through the mapping file; the draft validates and builds. */
class BratImportTest {

    static final Path ARTICLE = Path.of("src/draft/test/resources/brat/articles/test-2021-05-harbour-talks");

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void importsEntitiesQuotesSpeakersPolarityAndEvents(@TempDir Path tmp) throws Exception {
        JsonNode draft = new BratImport(BratMapping.load(null)).read(ARTICLE, ARTICLE.resolve("article.ann"));
        Fixtures.assertValid(draft, ARTICLE, tmp);
        JsonNode sousa = byId(draft.path("entities"), "maria-sousa");
        assertEquals("person", sousa.path("type").asText());
        assertEquals(2, sousa.path("mentions").size(), "Coref joins Sousa to Maria Sousa");
        JsonNode quote = null;
        for (JsonNode s : draft.path("statements")) {
            if (s.path("type").asText().equals("direct-quote")) {
                quote = s;
            }
        }
        assertEquals("maria-sousa", quote.path("speakers").get(0).asText());
        assertEquals("negative", quote.path("claims").get(0).path("polarity").asText());
        JsonNode source = null;
        for (JsonNode e : draft.path("entities")) {
            if (e.path("type").asText().equals("anonymousSource")) {
                source = e;
            }
        }
        assertEquals("senior", source.path("seniority").asText());
        JsonNode meeting = draft.path("events").get(0);
        assertEquals("meeting", meeting.path("type").asText());
        assertEquals(2021, meeting.path("time").path("year").asInt());
        assertEquals(5, meeting.path("time").path("month").asInt());
        assertEquals("maria-sousa", meeting.path("participants").get(0).path("actor").asText());
        assertTrue(meeting.path("note").asText().startsWith("drafted by brat:article.ann"));
    }

    @Test
    void theCommandWritesTheDraftAndReportsABadFileOnOneLine(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("draft.json");
        assertEquals(0, run("--brat", ARTICLE.resolve("article.ann").toString(), "--out", out.toString(),
                ARTICLE.toString()).exit);
        assertTrue(Files.readString(out).contains("\"maria-sousa\""));

        Path bad = tmp.resolve("bad.ann");
        Files.writeString(bad, "T1\tPerson 5 4000\tMaria Sousa\n");
        Result r = run("--brat", bad.toString(), "--out", tmp.resolve("x.json").toString(), ARTICLE.toString());
        assertEquals(2, r.exit);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        assertTrue(r.err.contains("bad.ann: line 1: offsets 5-4000 are outside the text"), r.err);
        assertTrue(Files.notExists(tmp.resolve("x.json")), "nothing written on an error");
    }

    @Test
    void aDraftRoundTripsThroughBrat(@TempDir Path tmp) throws Exception {
        BratMapping mapping = BratMapping.load(null);
        Draft first = new BratImport(mapping).readDraft(ARTICLE, ARTICLE.resolve("article.ann"));
        Path copy = Files.createDirectories(tmp.resolve("input/articles").resolve(ARTICLE.getFileName()));
        Files.copy(ARTICLE.resolve("article.txt"), copy.resolve("article.txt"));
        Files.writeString(copy.resolve("article.ann"), new BratExport(mapping).write(first));
        Draft second = new BratImport(mapping).readDraft(copy, copy.resolve("article.ann"));
        assertEquals(DraftWriter.JSON.writeValueAsString(new DraftWriter(first).write(null)),
                DraftWriter.JSON.writeValueAsString(new DraftWriter(second).write(null)));
    }

    @Test
    void aMissingFolderIsOneLineAndExitTwo() {
        Result r = run("no-such-article-folder");
        assertEquals(2, r.exit);
        assertEquals("newsgraph draft: no-such-article-folder: no such folder", r.err.strip());
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DraftCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}

package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --dist} and {@code --text} on the command line. */
class ExportDistCommandTest {

    static final String SEED = "src/test/resources/seed";

    @Test
    void distWritesTheDumpsWithExcerptsByDefault(@TempDir Path tmp) throws Exception {
        Path dist = tmp.resolve("dist");
        CliTest.Run r = CliTest.run("export", "--data", SEED, "--dist", dist.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("(text policy: excerpts)"), r::toString);
        for (String f : new String[] {"newsgraph.nq.gz", "void.ttl", "README.md", "SHA256SUMS"}) {
            assertTrue(Files.isRegularFile(dist.resolve(f)), f);
            assertTrue(r.out().contains(dist.resolve(f).toString()), r::toString);
        }
        assertTrue(Files.readString(dist.resolve("README.md")).contains("text policy: excerpts"));
    }

    @Test
    void distReplacesOnlyItsOwnFolder(@TempDir Path tmp) throws Exception {
        Path dist = tmp.resolve("dist");
        assertEquals(0, CliTest.run("export", "--data", SEED, "--dist", dist.toString()).code());
        CliTest.Run again = CliTest.run("export", "--data", SEED, "--dist", dist.toString());
        assertEquals(0, again.code(), again::toString);
        assertTrue(Files.readString(dist.resolve("README.md")).startsWith("# newsgraph dumps"));

        Path foreign = tmp.resolve("project");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("README.md"), "# my project");
        CliTest.Run r = CliTest.run("export", "--data", SEED, "--dist", foreign.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("not a distribution written by export --dist"), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertEquals("# my project", Files.readString(foreign.resolve("README.md")));

        Path link = tmp.resolve("link");
        Files.createSymbolicLink(link, tmp.resolve("elsewhere"));
        r = CliTest.run("export", "--data", SEED, "--dist", link.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("symbolic link"), r::toString);
        assertFalse(Files.exists(tmp.resolve("elsewhere")));

        r = CliTest.run("export", "--data", SEED, "--dist", SEED + "/dist");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("data folder"), r::toString);
        assertFalse(Files.exists(Path.of(SEED, "dist")));
        r = CliTest.run("export", "--data", SEED, "--dist", "/");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("root folder"), r::toString);
    }

    @Test
    void textPolicyAppliesToASingleFormat() {
        CliTest.Run full = CliTest.run("export", "--data", SEED, "--format", "nquads");
        CliTest.Run none = CliTest.run("export", "--data", SEED, "--format", "nquads", "--text", "none");
        assertEquals(0, none.code(), none::toString);
        String isString = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString>";
        String anchor = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>";
        assertTrue(full.out().contains(isString) && full.out().contains(anchor), "the default is the full text");
        assertFalse(none.out().contains(isString + " \""), none::toString);
        assertFalse(none.out().contains(anchor), none::toString);
    }

    @Test
    void formatAndDistAreOneOrTheOther(@TempDir Path tmp) {
        CliTest.Run neither = CliTest.run("export", "--data", SEED);
        assertEquals(2, neither.code(), neither::toString);
        assertTrue(neither.err().contains("give either --format or --dist"), neither::toString);
        CliTest.Run both = CliTest.run("export", "--data", SEED, "--format", "trig", "--dist", tmp.toString());
        assertEquals(2, both.code(), both::toString);
        CliTest.Run bad = CliTest.run("export", "--data", SEED, "--format", "trig", "--text", "some");
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.err().contains("--text"), bad::toString);
        assertFalse(Files.exists(tmp.resolve("void.ttl")), "nothing written");
    }
}

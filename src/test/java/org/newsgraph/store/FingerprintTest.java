package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotation.InputError;

/** The input fingerprint: equal for the same input, different when anything it covers changes. */
class FingerprintTest {

    static final Map<String, byte[]> ONTOLOGY = Map.of("newsgraph.ttl", "ontology v1".getBytes(StandardCharsets.UTF_8));
    static final String BASE = "https://w3id.org/newsgraph/id/";

    static Path data(Path dir) throws Exception {
        Path a = dir.resolve("articles/a");
        Files.createDirectories(a);
        Files.writeString(a.resolve("article.txt"), "Some text.");
        Files.writeString(a.resolve("annotation.json"), "{}");
        return dir;
    }

    static Fingerprint of(Path data) {
        return Fingerprint.of(data, BASE, ONTOLOGY, "1.0");
    }

    @Test
    void sameInputSameFingerprint(@TempDir Path dir) throws Exception {
        Path data = data(dir);
        Fingerprint f = of(data);
        assertEquals(f, of(data));
        assertEquals(64, f.value().length());
        assertTrue(f.value().matches("[0-9a-f]{64}"));
    }

    @Test
    void anyChangeOfTheInputChangesIt(@TempDir Path dir) throws Exception {
        Path data = data(dir);
        Fingerprint f = of(data);
        assertNotEquals(f, Fingerprint.of(data, "https://example.org/id/", ONTOLOGY, "1.0"), "base IRI");
        assertNotEquals(f, Fingerprint.of(data, BASE, ONTOLOGY, "1.1"), "code version");
        assertNotEquals(f, Fingerprint.of(data, BASE,
                Map.of("newsgraph.ttl", "ontology v2".getBytes(StandardCharsets.UTF_8)), "1.0"), "ontology");
        Files.writeString(data.resolve("articles/a/annotation.json"), "{ }");
        Fingerprint edited = of(data);
        assertNotEquals(f, edited, "an edited annotation");
        Files.move(data.resolve("articles/a"), data.resolve("articles/b"));
        assertNotEquals(edited, of(data), "a renamed article folder");
    }

    @Test
    void theCorpusRegisterIsCovered(@TempDir Path dir) throws Exception {
        Path data = data(dir);
        Fingerprint without = of(data);
        Files.createDirectories(data.resolve("corpus"));
        Files.writeString(data.resolve("corpus/register.json"), "{}");
        Fingerprint with = of(data);
        assertNotEquals(without, with, "a register file");
        Files.writeString(data.resolve("corpus/register.json"), "{ }");
        assertNotEquals(with, of(data), "an edited register file");
    }

    @Test
    void theClasspathOntologyIsCovered() {
        assertTrue(ClasspathTree.read("ontology").keySet().stream().anyMatch(n -> n.endsWith(".ttl")),
                "ontology/*.ttl on the classpath");
    }

    @Test
    void noArticlesFolderIsAnInputError(@TempDir Path dir) {
        InputError e = assertThrows(InputError.class, () -> of(dir));
        assertEquals(dir.resolve("articles"), e.file());
    }

    @Test
    void codeVersionDigestsTheRunningCode() {
        String v = Fingerprint.codeVersion();
        assertTrue(v.matches(".+\\+[0-9a-f]{64}"), v);
        assertEquals(v, Fingerprint.codeVersion(), "stable while the code does not change");
    }
}

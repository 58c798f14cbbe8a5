package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Sparql;
import org.newsgraph.mapping.Build;

/**
 * What each text policy leaves of the seed article's text (a publisher's text) and of a digest
 * written for the corpus (our own): checked with SPARQL on the corpus fixture.
 */
class TextPolicyTest {

    static final String SEED = "<https://w3id.org/newsgraph/id/article/cnn-2019-09-09-russia-extraction>";
    static final String DIGEST = "<https://w3id.org/newsgraph/id/article/nyt-2019-09-09-informant-extracted>";

    static DatasetGraph built;
    static Sparql full;
    static Sparql excerpts;
    static Sparql none;

    @BeforeAll
    static void build() {
        built = Build.build(Path.of("src/test/resources/corpus"), Build.DEFAULT_BASE);
        full = new Sparql(TextPolicy.FULL.apply(built));
        excerpts = new Sparql(TextPolicy.EXCERPTS.apply(built));
        none = new Sparql(TextPolicy.NONE.apply(built));
    }

    static String text(String article) {
        return "ASK { ?c nif:sourceUrl " + article + " ; nif:isString ?text }";
    }

    static String anchors(String article) {
        return "ASK { ?c nif:sourceUrl " + article + " . ?span nif:referenceContext ?c ; nif:anchorOf ?words }";
    }

    static String quotes(String article) {
        return "ASK { ?c nif:sourceUrl " + article + " . ?span nif:referenceContext ?c . ?st ng:quoteSpan ?span ; ng:quote ?q }";
    }

    @Test
    void fullIsTheBuiltGraphItself() {
        assertSame(built, TextPolicy.FULL.apply(built));
        assertTrue(full.ask(text(SEED)));
    }

    @Test
    void excerptsDropTheSeedTextButKeepSpanWordsAndQuotes() {
        assertFalse(excerpts.ask(text(SEED)), "the publisher's whole text is left out");
        assertTrue(excerpts.ask(anchors(SEED)));
        assertTrue(excerpts.ask(quotes(SEED)));
        assertTrue(excerpts.ask("ASK { ?s ng:quote \"no equal alternative\" }"), "a quote is kept");
    }

    @Test
    void noneKeepsOffsetsAndTheChecksumOnly() {
        assertFalse(none.ask(text(SEED)));
        assertFalse(none.ask(anchors(SEED)));
        assertFalse(none.ask(quotes(SEED)));
        assertFalse(none.ask("ASK { ?s ng:quote \"no equal alternative\" }"));
        // The spans keep their offsets and the context its SHA-256: the same values as in the full graph.
        String offsets = "SELECT ?b ?e WHERE { ?c nif:sourceUrl " + SEED
                + " . ?span nif:referenceContext ?c ; nif:beginIndex ?b ; nif:endIndex ?e } ORDER BY ?b ?e";
        assertEquals(full.select(offsets), none.select(offsets));
        String sha = "SELECT ?h WHERE { ?c nif:sourceUrl " + SEED + " ; ng:sha256 ?h }";
        assertEquals(full.values(sha, "h"), none.values(sha, "h"));
        assertEquals(1, none.values(sha, "h").size());
    }

    @Test
    void theCopyIsWrittenWithTheBuiltGraphsPrefixes() {
        Map<String, String> prefixes = Exporter.prefixes(built);
        assertTrue(prefixes.containsKey("nif") && prefixes.containsKey("schema"), prefixes.toString());
        for (TextPolicy policy : TextPolicy.values()) {
            assertEquals(prefixes, Exporter.prefixes(policy.apply(built)), policy.toString());
        }
        String trig = new String(Exporter.toBytes(TextPolicy.NONE.apply(built), Exporter.Format.TRIG),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(trig.startsWith("PREFIX "), "written without its prefixes");
    }

    @Test
    void ourOwnDigestsKeepTheirTextUnderEveryPolicy() {
        for (Sparql q : List.of(excerpts, none)) {
            assertTrue(q.ask(text(DIGEST)));
            assertTrue(q.ask(anchors(DIGEST)));
        }
    }

    @Test
    void onlyTextIsRemoved() {
        // Who denied what is still there without any text.
        assertEquals(List.of("Brittany Bramell", "Stephanie Grisham"), none.values("""
                SELECT DISTINCT ?who WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/article/cnn-2019-09-09-russia-extraction> {
                  ?s a ng:Denial ; ng:speaker ?p } ?p schema:name ?who } ORDER BY ?who""", "who"));
    }

    @Test
    void namesOnTheCommandLine() {
        assertEquals(TextPolicy.NONE, TextPolicy.fromCliName("None"));
        assertEquals("excerpts", TextPolicy.EXCERPTS.cliName());
        assertThrows(IllegalArgumentException.class, () -> TextPolicy.fromCliName("some"));
    }
}

package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.Test;

class ScopedPrefixMapTest {

    private static final String[] NAMESPACES = {"https://example.org/", "https://example.org/id/",
        "https://example.org/id/article/", "https://example.org/id/article/a1/", "https://example.org/ns#",
        "https://example.org/ns#x", "https://example.org/id/article/a1/entity", "urn:x:", "urn:x:y",
        "https://schema.org/", "https://dbpedia.org/resource/", "https://dbpedia.org/resource/Category:",
        "https://example.org/ns#x#"};

    private static final String[] TAILS = {"", "x", "y", "xy", "Person", "a1", "entity/putin", "entity", "a b",
        "x#y", "1abc", "-bad", "a.b", "a.", "ns#x1", "%41", "é", "x/", "#", "person#me", "q?x=1", "Category:Spies"};

    /**
     * The map Jena's writers use (made by createForOutput, which copies the prefixes) and ours over
     * it give the same abbreviation for every IRI, whatever the prefixes' names (which decide the
     * order in which Jena tries them), namespaces that start one another included.
     */
    @Test
    void abbreviatesEveryIriAsTheWritersMapDoes() {
        Random random = new Random(7);
        List<String> iris = new ArrayList<>();
        for (String ns : NAMESPACES) {
            for (String t : TAILS) {
                iris.add(ns + t);
                iris.add(ns + t + TAILS[random.nextInt(TAILS.length)]);
            }
        }
        iris.add("mailto:someone@example.org");
        iris.add("nothing-to-split");
        for (int round = 0; round < 200; round++) {
            PrefixMap given = PrefixMapFactory.create();
            for (String ns : NAMESPACES) {
                if (random.nextInt(4) > 0) {
                    // random names: a different order of trial in the writer's map each round
                    given.add(round % 7 == 0 && ns.equals(NAMESPACES[0]) ? "" : "p" + random.nextInt(1000), ns);
                }
            }
            PrefixMap jena = PrefixMapFactory.createForOutput(given);
            PrefixMap scoped = ScopedPrefixMap.of(PrefixMapFactory.createForOutput(given));
            for (String iri : iris) {
                assertEquals(jena.abbrev(iri), scoped.abbrev(iri), iri + " with " + given);
                assertEquals(jena.abbreviate(iri), scoped.abbreviate(iri), iri + " with " + given);
            }
        }
    }

    /** The case where a longer namespace is tried first: the writer's order decides, not the last '#'. */
    @Test
    void theFirstPrefixInTheWritersOrderWins() {
        PrefixMap given = PrefixMapFactory.create();
        given.add("b", "https://example.org/ns#");
        given.add("a", "https://example.org/ns#x");
        PrefixMap jena = PrefixMapFactory.createForOutput(given);
        PrefixMap scoped = ScopedPrefixMap.of(PrefixMapFactory.createForOutput(given));
        for (String iri : List.of("https://example.org/ns#xy", "https://example.org/ns#y", "https://example.org/ns#x")) {
            assertEquals(jena.abbreviate(iri), scoped.abbreviate(iri), iri);
            assertEquals(jena.abbreviate(iri), scoped.abbreviate(iri), iri + ", asked again");
        }
    }

    @Test
    void isReadOnly() {
        PrefixMap scoped = ScopedPrefixMap.of(PrefixMapFactory.createForOutput(PrefixMapFactory.create()));
        assertThrows(UnsupportedOperationException.class, () -> scoped.add("a", "https://example.org/"));
        assertThrows(UnsupportedOperationException.class, () -> scoped.delete("a"));
    }
}

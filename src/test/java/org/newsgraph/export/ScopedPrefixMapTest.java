package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.Test;

class ScopedPrefixMapTest {

    /** Namespaces that start one another, with and without a final separator. */
    private static PrefixMap overlapping() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ex", "https://example.org/");
        pm.add("id", "https://example.org/id/");
        pm.add("art", "https://example.org/id/article/");
        pm.add("a1", "https://example.org/id/article/a1/");
        pm.add("frag", "https://example.org/ns#");
        pm.add("fragx", "https://example.org/ns#x");
        pm.add("bare", "https://example.org/id/article/a1/entity");
        pm.add("urn", "urn:x:");
        pm.add("schema", "https://schema.org/");
        return pm;
    }

    @Test
    void abbreviatesEveryIriAsJenasOwnMapDoes() {
        PrefixMap std = overlapping();
        PrefixMap scoped = ScopedPrefixMap.of(std);
        String[] starts = {"https://example.org/", "https://example.org/id/", "https://example.org/id/article/",
            "https://example.org/id/article/a1/", "https://example.org/id/article/a1/entity", "https://example.org/ns#",
            "https://example.org/ns#x", "urn:x:", "urn:y:", "https://schema.org/", "https://other.example/", "mailto:"};
        String[] tails = {"", "x", "Person", "a1", "entity/putin", "entity", "a b", "x#y", "1abc", "-bad", "a.b",
            "a.", "ns#x1", "%41", "é", "x/", "#", "person#me", "q?x=1"};
        Random random = new Random(7);
        List<String> iris = new ArrayList<>();
        for (String s : starts) {
            for (String t : tails) {
                iris.add(s + t);
                iris.add(s + t + tails[random.nextInt(tails.length)]);
            }
        }
        for (String iri : iris) {
            assertEquals(std.abbrev(iri), scoped.abbrev(iri), iri);
            assertEquals(std.abbreviate(iri), scoped.abbreviate(iri), iri);
            // asked again: the narrowed search is remembered per namespace part
            assertEquals(std.abbrev(iri), scoped.abbrev(iri), iri);
        }
    }

    @Test
    void aNamespaceWithTwoPrefixesKeepsJenasMap() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("a", "https://example.org/");
        pm.add("b", "https://example.org/");
        assertSame(pm, ScopedPrefixMap.of(pm));
    }
}

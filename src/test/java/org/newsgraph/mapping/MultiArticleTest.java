package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Sparql;

/**
 * Two articles in one graph: the seed (with its corpus register, src/test/resources/seed/corpus)
 * and a short digest of the Kremlin's response (src/test/resources/second-article). Shared
 * entities get one IRI, each article keeps its own graphs, and dropping an article drops
 * exactly its graphs.
 */
class MultiArticleTest {

    static final String B = Build.DEFAULT_BASE;
    static final String SEED = "cnn-2019-09-09-russia-extraction";
    static final String SECOND = "test-2019-09-10-kremlin-response";

    static Path data(Path dir, boolean withSecond) throws IOException {
        // the seed article refers to the corpus register (its shared entities, events and claims)
        copy(Path.of("src/test/resources/seed/corpus"), dir.resolve("corpus"));
        copy(Path.of("src/test/resources/seed/articles", SEED), dir.resolve("articles").resolve(SEED));
        if (withSecond) {
            copy(Path.of("src/test/resources/second-article", SECOND), dir.resolve("articles").resolve(SECOND));
        }
        return dir;
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void bothArticlesBuildValidateAndShareTheWikidataEntity(@TempDir Path dir) throws IOException {
        DatasetGraph ds = Build.build(data(dir, true), B);
        Sparql.assertConforms(ds);
        Sparql q = new Sparql(ds);
        assertEquals(List.of(B + "article/" + SEED, B + "article/" + SECOND), q.values("""
                SELECT DISTINCT ?article WHERE { <%sentity/Q7747> gaf:denotedBy/nif:referenceContext/nif:sourceUrl ?article }"""
                .formatted(B), "article"));
        assertEquals(List.of(B + "article/" + SEED, B + "article/" + SECOND), q.values(
                "SELECT ?a WHERE { ?a a schema:NewsArticle ; ng:publicationEvent ?e }", "a"));
    }

    @Test
    void eachArticleKeepsItsOwnGraphAndTheUnionSeesBoth(@TempDir Path dir) throws IOException {
        Sparql q = new Sparql(Build.build(data(dir, true), B));
        assertFalse(q.ask("ASK { GRAPH <%sgraph/article/%s> { ?s schema:name \"Sergey Kislyak\" } }".formatted(B, SECOND)));
        assertTrue(q.ask("ASK { GRAPH <%sgraph/article/%s> { ?s schema:name \"Dmitry Peskov\" } }".formatted(B, SECOND)));
        assertTrue(q.ask("ASK { ?a schema:name \"Sergey Kislyak\" . ?b schema:name \"Dmitry Peskov\" }"));
        assertTrue(q.ask("""
                ASK { ?s ng:speaker/schema:name "Dmitry Peskov" ; prov:qualifiedAssociation/ng:inCapacityOf/org:role pos:spokesperson ;
                        ng:conveys ?c . ?c rdfs:label ?l FILTER(CONTAINS(?l, "no contacts")) }"""));
    }

    @Test
    void aDigestSaysWhatItIsADigestOf(@TempDir Path dir) throws IOException {
        Sparql q = new Sparql(Build.build(data(dir, true), B));
        assertTrue(q.ask("""
                ASK { <%1$sarticle/%2$s> ng:digestOf ?o . ?o a schema:CreativeWork ;
                        schema:url <https://example.org/wire/2019/09/10/kremlin-response> ;
                        schema:datePublished "2019-09-10"^^xsd:date ; schema:publisher/schema:name "Example Wire" .
                      FILTER NOT EXISTS { ?o a schema:NewsArticle } }""".formatted(B, SECOND)));
    }

    @Test
    void droppingAnArticleDropsExactlyItsGraphs(@TempDir Path dir) throws IOException {
        Path both = data(dir.resolve("both"), true);
        Path seedOnly = data(dir.resolve("seed"), false);
        String withBoth = MappingTest.sortedNQuads(Build.build(both, B));
        String seedAlone = MappingTest.sortedNQuads(Build.build(seedOnly, B));
        assertTrue(withBoth.contains(SECOND));
        assertFalse(seedAlone.contains(SECOND));
        try (Stream<Path> files = Files.list(both.resolve("articles").resolve(SECOND))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(both.resolve("articles").resolve(SECOND));
        assertEquals(seedAlone, MappingTest.sortedNQuads(Build.build(both, B)));
    }
}

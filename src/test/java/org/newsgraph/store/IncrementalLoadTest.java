package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotation.InputError;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.vocab.NG;

/**
 * A store brought up to date article by article: after an article is changed, added or removed,
 * only that article is built again, its graphs are replaced, and the store holds what a full load
 * of the same input holds; an edit that breaks a rule across articles is refused with the store
 * unchanged; a change of the corpus register loads the whole graph again.
 */
class IncrementalLoadTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final String B = Build.DEFAULT_BASE;
    static final String CNN = "cnn-2019-09-09-russia-extraction";
    static final String TIME = "time-2019-09-09-russian-spy";
    static final String HEADLINE = "US extracted top spy from inside Russia in 2017";

    /** A copy of the corpus fixture: its articles, register and imports. */
    static Path input(Path tmp) throws IOException {
        return org.newsgraph.Fixtures.corpus(tmp);
    }

    record Loaded(Store.Outcome outcome, List<String> progress, Set<Quad> quads, Map<String, String> prefixes) {
    }

    static Loaded load(Path input, Path store) {
        return load(input, store, TextPolicy.FULL);
    }

    static Loaded load(Path input, Path store, TextPolicy policy) {
        List<String> progress = new ArrayList<>();
        StoreSetup.Ready ready = StoreSetup.upToDate(input, B, store, false, progress::add, policy);
        try (Store s = ready.store()) {
            return new Loaded(ready.outcome(), progress, quads(s), prefixes(s));
        }
    }

    /** Every quad of the named graphs (the store's record, in its default graph, left out). */
    static Set<Quad> quads(Store s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            s.dataset().find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    static Map<String, String> prefixes(Store s) {
        return Txn.calculateRead(s.dataset(), () -> new TreeMap<>(s.dataset().prefixes().getMapping()));
    }

    static boolean ask(Path store, String query) {
        try (Store s = Store.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(s.dataset())).query(query).build()) {
                    return qe.execAsk();
                }
            });
        }
    }

    static String headlineIs(String headline) {
        return "PREFIX schema: <https://schema.org/> ASK { GRAPH <" + B + "graph/article/" + CNN + "> { <" + B
                + "article/" + CNN + "> schema:headline \"" + headline + "\" } }";
    }

    static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertTrue(s.contains(from), file + " has " + from);
        Files.writeString(file, s.replace(from, to));
    }

    /** The quads of the graphs whose name does not contain {@code slug}. */
    static Set<Quad> outside(Set<Quad> quads, String slug) {
        Set<Quad> out = new HashSet<>();
        quads.stream().filter(q -> !q.getGraph().getURI().contains(slug) && !q.getGraph().getURI().endsWith("/build"))
                .forEach(out::add);
        return out;
    }

    @Test
    void aChangedArticleIsBuiltAgainAloneAndTheStoreIsAsAFullLoad(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        Loaded first = load(input, store);
        assertEquals(Store.Outcome.LOADED, first.outcome());
        assertTrue(ask(store, headlineIs(HEADLINE)));

        edit(input.resolve("articles/" + CNN + "/annotation.json"), HEADLINE, HEADLINE + " (corrected)");
        Loaded updated = load(input, store);
        assertEquals(Store.Outcome.UPDATED, updated.outcome());
        assertTrue(updated.progress().stream().anyMatch(m -> m.startsWith("building and validating 1 added or changed"
                + " article of 11")), updated.progress().toString());
        assertTrue(ask(store, headlineIs(HEADLINE + " (corrected)")), "the new headline is served");
        assertFalse(ask(store, headlineIs(HEADLINE)), "the old headline is gone");
        assertEquals(outside(first.quads(), CNN), outside(updated.quads(), CNN), "the other articles' graphs as they were");
        assertTrue(ask(store, "ASK { GRAPH <" + B + "graph/import/wikidata-positions> { "
                + "<http://www.wikidata.org/entity/Q22686> <http://www.w3.org/2000/01/rdf-schema#label> \"Donald Trump\"@en } "
                + "GRAPH <" + B + "graph/build> { <" + B + "graph/import/wikidata-positions> a <" + NG.NS + "ImportedGraph> } }"),
                "the imported graph and its description are kept");

        Loaded full = load(input, tmp.resolve("full"));
        assertEquals(Store.Outcome.LOADED, full.outcome());
        assertEquals(full.quads(), updated.quads(), "the same quads as a full load of the new input");
        assertEquals(full.prefixes(), updated.prefixes());

        assertEquals(Store.Outcome.REUSED, load(input, store).outcome(), "the updated store is up to date");
    }

    @Test
    void aRemovedArticleLeavesAndAnAddedOneJoins(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        load(input, store);
        String timeArticle = "ASK { GRAPH <" + B + "graph/article/" + TIME + "> { ?s ?p ?o } }";
        assertTrue(ask(store, timeArticle));

        Path aside = tmp.resolve(TIME);
        Files.move(input.resolve("articles/" + TIME), aside);
        Loaded removed = load(input, store);
        assertEquals(Store.Outcome.UPDATED, removed.outcome());
        assertFalse(ask(store, timeArticle), "the removed article's graph is gone");
        assertFalse(ask(store, "ASK { GRAPH ?g { ?s ?p <" + B + "article/" + TIME + "> } }"),
                "the build record no longer names it");
        assertEquals(load(input, tmp.resolve("full-without")).quads(), removed.quads());

        Files.move(aside, input.resolve("articles/" + TIME));
        Loaded added = load(input, store);
        assertEquals(Store.Outcome.UPDATED, added.outcome());
        assertTrue(ask(store, timeArticle));
        assertEquals(load(input, tmp.resolve("full-with")).quads(), added.quads());
    }

    @Test
    void anEditThatBreaksARuleAcrossArticlesIsRefusedAndTheStoreKept(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        Loaded before = load(input, store);
        Path edited = input.resolve("articles/kremlin-2019-09-11-peskov/annotation.json");
        edit(edited, "\"restates\": \"kremlin-2019-09-10-peskov\"", "\"restates\": \"kremlin-2019-09-10-nobody\"");
        InputError e = assertThrows(InputError.class, () -> load(input, store));
        assertEquals(edited, e.file());
        assertTrue(e.getMessage().contains("restates \"kremlin-2019-09-10-nobody\", which is no article"), e.getMessage());
        try (Store s = Store.open(store)) {
            assertEquals(before.quads(), quads(s), "the store as it was");
        }
        edit(edited, "kremlin-2019-09-10-nobody", "kremlin-2019-09-10-peskov");
        assertEquals(Store.Outcome.REUSED, load(input, store).outcome(), "its record as it was");
    }

    @Test
    void removingAnArticleThatAnUnchangedOneRestatesIsRefused(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        Loaded before = load(input, store);
        Path aside = tmp.resolve("aside");
        Files.move(input.resolve("articles/kremlin-2019-09-10-peskov"), aside);
        InputError e = assertThrows(InputError.class, () -> load(input, store));
        assertEquals(input.resolve("articles/kremlin-2019-09-11-peskov/annotation.json"), e.file(),
                "reported at the unchanged article that restates it: " + e.getMessage());
        assertTrue(e.getMessage().contains("restates \"kremlin-2019-09-10-peskov\", which is no article"), e.getMessage());
        assertTrue(e.line() > 0, "with its line: " + e.getMessage());
        try (Store s = Store.open(store)) {
            assertEquals(before.quads(), quads(s));
        }
    }

    @Test
    void aChangedRegisterLoadsTheWholeGraph(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        load(input, store);
        Path register = input.resolve("corpus/register.json");
        Files.writeString(register, Files.readString(register) + "\n");
        Loaded again = load(input, store);
        assertEquals(Store.Outcome.LOADED, again.outcome());
        assertTrue(again.progress().stream().anyMatch(m -> m.startsWith("building and validating the graph")),
                again.progress().toString());
    }

    /** The text policy's copy of the whole build, as the store should hold it: its quads (named graphs) and prefixes. */
    static Loaded whole(Path input, TextPolicy policy) {
        DatasetGraph published = policy.apply(Build.build(input, B));
        Set<Quad> quads = new HashSet<>();
        published.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                quads.add(q);
            }
        });
        return new Loaded(null, List.of(), quads, new TreeMap<>(org.newsgraph.export.Exporter.prefixes(published)));
    }

    static String hasFullText(String slug) {
        return "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ASK { GRAPH <" + B
                + "graph/article/" + slug + "> { ?context nif:isString ?text } }";
    }

    @Test
    void aTextPolicyIsAppliedArticleByArticleAndUpdatedArticleByArticle(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        deleteImports(input); // imports with a text policy take the whole graph (below)
        Path store = tmp.resolve("tdb2");
        assertTrue(load(input, store).outcome() == Store.Outcome.LOADED && ask(store, hasFullText(CNN)));

        // another policy: the whole store loaded again (never updated from the full texts), as the policy's copy
        Loaded excerpts = load(input, store, TextPolicy.EXCERPTS);
        assertEquals(Store.Outcome.LOADED, excerpts.outcome());
        assertFalse(ask(store, hasFullText(CNN)), "the publisher's full text is served");
        Loaded expected = whole(input, TextPolicy.EXCERPTS);
        assertEquals(expected.quads(), excerpts.quads(), "not the policy's copy of the whole build");
        assertEquals(expected.prefixes(), excerpts.prefixes());

        // a changed article: only it is built again, under the same policy
        edit(input.resolve("articles/" + CNN + "/annotation.json"), HEADLINE, HEADLINE + " (corrected)");
        Loaded updated = load(input, store, TextPolicy.EXCERPTS);
        assertEquals(Store.Outcome.UPDATED, updated.outcome());
        assertTrue(ask(store, headlineIs(HEADLINE + " (corrected)")));
        assertFalse(ask(store, hasFullText(CNN)), "the updated article's full text is served");
        assertEquals(whole(input, TextPolicy.EXCERPTS).quads(), updated.quads());

        // and back to the full texts: loaded again, not updated
        Loaded full = load(input, store, TextPolicy.FULL);
        assertEquals(Store.Outcome.LOADED, full.outcome());
        assertTrue(ask(store, hasFullText(CNN)));
        assertEquals(whole(input, TextPolicy.FULL).quads(), full.quads());
    }

    @Test
    void importsWithATextPolicyAreLoadedWhole(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        Loaded excerpts = load(input, store, TextPolicy.EXCERPTS);
        assertEquals(Store.Outcome.LOADED, excerpts.outcome());
        assertEquals(whole(input, TextPolicy.EXCERPTS).quads(), excerpts.quads());
        edit(input.resolve("articles/" + CNN + "/annotation.json"), HEADLINE, HEADLINE + " (corrected)");
        Loaded again = load(input, store, TextPolicy.EXCERPTS);
        assertEquals(Store.Outcome.LOADED, again.outcome(), "loaded in full, not updated article by article");
        assertEquals(whole(input, TextPolicy.EXCERPTS).quads(), again.quads());
        assertFalse(ask(store, hasFullText(CNN)));
    }

    @Test
    void removingAnImportLoadsTheWholeGraphWithoutIt(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        String imported = "ASK { GRAPH <" + B + "graph/import/wikidata-positions> { ?s ?p ?o } }";
        load(input, store);
        assertTrue(ask(store, imported));
        deleteImports(input);
        Loaded without = load(input, store);
        assertEquals(Store.Outcome.LOADED, without.outcome(), "an import removed is a corpus-level change");
        assertFalse(ask(store, imported), "the removed import's graph is still served");
        assertFalse(ask(store, "ASK { GRAPH <" + B + "graph/build> { ?g a <" + NG.NS + "ImportedGraph> } }"),
                "the build record still describes the removed import");
        assertEquals(whole(input, TextPolicy.FULL).quads(), without.quads());
    }

    @Test
    void theTextPolicyNoneKeepsNoWordsOfThePublishersText(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        deleteImports(input);
        Path store = tmp.resolve("tdb2");
        Loaded none = load(input, store, TextPolicy.NONE);
        assertEquals(whole(input, TextPolicy.NONE).quads(), none.quads());
        assertFalse(ask(store, hasFullText(CNN)));
        assertFalse(ask(store, "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ASK { GRAPH <"
                + B + "graph/article/" + CNN + "> { ?span nif:anchorOf ?words } }"), "a span keeps its words");
        assertTrue(ask(store, "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ASK { GRAPH <"
                + B + "graph/article/" + CNN + "> { ?span nif:beginIndex ?b ; nif:endIndex ?e } }"), "a span lost its offsets");
    }

    static void deleteImports(Path input) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(input.resolve("imports"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}

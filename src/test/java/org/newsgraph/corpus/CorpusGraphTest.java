package org.newsgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Sparql;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.ExpectedResults;

/**
 * The multi-outlet corpus fixture (src/test/resources/corpus: the seed, nine digests of the
 * reports and responses that followed it, and the corpus register) as one connected graph:
 * identity across articles, accounts of one event, propositions that outlets share or contest.
 */
class CorpusGraphTest {

    static final String B = Build.DEFAULT_BASE;
    static DatasetGraph ds;
    static Sparql q;

    @BeforeAll
    static void build() {
        ds = Build.build(ExpectedResults.CORPUS, B);
        q = new Sparql(ds);
    }

    @Test
    void theCorpusIsShaclValid() {
        Sparql.assertConforms(ds);
    }

    @Test
    void trumpIsOneNodeWithOneLabelAcrossTheArticlesThatNameHim() {
        assertEquals(List.of(B + "entity/Q22686"), q.values("""
                SELECT DISTINCT ?trump WHERE { ?trump schema:name "Donald Trump" }""", "trump"));
        assertEquals(List.of("Donald Trump"), q.values("SELECT ?l WHERE { <%sentity/Q22686> rdfs:label ?l }"
                .formatted(B), "l"));
        List<String> articles = q.values("""
                SELECT DISTINCT ?article WHERE { <%sentity/Q22686> gaf:denotedBy/nif:referenceContext/nif:sourceUrl ?article }"""
                .formatted(B), "article");
        assertTrue(articles.size() >= 5, "Trump is named in the seed and the digests: " + articles);
    }

    @Test
    void theKremlinsSpokesmanIsANewNodeOfTheRegisterSpeakingInTheKremlinDigests() {
        assertTrue(q.ask("""
                ASK { <%1$sentity/corpus/peskov> rdfs:label "Dmitry Peskov" ; rdfs:isDefinedBy <%1$sgraph/corpus> .
                      ?s ng:speaker <%1$sentity/corpus/peskov> ;
                         gaf:denotedBy/nif:referenceContext/nif:sourceUrl <%1$sarticle/kremlin-2019-09-10-peskov> }"""
                .formatted(B)));
        assertFalse(q.ask("ASK { <%sentity/corpus/peskov> gaf:denotedBy/nif:referenceContext/nif:sourceUrl <%sarticle/cnn-2019-09-09-russia-extraction> }"
                .formatted(B, B)), "the seed does not mention Peskov");
    }

    @Test
    void theOvalOfficeMeetingIsDatedToTheMonthByCnnAndToTheDayByTime() {
        assertEquals(List.of("cnn-2019-09-09-russia-extraction May 2017 month",
                "time-2019-09-09-russian-spy 10 May 2017 day"), q.values("""
                SELECT DISTINCT (CONCAT(REPLACE(STR(?article), "^.*/", ""), " ", ?when, " ", REPLACE(STR(?p), "^.*/", "")) AS ?account)
                WHERE { ?e ng:accountOf <%1$sevent/corpus/oval-office-meeting> ; sem:hasTime ?t ;
                           gaf:denotedBy/nif:referenceContext/nif:sourceUrl ?article .
                        ?t rdfs:label ?when ; ng:datePrecision ?p .
                        FILTER(?article IN (<%1$sarticle/cnn-2019-09-09-russia-extraction>, <%1$sarticle/time-2019-09-09-russian-spy>)) }"""
                .formatted(B), "account"));
    }

    @Test
    void theMotiveIsContestedAcrossOutlets() {
        // CNN's source asserts the handling motive; the Times' current officials the contrary
        assertTrue(q.ask("""
                ASK { <%1$sclaim/corpus/motive-handling> ng:contradicts <%1$sclaim/corpus/motive-media-alone> .
                      ?cnn ng:accountOf <%1$sclaim/corpus/motive-handling> ; prov:wasDerivedFrom <%1$sarticle/cnn-2019-09-09-russia-extraction> .
                      ?nyt ng:accountOf <%1$sclaim/corpus/motive-media-alone> ; prov:wasDerivedFrom <%1$sarticle/nyt-2019-09-09-informant-extracted> .
                      ?a ng:attributedClaim ?nyt ; ng:polarity grf:POSITIVE ; prov:wasGeneratedBy/ng:speaker ?officials .
                      ?officials a ng:AnonymousSource }""".formatted(B)));
    }

    @Test
    void anEchoRestatesTheReportItRepeats() {
        assertTrue(q.ask("""
                ASK { ?s ng:restates <%1$sarticle/cnn-2019-09-09-russia-extraction> ;
                         gaf:denotedBy/nif:referenceContext/nif:sourceUrl <%1$sarticle/time-2019-09-09-russian-spy> }"""
                .formatted(B)));
    }

    @Test
    void anonymousSourcesAreNeverSharedUnlessTheRegisterSaysSo() {
        assertFalse(q.ask("""
                ASK { ?src a ng:AnonymousSource ; gaf:denotedBy/nif:referenceContext/nif:sourceUrl ?a1 , ?a2 .
                      FILTER(?a1 != ?a2) FILTER NOT EXISTS { ?src rdfs:isDefinedBy ?register } }"""));
    }

    @Test
    void whoAStatementWasMadeForIsOnTheStatement() {
        assertFalse(q.ask("ASK { ?person ng:onBehalfOf ?org . FILTER NOT EXISTS { ?person a ng:Statement } }"));
        assertFalse(q.ask("ASK { ?person prov:actedOnBehalfOf ?org . FILTER NOT EXISTS { ?person a ng:ArticleVoice } }"));
    }

    /** Adding a further valid article to a corpus keeps it building and valid (and leaves its answers as they were). */
    @Test
    void aFurtherArticleJoinsTheCorpus(@TempDir Path dir) throws IOException {
        copyTree(ExpectedResults.CORPUS, dir);
        copyTree(Path.of("src/test/resources/bad-input/valid/articles/a"), dir.resolve("articles/zz-2020-06-01-alice-meets-bob"));
        DatasetGraph grown = Build.build(dir, B);
        Sparql.assertConforms(grown);
        Sparql g = new Sparql(grown);
        assertTrue(g.ask("ASK { <%sarticle/zz-2020-06-01-alice-meets-bob> a schema:NewsArticle }".formatted(B)));
        assertEquals(q.values("SELECT ?l WHERE { <%sentity/Q22686> rdfs:label ?l }".formatted(B), "l"),
                g.values("SELECT ?l WHERE { <%sentity/Q22686> rdfs:label ?l }".formatted(B), "l"));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}

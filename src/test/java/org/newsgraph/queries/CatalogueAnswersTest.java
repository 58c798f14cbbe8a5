package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.queries.ExpectedResults.EXPECTED;
import static org.newsgraph.queries.ExpectedResults.QUERIES;
import static org.newsgraph.queries.ExpectedResults.assertExpectedAnswer;
import static org.newsgraph.queries.ExpectedResults.assertSameTable;
import static org.newsgraph.queries.ExpectedResults.catalogue;
import static org.newsgraph.queries.ExpectedResults.construct;
import static org.newsgraph.queries.ExpectedResults.expectedFile;
import static org.newsgraph.queries.ExpectedResults.parseTsv;
import static org.newsgraph.queries.ExpectedResults.readTsv;
import static org.newsgraph.queries.ExpectedResults.select;
import static org.newsgraph.queries.ExpectedResults.unionView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.ExpectedResults.Table;

/**
 * The query catalogue ({@code queries/NN-name.rq}, read by {@link Catalogue}) against the
 * hand-written answers for the seed article ({@code queries/expected/NN-name.tsv}, or
 * {@code .ttl} for a CONSTRUCT), in memory, over a view whose default graph is the union of
 * the named graphs (as Fuseki serves it), each query bound with its default parameters by
 * {@link QueryParameters#bind} (as {@code newsgraph query NAME} binds them). The expected
 * files are written from the article text, not copied from query output: a failure means the
 * query, the annotation or the expectation is wrong (see queries/README.md).
 * {@code org.newsgraph.server.CatalogueOverHttpTest} asks the same over HTTP.
 */
class CatalogueAnswersTest {

    static final Path SEED = ExpectedResults.SEED;
    static final Path MINI = Path.of("src/test/resources/mini");
    static final String B = Build.DEFAULT_BASE;
    static final String SLUG = "cnn-2019-09-09-russia-extraction";
    static final String ART = B + "article/" + SLUG;

    static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*");
    static final Pattern EXAMPLE = Pattern.compile("\\./newsgraph query (\\S+)((?: --param [A-Za-z_][A-Za-z0-9_]*=\\S+)*)");
    static final Pattern EXAMPLE_PARAM = Pattern.compile(" --param ([A-Za-z_][A-Za-z0-9_]*)=(\\S+)");
    /** An output description that states its number of rows: "6 rows: ...", "1 row for ...". */
    static final Pattern OUTPUT_ROWS = Pattern.compile("^(\\d+) rows?\\b.*", Pattern.DOTALL);

    static Dataset seed;
    static Dataset corpus;

    @BeforeAll
    static void buildSeed() {
        seed = unionView(Build.build(SEED, B));
        corpus = unionView(Build.build(ExpectedResults.CORPUS, B));
    }

    // ------------------------------------------------------------------ running a query

    /** The answer of a SELECT with the given parameter values (the others bound to their defaults). */
    static Table run(Dataset ds, CatalogueQuery q, Map<String, String> values) {
        return select(ds, QueryParameters.bind(q, values));
    }

    /** The same binding done with Jena's ParameterizedSparqlString (setIri / setLiteral). */
    static Query bindWithPss(CatalogueQuery q, Map<String, String> values) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.text());
        values.forEach((name, value) -> {
            Node n = NodeFactoryExtra.parseNode(value);
            if (n.isURI()) {
                pss.setIri(name, n.getURI());
            } else {
                pss.setParam(name, n);
            }
        });
        return pss.asQuery(Syntax.syntaxARQ);
    }

    static CatalogueQuery query(String name) {
        return catalogue().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no query " + name));
    }

    // ------------------------------------------------------------------ the catalogue files

    @Test
    void theCatalogueHasTwentyOrMoreQueriesNumberedWithoutGaps() {
        List<CatalogueQuery> all = catalogue();
        assertTrue(all.size() >= 20, "only " + all.size() + " queries in " + QUERIES);
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i).name();
            Matcher m = FILE_NAME.matcher(name);
            assertTrue(m.matches(), name + ".rq: expected NN-name.rq (lower case, digits and '-')");
            assertEquals(i + 1, Integer.parseInt(m.group(1)), name + ".rq: numbers run 01, 02, ... without gaps or repeats");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryHasItsHeaderAndAnExpectedFile() {
        return catalogue().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            // The header's fields as the loader reads them, in the order of queries/README.md.
            List<String> keys = Catalogue.header(q.text()).stream().map(Catalogue.Field::key).toList();
            String layout = "title description (parameters | parameter...) example output";
            assertTrue(keys.size() >= 5 && keys.get(0).equals("title") && keys.get(1).equals("description")
                    && keys.get(keys.size() - 2).equals("example") && keys.get(keys.size() - 1).equals("output")
                    && (keys.subList(2, keys.size() - 2).equals(List.of("parameters"))
                        || keys.subList(2, keys.size() - 2).stream().allMatch("parameter"::equals)),
                    q.name() + ": the header's fields are " + keys + ", expected " + layout);
            assertTrue(q.text().startsWith("# title: "), q.name() + ": the first line must be '# title: ...'");
            assertFalse(q.title().isBlank() || q.title().equals(q.name()), q.name() + ": no title");
            assertFalse(q.description().isBlank(), q.name() + ": no description");
            assertEquals(keys.stream().filter("parameter"::equals).count(), q.parameters().size(), q.name());

            assertNotNull(q.example(), q.name() + ": needs '# example: ./newsgraph query " + q.name() + "'");
            Matcher ex = EXAMPLE.matcher(q.example());
            assertTrue(ex.matches(), q.name() + ": the example is not './newsgraph query NAME [--param name=value]...': "
                    + q.example());
            assertEquals(q.name(), ex.group(1), q.name() + ": the example runs another query");
            Map<String, String> shown = EXAMPLE_PARAM.matcher(ex.group(2)).results()
                    .collect(Collectors.toMap(r -> r.group(1), r -> r.group(2)));
            assertEquals(q.parameters().stream().map(CatalogueQuery.Parameter::name).collect(Collectors.toSet()),
                    shown.keySet(), q.name() + ": the example shows --param for each parameter, and only those");

            Query query = QueryFactory.create(q.text(), Syntax.syntaxARQ);
            String body = q.text().lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
            for (CatalogueQuery.Parameter p : q.parameters()) {
                assertTrue(p.defaultValue() != null, q.name() + ": parameter " + p.name()
                        + " has no default ('e.g. <iri>' or 'e.g. \"literal\"')");
                assertFalse(p.description().isBlank(), q.name() + ": parameter " + p.name() + " has no description");
                assertTrue(Pattern.compile("\\?" + p.name() + "(?!\\w)").matcher(body).find(),
                        q.name() + ": parameter " + p.name() + " is not a variable ?" + p.name() + " of the query");
                assertEquals(QueryParameters.term(p.defaultValue(), query.getPrefixMapping()),
                        QueryParameters.term(shown.get(p.name()), query.getPrefixMapping()),
                        q.name() + ": the example's --param " + p.name() + " is not the default");
            }

            assertTrue(query.isSelectType() || query.isConstructType(), q.name() + ": SELECT or CONSTRUCT");
            assertTrue(query.hasOrderBy(), q.name() + ": needs ORDER BY (deterministic results)");
            assertTrue(query.getGraphURIs().isEmpty() && query.getNamedGraphURIs().isEmpty(),
                    q.name() + ": no FROM / FROM NAMED: queries run on the union default graph");
            Path expected = expectedFile(q.name());
            assertTrue(Files.exists(expected), q.name() + ": no expected result " + EXPECTED.resolve(q.name() + ".tsv")
                    + (query.isConstructType() ? " (.ttl for a CONSTRUCT)" : ""));
            assertEquals(query.isConstructType() ? ".ttl" : ".tsv",
                    expected.toString().substring(expected.toString().lastIndexOf('.')), q.name() + ": expected file type");

            // '# output:' describes the expected answer in words; a number of rows it states is the expected file's.
            assertFalse(q.output().isBlank(), q.name() + ": needs '# output: <the answer on the seed article, in words>'"
                    + " after '# example:'");
            Matcher rows = OUTPUT_ROWS.matcher(q.output());
            if (rows.matches()) {
                assertTrue(expected.toString().endsWith(".tsv"),
                        q.name() + ": '# output:' counts rows, but the expected answer is a graph: " + expected);
                assertEquals(readTsv(expected).rows().size(), Integer.parseInt(rows.group(1)),
                        q.name() + ": '# output: " + rows.group(1) + " row(s)' but " + expected + " has another number of rows");
            }
        }));
    }

    @Test
    void theClasspathCatalogueIsTheQueriesFolder() {
        assertEquals(catalogue(), Catalogue.fromClasspath().queries().stream()
                .map(q -> new CatalogueQuery(q.name(), q.title(), q.description(), q.parameters(), q.example(), q.output(),
                        q.text(), QUERIES.resolve(q.name() + ".rq").toString()))
                .toList(), "the queries served and listed are the files of " + QUERIES);
    }

    @Test
    void everyExpectedFileBelongsToAQuery() throws IOException {
        Set<String> names = catalogue().stream().map(CatalogueQuery::name).collect(Collectors.toSet());
        try (Stream<Path> files = Stream.concat(Files.list(EXPECTED),
                Files.isDirectory(ExpectedResults.EXPECTED_ON_CORPUS) ? Files.list(ExpectedResults.EXPECTED_ON_CORPUS)
                        : Stream.empty())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String n = f.getFileName().toString().replaceFirst("\\.(tsv|ttl)$", "");
                assertTrue(names.contains(n), f + ": no query " + n + ".rq");
            }
        }
    }

    // ------------------------------------------------------------------ the answers

    @TestFactory
    Stream<DynamicTest> everyQueryGivesTheExpectedAnswerOnTheSeedArticle() {
        return catalogue().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Query query = QueryParameters.bind(q, Map.of());
            Path expected = expectedFile(q.name());
            String what = q.name() + (q.defaults().isEmpty() ? "" : " " + q.defaults()) + " vs " + expected;
            assertExpectedAnswer(what, query, expected,
                    ExpectedResults.on(ExpectedResults.fixtureOf(q.name()).equals(SEED) ? seed : corpus));
        }));
    }

    /** Every query also answers on the multi-outlet corpus, and every row that names an article names one of it. */
    @TestFactory
    Stream<DynamicTest> everyQueryAnswersOnTheCorpus() {
        return catalogue().stream().filter(q -> q.text().contains("SELECT")).map(q -> DynamicTest.dynamicTest(q.name(),
                () -> {
                    Table t = select(corpus, QueryParameters.bind(q, Map.of()));
                    assertFalse(t.rows().isEmpty(), q.name() + " gives no answer on the corpus");
                }));
    }

    @TestFactory
    Stream<DynamicTest> parameterBindingAgreesWithParameterizedSparqlString() {
        return catalogue().stream().filter(q -> !q.defaults().isEmpty()).map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Table viaLoader = run(seed, q, Map.of());
            Table viaPss = select(seed, bindWithPss(q, q.defaults()));
            assertSameTable(q.name() + " bound by ParameterizedSparqlString", viaLoader, viaPss, true);
            assertFalse(viaLoader.rows().isEmpty(), q.name() + ": the default value gives no answer");
        }));
    }

    /** The answer for another parameter value: different from the default's, and as written here from the text. */
    static void assertOtherValue(String name, String parameter, String value, String expectedTsv) {
        CatalogueQuery q = query(name);
        Map<String, String> other = Map.of(parameter, value);
        Table actual = run(seed, q, other);
        assertNotEquals(run(seed, q, Map.of()).rows(), actual.rows(),
                name + ": another value gives the same answer as the default");
        assertSameTable(name + " " + other, parseTsv(expectedTsv), actual, true);
        assertSameTable(name + " " + other + " bound by ParameterizedSparqlString", actual,
                select(seed, bindWithPss(q, other)), true);
    }

    @Test
    void whatTheArticleSaysAboutIsrael() {
        String ev = B + "event/" + SLUG + "/";
        String cl = B + "claim/" + SLUG + "/";
        assertOtherValue("09-about-entity", "entity", "<" + B + "entity/Q801>", """
                ?article\t?begin\t?kind\t?relation\t?item\t?label\t?text
                <%3$s>\t794\t"claim"\t"about"\t<%2$sc-intelligence-from-israel>\t"The intelligence Trump discussed, concerning ISIS in Syria, had been provided by Israel."\t"The intelligence, concerning ISIS in Syria, had been provided by Israel."
                <%3$s>\t794\t"claim"\t"in its content"\t<%2$sc-intelligence-from-israel>\t"The intelligence Trump discussed, concerning ISIS in Syria, had been provided by Israel."\t"The intelligence, concerning ISIS in Syria, had been provided by Israel."
                <%3$s>\t838\t"event"\t"actor"\t<%1$sisrael-provision>\t"Israel provides the intelligence on ISIS in Syria"\t"had been provided by Israel"
                """.formatted(ev, cl, ART));
    }

    @Test
    void theTextBehindTheDecisionToExtract() {
        String s = ART + "#char=";
        assertOtherValue("10-text-behind", "fact", "<" + B + "event/" + SLUG + "/decision>", """
                ?article\t?begin\t?end\t?text\t?what\t?statement\t?verified\t?span
                <%2$s>\t541\t581\t"The decision to carry out the extraction"\t"evidence"\t\ttrue\t<%1$s541,581>
                <%2$s>\t591\t601\t"soon after"\t"stated order"\t\ttrue\t<%1$s591,601>
                <%2$s>\t591\t620\t"soon after a May 2017 meeting"\t"date"\t\ttrue\t<%1$s591,620>
                <%2$s>\t2643\t2656\t"this decision"\t"evidence"\t\ttrue\t<%1$s2643,2656>
                <%2$s>\t3812\t3836\t"Weeks after the decision"\t"stated order"\t\ttrue\t<%1$s3812,3836>
                <%2$s>\t3824\t3855\t"the decision to extract the spy"\t"evidence"\t\ttrue\t<%1$s3824,3855>
                <%2$s>\t5422\t5466\t"The decision to pull the asset out of Russia"\t"evidence"\t\ttrue\t<%1$s5422,5466>
                <%2$s>\t5471\t5513\t"the culmination of months of mounting fear"\t"stated order"\t\ttrue\t<%1$s5471,5513>
                <%2$s>\t6499\t6545\t"they decided to launch the difficult operation"\t"evidence"\t\ttrue\t<%1$s6499,6545>
                """.formatted(s, ART));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryRunsOnTheMiniArticle() {
        Dataset mini = unionView(Build.build(MINI, B));
        return catalogue().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Query query = QueryParameters.bind(q, Map.of());
            if (query.isConstructType()) {
                assertFalse(construct(mini, query).isEmpty(), q.name() + ": empty on the mini article");
            } else {
                select(mini, query);
            }
        }));
    }
}

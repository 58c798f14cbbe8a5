package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.mapping.Build;

/**
 * The query catalogue ({@code queries/NN-name.rq}) against the hand-written answers for the seed
 * article ({@code queries/expected/NN-name.tsv}, or {@code .ttl} for a CONSTRUCT), in memory, over
 * a view whose default graph is the union of the named graphs (as Fuseki serves it). The
 * expected files are written from the article text, not copied from query output: a failure
 * means the query, the annotation or the expectation is wrong (see queries/README.md).
 */
class CatalogueAnswersTest {

    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = QUERIES.resolve("expected");
    static final Path SEED = Path.of("data");
    static final Path MINI = Path.of("src/test/resources/mini");
    static final String B = Build.DEFAULT_BASE;
    static final String SLUG = "cnn-2019-09-09-russia-extraction";
    static final String ART = B + "article/" + SLUG;

    static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\\.rq");
    static final Pattern TITLE = Pattern.compile("# title: \\S.*");
    static final Pattern DESCRIPTION = Pattern.compile("# description: \\S.*");
    static final Pattern NO_PARAMETERS = Pattern.compile("# parameters: none");
    static final Pattern PARAMETER = Pattern.compile("# parameter: ([A-Za-z_][A-Za-z0-9_]*) \u2014 (\\S.*)");
    static final Pattern DEFAULT = Pattern.compile("e\\.g\\. (<[^>\\s]+>|\"[^\"]*\"(?:\\^\\^\\S+|@[A-Za-z-]+)?)");
    static final Pattern EXAMPLE = Pattern.compile("# example: \\./newsgraph query (\\S+)(.*)");

    static Dataset seed;

    @BeforeAll
    static void buildSeed() {
        seed = unionView(Build.build(SEED, B));
    }

    /** The dataset with the union of its named graphs as default graph (see org.newsgraph.Sparql). */
    static Dataset unionView(DatasetGraph ds) {
        DatasetGraph view = DatasetGraphFactory.create(ds.getUnionGraph());
        ds.listGraphNodes().forEachRemaining(n -> view.addGraph(n, ds.getGraph(n)));
        return DatasetFactory.wrap(view);
    }

    // ------------------------------------------------------------------ the catalogue files

    /** One query file: its name, text, header and (for a parameterised query) default values. */
    record Entry(Path file, String name, String text, List<String> header, Map<String, String> defaults) {

        static Entry read(Path file) {
            String text = CatalogueAnswersTest.read(file.toString(), file);
            List<String> header = new ArrayList<>();
            for (String line : text.lines().toList()) {
                if (!line.startsWith("#")) {
                    break;
                }
                header.add(line);
            }
            Map<String, String> defaults = new LinkedHashMap<>();
            for (String line : header) {
                Matcher p = PARAMETER.matcher(line);
                if (p.matches()) {
                    Matcher d = DEFAULT.matcher(p.group(2));
                    String last = null;
                    while (d.find()) {
                        last = d.group(1);
                    }
                    defaults.put(p.group(1), last);
                }
            }
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return new Entry(file, name, text, header, defaults);
        }

        CatalogueQuery asCatalogueQuery() {
            return Catalogue.parse(name, text, file.toString());
        }

        Path expectedFile() {
            Path tsv = EXPECTED.resolve(name + ".tsv");
            return Files.exists(tsv) ? tsv : EXPECTED.resolve(name + ".ttl");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Entry> catalogue() {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().map(Entry::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String what, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        }
    }

    // ------------------------------------------------------------------ running a query

    /** The query with the given parameter values bound (a value is written as in SPARQL: {@code <iri>} or a literal). */
    static Query bind(Entry q, Map<String, String> values) {
        return QueryParameters.bind(q.asCatalogueQuery(), values);
    }

    /** The answer of a SELECT with the given parameter values, in the columns the query selects. */
    static Table run(Dataset ds, Entry q, Map<String, String> values) {
        Query unbound = QueryFactory.create(q.text(), Syntax.syntaxARQ);
        return select(ds, bind(q, values)).withoutEchoed(unbound, values.keySet());
    }

    /** The same binding done with Jena's ParameterizedSparqlString (setIri / setLiteral). */
    static Query bindWithPss(Entry q, Map<String, String> values) {
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

    /** Variables and rows of a SELECT, in order. */
    record Table(List<String> vars, List<Binding> rows) {

        /**
         * Without the columns of bound parameters that the query does not itself select: Jena's
         * syntaxSubstitute (used by QueryParameters) echoes them as {@code (value AS ?param)}.
         */
        Table withoutEchoed(Query unbound, Set<String> parameters) {
            List<String> keep = vars.stream()
                    .filter(v -> !parameters.contains(v) || unbound.getProjectVars().contains(Var.alloc(v))).toList();
            if (keep.equals(vars)) {
                return this;
            }
            List<Binding> projected = new ArrayList<>();
            for (Binding b : rows) {
                BindingBuilder bb = Binding.builder();
                keep.forEach(v -> {
                    Node n = b.get(Var.alloc(v));
                    if (n != null) {
                        bb.add(Var.alloc(v), n);
                    }
                });
                projected.add(bb.build());
            }
            return new Table(keep, projected);
        }

        List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(vars.stream().map(v -> "?" + v).collect(Collectors.joining("\t")));
            for (Binding b : rows) {
                out.add(vars.stream().map(v -> {
                    Node n = b.get(Var.alloc(v));
                    return n == null ? "" : NodeFmtLib.strTTL(n);
                }).collect(Collectors.joining("\t")));
            }
            return out;
        }
    }

    static Table select(Dataset ds, Query query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<Binding> rows = new ArrayList<>();
            List<String> vars = List.copyOf(rs.getResultVars());
            while (rs.hasNext()) {
                rows.add(rs.nextBinding());
            }
            return new Table(vars, rows);
        }
    }

    static Graph construct(Dataset ds, Query query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            Model m = qe.execConstruct();
            return m.getGraph();
        }
    }

    static Table readTsv(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_TSV);
            List<Binding> rows = new ArrayList<>();
            List<String> vars = List.copyOf(rs.getResultVars());
            while (rs.hasNext()) {
                rows.add(rs.nextBinding());
            }
            return new Table(vars, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Table parseTsv(String tsv) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_TSV);
        List<Binding> rows = new ArrayList<>();
        List<String> vars = List.copyOf(rs.getResultVars());
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return new Table(vars, rows);
    }

    // ------------------------------------------------------------------ comparing

    /** Fails with a readable diff unless the tables are equal (row order counts if ordered). */
    static void assertSameTable(String what, Table expected, Table actual, boolean ordered) {
        List<String> exp = expected.lines();
        List<String> act = actual.lines();
        boolean same = expected.vars().equals(actual.vars()) && (ordered
                ? expected.rows().equals(actual.rows())
                : sortedRows(exp).equals(sortedRows(act)) && sameRowsIgnoringOrder(expected, actual));
        if (!same) {
            fail(what + (ordered ? "" : " (row order ignored)") + ": the result differs from the expected one"
                    + " (- expected, + actual; values as in the TSV file)\n" + diff(exp, act));
        }
    }

    private static List<String> sortedRows(List<String> lines) {
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(null);
        return rows;
    }

    private static boolean sameRowsIgnoringOrder(Table a, Table b) {
        List<Binding> rest = new ArrayList<>(b.rows());
        for (Binding row : a.rows()) {
            if (!rest.remove(row)) {
                return false;
            }
        }
        return rest.isEmpty();
    }

    /** A line diff (longest common subsequence) with two lines of context around each change. */
    static String diff(List<String> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                out.add("  " + expected.get(i));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+ " + actual.get(j++));
            } else {
                out.add("- " + expected.get(i++));
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean skipped = false;
        for (int k = 0; k < out.size(); k++) {
            boolean near = false;
            for (int d = -2; d <= 2 && !near; d++) {
                int x = k + d;
                near = x >= 0 && x < out.size() && !out.get(x).startsWith("  ");
            }
            if (near || k == 0) {
                sb.append(out.get(k)).append('\n');
                skipped = false;
            } else if (!skipped) {
                sb.append("  ...\n");
                skipped = true;
            }
        }
        return sb.toString();
    }

    static List<String> sortedNTriples(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.str(t)));
        lines.sort(null);
        return lines;
    }

    static void assertSameGraph(String what, Graph expected, Graph actual) {
        if (!expected.isIsomorphicWith(actual)) {
            Set<String> exp = new TreeSet<>(sortedNTriples(expected));
            Set<String> act = new TreeSet<>(sortedNTriples(actual));
            StringBuilder sb = new StringBuilder();
            exp.stream().filter(t -> !act.contains(t)).forEach(t -> sb.append("- ").append(t).append('\n'));
            act.stream().filter(t -> !exp.contains(t)).forEach(t -> sb.append("+ ").append(t).append('\n'));
            fail(what + ": the graph differs from the expected one (- expected only, + actual only)\n" + sb);
        }
    }

    static Graph readTurtle(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return g;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void theCatalogueHasTwentyOrMoreQueriesNumberedWithoutGaps() {
        List<Entry> all = catalogue();
        assertTrue(all.size() >= 20, "only " + all.size() + " queries in " + QUERIES);
        for (int i = 0; i < all.size(); i++) {
            String file = all.get(i).file().getFileName().toString();
            Matcher m = FILE_NAME.matcher(file);
            assertTrue(m.matches(), file + ": expected NN-name.rq (lower case, digits and '-')");
            assertEquals(i + 1, Integer.parseInt(m.group(1)), file + ": numbers run 01, 02, ... without gaps or repeats");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryHasItsHeaderAndAnExpectedFile() {
        return catalogue().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            List<String> h = q.header();
            assertTrue(!h.isEmpty() && TITLE.matcher(h.get(0)).matches(), q + ": the first line must be '# title: ...'");
            assertEquals(1, h.stream().filter(l -> DESCRIPTION.matcher(l).matches()).count(),
                    q + ": needs one '# description: ...' line");
            long none = h.stream().filter(l -> NO_PARAMETERS.matcher(l).matches()).count();
            long params = h.stream().filter(l -> l.startsWith("# parameter:")).count();
            assertTrue(none == 1 && params == 0 || none == 0 && params > 0 && params == q.defaults().size(),
                    q + ": needs '# parameters: none' or one '# parameter: name \u2014 description, e.g. <default>' line per parameter");
            Matcher ex = h.stream().map(EXAMPLE::matcher).filter(Matcher::matches).findFirst()
                    .orElseThrow(() -> new AssertionError(q + ": needs '# example: ./newsgraph query " + q.name() + "'"));
            assertEquals(q.name(), ex.group(1), q + ": the example runs another query");
            String body = q.text().lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
            q.defaults().forEach((name, value) -> {
                assertTrue(value != null, q + ": parameter " + name + " has no default ('e.g. <iri>' or 'e.g. \"literal\"')");
                assertTrue(Pattern.compile("\\?" + name + "(?!\\w)").matcher(body).find(),
                        q + ": parameter " + name + " is not a variable ?" + name + " of the query");
                assertTrue(ex.group(2).contains("--param " + name + "="), q + ": the example does not show --param " + name);
            });
            // the catalogue loader reads the same header
            CatalogueQuery parsed = q.asCatalogueQuery();
            assertEquals(h.get(0).substring("# title: ".length()), parsed.title(), q + ": title as read by Catalogue");
            assertEquals(description(h), parsed.description(), q + ": description as read by Catalogue"
                    + " (a continuation line must not look like '# key: value')");

            Query query = QueryFactory.create(q.text(), Syntax.syntaxARQ);
            assertTrue(query.isSelectType() || query.isConstructType(), q + ": SELECT or CONSTRUCT");
            assertTrue(query.hasOrderBy(), q + ": needs ORDER BY (deterministic results)");
            assertTrue(query.getGraphURIs().isEmpty() && query.getNamedGraphURIs().isEmpty(),
                    q + ": no FROM / FROM NAMED: queries run on the union default graph");
            Path expected = q.expectedFile();
            assertTrue(Files.exists(expected), q + ": no expected result " + EXPECTED.resolve(q.name() + ".tsv")
                    + (query.isConstructType() ? " (.ttl for a CONSTRUCT)" : ""));
            assertEquals(query.isConstructType() ? ".ttl" : ".tsv",
                    expected.toString().substring(expected.toString().lastIndexOf('.')), q + ": expected file type");
        }));
    }

    /** The description: its line and the continuation lines ({@code #} and at least two spaces) after it. */
    static String description(List<String> header) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String line : header) {
            if (line.startsWith("# description: ")) {
                sb.append(line.substring("# description: ".length()).strip());
                in = true;
            } else if (in && line.startsWith("#  ")) {
                sb.append(' ').append(line.substring(1).strip());
            } else {
                in = false;
            }
        }
        return sb.toString();
    }

    @Test
    void everyExpectedFileBelongsToAQuery() throws IOException {
        Set<String> names = catalogue().stream().map(Entry::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(EXPECTED)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString().replaceFirst("\\.(tsv|ttl)$", "");
                assertTrue(names.contains(n), f + ": no query " + n + ".rq");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesTheExpectedAnswerOnTheSeedArticle() {
        return catalogue().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Query query = bind(q, q.defaults());
            Path expected = q.expectedFile();
            String what = q.name() + (q.defaults().isEmpty() ? "" : " " + q.defaults()) + " vs " + expected;
            if (query.isConstructType()) {
                assertSameGraph(what, readTurtle(expected), construct(seed, query));
            } else {
                assertSameTable(what, readTsv(expected), run(seed, q, q.defaults()), query.hasOrderBy());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> parameterBindingAgreesWithParameterizedSparqlString() {
        return catalogue().stream().filter(q -> !q.defaults().isEmpty()).map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Table viaLoader = run(seed, q, q.defaults());
            Table viaPss = select(seed, bindWithPss(q, q.defaults()));
            assertSameTable(q.name() + " bound by ParameterizedSparqlString", viaLoader, viaPss, true);
            assertFalse(viaLoader.rows().isEmpty(), q.name() + ": the default value gives no answer");
        }));
    }

    static Entry entry(String name) {
        return catalogue().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no query " + name));
    }

    /** The answer for another parameter value: different from the default's, and as written here from the text. */
    static void assertOtherValue(String name, String parameter, String value, String expectedTsv) {
        Entry q = entry(name);
        Map<String, String> other = Map.of(parameter, value);
        Table actual = run(seed, q, other);
        assertNotEquals(run(seed, q, q.defaults()).rows(), actual.rows(),
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
                ?begin\t?kind\t?relation\t?item\t?label\t?text
                649\t"event"\t"about"\t<%1$sdisclosure>\t"Trump discloses highly classified intelligence (on ISIS in Syria, provided by Israel) to Lavrov and Kislyak"\t"Trump discussed highly classified intelligence"
                794\t"claim"\t"about"\t<%2$sc-intelligence-from-israel>\t"The intelligence Trump discussed, concerning ISIS in Syria, had been provided by Israel."\t"The intelligence, concerning ISIS in Syria, had been provided by Israel."
                794\t"claim"\t"in its content"\t<%2$sc-intelligence-from-israel>\t"The intelligence Trump discussed, concerning ISIS in Syria, had been provided by Israel."\t"The intelligence, concerning ISIS in Syria, had been provided by Israel."
                838\t"event"\t"actor"\t<%1$sisrael-provision>\t"Israel provides the intelligence on ISIS in Syria"\t"had been provided by Israel"
                """.formatted(ev, cl));
    }

    @Test
    void theTextBehindTheDecisionToExtract() {
        String s = ART + "#char=";
        assertOtherValue("10-text-behind", "fact", "<" + B + "event/" + SLUG + "/decision>", """
                ?begin\t?end\t?text\t?what\t?statement\t?verified\t?span
                541\t581\t"The decision to carry out the extraction"\t"evidence"\t\ttrue\t<%1$s541,581>
                591\t601\t"soon after"\t"stated order"\t\ttrue\t<%1$s591,601>
                591\t620\t"soon after a May 2017 meeting"\t"date"\t\ttrue\t<%1$s591,620>
                2643\t2656\t"this decision"\t"evidence"\t\ttrue\t<%1$s2643,2656>
                3812\t3836\t"Weeks after the decision"\t"stated order"\t\ttrue\t<%1$s3812,3836>
                3824\t3855\t"the decision to extract the spy"\t"evidence"\t\ttrue\t<%1$s3824,3855>
                5422\t5466\t"The decision to pull the asset out of Russia"\t"evidence"\t\ttrue\t<%1$s5422,5466>
                5471\t5513\t"the culmination of months of mounting fear"\t"stated order"\t\ttrue\t<%1$s5471,5513>
                6499\t6545\t"they decided to launch the difficult operation"\t"evidence"\t\ttrue\t<%1$s6499,6545>
                """.formatted(s));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryRunsOnTheMiniArticle() {
        Dataset mini = unionView(Build.build(MINI, B));
        return catalogue().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Query query = bind(q, q.defaults());
            if (query.isConstructType()) {
                assertFalse(construct(mini, query).isEmpty(), q + ": empty on the mini article");
            } else {
                select(mini, query);
            }
        }));
    }
}

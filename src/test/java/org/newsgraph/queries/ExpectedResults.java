package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The expected answers of the query catalogue ({@code queries/expected/NN-name.tsv}, or
 * {@code .ttl} for a CONSTRUCT) and how an answer is compared with them, shared by the test
 * in memory ({@link CatalogueAnswersTest}) and the one over HTTP
 * ({@code org.newsgraph.server.CatalogueOverHttpTest}).
 */
public final class ExpectedResults {
    private ExpectedResults() {
    }

    public static final Path QUERIES = Path.of("queries");
    public static final Path EXPECTED = QUERIES.resolve("expected");

    /** The catalogue of {@code queries/} as the loader reads it. */
    public static List<CatalogueQuery> catalogue() {
        return Catalogue.fromDirectory(QUERIES).queries();
    }

    /** Expected answers of the cross-source queries, on the multi-outlet corpus fixture. */
    public static final Path EXPECTED_ON_CORPUS = EXPECTED.resolve("corpus");
    /** The one-article fixture (the seed and the register) and the multi-outlet corpus fixture. */
    public static final Path SEED = Path.of("src/test/resources/seed");
    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    /**
     * The expected answer of the query named {@code name}: on the corpus fixture when
     * {@code expected/corpus/NAME.tsv} exists (the cross-source queries), else on the seed: its
     * {@code .tsv} if there is one, else its {@code .ttl}.
     */
    public static Path expectedFile(String name) {
        Path onCorpus = EXPECTED_ON_CORPUS.resolve(name + ".tsv");
        if (Files.exists(onCorpus)) {
            return onCorpus;
        }
        Path tsv = EXPECTED.resolve(name + ".tsv");
        return Files.exists(tsv) ? tsv : EXPECTED.resolve(name + ".ttl");
    }

    /** The fixture whose answer {@link #expectedFile} holds. */
    public static Path fixtureOf(String name) {
        return expectedFile(name).startsWith(EXPECTED_ON_CORPUS) ? CORPUS : SEED;
    }

    /** The dataset with the union of its named graphs as default graph (as Fuseki serves it). */
    public static Dataset unionView(DatasetGraph ds) {
        DatasetGraph view = DatasetGraphFactory.create(ds.getUnionGraph());
        ds.listGraphNodes().forEachRemaining(n -> view.addGraph(n, ds.getGraph(n)));
        return DatasetFactory.wrap(view);
    }

    /** Where a query runs: in memory ({@link #on(Dataset)}) or at an endpoint. */
    public interface Runner {
        Table select(Query query);

        Graph construct(Query query);
    }

    /** Runs queries on {@code ds}. */
    public static Runner on(Dataset ds) {
        return new Runner() {
            @Override
            public Table select(Query query) {
                return ExpectedResults.select(ds, query);
            }

            @Override
            public Graph construct(Query query) {
                return ExpectedResults.construct(ds, query);
            }
        };
    }

    /**
     * Fails unless the answer of {@code query} where {@code runner} runs it is the one in
     * {@code expected}: the same table (the same columns, rows in order when the query is
     * ordered, terms compared as parsed nodes) or, for a CONSTRUCT, an isomorphic graph.
     */
    public static void assertExpectedAnswer(String what, Query query, Path expected, Runner runner) {
        if (query.isConstructType()) {
            assertSameGraph(what, readTurtle(expected), runner.construct(query));
        } else {
            assertSameTable(what, readTsv(expected), runner.select(query), query.hasOrderBy());
        }
    }

    // ------------------------------------------------------------------ tables

    /** Variables and rows of a SELECT, in order. */
    public record Table(List<String> vars, List<Binding> rows) {

        /** The table as TSV lines, the first being the variables (values as in the expected files). */
        public List<String> lines() {
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

    /** The answer of a SELECT on {@code ds}. */
    public static Table select(Dataset ds, Query query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            return table(qe.execSelect());
        }
    }

    /** The answer of a CONSTRUCT on {@code ds}. */
    public static Graph construct(Dataset ds, Query query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            return qe.execConstruct().getGraph();
        }
    }

    public static Table table(ResultSet rs) {
        List<Binding> rows = new ArrayList<>();
        List<String> vars = List.copyOf(rs.getResultVars());
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return new Table(vars, rows);
    }

    public static Table readTsv(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return table(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from SPARQL results in TSV (as in the expected files, or as an endpoint sends them). */
    public static Table parseTsv(String tsv) {
        return table(ResultSetMgr.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_TSV));
    }

    /** Fails with a readable diff unless the tables are equal (row order counts if ordered). */
    public static void assertSameTable(String what, Table expected, Table actual, boolean ordered) {
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
    public static String diff(List<String> expected, List<String> actual) {
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

    // ------------------------------------------------------------------ graphs

    public static List<String> sortedNTriples(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.str(t)));
        lines.sort(null);
        return lines;
    }

    /** Fails, listing the triples that differ, unless the graphs are isomorphic. */
    public static void assertSameGraph(String what, Graph expected, Graph actual) {
        if (!expected.isIsomorphicWith(actual)) {
            Set<String> exp = new TreeSet<>(sortedNTriples(expected));
            Set<String> act = new TreeSet<>(sortedNTriples(actual));
            StringBuilder sb = new StringBuilder();
            exp.stream().filter(t -> !act.contains(t)).forEach(t -> sb.append("- ").append(t).append('\n'));
            act.stream().filter(t -> !exp.contains(t)).forEach(t -> sb.append("+ ").append(t).append('\n'));
            fail(what + ": the graph differs from the expected one (- expected only, + actual only)\n" + sb);
        }
    }

    public static Graph readTurtle(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** A graph from Turtle text (as an endpoint sends a CONSTRUCT answer). */
    public static Graph parseTurtle(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }
}

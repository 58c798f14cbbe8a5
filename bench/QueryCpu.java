import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.mgt.Explain;
import org.apache.jena.system.Txn;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.queries.CatalogueQuery;
import org.newsgraph.queries.QueryParameters;
import org.newsgraph.store.Store;

/**
 * Catalogue queries in process on a TDB2 store (as {@code serve} opens it: the default graph the
 * union of the named graphs), each bound with its default parameters by QueryParameters.bind (as
 * {@code newsgraph query NAME} and the server's /newsgraph-catalogue/bind bind them).
 * Prints, per query: rows, median thread CPU ms and median wall ms over the runs.
 *
 *   java -cp target/newsgraph.jar bench/QueryCpu.java STORE [--queries DIR] [--runs R]
 *       [--only REGEX] [--answers DIR] [--plan] [--timeout SECONDS]
 *
 * --answers DIR writes each answer (TSV; CONSTRUCT as sorted N-Triples) to DIR/NAME.tsv, to
 * compare two versions of the queries; --plan prints the algebra after ARQ's optimiser.
 */
public class QueryCpu {
    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path queries = Path.of("queries");
        Path answers = null;
        int runs = 3;
        long timeout = 120;
        Pattern only = Pattern.compile(".*");
        boolean plan = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--queries" -> queries = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = Pattern.compile(args[++i]);
                case "--answers" -> answers = Path.of(args[++i]);
                case "--timeout" -> timeout = Long.parseLong(args[++i]);
                case "--plan" -> plan = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (answers != null) {
            Files.createDirectories(answers);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (Store s = Store.open(store)) {
            DatasetGraph ds = s.dataset();
            System.out.println("query\trows\tcpu_ms\twall_ms");
            for (CatalogueQuery q : Catalogue.fromDirectory(queries).queries()) {
                if (!only.matcher(q.name()).find()) {
                    continue;
                }
                Query query = QueryParameters.bind(q, q.defaults());
                if (plan) {
                    Op op = Algebra.toQuadForm(Algebra.optimize(Algebra.compile(query)));
                    System.out.println("== " + q.name() + "\n" + op);
                }
                List<Long> cpu = new ArrayList<>();
                List<Long> wall = new ArrayList<>();
                long rows = -1;
                String failure = null;
                for (int r = 0; r < runs && failure == null; r++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    try {
                        final long t = timeout;
                        final Path out = r == 0 && answers != null ? answers.resolve(q.name() + ".tsv") : null;
                        rows = Txn.calculateRead(ds, () -> execute(ds, query, t, out));
                    } catch (RuntimeException e) {
                        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    cpu.add(mx.getCurrentThreadCpuTime() - c0);
                    wall.add(System.nanoTime() - w0);
                }
                System.out.printf("%s\t%s\t%.1f\t%.1f%n", q.name(), failure == null ? rows : "FAILED " + failure,
                        median(cpu) / 1e6, median(wall) / 1e6);
            }
        }
    }

    private static long execute(DatasetGraph ds, Query query, long timeout, Path out) {
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(ds)).query(query).timeout(timeout, TimeUnit.SECONDS).build()) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                if (out == null) {
                    return ResultSetFormatter.consume(rs);
                }
                try (OutputStream o = Files.newOutputStream(out)) {
                    ResultSetFormatter.outputAsTSV(o, rs);
                }
                return Files.readAllLines(out).size() - 1;
            }
            var g = qe.execConstruct().getGraph();
            if (out != null) {
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                RDFDataMgr.write(b, g, Lang.NTRIPLES);
                List<String> lines = new ArrayList<>(List.of(b.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .split("\n")));
                Collections.sort(lines);
                Files.write(out, lines);
            }
            return g.size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((s.size() - 1) / 2);
    }
}

package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.QueryAdmission;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreSetup;
import org.newsgraph.util.Errors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Builds the graph (when the input changed since the store was loaded), loads it into a TDB2 store and "
                + "serves it with Fuseki: a query page at /, SPARQL at /newsgraph/sparql, the Graph Store Protocol "
                + "(read only) at /newsgraph/get, the dataset description at /.well-known/void. The default graph "
                + "is the union of the named graphs.",
            "Refuses to serve a graph that does not validate. Ctrl-C stops the server."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", converter = OptionConverters.Port.class,
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host = ServerSettings.DEFAULT_HOST;

    @CommandLine.Mixin
    DataOptions input;

    @CommandLine.Mixin
    StoreOptions storage;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = OptionConverters.PositiveDuration.class,
            description = "Longest a query may run, e.g. 30s, 500ms, 2m (default: 30s).")
    Duration timeout = ServerSettings.DEFAULT_TIMEOUT;

    @Option(names = "--max-rows", paramLabel = "N", converter = OptionConverters.NonNegativeLong.class,
            description = "Most results a query returns; a larger or missing LIMIT is lowered to it (default: ${DEFAULT-VALUE}; 0: no limit).")
    long maxRows = ServerSettings.DEFAULT_MAX_ROWS;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Most long queries (over 1 s of CPU) at once; past that, the one that has run longest is stopped with 503 and Retry-After (default: ${DEFAULT-VALUE}). Long queries give way to short ones.")
    int maxConcurrent = ServerSettings.DEFAULT_MAX_CONCURRENT;

    @Option(names = "--max-sort-rows", paramLabel = "N",
            description = "Most rows one query may hold at once for its ORDER BY, GROUP BY and DISTINCT; more is refused (default: ${DEFAULT-VALUE}).")
    long maxSortRows = ServerSettings.DEFAULT_MAX_SORT_ROWS;

    @Option(names = "--allow-update", description = "Also serve SPARQL Update (/newsgraph/update) and the read-write Graph Store Protocol (/newsgraph/data).")
    boolean allowUpdate;

    @Option(names = "--allow-service", description = "Let SPARQL SERVICE query other endpoints (refused by default).")
    boolean allowService;

    @Option(names = "--cors", description = "Let web pages of other sites read the read-only endpoints (SPARQL "
            + "query, graph store, dataset description, catalogue); off by default: only this server's own pages.")
    boolean cors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        setUpLogging();
        Running running;
        try {
            running = start();
        } catch (FusekiException e) {
            throw new StoreException(e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Last resort: a stop that hangs (it should not: running queries are aborted first)
            // must not keep the process alive after SIGTERM.
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(10_000);
                    Runtime.getRuntime().halt(1);
                } catch (InterruptedException e) {
                    // stopped in time
                }
            }, "newsgraph-serve-halt");
            halt.setDaemon(true);
            halt.start();
            running.close();
            halt.interrupt();
        }, "newsgraph-serve-shutdown"));
        running.server().join();
        return 0;
    }

    /**
     * The settings from the options. The converters have checked each value and name the
     * option when one is wrong; ServerSettings checks them again (a safety net).
     */
    ServerSettings settings() {
        try {
            return new ServerSettings(host, port, timeout, maxRows, allowUpdate, allowService, cors, maxConcurrent, maxSortRows);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Brings the store up to date, starts the server and prints its URLs; the caller stops
     * it by closing the result (tests do; {@link #call} waits for Ctrl-C).
     */
    Running start() {
        ServerSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        StoreSetup.Ready ready = storage.upToDate(input, msg -> {
            out.println("newsgraph serve: " + msg);
            out.flush();
        });
        Store st = ready.store();
        FusekiServer server;
        QueryAdmission admission = null;
        try {
            admission = new QueryAdmission(settings);
            server = NewsgraphServer.build(st.dataset(), settings, Catalogue.fromClasspath(), input.base, admission,
                    storage.text);
            server.start();
        } catch (RuntimeException e) {
            if (admission != null) {
                admission.shutdown();
            }
            st.close();
            if (e instanceof FusekiException) {
                throw new FusekiException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                        + Errors.rootMessage(e), e);
            }
            throw e;
        }
        Running running = new Running(server, st, admission);
        printBanner(out, ready, settings, server);
        return running;
    }

    private void printBanner(PrintWriter out, StoreSetup.Ready ready, ServerSettings s, FusekiServer server) {
        String url = NewsgraphServer.baseURL(server, s.host());
        String endpoint = url + "newsgraph/sparql";
        out.printf("newsgraph serve: store %s %s (input fingerprint %s)%n", storage.store,
                switch (ready.outcome()) {
                    case REUSED -> "reused, the input has not changed";
                    case UPDATED -> "updated (only the changed articles were built again)";
                    case LOADED -> "loaded";
                },
                ready.fingerprint().value().substring(0, 12));
        out.printf("  query page       %s%n", url);
        out.printf("  SPARQL endpoint  %s%n", endpoint);
        out.printf("  graph store      %snewsgraph/get?graph=union  (read only)%n", url);
        out.printf("  pages            %sarticles, /timeline, /ontology; %s… is served at /id/…%n", url, input.base);
        out.printf("  dataset          %s.well-known/void  (VoID and DCAT; article texts: %s)%n", url, storage.text.cliName());
        if (s.allowUpdate()) {
            out.printf("  update           %snewsgraph/update  and  %snewsgraph/data%n", url, url);
        }
        out.printf("  try              curl -s %s -H 'Accept: text/csv' --data-urlencode "
                + "'query=SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'%n", endpoint);
        out.printf("Queries stop after %s and return at most %s rows; %s; SERVICE %s. Ctrl-C stops.%n",
                OptionConverters.PositiveDuration.format(s.timeout()), s.maxRows() == 0 ? "unlimited" : Long.toString(s.maxRows()),
                s.allowUpdate() ? "UPDATES ALLOWED" : "read only", s.allowService() ? "allowed" : "refused");
        out.flush();
    }

    /**
     * Fuseki's logging setup (a log4j2.properties in the working folder or on the classpath,
     * else Fuseki's built-in one), then one line per request from Jetty's request log, and
     * Fuseki's own three lines per request only for warnings.
     */
    private static void setUpLogging() {
        FusekiLogging.setLogging();
        LogCtl.setLevel(Fuseki.actionLogName, "warn");
        LogCtl.setLevel(NewsgraphServer.REQUEST_LOG, "info");
    }

    /** A started server and its store; closing stops the server, then releases the store. */
    static final class Running implements AutoCloseable {
        private final FusekiServer server;
        private final Store store;
        private final QueryAdmission admission;
        private final AtomicBoolean closed = new AtomicBoolean();

        Running(FusekiServer server, Store store, QueryAdmission admission) {
            this.server = server;
            this.store = store;
            this.admission = admission;
        }

        FusekiServer server() {
            return server;
        }

        Store store() {
            return store;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                try {
                    // Running queries end now, so that neither Jetty's stop nor the store's
                    // close waits for them.
                    admission.shutdown();
                    server.stop();
                } finally {
                    store.close();
                }
            }
        }
    }
}

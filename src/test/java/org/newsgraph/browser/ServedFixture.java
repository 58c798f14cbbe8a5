package org.newsgraph.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.QueryAdmission;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/**
 * Our server, exactly as {@code serve} builds it ({@link NewsgraphServer#build}), over a
 * fixture corpus of {@code src/test/resources} ({@code seed} or {@code corpus}), in memory, on
 * 127.0.0.1 and a free port. The graph of a fixture is built once per test run and shared.
 * Close it to stop the server.
 */
public final class ServedFixture implements AutoCloseable {

    /** The fixture folders under src/test/resources. */
    public static final Path RESOURCES = Path.of("src", "test", "resources");

    private static final Map<String, DatasetGraph> BUILT = new ConcurrentHashMap<>();

    private final Store store;
    private final QueryAdmission admission;
    private final FusekiServer server;

    private ServedFixture(Store store, QueryAdmission admission, FusekiServer server) {
        this.store = store;
        this.admission = admission;
        this.server = server;
    }

    /** Serves fixture {@code name} ({@code "seed"} or {@code "corpus"}) with the default base IRI. */
    public static ServedFixture start(String name) {
        return start(name, ServerSettings.defaults().withPort(0).withTimeout(Duration.ofSeconds(10)));
    }

    /** Serves fixture {@code name} with the settings given (their port should be 0). */
    public static ServedFixture start(String name, ServerSettings settings) {
        DatasetGraph built = BUILT.computeIfAbsent(name, n -> Build.build(RESOURCES.resolve(n), Build.DEFAULT_BASE));
        Store store = Store.inMemory();
        store.replace(new Fingerprint("fixture-" + name), built);
        QueryAdmission admission = new QueryAdmission(settings);
        FusekiServer server = NewsgraphServer.build(store.dataset(), settings, Catalogue.fromClasspath(),
                Build.DEFAULT_BASE, admission);
        try {
            server.start();
        } catch (RuntimeException e) {
            admission.shutdown();
            store.close();
            throw e;
        }
        return new ServedFixture(store, admission, server);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** {@code http://127.0.0.1:PORT/} */
    public String root() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The absolute URL of a path on the server ({@code "id/entity/Q7747"} or {@code "/timeline"}). */
    public String url(String path) {
        return root() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The dataset served. */
    public DatasetGraph dataset() {
        return store.dataset();
    }

    @Override
    public void close() {
        admission.shutdown();
        server.stop();
        store.close();
    }
}

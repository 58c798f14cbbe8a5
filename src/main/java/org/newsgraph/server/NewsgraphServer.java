package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.web.LinkedDataPages;

/**
 * The embedded Fuseki server of {@code newsgraph serve}: one dataset, {@value #DATASET}, with
 * <ul>
 * <li>{@code /newsgraph/sparql}: SPARQL 1.1 Protocol query (GET and POST), with the query
 *     timeout and result cap of the {@link ServerSettings};</li>
 * <li>{@code /newsgraph/get}: Graph Store Protocol, read only ({@code ?graph=IRI},
 *     {@code ?graph=union});</li>
 * <li>{@code /newsgraph/prefixes}: the dataset's prefixes, read only (JSON);</li>
 * <li>only with {@link ServerSettings#allowUpdate()}: {@code /newsgraph/update} (SPARQL Update) and
 *     {@code /newsgraph/data} (Graph Store Protocol, read-write);</li>
 * </ul>
 * plus the query page at {@code /}, the catalogue at {@value CatalogueServlet#JSON_PATH}, the
 * dataset description (VoID, DCAT) at {@value DatasetDescriptionServlet#PATH} and the SPARQL
 * service description at {@code /newsgraph/sparql} for a GET without a query. With
 * {@link ServerSettings#cors()}, the read-only paths answer cross-origin requests
 * ({@link ReadOnlyCorsFilter}).
 * No admin, upload, ping, stats or metrics endpoints, and no Fuseki modules. SERVICE to
 * other endpoints is refused (HTTP 422) unless {@link ServerSettings#allowService()}.
 * No path answers {@code TRACE} (405), and a path over {@value RequestHygieneFilter#MAX_PATH}
 * characters is answered 414 ({@link RequestHygieneFilter}).
 * Each request is logged on one line to the logger {@value #REQUEST_LOG} (Jetty's request log).
 */
public final class NewsgraphServer {
    private NewsgraphServer() {
    }

    /** The dataset's path. */
    public static final String DATASET = "/newsgraph";

    /** The logger of the request log: one INFO line per HTTP request. */
    public static final String REQUEST_LOG = "org.newsgraph.server.Request";

    /**
     * The request log line (the log layout adds the time): client, method, path (without the
     * query string, which can be a whole SPARQL query), status, bytes sent, duration, user agent.
     */
    static final String REQUEST_LOG_FORMAT = "%{client}a \"%m %U %H\" %s %O %{ms}Tms \"%{User-Agent}i\"";

    /** {@link #build(DatasetGraph, ServerSettings, Catalogue, String)} for data with the default base IRI. */
    public static FusekiServer build(DatasetGraph dataset, ServerSettings settings, Catalogue catalogue) {
        return build(dataset, settings, catalogue, Build.DEFAULT_BASE);
    }

    /**
     * Builds the server (not started) over {@code dataset}, whose data IRIs were minted under
     * {@code base} (the catalogue's {@code id:} in parameter values).
     */
    public static FusekiServer build(DatasetGraph dataset, ServerSettings settings, Catalogue catalogue, String base) {
        return build(dataset, settings, catalogue, base, new QueryAdmission(settings));
    }

    /**
     * As {@link #build(DatasetGraph, ServerSettings, Catalogue, String)} with the admission
     * control given; {@link QueryAdmission#shutdown()} before stopping the server ends the
     * running queries at once.
     */
    public static FusekiServer build(DatasetGraph dataset, ServerSettings settings, Catalogue catalogue, String base,
            QueryAdmission admission) {
        return build(dataset, settings, catalogue, base, admission, TextPolicy.FULL);
    }

    /**
     * As {@link #build(DatasetGraph, ServerSettings, Catalogue, String, QueryAdmission)}, for a
     * dataset published under {@code policy} (what its description says of the article texts).
     */
    public static FusekiServer build(DatasetGraph dataset, ServerSettings settings, Catalogue catalogue, String base,
            QueryAdmission admission, TextPolicy policy) {
        // JSON answers: Jena's layout, written faster
        JsonResultsWriter.install();
        Context context = new Context();
        // Read by Fuseki's query processor: an upper bound on any ?timeout= of the request (ms),
        // both to the first result and overall.
        long ms = settings.timeout().toMillis();
        context.set(ARQ.queryTimeout, ms + "," + ms);
        context.set(ARQ.httpServiceAllowed, settings.allowService());
        // Memory per query: what its ORDER BY, GROUP BY and DISTINCT hold at once is counted, and
        // more than the budget is refused (ORDER BY with a LIMIT up to ARQ's top-N threshold, a
        // setting of the JVM, holds at most LIMIT rows)
        QC.setFactory(context, BudgetedOpExecutor.factory(settings.maxSortRows()));

        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Endpoint.create()
                        .operation(Operation.Query).endpointName("sparql")
                        .processor(new LimitedQueryProcessor(settings.maxRows(), admission, settings.timeout()))
                        .context(context).build())
                .addEndpoint(Endpoint.create()
                        .operation(Operation.GSP_R).endpointName("get")
                        .context(context).build())
                .addEndpoint(Endpoint.create()
                        .operation(Operation.PREFIXES_R).endpointName("prefixes")
                        .context(context).build());
        if (settings.allowUpdate()) {
            service.addEndpoint(Endpoint.create()
                            .operation(Operation.Update).endpointName("update")
                            .context(context).build())
                    .addEndpoint(Endpoint.create()
                            .operation(Operation.GSP_RW).endpointName("data")
                            .context(context).build());
        }

        WebPageServlet page = new WebPageServlet();
        DatasetDescriptionServlet description = new DatasetDescriptionServlet(dataset, policy);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .fusekiModules(FusekiModules.create())
                // CORS: our own filter, on the read-only paths only (never on update or the read-write store).
                .enableCors(false)
                // First on every path: no TRACE, no overlong path.
                .addFilter("/*", new RequestHygieneFilter());
        if (settings.cors()) {
            ReadOnlyCorsFilter cors = new ReadOnlyCorsFilter();
            ReadOnlyCorsFilter.PATHS.forEach(p -> builder.addFilter(p, cors));
        }
        builder
                .enablePing(false).enableStats(false).enableMetrics(false)
                .enableCompact(false).enableTasks(false)
                .add(DATASET, service)
                .addFilter(DATASET + "/sparql", new ServiceDescriptionFilter(settings, description))
                .addFilter(DATASET + "/sparql", new AdmissionFilter(admission))
                .addFilter(DATASET + "/sparql", new BufferedResponseFilter())
                .addServlet(DatasetDescriptionServlet.PATH, description)
                .addServlet(CatalogueServlet.JSON_PATH, CatalogueServlet.listing(catalogue))
                .addServlet(CatalogueServlet.BIND_PATH, CatalogueServlet.binding(catalogue, base))
                .addServlet("", page)
                .addServlet("/ui/*", page)
                .addServlet(WebVendorServlet.PATH, new WebVendorServlet());
        // The linked-data pages: /id/*, /ontology, /articles, /timeline (read only, bounded queries).
        LinkedDataPages.register(builder, dataset, base, ms);
        FusekiServer server = builder.build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        // One line per request, every request (query page and 404s included), with its duration.
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(REQUEST_LOG);
        server.getJettyServer().setRequestLog(new CustomRequestLog(writer, REQUEST_LOG_FORMAT));
        return server;
    }

    /** The base URL of a started server, for messages: {@code http://HOST:PORT/}. */
    public static String baseURL(FusekiServer server, String host) {
        String h = host;
        if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
            h = "localhost";
        } else if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + server.getHttpPort() + "/";
    }
}

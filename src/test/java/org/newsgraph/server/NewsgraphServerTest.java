package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/**
 * The embedded Fuseki server over HTTP, on a small TDB2 dataset made here: two named graphs
 * about alice and bob, and a graph of 3,000 numbers to make an expensive query. Each test
 * starts its own server on port 0 and stops it in {@code finally}.
 */
class NewsgraphServerTest {

    static final String EX = "http://example.org/";
    static final String PREFIX = "PREFIX ex: <" + EX + ">\n";
    static final Node G1 = iri("g1");
    static final Node G2 = iri("g2");
    static final Node BIG = iri("big");

    /** Fast tests: 2 s is plenty for every query but the deliberately expensive one. */
    static final ServerSettings TEST = ServerSettings.defaults().withPort(0).withTimeout(Duration.ofSeconds(2));

    static Store store;
    static Catalogue catalogue;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void fixture() {
        store = Store.inMemory();
        store.replace(new Fingerprint("test"), dataset());
        catalogue = Catalogue.of(List.of(Catalogue.parse("01-names", """
                # title: Names
                # description: Everyone's name.
                # parameter: person — a person's IRI
                PREFIX ex: <http://example.org/>
                SELECT ?person ?name WHERE { ?person ex:name ?name }
                """, "test")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(G1, iri("alice"), iri("knows"), iri("bob"));
        dsg.add(G1, iri("alice"), iri("name"), NodeFactory.createLiteralString("Alice"));
        dsg.add(G2, iri("bob"), iri("name"), NodeFactory.createLiteralString("Bob"));
        for (int i = 0; i < 3000; i++) {
            dsg.add(BIG, iri("n" + i), iri("value"), NodeFactory.createLiteralDT(Integer.toString(i),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        }
        dsg.prefixes().add("ex", EX);
        return dsg;
    }

    static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    static FusekiServer start(DatasetGraph dsg, ServerSettings settings) {
        FusekiServer server = NewsgraphServer.build(dsg, settings, catalogue);
        server.start();
        return server;
    }

    static String sparql(FusekiServer server) {
        return server.datasetURL("/newsgraph/sparql");
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType);
        if (accept != null) {
            b.header("Accept", accept);
        }
        // A client of its own for each request with a body: a refused write is answered without
        // the body being read and the connection closed, so a pooled connection must not be reused.
        HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return own.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String queryURL(FusekiServer server, String query) {
        return sparql(server) + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The values of {@code var} in a SPARQL results document. */
    static Set<String> values(String body, Lang lang, String var) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        Set<String> out = new HashSet<>();
        rs.forEachRemaining(row -> {
            if (row.contains(var)) {
                out.add(row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.getResource(var).getURI());
            }
        });
        return out;
    }

    static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    @Test
    void getQueryAnswersFromTheUnionOfTheNamedGraphs() throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            HttpResponse<String> r = get(queryURL(server, PREFIX + "SELECT ?name WHERE { ?s ex:name ?name }"),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Set.of("Alice", "Bob"), values(r.body(), ResultSetLang.RS_JSON, "name"));
            // A join across graphs works in the union default graph.
            r = get(queryURL(server, PREFIX + "SELECT ?name WHERE { ex:alice ex:knows ?x . ?x ex:name ?name }"),
                    "application/sparql-results+json");
            assertEquals(Set.of("Bob"), values(r.body(), ResultSetLang.RS_JSON, "name"));
        } finally {
            server.stop();
        }
    }

    @Test
    void postQueryReachesEachNamedGraphWithGraph() throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            String q = PREFIX + "SELECT ?g WHERE { GRAPH ?g { ?s ex:name ?name } }";
            HttpResponse<String> r = send("POST", sparql(server), "application/sparql-query", q,
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Set.of(EX + "g1", EX + "g2"), values(r.body(), ResultSetLang.RS_JSON, "g"));
            // HTML form encoding, and the graph named in the query.
            String form = "query=" + URLEncoder.encode(PREFIX + "SELECT ?name WHERE { GRAPH ex:g2 { ?s ex:name ?name } }",
                    StandardCharsets.UTF_8);
            r = send("POST", sparql(server), "application/x-www-form-urlencoded", form, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Set.of("Bob"), values(r.body(), ResultSetLang.RS_JSON, "name"));
            // The store's own record (its default graph) is not in the union default graph.
            r = get(queryURL(server, "ASK { <" + Store.RECORD.getURI() + "> ?p ?o }"), "application/sparql-results+json");
            assertTrue(r.body().contains("false"), r.body());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json, RS_JSON",
        "application/sparql-results+xml,  application/sparql-results+xml,  RS_XML",
        "text/csv,                        text/csv,                        RS_CSV",
        "text/tab-separated-values,       text/tab-separated-values,       RS_TSV"})
    void selectResultsByAccept(String accept, String expectedType, String lang) throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            HttpResponse<String> r = get(queryURL(server, PREFIX + "SELECT ?name WHERE { ?s ex:name ?name }"), accept);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(expectedType, mediaType(r));
            Lang l = switch (lang) {
                case "RS_JSON" -> ResultSetLang.RS_JSON;
                case "RS_XML" -> ResultSetLang.RS_XML;
                case "RS_CSV" -> ResultSetLang.RS_CSV;
                default -> ResultSetLang.RS_TSV;
            };
            assertEquals(Set.of("Alice", "Bob"), values(r.body(), l, "name"));
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
        "application/trig"})
    void constructResultsByAccept(String accept) throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            HttpResponse<String> r = get(queryURL(server,
                    PREFIX + "CONSTRUCT { ?s ex:called ?name } WHERE { ?s ex:name ?name }"), accept);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(accept, mediaType(r));
            Graph g = GraphFactory.createDefaultGraph();
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(accept)).parse(ds);
            ds.find().forEachRemaining(q -> g.add(q.asTriple()));
            assertTrue(g.contains(iri("bob"), iri("called"), NodeFactory.createLiteralString("Bob")), r.body());
            assertTrue(g.contains(iri("alice"), iri("called"), NodeFactory.createLiteralString("Alice")), r.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void graphStoreProtocolReadsOneGraphOrTheUnion() throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            String gsp = server.datasetURL("/newsgraph/get");
            HttpResponse<String> r = get(gsp + "?graph=" + URLEncoder.encode(EX + "g1", StandardCharsets.UTF_8), "text/turtle");
            assertEquals(200, r.statusCode(), r.body());
            Graph g1 = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
            assertTrue(g1.contains(iri("alice"), iri("knows"), iri("bob")));
            assertFalse(g1.contains(iri("bob"), iri("name"), Node.ANY));
            r = get(gsp + "?graph=union", "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            Graph union = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
            assertTrue(union.contains(iri("alice"), iri("knows"), iri("bob")));
            assertTrue(union.contains(iri("bob"), iri("name"), Node.ANY));
        } finally {
            server.stop();
        }
    }

    @Test
    void updatesUploadsAndAdminAreRefusedByDefault() throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            String base = server.serverURL();
            String insert = "INSERT DATA { GRAPH <" + EX + "g1> { <" + EX + "mallory> <" + EX + "name> \"Mallory\" } }";
            String turtle = "<" + EX + "mallory> <" + EX + "name> \"Mallory\" .";
            List<HttpResponse<String>> refused = List.of(
                    send("POST", base + "newsgraph/update", "application/sparql-update", insert, null),
                    send("POST", base + "newsgraph/sparql", "application/sparql-update", insert, null),
                    send("POST", base + "newsgraph/sparql", "application/x-www-form-urlencoded",
                            "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8), null),
                    send("POST", base + "newsgraph", "application/sparql-update", insert, null),
                    send("POST", base + "newsgraph", "text/turtle", turtle, null),
                    send("PUT", base + "newsgraph/get?graph=" + EX + "g1", "text/turtle", turtle, null),
                    send("POST", base + "newsgraph/get?graph=" + EX + "g1", "text/turtle", turtle, null),
                    send("DELETE", base + "newsgraph/get?graph=" + EX + "g1", "text/turtle", "", null),
                    send("POST", base + "newsgraph/data?graph=" + EX + "g1", "text/turtle", turtle, null),
                    send("POST", base + "newsgraph/upload", "text/turtle", turtle, null),
                    get(base + "$/datasets", null),
                    get(base + "$/server", null),
                    get(base + "$/ping", null),
                    get(base + "$/stats", null));
            for (HttpResponse<String> r : refused) {
                int c = r.statusCode();
                assertTrue(c >= 400 && c < 500, r.request().method() + " " + r.request().uri() + " answered " + c);
            }
            HttpResponse<String> r = get(queryURL(server, "ASK { ?s ?p \"Mallory\" }"), "application/sparql-results+json");
            assertTrue(r.body().contains("false"), r.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void allowUpdateAddsUpdateAndReadWriteGraphStore() throws Exception {
        Store own = Store.inMemory();
        own.replace(new Fingerprint("test"), dataset());
        FusekiServer server = start(own.dataset(), TEST.withAllowUpdate(true));
        try {
            String base = server.serverURL();
            String insert = "INSERT DATA { GRAPH <" + EX + "g3> { <" + EX + "carol> <" + EX + "name> \"Carol\" } }";
            HttpResponse<String> r = send("POST", base + "newsgraph/update", "application/sparql-update", insert, null);
            assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
            r = send("PUT", base + "newsgraph/data?graph=" + EX + "g4", "text/turtle",
                    "<" + EX + "dave> <" + EX + "name> \"Dave\" .", null);
            assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
            r = get(queryURL(server, PREFIX + "SELECT ?name WHERE { ?s ex:name ?name }"), "application/sparql-results+json");
            assertEquals(Set.of("Alice", "Bob", "Carol", "Dave"), values(r.body(), ResultSetLang.RS_JSON, "name"));
        } finally {
            server.stop();
            own.close();
        }
    }

    @Test
    void expensiveQueryIsStoppedByTheTimeout() throws Exception {
        FusekiServer server = start(store.dataset(), TEST.withTimeout(Duration.ofSeconds(1)));
        try {
            // 3,000^3 combinations: hours of work without the timeout.
            String q = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?a ex:value ?x . ?b ex:value ?y . ?c ex:value ?z }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(queryURL(server, q), "application/sparql-results+json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < 10_000, "took " + ms + " ms");
            // A request's ?timeout= cannot raise the server's limit.
            r = get(queryURL(server, q) + "&timeout=600", "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void serviceIsRefusedUnlessAllowed() throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            // The SERVICE points at this very server, so no request would leave the machine anyway.
            String q = "SELECT ?name WHERE { SERVICE <" + sparql(server) + "> { ?s <" + EX + "name> ?name } }";
            HttpResponse<String> r = get(queryURL(server, q), "application/sparql-results+json");
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE"), r.body());
        } finally {
            server.stop();
        }
        server = start(store.dataset(), TEST.withAllowService(true));
        try {
            String q = "SELECT ?name WHERE { SERVICE <" + sparql(server) + "> { ?s <" + EX + "name> ?name } }";
            HttpResponse<String> r = get(queryURL(server, q), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Set.of("Alice", "Bob"), values(r.body(), ResultSetLang.RS_JSON, "name"));
        } finally {
            server.stop();
        }
    }

    @Test
    void resultsAreCappedAtMaxRows() throws Exception {
        FusekiServer server = start(store.dataset(), TEST.withMaxRows(5));
        try {
            HttpResponse<String> r = get(queryURL(server, PREFIX + "SELECT ?s WHERE { ?s ex:value ?v }"),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(5, values(r.body(), ResultSetLang.RS_JSON, "s").size());
            assertEquals("5", r.headers().firstValue(LimitedQueryProcessor.HEADER).orElse(null));
            // A smaller LIMIT is kept, and then the header is absent.
            r = get(queryURL(server, PREFIX + "SELECT ?s WHERE { ?s ex:value ?v } LIMIT 3"),
                    "application/sparql-results+json");
            assertEquals(3, values(r.body(), ResultSetLang.RS_JSON, "s").size());
            assertNull(r.headers().firstValue(LimitedQueryProcessor.HEADER).orElse(null));
            // Jena's own HTTP client sees the capped result too.
            try (var qe = QueryExecHTTP.service(sparql(server))
                    .query(PREFIX + "SELECT ?s WHERE { ?s ex:value ?v } LIMIT 100").build()) {
                assertEquals(5, qe.select().materialize().stream().count());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void queryPageAndCatalogueAreServed() throws Exception {
        FusekiServer server = start(store.dataset(), TEST);
        try {
            String base = server.serverURL();
            HttpResponse<String> r = get(base, null);
            assertEquals(200, r.statusCode());
            assertEquals("text/html", mediaType(r));
            assertTrue(r.body().contains("ui/app.js"), r.body());
            for (String asset : List.of("ui/app.js", "ui/style.css")) {
                assertEquals(200, get(base + asset, null).statusCode(), asset);
            }
            assertEquals(404, get(base + "ui/missing.js", null).statusCode());
            assertEquals(404, get(base + "ui/../pom.xml", null).statusCode());
            r = get(base + "newsgraph-catalogue.json", null);
            assertEquals(200, r.statusCode());
            assertEquals("application/json", mediaType(r));
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
            assertEquals("01-names", json.get(0).get("name").asText());
            assertEquals("Names", json.get(0).get("title").asText());
            assertEquals("person", json.get(0).get("parameters").get(0).get("name").asText());
            // Binding on the server, as the page does.
            r = send("POST", base + "newsgraph-catalogue/bind", "application/x-www-form-urlencoded",
                    "name=01-names&person=" + URLEncoder.encode("<" + EX + "bob>", StandardCharsets.UTF_8), null);
            assertEquals(200, r.statusCode(), r.body());
            HttpResponse<String> answer = get(queryURL(server, r.body()), "application/sparql-results+json");
            assertEquals(Set.of("Bob"), values(answer.body(), ResultSetLang.RS_JSON, "name"));
            assertEquals(Set.of(EX + "bob"), values(answer.body(), ResultSetLang.RS_JSON, "person"));
            r = send("POST", base + "newsgraph-catalogue/bind", "application/x-www-form-urlencoded",
                    "name=01-names&nobody=x", null);
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("nobody"), r.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void listensOnTheGivenHostOnly() {
        FusekiServer server = NewsgraphServer.build(store.dataset(), TEST, catalogue);
        try {
            for (var c : server.getJettyServer().getConnectors()) {
                assertEquals("127.0.0.1", ((ServerConnector) c).getHost());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void thePageBindsIdToTheBaseOfTheServedData() throws Exception {
        // The data's IRIs were minted under EX: id:bob is <EX bob>, as the table output writes it.
        FusekiServer server = NewsgraphServer.build(store.dataset(), TEST, catalogue, EX);
        server.start();
        try {
            String bind = server.serverURL() + "newsgraph-catalogue/bind";
            HttpResponse<String> r = send("POST", bind, "application/x-www-form-urlencoded",
                    "name=01-names&person=" + URLEncoder.encode("id:bob", StandardCharsets.UTF_8), null);
            assertEquals(200, r.statusCode(), r.body());
            HttpResponse<String> answer = get(queryURL(server, r.body()), "application/sparql-results+json");
            assertEquals(Set.of("Bob"), values(answer.body(), ResultSetLang.RS_JSON, "name"));
            r = send("POST", bind, "application/x-www-form-urlencoded", "name=01-names&person=nope:bob", null);
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("unknown prefix 'nope' in --param person=nope:bob; use <IRI>, a prefix the query declares, "
                    + "or id:\u2026", r.body().strip());
        } finally {
            server.stop();
        }
    }

    @Test
    void traceIsRefusedEverywhereAndNeverAllowed() throws Exception {
        FusekiServer server = NewsgraphServer.build(store.dataset(), TEST, catalogue, EX);
        server.start();
        try {
            for (String path : List.of("", "ui/", "newsgraph/sparql", "newsgraph/get", ".well-known/void", "id/bob",
                    "ontology", "ontology/event-type/meeting", "articles", "timeline", "pages/pages.css", "no/such/path")) {
                String url = server.serverURL() + path;
                HttpResponse<String> trace = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                        .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("Cookie", "secret=1").build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(405, trace.statusCode(), "TRACE /" + path);
                assertFalse(trace.body().contains("secret=1"), "TRACE echoes nothing");
                HttpResponse<String> options = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                for (String allow : options.headers().allValues("Allow")) {
                    assertFalse(allow.toUpperCase(java.util.Locale.ROOT).contains("TRACE"), "OPTIONS /" + path + ": " + allow);
                }
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void anOverlongPathIsRefusedShortlyAndNotEchoed() throws Exception {
        FusekiServer server = NewsgraphServer.build(store.dataset(), TEST, catalogue, EX);
        server.start();
        try {
            String longName = "a".repeat(4500);
            for (String path : List.of("id/" + longName, "ontology/" + longName, "articles/" + longName, longName)) {
                HttpResponse<String> r = get(server.serverURL() + path, "text/turtle");
                assertEquals(414, r.statusCode(), path.substring(0, 12));
                assertTrue(r.body().length() < 200, r.body());
                assertFalse(r.headers().map().toString().contains("aaaaaaaaaa"), "no header echoes the path");
            }
            String justShort = "id/" + "a".repeat(RequestHygieneFilter.MAX_PATH - 4);
            HttpResponse<String> r = get(server.serverURL() + justShort, "text/turtle");
            assertEquals(404, r.statusCode(), "a long path within the limit: an IRI the graph says nothing about");
            assertTrue(r.headers().firstValue("Link").isPresent());
        } finally {
            server.stop();
        }
    }
}

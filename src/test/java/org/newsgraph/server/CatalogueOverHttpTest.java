package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.queries.ExpectedResults.assertExpectedAnswer;
import static org.newsgraph.queries.ExpectedResults.assertSameTable;
import static org.newsgraph.queries.ExpectedResults.catalogue;
import static org.newsgraph.queries.ExpectedResults.expectedFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.queries.CatalogueQuery;
import org.newsgraph.queries.ExpectedResults;
import org.newsgraph.queries.ExpectedResults.Table;
import org.newsgraph.queries.QueryParameters;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/**
 * The query catalogue over HTTP, as {@code newsgraph serve} answers it: the seed graph loaded
 * into a TDB2 store (through {@link Store}, as serve loads it), the real server on a free port
 * with the classpath catalogue, every catalogue query bound with its defaults by
 * {@link QueryParameters#bind} and sent with the SPARQL protocol; each answer must be its
 * expected file ({@code queries/expected/}), compared as {@code CatalogueAnswersTest} compares
 * the answers in memory.
 */
class CatalogueOverHttpTest {

    static final Path SEED = ExpectedResults.SEED;
    static final String B = Build.DEFAULT_BASE;
    static final String TSV = "text/tab-separated-values";
    static final String DEFAULT_ENTITY = "<" + B + "entity/Q22686>";
    static final String PUTIN = "<" + B + "entity/Q7747>";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    static Store store;
    static FusekiServer server;
    /** The multi-outlet corpus fixture, served too, for the cross-source queries. */
    static Store corpusStore;
    static FusekiServer corpusServer;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("tdb2"));
        store.load(Fingerprint.of(SEED, B), () -> Build.build(SEED, B));
        corpusStore = Store.open(dir.resolve("tdb2-corpus"));
        Path corpus = ExpectedResults.CORPUS;
        corpusStore.load(Fingerprint.of(corpus, B), () -> Build.build(corpus, B));
        try {
            server = NewsgraphServer.build(store.dataset(), ServerSettings.defaults().withPort(0), Catalogue.fromClasspath());
            server.start();
            corpusServer = NewsgraphServer.build(corpusStore.dataset(), ServerSettings.defaults().withPort(0),
                    Catalogue.fromClasspath());
            corpusServer.start();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        try {
            for (FusekiServer s : new FusekiServer[] {server, corpusServer}) {
                if (s != null) {
                    s.stop();
                }
            }
        } finally {
            store.close();
            corpusStore.close();
        }
    }

    // ------------------------------------------------------------------ HTTP

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of the answer to {@code query} (SPARQL protocol, POST of the query text). */
    static String post(Query query, String accept) {
        return post(server, query, accept);
    }

    static String post(FusekiServer at, Query query, String accept) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(at.datasetURL("/newsgraph/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query.serialize(), StandardCharsets.UTF_8)));
        assertEquals(200, r.statusCode(), () -> r.body() + "\n" + query);
        return r.body();
    }

    /** Queries run at the server's SPARQL endpoint: SELECT answers as TSV, CONSTRUCT answers as Turtle. */
    static final ExpectedResults.Runner ENDPOINT = endpoint(() -> server);
    /** The same at the server of the corpus fixture. */
    static final ExpectedResults.Runner CORPUS_ENDPOINT = endpoint(() -> corpusServer);

    static ExpectedResults.Runner endpoint(java.util.function.Supplier<FusekiServer> at) {
        return new ExpectedResults.Runner() {
            @Override
            public Table select(Query query) {
                return ExpectedResults.parseTsv(post(at.get(), query, TSV));
            }

            @Override
            public Graph construct(Query query) {
                return ExpectedResults.parseTurtle(post(at.get(), query, "text/turtle"));
            }
        };
    }

    /** The query text the page gets from the server for {@code name} with these field values. */
    static Query boundByServer(String name, Map<String, String> fields) {
        String form = Stream.concat(Stream.of("name=" + name), fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.serverURL() + "newsgraph-catalogue/bind"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
        assertEquals(200, r.statusCode(), r.body());
        return QueryFactory.create(r.body(), Syntax.syntaxARQ);
    }

    static CatalogueQuery query(String name) {
        return catalogue().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no query " + name));
    }

    // ------------------------------------------------------------------ the tests

    @TestFactory
    Stream<DynamicTest> everyCatalogueQueryGivesItsExpectedAnswerOverHttp() {
        return catalogue().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Query query = QueryParameters.bind(q, Map.of());
            Path expected = expectedFile(q.name());
            String what = q.name() + (q.defaults().isEmpty() ? "" : " " + q.defaults()) + " over HTTP vs " + expected;
            assertExpectedAnswer(what, query, expected,
                    ExpectedResults.fixtureOf(q.name()).equals(SEED) ? ENDPOINT : CORPUS_ENDPOINT);
        }));
    }

    @Test
    void theServedCatalogueShowsEachParameterWithItsDefault() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.serverURL() + "newsgraph-catalogue.json")));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, JsonNode> served = new HashMap<>();
        new ObjectMapper().readTree(r.body()).forEach(q -> served.put(q.get("name").asText(), q));
        assertEquals(catalogue().stream().map(CatalogueQuery::name).collect(Collectors.toSet()), served.keySet());
        for (CatalogueQuery q : catalogue()) {
            JsonNode params = served.get(q.name()).get("parameters");
            assertEquals(q.parameters().size(), params.size(), q.name());
            for (int i = 0; i < params.size(); i++) {
                CatalogueQuery.Parameter p = q.parameters().get(i);
                assertEquals(p.name(), params.get(i).get("name").asText(), q.name());
                assertEquals(p.description(), params.get(i).get("description").asText(), q.name());
                assertEquals(p.defaultValue(), params.get(i).get("default").textValue(), q.name());
            }
            assertEquals(q.example(), served.get(q.name()).get("example").asText(), q.name());
            assertEquals(q.output(), served.get(q.name()).get("output").asText(), q.name());
        }
        JsonNode entity = served.get("09-about-entity").get("parameters").get(0);
        assertEquals("entity", entity.get("name").asText());
        assertEquals(DEFAULT_ENTITY, entity.get("default").asText());
        assertTrue(served.get("01-meetings").get("parameters").isEmpty());
    }

    @Test
    void anEmptyFieldOnThePageTakesTheDefault() {
        // The page sends no value for an emptied field; the server binds the default.
        CatalogueQuery q = query("09-about-entity");
        Query page = boundByServer(q.name(), Map.of("entity", ""));
        assertEquals(QueryParameters.bind(q, Map.of()), page);
        assertExpectedAnswer(q.name() + " bound by the server", page, expectedFile(q.name()), ENDPOINT);
    }

    @Test
    void anotherEntityOverHttpIsAnsweredForThatEntityOnly() {
        CatalogueQuery q = query("09-about-entity");
        Table putin = ENDPOINT.select(QueryParameters.bind(q, Map.of("entity", PUTIN)));
        assertFalse(putin.rows().isEmpty(), "nothing about Putin");
        assertNotEquals(ENDPOINT.select(QueryParameters.bind(q, Map.of())).rows(), putin.rows(),
                "the same answer for Putin as for the default entity");
        // The page's way (bound by the server) gives the same answer.
        assertSameTable(q.name() + " for Putin, bound by the server", putin,
                ENDPOINT.select(boundByServer(q.name(), Map.of("entity", PUTIN))), true);
        // The same as in memory, on the graph as built.
        Dataset built = ExpectedResults.unionView(Build.build(SEED, B));
        assertSameTable(q.name() + " for Putin, over HTTP vs in memory",
                ExpectedResults.select(built, QueryParameters.bind(q, Map.of("entity", PUTIN))), putin, true);

        // Every row is about Putin: its item reaches him within three triples, or its named graph
        // (a claim's content) mentions him.
        List<Node> items = putin.rows().stream().map(b -> b.get(Var.alloc("item"))).distinct().toList();
        assertFalse(items.contains(null), "a row without an item");
        String notAbout = """
                SELECT ?item WHERE {
                  VALUES ?item { %1$s }
                  FILTER NOT EXISTS {
                    { ?item ?p1 %2$s }
                    UNION { ?item ?p1 ?x1 . ?x1 ?p2 %2$s }
                    UNION { ?item ?p1 ?x1 . ?x1 ?p2 ?x2 . ?x2 ?p3 %2$s }
                    UNION { GRAPH ?item { { %2$s ?p ?o } UNION { ?s ?p %2$s } } }
                  }
                }
                """.formatted(items.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" ")), PUTIN);
        Table unrelated = ENDPOINT.select(QueryFactory.create(notAbout));
        assertTrue(unrelated.rows().isEmpty(), "rows not about Putin:\n" + String.join("\n", unrelated.lines()));
    }

    @Test
    void aLargeAnswerArrivesAsTheWritersBytesInEveryFormat() {
        // the whole corpus, many times the response buffer; CSV's writer flushes after every field
        Query all = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o");
        for (org.apache.jena.riot.Lang lang : List.of(org.apache.jena.riot.resultset.ResultSetLang.RS_CSV,
                org.apache.jena.riot.resultset.ResultSetLang.RS_TSV, org.apache.jena.riot.resultset.ResultSetLang.RS_JSON)) {
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            org.apache.jena.system.Txn.executeRead(corpusStore.dataset(), () -> {
                try (org.apache.jena.sparql.exec.QueryExec qe = org.apache.jena.sparql.exec.QueryExec
                        .dataset(corpusStore.dataset()).query(all).build()) {
                    org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(lang).create(lang).write(expected, qe.select(), null);
                }
            });
            String got = post(corpusServer, all, lang.getHeaderString());
            assertTrue(expected.size() > 16 * 65536, "a small answer shows nothing: " + expected.size());
            assertEquals(expected.toString(StandardCharsets.UTF_8), got, lang.getLabel());
        }
    }
}

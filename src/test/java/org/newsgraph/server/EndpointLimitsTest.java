package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/**
 * The endpoint's limits (issue 8, parts 1 and 2) over HTTP, on the 3,000-number dataset of
 * {@link NewsgraphServerTest}: a timeout that holds inside a regular expression, admission
 * control, the row budget, and invalid UTF-8. One server (port 0) for the class.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EndpointLimitsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(4);
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String REGEX = "SELECT * WHERE { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?x) "
            + "FILTER regex(?x, \"(.*a){8}b\") }";

    static Store store;
    static FusekiServer server;
    static String endpoint;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = Store.inMemory();
        store.replace(new Fingerprint("test"), NewsgraphServerTest.dataset());
        ServerSettings settings = ServerSettings.defaults().withPort(0).withTimeout(TIMEOUT)
                .withMaxConcurrent(4).withMaxSortRows(1000).withMaxRows(100);
        server = NewsgraphServer.build(store.dataset(), settings, Catalogue.of(List.of()));
        server.start();
        endpoint = server.datasetURL("/newsgraph/sparql");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(request(query).build(), HttpResponse.BodyHandlers.ofString());
    }

    static CompletableFuture<HttpResponse<String>> getAsync(String query) {
        return HTTP.sendAsync(request(query).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String query) {
        return request(endpoint, query);
    }

    static HttpRequest.Builder request(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60));
    }

    @Test
    void catastrophicRegexTimesOut() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(REGEX);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        assertTrue(ms < TIMEOUT.toMillis() + 10_000, "answered after " + ms + " ms");
    }

    @Test
    void replaceWithCatastrophicRegexTimesOut() throws Exception {
        HttpResponse<String> r = get("SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){8}b\", \"x\") AS ?y) {}");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
    }

    @Test
    void regexStillMatches() throws Exception {
        HttpResponse<String> r = get("ASK { BIND(\"Hello\"@en AS ?x) FILTER(regex(?x, \"^h\", \"i\") && !regex(?x, \"^h\")) }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"), r.body());
        r = get("SELECT (REPLACE(\"abcb\", \"b\", \"x\") AS ?y) {}");
        assertTrue(r.body().contains("axcx"), r.body());
    }

    @Test
    void aSecondLongQueryStopsTheLongestRunningOneWhileAskAnswers() throws Exception {
        // One long-query slot: the first long query (over 1 s of CPU) holds it; a second one that
        // becomes long waits 1 s for it, then the first is stopped (503, Retry-After) and the
        // second takes its slot and runs to its own timeout.
        Duration timeout = Duration.ofSeconds(8);
        ServerSettings settings = ServerSettings.defaults().withPort(0).withTimeout(timeout).withMaxConcurrent(1);
        FusekiServer one = NewsgraphServer.build(store.dataset(), settings, Catalogue.of(List.of()));
        one.start();
        try {
            String url = one.datasetURL("/newsgraph/sparql");
            CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(request(url, EXPENSIVE).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> second = HTTP.sendAsync(request(url, EXPENSIVE).build(),
                    HttpResponse.BodyHandlers.ofString());

            HttpResponse<String> ask = HTTP.send(request(url, "ASK {}").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(ask.body().contains("true"), ask.body());

            HttpResponse<String> r1 = first.get(timeout.toSeconds() + 10, TimeUnit.SECONDS);
            assertEquals(503, r1.statusCode(), r1.body());
            assertTrue(r1.body().contains("retry later"), "the first gave its slot up: " + r1.body());
            assertNotNull(r1.headers().firstValue("Retry-After").orElse(null), "Retry-After");

            HttpResponse<String> r2 = second.get(timeout.toSeconds() + 10, TimeUnit.SECONDS);
            long secondMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r2.statusCode(), r2.body());
            assertTrue(r2.body().contains("timed out"), "the second ran to its own timeout: " + r2.body());
            assertTrue(secondMs >= timeout.toMillis() - 500, "the second ran to its timeout: " + secondMs + " ms");
        } finally {
            one.stop();
        }
    }

    @Test
    void aLongQueryGivesWayToShortOnes() throws Exception {
        // While a long query runs, short ones keep answering quickly: the long one pauses.
        CompletableFuture<HttpResponse<String>> longOne = getAsync(EXPENSIVE);
        Thread.sleep(1500);
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(ms < 1000, "a short query beside a long one took " + ms + " ms");
        }
        HttpResponse<String> r = longOne.get(TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        HttpResponse<String> g = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D%23%C3%28")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, g.statusCode(), g.body());
        byte[] body = {'A', 'S', 'K', '{', '}', '#', (byte) 0xC3, (byte) 0x28};
        HttpResponse<String> p = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, p.statusCode(), p.body());
        HttpResponse<String> f = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D%23%FF")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, f.statusCode(), f.body());
        HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK {} # é", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void aQueryStoppedWhileItsRowsAreWrittenAnswersWithTheReasonAlone() throws Exception {
        // DISTINCT counts the rows it lets through: with no answer limit, the refusal comes after
        // rows were written (into the response buffer, not sent yet)
        ServerSettings settings = ServerSettings.defaults().withPort(0).withTimeout(TIMEOUT).withMaxRows(0)
                .withMaxSortRows(50);
        FusekiServer small = NewsgraphServer.build(store.dataset(), settings, Catalogue.of(List.of()));
        small.start();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(small.datasetURL("/newsgraph/sparql")
                    + "?query=" + URLEncoder.encode("SELECT DISTINCT ?s ?p ?o { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
            assertEquals(1, r.body().strip().lines().count(), "not the reason alone: " + r.body());
            assertTrue(r.body().contains("at its DISTINCT it needs more than 50 rows"), r.body());
        } finally {
            small.stop();
        }
    }

    @Test
    void rowBudget() throws Exception {
        HttpResponse<String> distinct = get("SELECT ?o (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?o");
        assertEquals(503, distinct.statusCode(), distinct.body());
        assertTrue(distinct.body().contains("more than 1000 rows"), distinct.body());
        HttpResponse<String> topN = get("SELECT ?o { ?s ?p ?o } ORDER BY DESC(?o) LIMIT 3");
        assertEquals(200, topN.statusCode(), topN.body());
        assertTrue(topN.body().contains("2999"), topN.body());
        HttpResponse<String> count = get("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(200, count.statusCode(), count.body());
        // what is held is counted: a few groups, or a few distinct rows, out of many rows pass
        HttpResponse<String> fewGroups = get("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p");
        assertEquals(200, fewGroups.statusCode(), fewGroups.body());
        HttpResponse<String> fewDistinct = get("SELECT DISTINCT ?p { ?s ?p ?o }");
        assertEquals(200, fewDistinct.statusCode(), fewDistinct.body());
        // (every distinct row read: a plain SELECT DISTINCT stops at the answer's row limit)
        HttpResponse<String> manyDistinct = get("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?o { ?s ?p ?o } }");
        assertEquals(503, manyDistinct.statusCode(), manyDistinct.body());
        // a group that keeps its values holds every row
        for (String aggregate : List.of("COUNT(DISTINCT ?o)", "GROUP_CONCAT(?o)", "MEDIAN(?o)", "MODE(?o)", "FOLD(?o)")) {
            for (String group : List.of("GROUP BY ?p", "")) {
                HttpResponse<String> keeps = get("SELECT (" + aggregate + " AS ?n) { ?s ?p ?o } " + group);
                assertEquals(503, keeps.statusCode(), aggregate + " " + group + ": " + keeps.body());
            }
        }
        HttpResponse<String> expression = get("SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (STR(?o))");
        assertEquals(503, expression.statusCode(), expression.body());
    }

    /** The values 0 to {@code n - 1} of the big graph, each once, as ?o. */
    static String firstValues(int n) {
        return "{ SELECT DISTINCT ?o { ?s <" + NewsgraphServerTest.EX + "value> ?o FILTER (?o < " + n + ") } }";
    }

    @Test
    void theRowBudgetIsTheQuerys() throws Exception {
        // a DISTINCT of 600 rows feeding a GROUP BY of 600 groups: both are held at once, 1200
        // rows against the budget of 1000, though each holds less
        HttpResponse<String> together = get("SELECT (COUNT(*) AS ?n) { SELECT ?o (COUNT(*) AS ?c) "
                + firstValues(600) + " GROUP BY ?o }");
        assertEquals(503, together.statusCode(), together.body());
        assertTrue(together.body().contains("more than 1000 rows"), together.body());
        HttpResponse<String> within = get("SELECT (COUNT(*) AS ?n) { SELECT ?o (COUNT(*) AS ?c) "
                + firstValues(400) + " GROUP BY ?o }");
        assertEquals(200, within.statusCode(), within.body());
        assertTrue(within.body().contains("\"400\""), within.body());
        // a top-N sort holds its LIMIT rows, and the GROUP BY it feeds its groups
        HttpResponse<String> topN = get("SELECT (COUNT(*) AS ?n) { SELECT ?o (COUNT(*) AS ?c) { SELECT ?o { ?s ?p ?o } "
                + "ORDER BY ?o LIMIT 600 } GROUP BY ?o }");
        assertEquals(503, topN.statusCode(), topN.body());
        assertTrue(topN.body().contains("more than 1000 rows"), topN.body());
        assertEquals(200, get("SELECT (COUNT(*) AS ?n) { SELECT ?o (COUNT(*) AS ?c) { SELECT ?o { ?s ?p ?o } "
                + "ORDER BY ?o LIMIT 400 } GROUP BY ?o }").statusCode());
        // one after the other: the first DISTINCT has let go of its 600 rows when the second runs
        HttpResponse<String> inTurn = get("SELECT (COUNT(*) AS ?n) { " + firstValues(600) + " UNION "
                + firstValues(700) + " }");
        assertEquals(200, inTurn.statusCode(), inTurn.body());
        assertTrue(inTurn.body().contains("\"1300\""), inTurn.body());
        // the budget starts again with each query
        assertEquals(200, get("SELECT (COUNT(*) AS ?n) { SELECT ?o (COUNT(*) AS ?c) " + firstValues(400)
                + " GROUP BY ?o }").statusCode());
    }
}

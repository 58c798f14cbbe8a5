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
    void aFifthLongQueryStopsTheLongestRunningOneWhileAskAnswers() throws Exception {
        // Four long queries hold the four slots; a fifth that passes 1 s waits 1 s for a slot,
        // then the longest-running of the four is stopped (503, Retry-After) and the fifth
        // takes its slot and runs to its own timeout.
        List<CompletableFuture<HttpResponse<String>>> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(getAsync(EXPENSIVE));
        }
        Thread.sleep(300);
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> fifth = getAsync(EXPENSIVE);

        HttpResponse<String> ask = get("ASK {}");
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ask.body().contains("true"), ask.body());

        List<HttpResponse<String>> stopped = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : four) {
            HttpResponse<String> r = f.get(TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
            assertEquals(503, r.statusCode(), r.body());
            if (r.body().contains("retry later")) {
                assertNotNull(r.headers().firstValue("Retry-After").orElse(null), "Retry-After");
                stopped.add(r);
            } else {
                assertTrue(r.body().contains("timed out"), r.body());
            }
        }
        assertEquals(1, stopped.size(), "one of the four gave its slot up");
        HttpResponse<String> r = fifth.get(TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        long fifthMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), "the fifth ran to its own timeout: " + r.body());
        assertTrue(fifthMs >= TIMEOUT.toMillis() - 500, "the fifth ran to its timeout: " + fifthMs + " ms");
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
    void rowBudget() throws Exception {
        HttpResponse<String> distinct = get("SELECT ?o (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?o");
        assertEquals(503, distinct.statusCode(), distinct.body());
        assertTrue(distinct.body().contains("more than 1000 rows"), distinct.body());
        HttpResponse<String> topN = get("SELECT ?o { ?s ?p ?o } ORDER BY DESC(?o) LIMIT 3");
        assertEquals(200, topN.statusCode(), topN.body());
        assertTrue(topN.body().contains("2999"), topN.body());
        HttpResponse<String> count = get("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(200, count.statusCode(), count.body());
    }
}

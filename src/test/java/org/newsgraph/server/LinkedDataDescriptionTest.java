package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.OtherParsers;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/**
 * The dataset description at /.well-known/void and the SPARQL service description at the
 * endpoint, served over HTTP from the seed graph (text policy excerpts): content negotiation,
 * what they say (checked with SPARQL), each RDF answer read by Jena and by a parser that is not
 * Jena (rapper, rdflib); CORS only with --cors and only on the read-only paths; the editor's
 * files served from the jar.
 */
class LinkedDataDescriptionTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ServerSettings SETTINGS = ServerSettings.defaults().withPort(0).withTimeout(Duration.ofSeconds(10));

    @TempDir
    static Path tmp;
    static Store store;
    static FusekiServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = Store.inMemory();
        DatasetGraph built = Build.build(Path.of("src/test/resources/seed"), Build.DEFAULT_BASE);
        store.replace(new Fingerprint("test"), TextPolicy.EXCERPTS.apply(built));
        server = NewsgraphServer.build(store.dataset(), SETTINGS, Catalogue.fromClasspath(), Build.DEFAULT_BASE,
                new QueryAdmission(SETTINGS), TextPolicy.EXCERPTS);
        server.start();
        base = "http://localhost:" + server.getHttpPort() + "/";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    static HttpResponse<String> get(String url, String accept, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Model parse(String body, Lang lang, String url) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).base(url).parse(m);
        return m;
    }

    static boolean ask(Model m, String q) {
        try (QueryExecution qe = QueryExecution.model(m).query("""
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                """ + q).build()) {
            return qe.execAsk();
        }
    }

    // ---- the content-negotiation matrix -----------------------------------------------------

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        ".well-known/void,    text/turtle,           TURTLE,   turtle,   turtle",
        ".well-known/void,    application/ld+json,   JSONLD,   ,         json-ld",
        ".well-known/void,    application/n-triples, NTRIPLES, ntriples, nt",
        ".well-known/void,    application/rdf+xml,   RDFXML,   rdfxml,   xml",
        "newsgraph/sparql,    text/turtle,           TURTLE,   turtle,   turtle",
        "newsgraph/sparql,    application/ld+json,   JSONLD,   ,         json-ld",
        "newsgraph/sparql,    application/n-triples, NTRIPLES, ntriples, nt",
        "newsgraph/sparql,    application/rdf+xml,   RDFXML,   rdfxml,   xml",
    })
    void eachRdfAnswerIsReadByJenaAndAnotherParser(String path, String type, String jenaLang, String rapperSyntax,
            String rdflibFormat) throws Exception {
        HttpResponse<String> r = get(base + path, type);
        assertEquals(200, r.statusCode(), r::body);
        assertEquals(type, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.headers().allValues("Vary").toString().contains("Accept"));
        Lang lang = switch (jenaLang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        Model m = parse(r.body(), lang, base + path);
        assertFalse(m.isEmpty());
        Path file = OtherParsers.file(tmp, path.replace('/', '_') + "." + jenaLang.toLowerCase(), r.body());
        boolean checked = false;
        if (rapperSyntax != null && OtherParsers.hasRapper()) {
            assertEquals(m.size(), OtherParsers.rapper(file, rapperSyntax, base + path), "rapper reads the same triples");
            checked = true;
        }
        if (OtherParsers.hasRdflib()) {
            assertEquals(m.size(), OtherParsers.rdflib(file, rdflibFormat), "rdflib reads the same triples");
            checked = true;
        }
        assumeTrue(checked, "rapper and rdflib are installed by .ci/run");
    }

    @Test
    void aBrowserGetsAnHtmlPageAndNoPreferenceGetsTurtle() throws Exception {
        HttpResponse<String> html = get(base + ".well-known/void",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals("text/html", html.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(html.body().contains("<h2>newsgraph knowledge graph</h2>"), html::body);
        assertTrue(html.body().contains("https://creativecommons.org/licenses/by/4.0/"));
        assertTrue(html.body().contains("graph/article/cnn-2019-09-09-russia-extraction"));
        assertTrue(html.body().contains("Text policy of this copy: excerpts"));
        HttpResponse<String> any = get(base + ".well-known/void", "*/*");
        assertEquals("text/turtle", any.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(406, get(base + ".well-known/void", "image/png").statusCode());
        HttpResponse<String> sdPage = get(base + "newsgraph/sparql", "text/html");
        assertTrue(sdPage.body().contains("sd:Service"), sdPage::body);
    }

    // ---- what the descriptions say ----------------------------------------------------------

    @Test
    void theDatasetDescriptionSaysWhereToQueryAndDownloadAndUnderWhichLicence() throws Exception {
        Model m = parse(get(base + ".well-known/void", "text/turtle").body(), Lang.TURTLE, base);
        String ds = "<" + Build.DEFAULT_BASE + "dataset>";
        assertTrue(ask(m, "ASK { " + ds + " a void:Dataset, dcat:Dataset ; void:sparqlEndpoint <" + base
                + "newsgraph/sparql> ; void:dataDump <" + base + "newsgraph/get?graph=union> ; dcterms:license"
                + " <https://creativecommons.org/licenses/by/4.0/> ; void:uriSpace \"" + Build.DEFAULT_BASE + "\" }"));
        assertTrue(ask(m, "ASK { ?svc a dcat:DataService ; dcat:endpointURL <" + base + "newsgraph/sparql> ;"
                + " dcat:servesDataset " + ds + " . " + ds + " dcat:distribution [ dcat:accessService ?svc ] }"));
        assertTrue(ask(m, "ASK { " + ds + " void:subset ?ls . ?ls a void:Linkset ; void:linkPredicate skos:exactMatch ;"
                + " void:objectsTarget <https://www.wikidata.org/> ; void:triples ?n FILTER(?n > 0) }"));
    }

    @Test
    void eachArticleIsASubsetWithItsGraphsTripleCount() throws Exception {
        Model m = parse(get(base + ".well-known/void", "text/turtle").body(), Lang.TURTLE, base);
        String q = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX prov: <http://www.w3.org/ns/prov#>"
                + " SELECT ?g ?n WHERE { ?ds void:subset ?g . ?g void:triples ?n ; prov:wasDerivedFrom ?article"
                + " FILTER NOT EXISTS { ?g a void:Linkset } }";
        int subsets = 0;
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            for (var rs = qe.execSelect(); rs.hasNext(); subsets++) {
                QuerySolution s = rs.next();
                Node g = s.getResource("g").asNode();
                long actual = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(g).size());
                assertTrue(actual > 0, g.toString());
                assertEquals(actual, s.getLiteral("n").getLong(), "void:triples of " + g);
            }
        }
        assertEquals(1, subsets, "the seed fixture has one article");
    }

    @Test
    void theServiceDescriptionIsAnsweredOnlyWithoutAQuery() throws Exception {
        HttpResponse<String> r = get(base + "newsgraph/sparql", null);
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), Lang.TURTLE, base);
        assertTrue(ask(m, "ASK { ?s a sd:Service ; sd:endpoint <" + base + "newsgraph/sparql> ;"
                + " sd:supportedLanguage sd:SPARQL11Query ; sd:feature sd:UnionDefaultGraph ;"
                + " sd:defaultDataset [ sd:defaultGraph [ void:triples ?n ] ] }"));
        assertFalse(ask(m, "ASK { ?s sd:supportedLanguage sd:SPARQL11Update }"), "read only");
        assertFalse(ask(m, "ASK { ?s sd:feature sd:BasicFederatedQuery }"), "SERVICE refused");
        HttpResponse<String> query = get(base + "newsgraph/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertTrue(query.body().contains("\"boolean\""), query::body);
        if (OtherParsers.hasRapper()) {
            assertEquals(m.size(), OtherParsers.rapper(OtherParsers.file(tmp, "sd.ttl", r.body()), "turtle", base));
        }
    }

    // ---- CORS -------------------------------------------------------------------------------

    @Test
    void withoutCorsNoCrossOriginHeaders() throws Exception {
        HttpResponse<String> r = get(base + "newsgraph/sparql?query=ASK%7B%7D", null, "Origin", "https://example.org");
        assertEquals(200, r.statusCode());
        assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void withCorsTheReadOnlyPathsAnswerOtherSitesAndUpdateDoesNot() throws Exception {
        ServerSettings s = SETTINGS.withCors(true).withAllowUpdate(true);
        FusekiServer cors = NewsgraphServer.build(store.dataset(), s, Catalogue.fromClasspath(), Build.DEFAULT_BASE,
                new QueryAdmission(s), TextPolicy.EXCERPTS);
        cors.start();
        try {
            String b = "http://localhost:" + cors.getHttpPort() + "/";
            for (String path : new String[] {"newsgraph/sparql?query=ASK%7B%7D", ".well-known/void",
                "newsgraph/get?graph=union", "newsgraph-catalogue.json"}) {
                HttpResponse<String> r = get(b + path, null, "Origin", "https://example.org");
                assertEquals(200, r.statusCode(), path);
                assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            }
            HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(b + "newsgraph/sparql"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(b + "newsgraph/update"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
            assertNull(update.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                    "a web page of another site never writes");
        } finally {
            cors.stop();
        }
    }

    // ---- the editor's files -----------------------------------------------------------------

    @Test
    void theEditorIsServedFromTheJar() throws Exception {
        HttpResponse<String> mode = get(base + "ui/vendor/codemirror/mode/sparql/sparql.js", null);
        assertEquals(200, mode.statusCode());
        assertTrue(mode.body().contains("defineMode(\"sparql\""), "CodeMirror's SPARQL mode");
        assertEquals(404, get(base + "ui/vendor/codemirror/mode/python/python.js", null).statusCode());
        assertEquals(404, get(base + "ui/vendor/codemirror/../../../etc/passwd", null).statusCode());
        String page = get(base, "text/html").body();
        assertTrue(page.contains("ui/vendor/codemirror/lib/codemirror.js"));
        assertFalse(page.contains("//cdn") || page.contains("https://unpkg") || page.contains("jsdelivr"), "no CDN");
    }
}

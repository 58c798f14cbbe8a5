package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.browser.ServedFixture;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.QueryAdmission;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/**
 * Dereferencing over HTTP, on the corpus fixture: the content-negotiation matrix (a data IRI
 * and the ontology × HTML, Turtle, JSON-LD, N-Triples, RDF/XML), each RDF answer read by
 * Jena and by parsers that are not Jena (rapper for Turtle, N-Triples and RDF/XML, rdflib for
 * all four; each skipped when not installed), and the facts the answers must carry.
 */
class LinkedDataTest {

    static final String KISLYAK = "https://w3id.org/newsgraph/id/entity/corpus/kislyak";
    static final String SCHEMA_NAME = "https://schema.org/name";
    static final String SOURCE_CLASS = "https://w3id.org/newsgraph/ontology#Source";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    static ServedFixture site;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        site = ServedFixture.start("corpus");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "id/entity/corpus/kislyak, text/turtle, TURTLE, turtle",
        "id/entity/corpus/kislyak, application/ld+json, JSONLD, json-ld",
        "id/entity/corpus/kislyak, application/n-triples, NTRIPLES, nt",
        "id/entity/corpus/kislyak, application/rdf+xml, RDFXML, xml",
        "ontology, text/turtle, TURTLE, turtle",
        "ontology, application/ld+json, JSONLD, json-ld",
        "ontology, application/n-triples, NTRIPLES, nt",
        "ontology, application/rdf+xml, RDFXML, xml",
        "ontology/0.1.0, text/turtle, TURTLE, turtle",
    })
    void rdfByNegotiationReadByJenaRapperAndRdflib(String path, String accept, String lang, String rdflibFormat)
            throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(200, r.statusCode(), path + " " + accept);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        assertTrue(r.headers().allValues("Vary").toString().contains("Accept"));
        boolean ontology = path.startsWith("ontology");
        String subject = ontology ? SOURCE_CLASS : KISLYAK;
        String predicate = ontology ? RDFS_LABEL : SCHEMA_NAME;
        String object = ontology ? "source" : "Sergey Kislyak";

        Lang jenaLang = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        Graph g = RDFParser.fromString(r.body(), jenaLang).toGraph();
        assertTrue(g.find(NodeFactory.createURI(subject), NodeFactory.createURI(predicate), null).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().equals(object)), "Jena reads " + subject);

        Path file = tmp.resolve("answer");
        Files.writeString(file, r.body());
        String line = "<" + subject + "> <" + predicate + "> \"" + object + "\"";
        if (!lang.equals("JSONLD") && available("rapper")) {
            String raptor = switch (lang) {
                case "TURTLE" -> "turtle";
                case "NTRIPLES" -> "ntriples";
                default -> "rdfxml";
            };
            String nt = run(List.of("rapper", "-q", "-i", raptor, "-o", "ntriples", file.toString(), "http://example.org/"));
            assertTrue(nt.contains(line), "rapper reads " + line);
        }
        if (python()) {
            String nt = run(List.of("/usr/bin/python3", "-c", "import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2]); "
                    + "sys.stdout.write(g.serialize(format='nt'))", file.toString(), rdflibFormat));
            assertTrue(nt.contains(line), "rdflib reads " + line);
        }
    }

    static boolean available(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    static boolean python() {
        try {
            run(List.of("/usr/bin/python3", "-c", "import rdflib"));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} as HTML")
    @CsvSource({
        "id/entity/corpus/kislyak, Sergey Kislyak",
        "ontology, anonymous source",
        "ontology/event-type/meeting, meeting",
        "articles/cnn-2019-09-09-russia-extraction, US extracted top spy from inside Russia in 2017",
        "timeline, Trump meets Lavrov and Kislyak in the Oval Office",
        "articles, US extracted top spy from inside Russia in 2017",
    })
    void htmlForABrowser(String path, String text) throws Exception {
        HttpResponse<String> r = get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains(text), path + " shows " + text);
    }

    @Test
    void curlWithoutAcceptGetsTurtleAndFormatOverrides() throws Exception {
        HttpResponse<String> r = get("id/entity/corpus/kislyak", "*/*");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> nt = get("id/entity/corpus/kislyak?format=nt", "text/html");
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertTrue(r.headers().firstValue("Link").orElse("").contains("rel=\"alternate\""));
    }

    @Test
    void descriptionHasIncomingLinksAndTheArticleDocumentDescribesItsSpans() throws Exception {
        String nt = get("id/entity/corpus/kislyak", "application/n-triples").body();
        assertTrue(nt.contains("<https://w3id.org/newsgraph/id/event/cnn-2019-09-09-russia-extraction/may-meeting> "
                + "<http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> <" + KISLYAK + ">"), "incoming sem:hasActor");
        String article = get("id/article/cnn-2019-09-09-russia-extraction", "application/n-triples").body();
        assertTrue(article.contains("<https://w3id.org/newsgraph/id/article/cnn-2019-09-09-russia-extraction#char=778,792> "
                + "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"Sergey Kislyak\""),
                "the span of Kislyak's mention, a hash IRI of the article's document");
    }

    @Test
    void entityPageShowsTheRoleAtTheMeetingAndTheSentence() throws Exception {
        String html = get("id/entity/corpus/kislyak", "text/html").body();
        assertTrue(html.contains("Trump meets Lavrov and Kislyak in the Oval Office (May 2017)"));
        assertTrue(html.contains("Russian Ambassador to the US"));
        assertTrue(html.contains("then-Russian Ambassador to the US <mark>Sergey Kislyak</mark>."), "the sentence, the span marked");
        assertTrue(html.contains("href=\"/id/event/cnn-2019-09-09-russia-extraction/may-meeting\""), "links stay on this server");
    }

    @Test
    void unknownIrisAreNotFound() throws Exception {
        assertEquals(404, get("id/entity/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, get("id/entity/nobody-at-all", "text/html").statusCode());
        assertEquals(404, get("articles/no-such-article", "text/html").statusCode());
        assertEquals(404, get("timeline?article=zzz", "text/html").statusCode(), "an unknown article's timeline");
        assertEquals(404, get("timeline?article=Not%20A%20Slug", "text/html").statusCode(), "a malformed slug");
        HttpResponse<String> one = get("timeline?article=cnn-2019-09-09-russia-extraction", "text/html");
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("Trump meets Lavrov and Kislyak in the Oval Office"), "a known article's timeline");
        assertEquals(404, get("ontology/event-type/no-such-type", "text/turtle").statusCode());
        assertEquals(400, get("id/entity/corpus/kislyak?format=xls", null).statusCode());
    }

    @Test
    void ontologyPageDocumentsDomainsRangesAlignmentsAndSchemes() throws Exception {
        String html = get("ontology", "text/html").body();
        int speaker = html.indexOf("<div class=\"term\" id=\"speaker\">");
        assertTrue(speaker > 0, "ng:speaker has its anchor, so its hash IRI opens its section");
        String section = html.substring(speaker, html.indexOf("</div>", speaker));
        assertTrue(section.contains("<dt>Domain</dt><dd><a href=\"#Statement\""), section);
        assertTrue(section.contains("<dt>Range</dt><dd><a href=\"#Source\""), section);
        assertTrue(section.contains("rdfs:subPropertyOf</dt><dd><a href=\"http://www.w3.org/ns/prov#wasAssociatedWith\""), section);
        assertTrue(html.contains("href=\"/ontology/event-type/meeting\""), "the event types' scheme lists its concepts");
        assertTrue(html.contains("https://w3id.org/newsgraph/ontology/0.1.0"), "the version IRI");
    }

    @Test
    void aConfiguredBaseIsServedUnderId() throws Exception {
        String base = "https://example.org/news/";
        try (Store store = Store.inMemory()) {
            store.replace(new Fingerprint("base"),
                    Build.build(ServedFixture.RESOURCES.resolve("seed"), base));
            ServerSettings settings = ServerSettings.defaults().withPort(0);
            QueryAdmission admission = new QueryAdmission(settings);
            FusekiServer server = NewsgraphServer.build(store.dataset(), settings,
                    Catalogue.fromClasspath(), base, admission);
            server.start();
            try {
                String root = "http://127.0.0.1:" + server.getHttpPort() + "/";
                HttpResponse<String> ttl = HTTP.send(HttpRequest.newBuilder(URI.create(root + "id/entity/Q22686"))
                        .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ttl.statusCode());
                assertTrue(ttl.body().contains("<https://example.org/news/entity/Q22686> <https://schema.org/name> \"Donald Trump\""),
                        "the RDF keeps the published IRIs");
                HttpResponse<String> html = HTTP.send(HttpRequest.newBuilder(URI.create(root + "id/entity/Q22686"))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(html.body().contains("href=\"/id/event/cnn-2019-09-09-russia-extraction/may-meeting\""),
                        "the page links to this server");
                assertFalse(html.body().contains("href=\"https://example.org/news/"), "no link leaves this server");
            } finally {
                admission.shutdown();
                server.stop();
            }
        }
    }

    @Test
    void htmlIsEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", Html.esc("<script>alert('x')</script> & \""));
        String page = Html.page("<b>", "x", "", null);
        assertFalse(page.contains("<title><b>"));
    }

    @Test
    void publishedBaseMapsOntoThisServer() {
        Site s = new Site("https://example.org/data/");
        assertEquals("/id/entity/Q7747", s.href("https://example.org/data/entity/Q7747"));
        assertEquals("/articles/a-b#char=1,5", s.href("https://example.org/data/article/a-b#char=1,5"));
        assertEquals("/ontology#Source", s.href("https://w3id.org/newsgraph/ontology#Source"));
        assertEquals("https://schema.org/Person", s.href("https://schema.org/Person"));
    }

    @ParameterizedTest(name = "{0}: Accept {1}")
    @CsvSource(delimiter = '|', value = {
        "id/entity/corpus/kislyak | text/turtle;q=0, application/n-triples | application/n-triples",
        "id/entity/corpus/kislyak | application/* | application/ld+json",
        "id/entity/corpus/kislyak | text/html;q=0, */* | text/turtle",
        "id/entity/corpus/kislyak | application/ld+json, */* | application/ld+json",
        "id/entity/corpus/kislyak | */* | text/turtle",
        "id/entity/corpus/kislyak | | text/turtle",
        "ontology | text/turtle;q=0, application/n-triples | application/n-triples",
        "ontology | application/* | application/ld+json",
        "ontology | */* | text/turtle",
        "ontology | | text/turtle",
        ".well-known/void | text/turtle;q=0, application/n-triples | application/n-triples",
        ".well-known/void | application/* | application/ld+json",
        ".well-known/void | */* | text/turtle",
        ".well-known/void | | text/turtle",
    })
    void negotiationHonoursQualitiesAndWildcards(String path, String accept, String expected) throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(200, r.statusCode(), path + " " + accept);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expected),
                path + " " + accept + ": " + r.headers().firstValue("Content-Type"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"id/entity/corpus/kislyak", "ontology", "ontology/event-type/meeting", ".well-known/void"})
    void nothingAcceptableIs406AndAnUnknownFormat400(String path) throws Exception {
        for (String accept : List.of("image/png", "text/turtle;q=0", "text/html;q=0, application/*;q=0, text/*;q=0")) {
            HttpResponse<String> r = get(path, accept);
            assertEquals(406, r.statusCode(), path + " " + accept);
            assertTrue(r.body().contains("text/turtle") && r.body().contains("application/ld+json"), r.body());
            assertTrue(r.body().length() < 200, r.body());
        }
        HttpResponse<String> bogus = get(path + "?format=bogus", null);
        assertEquals(400, bogus.statusCode(), path);
        assertTrue(bogus.body().contains("ttl"), bogus.body());
        HttpResponse<String> nt = get(path + "?format=nt", "text/html");
        assertEquals(200, nt.statusCode(), path);
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"), path);
    }

    @Test
    void acceptIsReadAsItsRangesAndQualities() {
        assertEquals(Negotiation.TURTLE, Negotiation.mediaType((String) null));
        assertEquals(Negotiation.TURTLE, Negotiation.mediaType("*/*"));
        assertEquals(Negotiation.HTML, Negotiation.mediaType("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
        assertEquals(Negotiation.JSONLD, Negotiation.mediaType("application/*"));
        assertEquals(Negotiation.NTRIPLES, Negotiation.mediaType("TEXT/PLAIN"));
        assertEquals(Negotiation.RDFXML, Negotiation.mediaType("application/rdf+xml;q=0.5, text/turtle;q=0.4"));
        assertEquals(null, Negotiation.mediaType("text/turtle;q=0"));
        assertEquals(null, Negotiation.mediaType("image/*"));
        assertEquals(Negotiation.HTML, Negotiation.mediaType("text/*;q=0.5, text/html"));
    }
}

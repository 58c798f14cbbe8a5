package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.QueryAdmission;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/** Labels, literals and texts that look like HTML come out as text, never as markup. */
class HostileLabelsTest {

    static final String EVIL = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    @Test
    void resourcePageEscapesLabelsAndLiterals() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <https://schema.org/>
                GRAPH <https://w3id.org/newsgraph/id/graph/article/x> {
                  <https://w3id.org/newsgraph/id/entity/x/evil> a schema:Person ;
                      rdfs:label "%1$s" ; schema:description "%1$s" ;
                      schema:knows <https://w3id.org/newsgraph/id/entity/x/other> .
                  <https://w3id.org/newsgraph/id/entity/x/other> schema:name "%1$s" .
                }
                """.formatted(EVIL.replace("\"", "\\\"")), Lang.TRIG).parse(ds);
        try (Store store = Store.inMemory()) {
            store.replace(new Fingerprint("hostile"), ds);
            Sparql sparql = new Sparql(store.dataset(), 10_000);
            String html = new ResourcePage(new Site(Build.DEFAULT_BASE), sparql)
                    .render(NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/x/evil"));
            assertFalse(html.contains("<script>"), html);
            assertFalse(html.contains("<img"), html);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), html);
        }
    }

    @Test
    void articleTextAndSpanLabelsAreEscaped() {
        String text = "Before " + EVIL + " after.";
        Node x = NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/x/evil");
        ArticleView view = new ArticleView(new Site(Build.DEFAULT_BASE), null);
        ArticleView.Span span = new ArticleView.Span(x, 7, 7 + EVIL.length(), "entity", false, EVIL);
        String html = view.annotated(text, List.of(span), Map.of(x, EVIL));
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        // Without the text (a text policy left it out), the span's words are listed, escaped too.
        String withheld = view.withheld(List.of(span), Map.of(x, EVIL));
        assertFalse(withheld.contains("<script>"), withheld);
        assertFalse(withheld.contains("<img"), withheld);
        assertTrue(html.contains("class=\"m k-entity\""), html);
    }

    @Test
    void onlyHttpIrisAndOurPathsBecomeLinks() {
        assertTrue(Html.safeHref("/id/entity/x"));
        assertTrue(Html.safeHref("https://schema.org/Person"));
        assertTrue(Html.safeHref("HTTP://example.org/"));
        assertTrue(Html.safeHref("#Source"));
        for (String bad : new String[] {"javascript:alert(3)", "JavaScript:alert(3)", " javascript:alert(3)",
            "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/", "/\\evil.example/",
            "http:\\evil", "urn:x:y", "", null}) {
            assertFalse(Html.safeHref(bad), String.valueOf(bad));
        }
        Site site = new Site(Build.DEFAULT_BASE);
        assertEquals(null, site.href("javascript:alert(3)"));
        assertEquals("<span class=\"nolink\" title=\"javascript:alert(3)\">x</span>",
                Html.a(site.href("javascript:alert(3)"), "x", "javascript:alert(3)"));
    }

    /** A data IRI such as {@code javascript:alert(3)}, as a value or as a linking subject, is shown as text, never as a link. */
    @Test
    void iriValuesWithOtherSchemesAreNeverLinks() throws Exception {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <https://schema.org/>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                GRAPH <https://w3id.org/newsgraph/id/graph/article/x> {
                  <https://w3id.org/newsgraph/id/graph/article/x> prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/x> .
                  <https://w3id.org/newsgraph/id/article/x> a schema:NewsArticle ; schema:headline "x" .
                  <https://w3id.org/newsgraph/id/entity/corpus/kislyak> a schema:Person, <javascript:alert(5)> ; rdfs:label "Kislyak" ;
                      <http://ex.org/p> <javascript:alert(3)>, <data:text/html,alert(7)> ;
                      <javascript:alert(8)> "v" .
                  <javascript:alert(4)> <http://ex.org/q> <https://w3id.org/newsgraph/id/entity/corpus/kislyak> .
                  <javascript:alert(6)> a sem:Event ; rdfs:label "evil event" .
                }
                """, Lang.TRIG).parse(ds);
        try (Store store = Store.inMemory()) {
            store.replace(new Fingerprint("hostile-iris"), ds);
            ServerSettings settings = ServerSettings.defaults().withPort(0).withHost("127.0.0.1");
            QueryAdmission admission = new QueryAdmission(settings);
            FusekiServer server = NewsgraphServer.build(store.dataset(), settings, Catalogue.fromClasspath(),
                    Build.DEFAULT_BASE, admission);
            server.start();
            try {
                String root = "http://127.0.0.1:" + server.getHttpPort() + "/";
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (String path : List.of("id/entity/corpus/kislyak", "timeline", "timeline?article=x")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + path))
                            .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), path);
                    String html = r.body().toLowerCase(java.util.Locale.ROOT);
                    assertFalse(html.contains("href=\"javascript:"), path + ": " + html);
                    assertFalse(html.contains("href=\"data:text"), path + ": " + html);
                    assertFalse(html.contains("href=\"/id/javascript"), path);
                }
                String page = http.send(HttpRequest.newBuilder(URI.create(root + "id/entity/corpus/kislyak"))
                        .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(page.contains(">javascript:alert(3)</span>"), "the value is shown, as text");
                assertTrue(page.contains(">javascript:alert(4)</span>"), "the linking subject is shown, as text");
                assertTrue(page.contains("href=\"https://schema.org/Person\""), "http IRIs stay links");
            } finally {
                admission.shutdown();
                server.stop();
            }
        }
    }
}

package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/** The article view when the text policy leaves the text out: the spans in order, never a 404, never the text. */
class ArticleViewTextPolicyTest {
    /** The text's first paragraph and the start of the second: no span covers that much. */
    static final String PASSAGE = "inside the Russian government, multiple Trump administration officials with direct"
            + " knowledge told CNN.\n\nA person directly involved";
    /** Words that a span covers. */
    static final String SPAN_WORDS = "The decision to carry out the extraction occurred soon after a May 2017 meeting";

    @ParameterizedTest
    @EnumSource(value = TextPolicy.class, names = {"EXCERPTS", "NONE"})
    void theArticlePageListsTheSpansWithoutTheText(TextPolicy policy) throws Exception {
        DatasetGraph built = policy.apply(Build.build(Path.of("src", "test", "resources", "seed"), Build.DEFAULT_BASE));
        try (Store store = Store.inMemory()) {
            store.replace(new Fingerprint("text-" + policy), built);
            FusekiServer server = NewsgraphServer.build(store.dataset(), ServerSettings.defaults().withPort(0),
                    Catalogue.fromClasspath());
            server.start();
            try {
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.getHttpPort() + "/articles/cnn-2019-09-09-russia-extraction"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode(), page.body());
                String html = page.body();
                assertTrue(html.contains("not served here"), html);
                assertFalse(html.contains(PASSAGE), "the text is left out");
                assertEquals(policy == TextPolicy.EXCERPTS, html.contains(SPAN_WORDS), "span words only under excerpts");
                // Kislyak's mention is listed by its offsets (778-792), linked to his page.
                assertTrue(html.contains("id=\"char=778,792\""), html);
                assertEquals(policy == TextPolicy.EXCERPTS, html.contains("\u201cSergey Kislyak\u201d"),
                        "the words of a span are shown only where the policy keeps them");
            } finally {
                server.stop();
            }
        }
    }
}

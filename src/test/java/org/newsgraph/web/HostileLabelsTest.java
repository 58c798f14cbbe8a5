package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.mapping.Build;
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
}

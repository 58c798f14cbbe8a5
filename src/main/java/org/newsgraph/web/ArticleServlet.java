package org.newsgraph.web;

import static org.newsgraph.web.Html.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /articles}: the articles of the graph; {@code /articles/SLUG}: the article view
 * ({@link ArticleView}).
 */
final class ArticleServlet extends HttpServlet {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    static final String LIST = """
            SELECT ?a ?headline ?date ?publisher ?label ?digest WHERE {
              ?a a schema:NewsArticle .
              OPTIONAL { ?a schema:headline ?headline }
              OPTIONAL { ?a schema:datePublished ?date }
              OPTIONAL { ?a schema:publisher ?publisher }
              OPTIONAL { ?a rdfs:label ?label }
            } ORDER BY ?date ?a LIMIT 1000
            """;

    private final Site site;
    private final Sparql sparql;

    ArticleServlet(Site site, Sparql sparql) {
        this.site = site;
        this.sparql = sparql;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        try {
            if (path == null || path.equals("/")) {
                Pages.sendHtml(resp, list());
                return;
            }
            String slug = path.substring(1);
            if (!SLUG.matcher(slug).matches()) {
                Pages.notFound(resp, "No such article.");
                return;
            }
            Node article = NodeFactory.createURI(site.dataIri("article/" + slug));
            String html = new ArticleView(site, sparql).render(article, slug);
            if (html == null) {
                Pages.notFound(resp, "No article " + slug + " in the graph.");
                return;
            }
            Pages.sendHtml(resp, html);
        } catch (QueryCancelledException e) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The page took too long.");
        }
    }

    private String list() {
        List<Binding> rows = sparql.select(LIST, Map.of());
        java.util.Set<Node> pubs = new java.util.LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.get("publisher") != null) {
                pubs.add(r.get("publisher"));
            }
        });
        Map<Node, String> labels = sparql.labels(pubs);
        StringBuilder m = new StringBuilder("<h1>Articles</h1>\n<p class=\"lead\">Each article with every annotated span "
                + "highlighted, and who said what. The <a href=\"/timeline\">timeline</a> puts their events side by side.</p>\n"
                + "<ul class=\"cards articles\">\n");
        java.util.Set<Node> seen = new java.util.HashSet<>();
        for (Binding r : rows) {
            Node a = r.get("a");
            if (!seen.add(a) || !a.getURI().startsWith(site.base() + "article/")) {
                continue;
            }
            String slug = a.getURI().substring((site.base() + "article/").length());
            String title = Sparql.str(r, "headline") != null ? Sparql.str(r, "headline")
                    : Sparql.str(r, "label") != null ? Sparql.str(r, "label") : slug;
            m.append("<li><a class=\"article-link\" href=\"/articles/").append(esc(slug)).append("\">").append(esc(title))
                    .append("</a><p class=\"muted\">");
            if (r.get("publisher") != null) {
                m.append(esc(labels.getOrDefault(r.get("publisher"), site.shortName(r.get("publisher").getURI()))))
                        .append(" · ");
            }
            if (Sparql.str(r, "date") != null) {
                m.append(esc(Sparql.str(r, "date"))).append(" · ");
            }
            m.append(Html.a(site.href(a.getURI()), "resource page", a.getURI())).append(" · ")
                    .append("<a href=\"/timeline?article=").append(esc(slug)).append("\">timeline</a></p></li>\n");
        }
        m.append("</ul>");
        return Html.page("Articles", "articles", m.toString(), null);
    }
}

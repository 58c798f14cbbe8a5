package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;

/** What the page servlets share: sending a page, a 404 page, prefixes, the stylesheet. */
public final class Pages {
    private Pages() {
    }

    static void sendHtml(HttpServletResponse resp, String html) throws IOException {
        resp.setContentType("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'");
        try (Writer w = resp.getWriter()) {
            w.write(html);
        }
    }

    static void notFound(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        sendHtml(resp, Html.page("Not found", "notfound", "<h1>Not found</h1><p>" + Html.esc(message) + "</p>", null));
    }

    /** Sets the usual prefixes (and {@code id:} for the base) on a graph to be written. */
    static void prefixes(Site site, Graph g) {
        for (Map.Entry<String, String> e : Site.PREFIXES.entrySet()) {
            g.getPrefixMapping().setNsPrefix(e.getKey(), e.getValue());
        }
        g.getPrefixMapping().setNsPrefix("id", site.base());
    }

    /** The pages' static files, {@code /pages/NAME} from the classpath folder {@code pages/}. */
    public static final class Assets extends HttpServlet {
        static final Map<String, String> FILES = Map.of("pages.css", "text/css");
        private final String siteJson;

        /** {@code /pages/site.json} tells the query page where the IRIs we mint are served. */
        Assets(Site site) {
            this.siteJson = "{\"base\": \"" + jsonEscape(site.base()) + "\", \"ontology\": \"" + Site.ONTOLOGY + "\"}\n";
        }

        private static String jsonEscape(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"");
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            if (name.equals("site.json")) {
                resp.setContentType("application/json");
                resp.setCharacterEncoding("UTF-8");
                resp.getWriter().write(siteJson);
                return;
            }
            String type = FILES.get(name);
            InputStream in = type == null ? null : Pages.class.getClassLoader().getResourceAsStream("pages/" + name);
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            try (in) {
                resp.setContentType(type);
                resp.setCharacterEncoding("UTF-8");
                resp.setHeader("Cache-Control", "no-cache");
                resp.setHeader("X-Content-Type-Options", "nosniff");
                in.transferTo(resp.getOutputStream());
            }
        }
    }
}

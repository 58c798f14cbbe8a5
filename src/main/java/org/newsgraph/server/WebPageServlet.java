package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The query page: the files of the classpath folder {@code web/}, {@code /} being
 * {@code web/index.html} and {@code /ui/NAME} being {@code web/NAME}. Only the files named
 * in {@link #FILES} are served; everything else is a 404.
 */
public class WebPageServlet extends HttpServlet {

    /** The assets, with their media types. */
    static final Map<String, String> FILES = Map.of(
            "index.html", "text/html",
            "app.js", "text/javascript",
            "results.js", "text/javascript",
            "style.css", "text/css");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String servletPath = req.getServletPath();
        String file;
        if ((servletPath == null || servletPath.isEmpty() || servletPath.equals("/")) && (path == null || path.equals("/"))) {
            file = "index.html";
        } else if (path != null && path.startsWith("/")) {
            file = path.substring(1);
        } else {
            file = null;
        }
        String type = file == null ? null : FILES.get(file);
        if (type == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = WebPageServlet.class.getClassLoader().getResourceAsStream("web/" + file)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(type);
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}

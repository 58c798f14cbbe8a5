package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@value #PATH}: the front-end libraries of the query page, served from their WebJars on the
 * classpath (no CDN, works offline): {@code /ui/vendor/codemirror/FILE} is the CodeMirror 5
 * WebJar's {@code FILE}. Only the files in {@link #FILES} are served; anything else is a 404.
 */
public final class WebVendorServlet extends HttpServlet {

    public static final String PATH = "/ui/vendor/*";

    /** The files served, under {@code codemirror/}, with their media types. */
    static final Map<String, String> FILES = Map.of(
            "lib/codemirror.js", "text/javascript",
            "lib/codemirror.css", "text/css",
            "mode/sparql/sparql.js", "text/javascript",
            "addon/hint/show-hint.js", "text/javascript",
            "addon/hint/show-hint.css", "text/css",
            "addon/edit/matchbrackets.js", "text/javascript",
            "LICENSE", "text/plain");

    /** The CodeMirror version on the classpath, read from its WebJar's Maven properties. */
    static final String CODEMIRROR_VERSION = version("org.webjars.npm", "codemirror");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String prefix = "/codemirror/";
        String file = path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : null;
        String type = file == null ? null : FILES.get(file);
        String resource = "META-INF/resources/webjars/codemirror/" + CODEMIRROR_VERSION + "/" + file;
        try (InputStream in = type == null ? null : WebVendorServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(type);
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Cache-Control", "max-age=86400");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static String version(String group, String artifact) {
        String props = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebVendorServlet.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("missing on the classpath: " + props);
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

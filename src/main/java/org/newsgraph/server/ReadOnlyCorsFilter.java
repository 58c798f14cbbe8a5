package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Cross-origin reads ({@code serve --cors}): lets a web page of any site read the read-only
 * resources ({@link #PATHS}: SPARQL query, graph store read, prefixes, the dataset description,
 * the catalogue) with {@code GET}, {@code HEAD} and {@code POST} (a SPARQL query sent as a form
 * or as {@code application/sparql-query}). No credentials. Update and the read-write graph
 * store never get CORS headers, so a web page cannot write even when {@code --allow-update}
 * is on. Without {@code --cors} the filter is not installed and browsers keep the same-origin
 * rule.
 */
final class ReadOnlyCorsFilter implements Filter {

    /** The paths that answer cross-origin requests. */
    static final List<String> PATHS = List.of(NewsgraphServer.DATASET + "/sparql", NewsgraphServer.DATASET + "/get",
            NewsgraphServer.DATASET + "/prefixes", DatasetDescriptionServlet.PATH, CatalogueServlet.JSON_PATH,
            CatalogueServlet.BIND_PATH);

    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String HEADERS = "Accept, Content-Type, Accept-Language";
    static final String EXPOSED = "Content-Type, Content-Length, Retry-After, " + LimitedQueryProcessor.HEADER;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && req.getHeader("Origin") != null) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
            resp.addHeader("Vary", "Origin");
            if (req.getMethod().equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
                String method = req.getHeader("Access-Control-Request-Method");
                if (List.of("GET", "HEAD", "POST").contains(method.trim())) {
                    resp.setHeader("Access-Control-Allow-Methods", METHODS);
                    resp.setHeader("Access-Control-Allow-Headers", HEADERS);
                    resp.setHeader("Access-Control-Max-Age", "600");
                }
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

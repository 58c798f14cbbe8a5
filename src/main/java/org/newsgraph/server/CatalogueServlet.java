package org.newsgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.queries.CatalogueQuery;
import org.newsgraph.queries.QueryParameters;

/**
 * The catalogue of canned queries for the query page.
 * <ul>
 * <li>{@code GET /newsgraph-catalogue.json}: a JSON array, one object per query:
 *     {@code name, title, description, parameters: [{name, description, default}], example, output,
 *     query} ({@code default} is the RDF term bound when no value is given, or null; {@code output}
 *     describes the answer on the seed article in words, empty if the header has none).</li>
 * <li>{@code GET|POST /newsgraph-catalogue/bind?name=NAME&PARAM=VALUE...}: the query with its
 *     parameters bound (as {@code newsgraph query --param} binds them), as
 *     {@code application/sparql-query}; a parameter not given or given empty takes its
 *     default; {@code id:} in a value is the base IRI of the served data; 400 with a one-line
 *     message for an unknown query or parameter or a bad value.</li>
 * </ul>
 */
public class CatalogueServlet extends HttpServlet {

    public static final String JSON_PATH = "/newsgraph-catalogue.json";
    public static final String BIND_PATH = "/newsgraph-catalogue/bind";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Catalogue catalogue;
    private final boolean bind;
    private final String base;

    private CatalogueServlet(Catalogue catalogue, boolean bind, String base) {
        this.catalogue = catalogue;
        this.bind = bind;
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The servlet for {@link #JSON_PATH}. */
    public static CatalogueServlet listing(Catalogue catalogue) {
        return new CatalogueServlet(catalogue, false, Build.DEFAULT_BASE);
    }

    /** The servlet for {@link #BIND_PATH}; {@code base} is the base IRI of the data ({@code id:} in values). */
    public static CatalogueServlet binding(Catalogue catalogue, String base) {
        return new CatalogueServlet(catalogue, true, base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (bind) {
            bind(req, resp);
        } else {
            list(resp);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!bind) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        bind(req, resp);
    }

    private void list(HttpServletResponse resp) throws IOException {
        ArrayNode array = JSON.createArrayNode();
        for (CatalogueQuery q : catalogue.queries()) {
            ObjectNode o = array.addObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            ArrayNode params = o.putArray("parameters");
            q.parameters().forEach(p -> params.addObject().put("name", p.name()).put("description", p.description())
                    .put("default", p.defaultValue()));
            o.put("example", q.example());
            o.put("output", q.output());
            o.put("query", q.text());
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(array));
    }

    private void bind(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        CatalogueQuery q = name == null ? null : catalogue.find(name).orElse(null);
        if (q == null) {
            badRequest(resp, "no catalogue query named '" + name + "'");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (!e.getKey().equals("name") && e.getValue().length > 0 && !e.getValue()[0].isBlank()) {
                params.put(e.getKey(), e.getValue()[0]);
            }
        }
        Query bound;
        try {
            bound = QueryParameters.bind(q, params, base);
        } catch (IllegalArgumentException | QueryParseException e) {
            badRequest(resp, e.getMessage());
            return;
        }
        resp.setContentType("application/sparql-query");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(bound.serialize().getBytes(StandardCharsets.UTF_8));
    }

    private static void badRequest(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}

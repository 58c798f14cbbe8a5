package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.newsgraph.export.Exporter;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Content negotiation for the server's own RDF documents (the dataset description, the service
 * description): Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept}, or an HTML page for a
 * browser. Turtle when the client states no preference ({@code *}{@code /*} or no header).
 */
final class RdfAnswer {
    private RdfAnswer() {
    }

    static final String HTML = "text/html";
    static final String TURTLE = "text/turtle";

    /** The RDF media types offered, in order of preference, with their writers. */
    static final Map<String, RDFFormat> FORMATS = Map.of(
            TURTLE, RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD11_PRETTY,
            "application/n-triples", RDFFormat.NTRIPLES,
            "application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    private static final AcceptList OFFER = AcceptList.create(TURTLE, HTML, "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    /** The media type to answer with, or null when none of the offered types is acceptable (406). */
    static String choose(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return TURTLE;
        }
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return TURTLE;
        }
        return m == null ? null : m.getContentTypeStr();
    }

    /** Writes the graph in the chosen RDF type (not HTML); blank nodes labelled canonically. */
    static void write(HttpServletResponse resp, Graph graph, String type) throws IOException {
        Graph canonical = Exporter.canonical(DatasetGraphFactory.wrap(graph)).getDefaultGraph();
        canonical.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(canonical).format(FORMATS.get(type)).output(out);
        resp.setContentType(type);
        if (!type.equals("application/rdf+xml")) {
            resp.setCharacterEncoding("UTF-8");
        }
        headers(resp);
        resp.getOutputStream().write(out.toByteArray());
    }

    static void writeHtml(HttpServletResponse resp, String html) throws IOException {
        resp.setContentType(HTML);
        resp.setCharacterEncoding("UTF-8");
        headers(resp);
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    static void notAcceptable(HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(("406 Not Acceptable: this document is offered as text/turtle, text/html,"
                + " application/ld+json, application/n-triples and application/rdf+xml\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void headers(HttpServletResponse resp) {
        resp.addHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** Text escaped for HTML element content and attribute values. */
    static String esc(String s) {
        return org.newsgraph.web.Html.esc(s);
    }

    /** The server's own base URL as the client addressed it, e.g. {@code http://127.0.0.1:3030/}. */
    static String serverBase(HttpServletRequest req) {
        StringBuilder b = new StringBuilder();
        b.append(req.getScheme()).append("://");
        String host = req.getServerName();
        b.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        int port = req.getServerPort();
        if (!(port == 80 && req.getScheme().equals("http") || port == 443 && req.getScheme().equals("https"))) {
            b.append(':').append(port);
        }
        return b.append('/').toString();
    }
}

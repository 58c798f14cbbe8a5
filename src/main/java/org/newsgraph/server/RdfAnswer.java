package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.newsgraph.export.Exporter;
import org.newsgraph.web.Negotiation;
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

    /**
     * The media type to answer with ({@link Negotiation}, as for the linked-data pages: Turtle
     * for no {@code Accept} or {@code *}{@code /*}, {@code q=0} honoured), or null when none of the
     * offered types is acceptable (406).
     */
    static String choose(HttpServletRequest req) {
        return Negotiation.mediaType(req);
    }

    /**
     * {@link #choose} after {@code ?format=ttl|html|jsonld|nt|rdf}, which wins; null, with a 400
     * (unknown format) or a 406 already sent, when there is nothing to answer with.
     */
    static String chooseOrRefuse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String key = req.getParameter("format");
        String type = key == null ? choose(req) : switch (key) {
            case "ttl" -> TURTLE;
            case "html" -> HTML;
            case "jsonld" -> "application/ld+json";
            case "nt" -> "application/n-triples";
            case "rdf" -> "application/rdf+xml";
            default -> "";
        };
        if ("".equals(type)) {
            Negotiation.badFormat(resp);
            return null;
        }
        if (type == null) {
            notAcceptable(resp);
        }
        return type;
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
        resp.addHeader("Vary", "Accept");
        Negotiation.notAcceptable(resp);
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

package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dereferences the IRIs we mint: {@code GET /id/REST} describes {@code BASE + REST}, and
 * {@code GET /ontology/SCHEME/CONCEPT} a concept of the SKOS schemes. Content negotiation on
 * {@code Accept} (or {@code ?format=html|ttl|jsonld|nt|rdf}, which wins): an HTML page for a
 * browser, else the {@link Description} as Turtle (also for {@code *}{@code /*}), JSON-LD,
 * N-Triples or RDF/XML. The answer is {@code 200} at the IRI itself (no 303 round trip), with
 * {@code Vary: Accept} and a {@code Link} header naming each format's URL; an IRI the graph
 * says nothing about is a 404.
 */
public final class ResourceServlet extends HttpServlet {

    /** The formats offered, in order of preference for {@code *}{@code /*}. */
    enum Format {
        TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
        HTML("html", "text/html", null),
        JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11),
        NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
        RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

        final String key;
        final String mediaType;
        final RDFFormat rdf;

        Format(String key, String mediaType, RDFFormat rdf) {
            this.key = key;
            this.mediaType = mediaType;
            this.rdf = rdf;
        }

        static Format byKey(String key) {
            for (Format f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }

        static Format byMediaType(String type) {
            for (Format f : values()) {
                if (f.mediaType.equals(type)) {
                    return f;
                }
            }
            return null;
        }
    }

    static final AcceptList OFFER = AcceptList.create("text/turtle", "text/html", "application/xhtml+xml",
            "application/ld+json", "application/n-triples", "application/rdf+xml", "text/plain",
            "application/json");

    private final Site site;
    private final DatasetGraph dataset;
    private final Sparql sparql;
    private final boolean ontologyConcepts;

    /** {@code ontologyConcepts}: serves {@code /ontology/*} rather than {@code /id/*}. */
    public ResourceServlet(Site site, DatasetGraph dataset, long timeoutMs, boolean ontologyConcepts) {
        this.site = site;
        this.dataset = dataset;
        this.sparql = new Sparql(dataset, timeoutMs);
        this.ontologyConcepts = ontologyConcepts;
    }

    /** The format a request asks for: {@code ?format=}, else {@code Accept}; null for an unknown {@code ?format}. */
    static Format choose(HttpServletRequest req) {
        String key = req.getParameter("format");
        if (key != null) {
            return Format.byKey(key);
        }
        MediaType m = ConNeg.chooseContentType(req, OFFER, MediaType.create("text/turtle"));
        String type = m.getContentTypeStr();
        if (type.equals("application/xhtml+xml")) {
            return Format.HTML;
        }
        if (type.equals("text/plain")) {
            return Format.NTRIPLES;
        }
        if (type.equals("application/json")) {
            return Format.JSONLD;
        }
        Format f = Format.byMediaType(type);
        return f == null ? Format.TURTLE : f;
    }

    /** The {@code Link} header value: the URL of the description in each format. */
    static String links(String path) {
        StringBuilder b = new StringBuilder();
        for (Format f : Format.values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('<').append(path).append("?format=").append(f.key).append(">; rel=\"alternate\"; type=\"")
                    .append(f.mediaType).append('"');
        }
        return b.toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (rest.isEmpty() || rest.contains("#") || rest.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>'
                || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`')) {
            Pages.notFound(resp, "No such resource.");
            return;
        }
        String iri = ontologyConcepts ? Site.ONTOLOGY + "/" + rest : site.dataIri(rest);
        Format format = choose(req);
        resp.setHeader("Vary", "Accept");
        String path = req.getRequestURI();
        resp.setHeader("Link", links(path));
        if (format == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be one of html, ttl, jsonld, nt, rdf");
            return;
        }
        Node r = NodeFactory.createURI(iri);
        try {
            if (format == Format.HTML) {
                String html = new ResourcePage(site, sparql).render(r);
                if (html == null) {
                    Pages.notFound(resp, "The graph says nothing about " + iri + ".");
                    return;
                }
                Pages.sendHtml(resp, html);
                return;
            }
            Graph g = Description.of(sparql, dataset, r);
            if (g.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "The graph says nothing about " + iri);
                return;
            }
            Pages.prefixes(site, g);
            resp.setContentType(format.mediaType);
            resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
            resp.setHeader("Content-Location", path + "?format=" + format.key);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = resp.getOutputStream()) {
                RDFWriter.source(g).format(format.rdf).output(out);
            }
        } catch (QueryCancelledException e) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The description took too long.");
        }
    }
}

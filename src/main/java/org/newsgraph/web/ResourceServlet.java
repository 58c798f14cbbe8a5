package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * {@code Accept} ({@link Negotiation}; or {@code ?format=html|ttl|jsonld|nt|rdf}, which wins,
 * an unknown one a 400): an HTML page for a browser, else the {@link Description} as Turtle
 * (also for {@code *}{@code /*} and no {@code Accept}), JSON-LD, N-Triples or RDF/XML; an
 * {@code Accept} that allows none of these is a 406. The answer is {@code 200} at the IRI itself (no 303 round trip), with
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

    /**
     * The format a request asks for: {@code ?format=}, else {@code Accept} ({@link Negotiation});
     * null, with a 400 (unknown {@code ?format=}) or a 406 (nothing acceptable) already sent.
     */
    static Format negotiate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String key = req.getParameter("format");
        if (key != null) {
            Format f = Format.byKey(key);
            if (f == null) {
                Negotiation.badFormat(resp);
            }
            return f;
        }
        String type = Negotiation.mediaType(req);
        if (type == null) {
            Negotiation.notAcceptable(resp);
            return null;
        }
        return Format.byMediaType(type);
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
        String path = req.getRequestURI();
        resp.setHeader("Link", links(path));
        Format format = negotiate(req, resp);
        if (format == null) {
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

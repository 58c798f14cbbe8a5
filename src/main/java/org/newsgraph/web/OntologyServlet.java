package org.newsgraph.web;

import static org.newsgraph.web.Html.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.mapping.OntologyFiles;

/**
 * The ontology at its namespace. {@code /ontology} (the ontology IRI; its terms are
 * {@code /ontology#Term}) and {@code /ontology/VERSION} (its {@code owl:versionIRI}) answer
 * with the documentation generated from the ontology's own labels, comments, domains, ranges
 * and alignments and from its SKOS schemes (HTML, made once when the server starts), or with
 * the ontology and schemes as RDF by content negotiation. Other paths under
 * {@code /ontology/} are the schemes' concepts, described from the served graph.
 */
public final class OntologyServlet extends HttpServlet {

    private static final Set<String> ALIGNMENTS = Set.of(RDFS.subClassOf.getURI(), RDFS.subPropertyOf.getURI(),
            OWL.equivalentClass.getURI(), OWL.equivalentProperty.getURI(), OWL.inverseOf.getURI(),
            SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI(), SKOS.broadMatch.getURI(), SKOS.narrowMatch.getURI(),
            SKOS.relatedMatch.getURI(), RDFS.seeAlso.getURI());

    private final Site site;
    private final ResourceServlet concepts;
    private final Model model;
    private final String versionPath;
    private final String html;

    OntologyServlet(Site site, ResourceServlet concepts) {
        this.site = site;
        this.concepts = concepts;
        this.model = ModelFactory.createDefaultModel().add(OntologyFiles.ontology());
        Resource onto = model.createResource(Site.ONTOLOGY);
        Statement v = onto.getProperty(OWL2_VERSION_IRI);
        String version = v == null ? null : v.getResource().getURI();
        this.versionPath = version != null && version.startsWith(Site.ONTOLOGY + "/")
                ? version.substring(Site.ONTOLOGY.length()) : null;
        Pages.prefixes(site, model.getGraph());
        this.html = render();
    }

    private static final Property OWL2_VERSION_IRI = OWL.versionIRI;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path != null && !path.equals("/") && !path.equals(versionPath)) {
            concepts.doGet(req, resp);
            return;
        }
        resp.setHeader("Link", ResourceServlet.links(req.getRequestURI()));
        ResourceServlet.Format format = ResourceServlet.negotiate(req, resp);
        if (format == null) {
            return;
        }
        if (format == ResourceServlet.Format.HTML) {
            Pages.sendHtml(resp, html);
            return;
        }
        resp.setContentType(format.mediaType);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter.source(model).format(format.rdf).output(out);
        }
    }

    private String str(Resource r, Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null) {
            s = r.getProperty(p);
        }
        return s == null ? null : s.getObject().isLiteral() ? s.getString() : s.getObject().toString();
    }

    private String local(Resource r) {
        String iri = r.getURI();
        return iri.startsWith(Site.ONTOLOGY + "#") ? iri.substring(Site.ONTOLOGY.length() + 1) : site.shortName(iri);
    }

    private String ref(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String text = iri.startsWith(Site.ONTOLOGY + "#") ? "ng:" + local(n.asResource()) : site.shortName(iri);
            String href = iri.startsWith(Site.ONTOLOGY + "#") ? "#" + local(n.asResource()) : site.href(iri);
            return Html.a(href, text, iri);
        }
        if (n.isLiteral()) {
            return esc(((Literal) n).getLexicalForm());
        }
        return "<span class=\"muted\">(an expression)</span>";
    }

    private List<Resource> terms(Resource type) {
        List<Resource> out = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Site.ONTOLOGY + "#")) {
                out.add(r);
            }
        });
        out.sort(Comparator.comparing(r -> local(r).toLowerCase(Locale.ROOT)));
        return out;
    }

    private String render() {
        Resource onto = model.createResource(Site.ONTOLOGY);
        StringBuilder m = new StringBuilder();
        String title = str(onto, DCTerms.title);
        m.append("<article class=\"ontology\"><p class=\"kicker\">OWL ontology</p><h1>")
                .append(esc(title == null ? "newsgraph ontology" : title)).append("</h1>\n");
        String description = str(onto, DCTerms.description);
        if (description != null) {
            m.append("<p class=\"lead\">").append(esc(description)).append("</p>\n");
        }
        m.append("<dl class=\"meta\"><dt>IRI</dt><dd><code>").append(esc(Site.ONTOLOGY)).append("</code></dd>")
                .append("<dt>Namespace</dt><dd><code>ng:</code> <code>").append(esc(Site.ONTOLOGY)).append("#</code></dd>");
        Statement version = onto.getProperty(OWL.versionIRI);
        if (version != null) {
            m.append("<dt>This version</dt><dd>").append(ref(version.getObject())).append(" (")
                    .append(esc(str(onto, OWL.versionInfo))).append(")</dd>");
        }
        Statement licence = onto.getProperty(DCTerms.license);
        if (licence != null) {
            m.append("<dt>Licence</dt><dd>").append(ref(licence.getObject())).append("</dd>");
        }
        m.append("<dt>Download</dt><dd>").append(Html.a("/ontology?format=ttl", "Turtle", null)).append(" · ")
                .append(Html.a("/ontology?format=jsonld", "JSON-LD", null)).append(" · ")
                .append(Html.a("/ontology?format=rdf", "RDF/XML", null)).append(" · ")
                .append(Html.a("/ontology?format=nt", "N-Triples", null)).append("</dd></dl>\n");

        List<Resource> classes = terms(OWL.Class);
        List<Resource> objectProps = terms(OWL.ObjectProperty);
        List<Resource> dataProps = terms(OWL.DatatypeProperty);
        List<Resource> schemes = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
        schemes.sort(Comparator.comparing(r -> String.valueOf(str(r, SKOS.prefLabel))));
        m.append("<nav class=\"toc\" aria-label=\"Contents\"><a href=\"#classes\">Classes (").append(classes.size())
                .append(")</a> <a href=\"#object-properties\">Object properties (").append(objectProps.size())
                .append(")</a> <a href=\"#datatype-properties\">Datatype properties (").append(dataProps.size())
                .append(")</a> <a href=\"#schemes\">SKOS schemes (").append(schemes.size()).append(")</a></nav>\n");
        section(m, "classes", "Classes", classes, false);
        section(m, "object-properties", "Object properties", objectProps, true);
        section(m, "datatype-properties", "Datatype properties", dataProps, true);
        m.append("<section id=\"schemes\"><h2>SKOS schemes</h2>\n");
        for (Resource scheme : schemes) {
            scheme(m, scheme);
        }
        m.append("</section></article>");
        return Html.page(title == null ? "Ontology" : title, "ontology", m.toString(),
                "<link rel=\"alternate\" type=\"text/turtle\" href=\"/ontology?format=ttl\">\n");
    }

    private void section(StringBuilder m, String id, String heading, List<Resource> terms, boolean property) {
        m.append("<section id=\"").append(id).append("\"><h2>").append(heading).append("</h2>\n");
        for (Resource t : terms) {
            m.append("<div class=\"term\" id=\"").append(esc(local(t))).append("\"><h3><code>ng:")
                    .append(esc(local(t))).append("</code>");
            String label = str(t, RDFS.label);
            if (label != null) {
                m.append(" <span class=\"label\">").append(esc(label)).append("</span>");
            }
            m.append("</h3>");
            String comment = str(t, RDFS.comment);
            if (comment != null) {
                m.append("<p>").append(esc(comment)).append("</p>");
            }
            m.append("<dl class=\"props compact\">");
            if (property) {
                values(m, t, RDFS.domain, "Domain");
                values(m, t, RDFS.range, "Range");
            }
            List<Statement> aligned = new ArrayList<>();
            t.listProperties().forEachRemaining(s -> {
                if (ALIGNMENTS.contains(s.getPredicate().getURI())) {
                    aligned.add(s);
                }
            });
            aligned.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                    .thenComparing(s -> s.getObject().toString()));
            for (Statement s : aligned) {
                m.append("<dt>").append(esc(site.shortName(s.getPredicate().getURI()))).append("</dt><dd>")
                        .append(ref(s.getObject())).append("</dd>");
            }
            List<Resource> types = new ArrayList<>();
            t.listProperties(RDF.type).forEachRemaining(s -> {
                if (s.getObject().isURIResource() && !s.getObject().equals(OWL.Class)
                        && !s.getObject().equals(OWL.ObjectProperty) && !s.getObject().equals(OWL.DatatypeProperty)) {
                    types.add(s.getResource());
                }
            });
            for (Resource ty : types) {
                m.append("<dt>type</dt><dd>").append(ref(ty)).append("</dd>");
            }
            m.append("</dl></div>\n");
        }
        m.append("</section>\n");
    }

    private void values(StringBuilder m, Resource t, Property p, String name) {
        List<Statement> list = t.listProperties(p).toList();
        if (list.isEmpty()) {
            return;
        }
        m.append("<dt>").append(name).append("</dt><dd>");
        for (int i = 0; i < list.size(); i++) {
            m.append(i > 0 ? ", " : "").append(ref(list.get(i).getObject()));
        }
        m.append("</dd>");
    }

    private void scheme(StringBuilder m, Resource scheme) {
        m.append("<div class=\"term scheme\" id=\"").append(esc(local(scheme))).append("\"><h3>")
                .append(esc(String.valueOf(str(scheme, SKOS.prefLabel)))).append(" <code>ng:")
                .append(esc(local(scheme))).append("</code></h3>");
        String comment = str(scheme, RDFS.comment);
        if (comment != null) {
            m.append("<p>").append(esc(comment)).append("</p>");
        }
        List<Resource> concepts = new ArrayList<>(model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
        concepts.sort(Comparator.comparing(Resource::getURI));
        m.append("<div class=\"table-wrap\"><table class=\"concepts\"><thead><tr><th>Concept</th><th>Label</th><th>Definition</th></tr></thead><tbody>");
        for (Resource c : concepts) {
            String iri = c.getURI();
            String id = iri.substring(iri.lastIndexOf('/') + 1);
            m.append("<tr><td>").append(Html.a(site.href(iri), id, iri)).append("</td><td>")
                    .append(esc(str(c, SKOS.prefLabel))).append("</td><td>").append(esc(str(c, SKOS.definition)))
                    .append("</td></tr>");
        }
        m.append("</tbody></table></div></div>\n");
    }
}

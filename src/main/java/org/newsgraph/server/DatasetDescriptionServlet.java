package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.export.DatasetDescription;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.vocab.External.VOID;

/**
 * {@value #PATH}: the served dataset's description (VoID and DCAT 3, see
 * {@link DatasetDescription}), with this server's SPARQL endpoint and its read-only graph store
 * as the dump, by content negotiation: an HTML page for a browser, Turtle, JSON-LD, N-Triples or
 * RDF/XML for a client. The counts are read from the store once, at the first request.
 */
public final class DatasetDescriptionServlet extends HttpServlet {

    /** Where crawlers look for a VoID description (RFC 8615 well-known location, VoID section 7.2). */
    public static final String PATH = "/.well-known/void";

    private final transient DatasetGraph dataset;
    private final TextPolicy policy;
    private transient volatile DatasetDescription.Counts counts;

    DatasetDescriptionServlet(DatasetGraph dataset, TextPolicy policy) {
        this.dataset = dataset;
        this.policy = policy;
    }

    /** The description as served to a client that reached the server at {@code serverBase}. */
    Model description(String serverBase) {
        DatasetDescription.Counts c = counts;
        if (c == null) {
            c = DatasetDescription.counts(dataset);
            counts = c;
        }
        String endpoint = serverBase + NewsgraphServer.DATASET.substring(1) + "/sparql";
        String dump = serverBase + NewsgraphServer.DATASET.substring(1) + "/get?graph=union";
        return DatasetDescription.describe(c, policy, new DatasetDescription.Access(endpoint, List.of(
                new DatasetDescription.Dump(dump, "The union of all graphs, by the Graph Store Protocol (read only;"
                        + " Turtle, N-Triples, JSON-LD or RDF/XML by Accept)", "text/turtle", false, -1, null, true))));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = RdfAnswer.chooseOrRefuse(req, resp);
        if (type == null) {
            return;
        }
        Model m = description(RdfAnswer.serverBase(req));
        if (type.equals(RdfAnswer.HTML)) {
            RdfAnswer.writeHtml(resp, html(m));
        } else {
            RdfAnswer.write(resp, m.getGraph(), type);
        }
    }

    /** A readable page of the description: title, licence, access, and the subsets with their counts. */
    static String html(Model m) {
        Resource ds = m.listSubjectsWithProperty(VOID.subset).next();
        StringBuilder b = new StringBuilder();
        String title = str(ds, DCTerms.title, "dataset");
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>").append(RdfAnswer.esc(title)).append(" · dataset description</title>"
                + "<link rel=\"stylesheet\" href=\"/ui/style.css\">"
                + "<link rel=\"alternate\" type=\"text/turtle\" href=\"").append(PATH).append("\"></head>\n"
                + "<body class=\"doc\"><header><h1><a href=\"/\">newsgraph</a> <span>dataset description</span></h1></header>"
                + "<main class=\"doc\">\n<h2>").append(RdfAnswer.esc(title)).append("</h2>\n<p><code>")
                .append(RdfAnswer.esc(ds.getURI())).append("</code></p>\n");
        b.append("<p>").append(RdfAnswer.esc(str(ds, DCTerms.description, ""))).append("</p>\n");
        b.append("<dl>");
        dd(b, "Licence", link(ds.getPropertyResourceValue(DCTerms.license)));
        dd(b, "Rights", RdfAnswer.esc(str(ds, DCTerms.rights, "")));
        dd(b, "Triples", RdfAnswer.esc(str(ds, m.createProperty(VOID.NS, "triples"), "")));
        Resource endpoint = ds.getPropertyResourceValue(m.createProperty(VOID.NS, "sparqlEndpoint"));
        if (endpoint != null) {
            dd(b, "SPARQL endpoint", link(endpoint) + " (its service description is served there to a request"
                    + " without a query)");
        }
        for (RDFNode d : m.listObjectsOfProperty(ds, m.createProperty(VOID.NS, "dataDump")).toList()) {
            dd(b, "Data dump", link(d.asResource()));
        }
        b.append("</dl>\n<p>This description as <a href=\"").append(PATH).append("\" type=\"text/turtle\">Turtle</a>: "
                + "ask for <code>text/turtle</code>, <code>application/ld+json</code>, <code>application/n-triples</code>"
                + " or <code>application/rdf+xml</code>.</p>\n");
        b.append("<h3>Subsets</h3>\n<div class=\"table-wrap\"><table><thead><tr><th>graph</th><th>kind</th>"
                + "<th>derived from</th><th>triples</th></tr></thead><tbody>\n");
        List<Resource> subsets = m.listObjectsOfProperty(ds, VOID.subset).mapWith(RDFNode::asResource).toList()
                .stream().sorted((x, y) -> x.getURI().compareTo(y.getURI())).toList();
        for (Resource s : subsets) {
            Resource from = s.getPropertyResourceValue(m.createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom"));
            b.append("<tr><td><code>").append(RdfAnswer.esc(s.getURI())).append("</code></td><td>")
                    .append(s.hasProperty(RDF.type, VOID.Linkset) ? "linkset to Wikidata" : "graph")
                    .append("</td><td>").append(from == null ? "" : "<code>" + RdfAnswer.esc(from.getURI()) + "</code>")
                    .append("</td><td class=\"num\">")
                    .append(RdfAnswer.esc(str(s, m.createProperty(VOID.NS, "triples"), ""))).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n</main></body></html>\n");
        return b.toString();
    }

    private static void dd(StringBuilder b, String term, String html) {
        b.append("<dt>").append(RdfAnswer.esc(term)).append("</dt><dd>").append(html).append("</dd>");
    }

    private static String link(Resource r) {
        if (r == null || !r.isURIResource()) {
            return "";
        }
        String u = RdfAnswer.esc(r.getURI());
        return org.newsgraph.web.Html.safeHref(r.getURI()) ? "<a href=\"" + u + "\">" + u + "</a>" : "<code>" + u + "</code>";
    }

    private static String str(Resource r, org.apache.jena.rdf.model.Property p, String dflt) {
        Statement s = r.getProperty(p);
        return s == null ? dflt : s.getObject().isLiteral() ? s.getString() : s.getObject().toString();
    }

}

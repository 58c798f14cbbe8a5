package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.export.DatasetDescription;

/**
 * A SPARQL 1.1 Service Description at the endpoint's URL: a {@code GET} (or {@code HEAD}) of
 * {@code /newsgraph/sparql} without a {@code query} parameter is answered with the description
 * of the service (Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept}, HTML for a browser:
 * the Turtle in a page); every other request goes on to the endpoint unchanged.
 */
final class ServiceDescriptionFilter implements Filter {

    static final String SD = DatasetDescription.SD;
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final ServerSettings settings;
    private final DatasetDescriptionServlet datasetDescription;

    ServiceDescriptionFilter(ServerSettings settings, DatasetDescriptionServlet datasetDescription) {
        this.settings = settings;
        this.datasetDescription = datasetDescription;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && (req.getMethod().equals("GET") || req.getMethod().equals("HEAD"))
                && !hasQuery(req.getQueryString())) {
            String type = RdfAnswer.choose(req);
            if (type == null) {
                RdfAnswer.notAcceptable(resp);
                return;
            }
            String base = RdfAnswer.serverBase(req);
            Model sd = description(base, req.getRequestURL().toString());
            if (type.equals(RdfAnswer.HTML)) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                org.apache.jena.riot.RDFDataMgr.write(out, sd, org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
                RdfAnswer.writeHtml(resp, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>SPARQL service description</title><link rel=\"stylesheet\" href=\"/ui/style.css\">"
                        + "</head><body class=\"doc\"><main class=\"doc\"><h1>SPARQL endpoint</h1><p>This is the"
                        + " SPARQL 1.1 endpoint of <a href=\"/\">newsgraph</a> (send a <code>query</code>; the"
                        + " <a href=\"/\">query page</a> is easier). Its service description:</p><pre>"
                        + RdfAnswer.esc(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                        + "</pre></main></body></html>\n");
            } else {
                RdfAnswer.write(resp, sd.getGraph(), type);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasQuery(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String part : queryString.split("&")) {
            if (part.equals("query") || part.startsWith("query=")) {
                return true;
            }
        }
        return false;
    }

    /** The service description of the endpoint at {@code endpointUrl}. */
    Model description(String serverBase, String endpointUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", DatasetDescription.VOID_NS).setNsPrefix("formats", FORMATS)
                .setNsPrefix("dcterms", org.apache.jena.vocabulary.DCTerms.NS);
        Resource service = m.createResource(endpointUrl);
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(p(m, "endpoint"), service)
                .addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(org.apache.jena.vocabulary.DCTerms.description, "newsgraph: read-only SPARQL 1.1 query"
                        + " endpoint. Queries stop after " + settings.timeout().toMillis() + " ms and return at most "
                        + (settings.maxRows() == 0 ? "any number of" : Long.toString(settings.maxRows()))
                        + " rows; SERVICE is " + (settings.allowService() ? "allowed" : "refused") + ".");
        if (settings.allowService()) {
            service.addProperty(p(m, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        }
        if (settings.allowUpdate()) {
            service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Update"));
        }
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"}) {
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + f));
        }
        Model described = datasetDescription.description(serverBase);
        Resource ds = described.listSubjectsWithProperty(org.newsgraph.vocab.External.VOID.subset).next();
        Resource dflt = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(p(m, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addProperty(m.createProperty(DatasetDescription.VOID_NS, "triples"),
                                ds.getProperty(m.createProperty(DatasetDescription.VOID_NS, "triples")).getObject()))
                .addProperty(org.apache.jena.vocabulary.DCTerms.source, m.createResource(ds.getURI()))
                .addProperty(m.createProperty(DatasetDescription.VOID_NS, "inDataset"), m.createResource(ds.getURI()));
        service.addProperty(p(m, "defaultDataset"), dflt);
        m.createResource(ds.getURI()).addProperty(m.createProperty(DatasetDescription.VOID_NS, "sparqlEndpoint"), service)
                .addProperty(org.apache.jena.vocabulary.RDFS.seeAlso,
                        m.createResource(serverBase + DatasetDescriptionServlet.PATH.substring(1)));
        return m;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD, local);
    }
}

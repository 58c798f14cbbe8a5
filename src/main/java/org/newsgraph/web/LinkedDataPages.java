package org.newsgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linked-data pages of the server: {@code /id/*} (every data IRI, with content
 * negotiation), {@code /ontology} (the ontology's documentation, Turtle by negotiation) and
 * {@code /ontology/*} (its versions and SKOS concepts), {@code /articles} and
 * {@code /articles/SLUG} (the article view), {@code /timeline}, and {@code /pages/*} (their
 * stylesheet and script). Read only: fixed SPARQL queries with limits and a timeout.
 */
public final class LinkedDataPages {
    private LinkedDataPages() {
    }

    /** Adds the pages to a server being built over {@code dataset}, whose data IRIs live under {@code base}. */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, DatasetGraph dataset, String base,
            long timeoutMs) {
        Site site = new Site(base);
        Sparql sparql = new Sparql(dataset, timeoutMs);
        OntologyServlet ontology = new OntologyServlet(site, new ResourceServlet(site, dataset, timeoutMs, true));
        ArticleServlet articles = new ArticleServlet(site, sparql);
        return builder
                .addServlet("/id/*", new ResourceServlet(site, dataset, timeoutMs, false))
                .addServlet("/ontology", ontology)
                .addServlet("/ontology/*", ontology)
                .addServlet("/articles", articles)
                .addServlet("/articles/*", articles)
                .addServlet("/timeline", new TimelineServlet(site, sparql))
                .addServlet("/pages/*", new Pages.Assets(site));
    }
}

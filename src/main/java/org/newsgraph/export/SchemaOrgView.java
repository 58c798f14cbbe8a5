package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The schema.org projection of the graph (NewsArticle, Person, Organization, Place, Event,
 * Quotation, Claim) made by the CONSTRUCT query {@code views/schemaorg.rq} over the union of
 * all graphs. An export for web consumers; the SEM / GRaSP graph remains the source of truth.
 */
public final class SchemaOrgView {

    static final String QUERY = "views/schemaorg.rq";

    private SchemaOrgView() {
    }

    /** The view as a dataset with one (default) graph, ready for any export format. */
    public static DatasetGraph project(DatasetGraph dataset) {
        DatasetGraph union = DatasetGraphFactory.create(Exporter.union(dataset));
        Model view;
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(union)).query(query()).build()) {
            view = qe.execConstruct();
        }
        view.setNsPrefix("schema", "https://schema.org/");
        Graph g = view.getGraph();
        return DatasetGraphFactory.wrap(g);
    }

    private static String query() {
        try (InputStream in = SchemaOrgView.class.getClassLoader().getResourceAsStream(QUERY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + QUERY);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

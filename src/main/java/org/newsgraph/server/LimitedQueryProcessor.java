package org.newsgraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query processor with a cap on the number of results: a SELECT, CONSTRUCT
 * or DESCRIBE query without a LIMIT, or with a larger one, runs with {@code LIMIT maxRows}
 * (for CONSTRUCT and DESCRIBE the limit counts the solutions of the WHERE clause), and the
 * response then carries the header {@value #HEADER}{@code : maxRows}. Fuseki has no setting
 * for this, so it is done here, on the parsed query, before execution.
 */
public class LimitedQueryProcessor extends SPARQL_QueryDataset {

    /** Response header present when the cap was applied to the query. */
    public static final String HEADER = "Newsgraph-Result-Limit";

    private final long maxRows;

    /** @param maxRows the cap; 0 for none */
    public LimitedQueryProcessor(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        Query limited = limit(q, maxRows);
        if (limited != q) {
            action.setResponseHeader(HEADER, Long.toString(maxRows));
        }
        return Pair.create(decided.getLeft(), limited);
    }

    /** {@code query} with its LIMIT at most {@code maxRows} (the same object if nothing changes). */
    public static Query limit(Query query, long maxRows) {
        if (maxRows <= 0 || query.isAskType()) {
            return query;
        }
        if (query.hasLimit() && query.getLimit() <= maxRows) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows);
        return copy;
    }
}

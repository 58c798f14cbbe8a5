package org.newsgraph.server;

import java.time.Duration;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query processor with a cap on the number of results: a SELECT, CONSTRUCT
 * or DESCRIBE query without a LIMIT, or with a larger one, runs with {@code LIMIT maxRows}
 * (for CONSTRUCT and DESCRIBE the limit counts the solutions of the WHERE clause), and the
 * response then carries the header {@value #HEADER}{@code : maxRows}. Fuseki has no setting
 * for this, so it is done here, on the parsed query, before execution.
 * <p>
 * Also: REGEX and REPLACE are replaced by {@link DeadlineRegex}'s, which stop inside a match
 * when the query's time is up; each query is registered with the {@link QueryAdmission} (long
 * queries need a slot; shutdown aborts them); a query stopped by the timeout answers 503 with
 * a message naming the limit, one stopped for want of a slot 503 with {@code Retry-After}, and
 * one over the row budget of {@link BudgetedOpExecutor} 503 with its message. A query that has
 * run longer than {@link ServerSettings#LONG_QUERY} gives way to shorter ones while they run
 * (it pauses now and then, {@link Deadline#pace}), so that a few heavy queries cannot make
 * every other query slow.
 */
public class LimitedQueryProcessor extends SPARQL_QueryDataset {

    /** Response header present when the cap was applied to the query. */
    public static final String HEADER = "Newsgraph-Result-Limit";

    private final long maxRows;

    private final QueryAdmission admission;
    private final Duration timeout;

    /** @param maxRows the cap; 0 for none */
    public LimitedQueryProcessor(long maxRows) {
        this(maxRows, null, null);
    }

    /**
     * @param maxRows   the cap; 0 for none
     * @param admission where running queries are registered, or null
     * @param timeout   the server's query timeout (for the deadline of regex matches), or null
     */
    public LimitedQueryProcessor(long maxRows, QueryAdmission admission, Duration timeout) {
        this.maxRows = maxRows;
        this.admission = admission;
        this.timeout = timeout;
        DeadlineRegex.init();
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (timeout != null) {
            // A little after Jena's own timeout, which normally stops the query first.
            Deadline.set(System.nanoTime() + timeout.toNanos() + 250_000_000L);
        } else {
            Deadline.setNone();
        }
        boolean refused = false;
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            refused = admission != null && admission.finished(action.id);
            if (refused) {
                action.setResponseHeader("Retry-After", Integer.toString(QueryAdmission.RETRY_AFTER_SECONDS));
                ServletOps.error(503, "Query stopped: it ran longer than " + ServerSettings.LONG_QUERY.toSeconds()
                        + " s while " + admission.maxConcurrent() + " other long queries were running; retry later");
            }
            ServletOps.error(503, timeout == null ? "Query timed out"
                    : "Query timed out: stopped after the server's limit of " + seconds(timeout));
        } catch (BudgetedOpExecutor.BudgetExceededException e) {
            ServletOps.error(503, e.getMessage());
        } finally {
            Deadline.clear();
            if (admission != null && !refused) {
                admission.finished(action.id);
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        if (admission != null) {
            admission.started(action.id, exec);
        }
        return exec;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        Query limited = limit(q, maxRows);
        if (limited != q) {
            action.setResponseHeader(HEADER, Long.toString(maxRows));
        }
        if (timeout != null) {
            limited = DeadlineRegex.rewrite(limited);
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

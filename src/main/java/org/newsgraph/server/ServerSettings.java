package org.newsgraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code serve} runs Fuseki. The defaults ({@link #defaults()}) are the safe ones:
 * loopback only, read only, no SERVICE to other endpoints, 30 s per query, at most
 * 100,000 rows per result.
 *
 * @param host         the interface to bind, default {@code 127.0.0.1}
 * @param port         the HTTP port, default 3030; 0 picks a free port
 * @param timeout      the longest a query may run (Fuseki answers 503 past it), default 30 s; a
 *                     request's {@code ?timeout=} may lower it, never raise it
 * @param maxRows      the largest number of results a query returns (a LIMIT is added or lowered
 *                     to it), default 100,000; 0 for no limit
 * @param allowUpdate  also serve SPARQL Update at {@code /newsgraph/update} and the read-write Graph
 *                     Store Protocol at {@code /newsgraph/data}, default false
 * @param allowService let SPARQL {@code SERVICE} call other endpoints, default false
 * @param cors         answer cross-origin requests from any web page, default false
 * @param maxConcurrent the most queries that may use more than {@link #LONG_QUERY} of CPU at once, default 4;
 *                     a further one waits up to {@link #SLOT_WAIT} for a slot, still running, and is
 *                     then stopped with 503 and {@code Retry-After}; all queries at once are limited to
 *                     {@code 8 * maxConcurrent}, past which a request waits up to {@link #SLOT_WAIT}
 *                     and then gets 503
 * @param maxSortRows  the most rows one query may hold at once for its ORDER BY, GROUP BY and DISTINCT, default
 *                     200,000; an ORDER BY with a LIMIT up to 1000 (ARQ's top-N threshold) keeps only LIMIT rows,
 *                     a bigger sort is refused with a message
 */
public record ServerSettings(String host, int port, Duration timeout, long maxRows, boolean allowUpdate,
        boolean allowService, boolean cors, int maxConcurrent, long maxSortRows) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 100_000;
    public static final int DEFAULT_MAX_CONCURRENT = 4;
    public static final long DEFAULT_MAX_SORT_ROWS = 200_000;
    /** A query that has used more CPU time than this is long: it needs one of the {@link #maxConcurrent()} slots. */
    public static final Duration LONG_QUERY = Duration.ofSeconds(1);
    /** How long a request or a long query waits for a slot before 503. */
    public static final Duration SLOT_WAIT = Duration.ofSeconds(1);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be 0 or more: " + maxRows);
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be 1 or more: " + maxConcurrent);
        }
        if (maxSortRows < 1) {
            throw new IllegalArgumentException("maxSortRows must be 1 or more: " + maxSortRows);
        }
    }

    public ServerSettings(String host, int port, Duration timeout, long maxRows, boolean allowUpdate,
            boolean allowService, boolean cors) {
        this(host, port, timeout, maxRows, allowUpdate, allowService, cors, DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_SORT_ROWS);
    }

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, false, false, false,
                DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_SORT_ROWS);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, timeout, maxRows, allowUpdate, allowService, cors, maxConcurrent, maxSortRows);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, timeout, maxRows, allowUpdate, allowService, cors, maxConcurrent, maxSortRows);
    }

    public ServerSettings withTimeout(Duration t) {
        return new ServerSettings(host, port, t, maxRows, allowUpdate, allowService, cors, maxConcurrent, maxSortRows);
    }

    public ServerSettings withMaxRows(long n) {
        return new ServerSettings(host, port, timeout, n, allowUpdate, allowService, cors, maxConcurrent, maxSortRows);
    }

    public ServerSettings withAllowUpdate(boolean b) {
        return new ServerSettings(host, port, timeout, maxRows, b, allowService, cors, maxConcurrent, maxSortRows);
    }

    public ServerSettings withAllowService(boolean b) {
        return new ServerSettings(host, port, timeout, maxRows, allowUpdate, b, cors, maxConcurrent, maxSortRows);
    }

    public ServerSettings withCors(boolean b) {
        return new ServerSettings(host, port, timeout, maxRows, allowUpdate, allowService, b, maxConcurrent, maxSortRows);
    }

    public ServerSettings withMaxConcurrent(int n) {
        return new ServerSettings(host, port, timeout, maxRows, allowUpdate, allowService, cors, n, maxSortRows);
    }

    public ServerSettings withMaxSortRows(long n) {
        return new ServerSettings(host, port, timeout, maxRows, allowUpdate, allowService, cors, maxConcurrent, n);
    }
}

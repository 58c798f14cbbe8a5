package org.newsgraph.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Admission control for the query endpoint, shared by the {@link AdmissionFilter} (requests)
 * and the {@link LimitedQueryProcessor} (running queries).
 * <ul>
 * <li>At most {@code 8 * maxConcurrent} query requests at once; a further request waits up to
 *     {@link ServerSettings#SLOT_WAIT} and then gets 503 with {@code Retry-After}.</li>
 * <li>A query that has run longer than {@link ServerSettings#LONG_QUERY} needs one of
 *     {@code maxConcurrent} long-query slots; it keeps running while it waits up to
 *     {@link ServerSettings#SLOT_WAIT} for one; then the query holding a slot that has run
 *     longest is stopped and its slot passes on (or, if none ran longer, this one is
 *     stopped): 503 with {@code Retry-After}. So quick queries (the catalogue, {@code ASK {}})
 *     are never queued behind expensive ones, a few expensive ones cannot hold every slot for
 *     their whole timeout, and at most {@code maxConcurrent} share the CPU and the heap.</li>
 * <li>While short queries run, long ones give way ({@link Deadline#pace}): they pause now
 *     and then, so the short ones get the CPU first.</li>
 * <li>{@link #shutdown()} aborts every running query, so that stopping the server is not held
 *     up by a query in progress.</li>
 * </ul>
 */
public final class QueryAdmission {

    /** Seconds in the {@code Retry-After} header of a refusal. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final int maxConcurrent;
    private final Semaphore requests;
    private final Semaphore longSlots;
    private final long longAfterNanos;
    private final long slotWaitNanos;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private volatile boolean shutDown;

    public QueryAdmission(ServerSettings settings) {
        this.maxConcurrent = settings.maxConcurrent();
        this.requests = new Semaphore(maxRequests(), true);
        this.longSlots = new Semaphore(maxConcurrent, true);
        this.longAfterNanos = ServerSettings.LONG_QUERY.toNanos();
        this.slotWaitNanos = ServerSettings.SLOT_WAIT.toNanos();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::check, 100, 100, TimeUnit.MILLISECONDS);
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** All query requests at once. */
    public int maxRequests() {
        return 8 * maxConcurrent;
    }

    /** Waits up to {@link ServerSettings#SLOT_WAIT} for a request slot; false: refuse. */
    boolean enter() throws InterruptedException {
        return !shutDown && requests.tryAcquire(slotWaitNanos, TimeUnit.NANOSECONDS);
    }

    void leave() {
        requests.release();
    }

    /** Registers a query about to run under {@code id} (the Fuseki action id). */
    void started(long id, QueryExec exec) {
        running.put(id, new Running(exec, System.nanoTime(), Deadline.current()));
        if (shutDown) {
            exec.abort();
        }
    }

    /** Unregisters a query; true if it was stopped for want of a long-query slot. */
    boolean finished(long id) {
        Running r = running.remove(id);
        if (r == null) {
            return false;
        }
        synchronized (r) {
            r.done = true;
            if (r.holdsSlot) {
                r.holdsSlot = false;
                longSlots.release();
            }
        }
        return r.refused;
    }

    /** Running queries, for tests and the log. */
    public int running() {
        return running.size();
    }

    private void check() {
        long now = System.nanoTime();
        // Long queries give way (pause now and then) while short ones run: a short query, the
        // common case, then gets the CPU first, whatever the long ones do.
        boolean shortOnes = running.values().stream().anyMatch(r -> !r.done && now - r.start < longAfterNanos);
        for (Running r : running.values()) {
            if (r.pace != null) {
                r.pace.giveWay(shortOnes && now - r.start >= longAfterNanos);
            }
            synchronized (r) {
                if (r.done || r.holdsSlot || r.refused || now - r.start < longAfterNanos) {
                    continue;
                }
                if (longSlots.tryAcquire()) {
                    r.holdsSlot = true;
                } else if (now - r.start >= longAfterNanos + slotWaitNanos) {
                    // No slot came free: the query that has run longest gives its slot up (it has
                    // had its share), or this one stops if none ran longer.
                    Running oldest = oldestHolder(r.start);
                    if (oldest == null) {
                        refuse(r);
                    } else {
                        refuse(oldest);
                        r.holdsSlot = true;
                    }
                }
            }
        }
    }

    /** The slot holder that started first, before {@code before} (nanoTime), or null. */
    private Running oldestHolder(long before) {
        Running oldest = null;
        for (Running o : running.values()) {
            synchronized (o) {
                if (o.holdsSlot && !o.done && !o.refused && o.start - before < 0
                        && (oldest == null || o.start - oldest.start < 0)) {
                    oldest = o;
                }
            }
        }
        return oldest;
    }

    /** Stops {@code r} for want of a slot; its slot, if it held one, passes to the caller. */
    private static void refuse(Running r) {
        synchronized (r) {
            r.refused = true;
            r.holdsSlot = false;
        }
        r.exec.abort();
    }

    /** Refuses new queries and aborts the running ones; for stopping the server. */
    public void shutdown() {
        shutDown = true;
        watchdog.shutdownNow();
        for (Running r : running.values()) {
            try {
                r.exec.abort();
            } catch (RuntimeException e) {
                // stopping anyway
            }
        }
    }

    private static final class Running {
        final QueryExec exec;
        final long start;
        final Deadline pace;
        boolean holdsSlot;
        boolean refused;
        boolean done;

        Running(QueryExec exec, long start, Deadline pace) {
            this.exec = exec;
            this.start = start;
            this.pace = pace;
        }
    }
}

package org.newsgraph.server;

import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryCancelledException;

/**
 * The state of the query running on this thread (set by {@link LimitedQueryProcessor} for the
 * duration of a request): its deadline, checked where Jena itself cannot stop (inside one
 * regular expression match, {@link DeadlineRegex}), and whether it should give way to shorter
 * queries ({@link QueryAdmission} decides; the query pauses at its next {@link #pace} point),
 * and the rows it holds in memory against the server's row budget ({@link #hold}).
 */
final class Deadline {

    /** Work between two pauses of a query that gives way. */
    static final long WORK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** One pause: a query that gives way runs about a fifth of the time it would. */
    static final long PAUSE_MILLIS = 20;

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private final boolean hasDeadline;
    private volatile boolean givingWay;
    private long lastPause = System.nanoTime();
    /** Rows the query's ORDER BY, DISTINCT and GROUP BY hold now ({@link BudgetedOpExecutor}). */
    private long held;

    private Deadline(long deadline, boolean hasDeadline) {
        this.deadline = deadline;
        this.hasDeadline = hasDeadline;
    }

    /** The query on this thread must stop at {@code nanoTime} ({@link System#nanoTime()}). */
    static void set(long nanoTime) {
        CURRENT.set(new Deadline(nanoTime, true));
    }

    /** A query runs on this thread, without a deadline of its own. */
    static void setNone() {
        CURRENT.set(new Deadline(0, false));
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The state of this thread's query, or null; read once per match or iterator, then used cheaply. */
    static Deadline current() {
        return CURRENT.get();
    }

    /** Throws {@link QueryCancelledException} if {@code d} (from {@link #current()}) has passed. */
    static void check(Deadline d) {
        if (d != null && d.hasDeadline && System.nanoTime() - d.deadline > 0) {
            throw new QueryCancelledException();
        }
    }

    /**
     * One more row held by the query's {@code what}; throws
     * {@link BudgetedOpExecutor.BudgetExceededException} when the query then holds more than
     * {@code budget} rows.
     */
    void hold(String what, long budget) {
        if (++held > budget) {
            throw new BudgetedOpExecutor.BudgetExceededException(what, budget);
        }
    }

    /** An operator of the query has let go of the {@code rows} it held. */
    void release(long rows) {
        held -= rows;
    }

    /** Set by the admission watchdog: whether this query gives way to shorter ones. */
    void giveWay(boolean yes) {
        givingWay = yes;
    }

    boolean givingWay() {
        return givingWay;
    }

    /**
     * Checks the deadline; and if the query gives way, pauses after each {@link #WORK_NANOS} of
     * work for {@link #PAUSE_MILLIS}, so that the CPU goes to shorter queries first.
     */
    static void pace(Deadline d) {
        if (d == null) {
            return;
        }
        check(d);
        if (!d.givingWay) {
            return;
        }
        long now = System.nanoTime();
        if (now - d.lastPause < WORK_NANOS) {
            return;
        }
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        }
        d.lastPause = System.nanoTime();
        check(d);
    }

    /** A character sequence that stops the match (QueryCancelledException) when the deadline passes. */
    static CharSequence checking(String s) {
        Deadline d = current();
        return d == null ? s : new Checking(s, d);
    }

    private static final class Checking implements CharSequence {
        private final String s;
        private final Deadline deadline;
        private int calls;

        Checking(String s, Deadline deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++calls & 0xFFF) == 0) {
                pace(deadline);
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}

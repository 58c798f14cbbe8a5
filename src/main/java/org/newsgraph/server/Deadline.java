package org.newsgraph.server;

import org.apache.jena.query.QueryCancelledException;

/**
 * The deadline of the query running on this thread (set by {@link LimitedQueryProcessor} for the
 * duration of a request), checked where Jena itself cannot stop: inside one regular expression
 * match ({@link DeadlineRegex}).
 */
final class Deadline {
    private Deadline() {
    }

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    static void set(long nanoTime) {
        DEADLINE.set(new long[] {nanoTime});
    }

    static void clear() {
        DEADLINE.remove();
    }

    /** The deadline array of this thread, or null; read once per match, then checked cheaply. */
    static long[] current() {
        return DEADLINE.get();
    }

    /** Throws {@link QueryCancelledException} if {@code deadline} (from {@link #current()}) has passed. */
    static void check(long[] deadline) {
        if (deadline != null && System.nanoTime() - deadline[0] > 0) {
            throw new QueryCancelledException();
        }
    }

    /** A character sequence that stops the match (QueryCancelledException) when the deadline passes. */
    static CharSequence checking(String s) {
        long[] deadline = current();
        return deadline == null ? s : new Checking(s, deadline);
    }

    private static final class Checking implements CharSequence {
        private final String s;
        private final long[] deadline;
        private int calls;

        Checking(String s, long[] deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++calls & 0xFFF) == 0) {
                check(deadline);
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

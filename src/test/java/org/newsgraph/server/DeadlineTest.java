package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pacing of a query that gives way, and its deadline. */
class DeadlineTest {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @AfterEach
    void clear() {
        Deadline.clear();
    }

    /** Share of the wall time this thread spends on the CPU while calling pace for {@code ms}. */
    static double cpuShare(long ms) {
        long wall0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        Deadline d = Deadline.current();
        while (System.nanoTime() - wall0 < ms * 1_000_000) {
            Deadline.pace(d);
        }
        return (double) (THREADS.getCurrentThreadCpuTime() - cpu0) / (System.nanoTime() - wall0);
    }

    @Test
    void aQueryThatGivesWayPausesMostOfTheTime() {
        Deadline.setNone();
        Deadline.current().giveWay(true);
        double share = cpuShare(600);
        // 5 ms of work, then 20 ms asleep: about a fifth (more on a loaded machine, never most).
        assertTrue(share < 0.5, "CPU share while giving way: " + share);
    }

    @Test
    void aQueryThatDoesNotGiveWayNeverSleeps() {
        Deadline.setNone();
        long t0 = System.nanoTime();
        Deadline d = Deadline.current();
        for (int i = 0; i < 1_000_000; i++) {
            Deadline.pace(d);
        }
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "a million pacing points without giving way");
    }

    @Test
    void pacingChecksTheDeadline() {
        Deadline.set(System.nanoTime() - 1);
        assertThrows(QueryCancelledException.class, () -> Deadline.pace(Deadline.current()));
    }
}

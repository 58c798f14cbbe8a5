package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExternalSortTest {

    /**
     * With a budget so small that every few lines make a run, more runs than are merged at once:
     * the output is every distinct line once, in unsigned byte order, as with everything in memory.
     */
    @Test
    void manyRunsAreMergedInPassesIntoTheSortedDistinctLines() throws Exception {
        Random random = new Random(3);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // duplicates, non-ASCII (unsigned byte order), and a line longer than a read buffer
            lines.add(i == 777 ? "x".repeat(70_000) : "<s" + random.nextInt(600) + "> \"é" + random.nextInt(5) + "\" .");
        }
        TreeSet<byte[]> expected = new TreeSet<>(ExternalSort.ORDER);
        lines.forEach(l -> expected.add(l.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream want = new ByteArrayOutputStream();
        for (byte[] l : expected) {
            want.write(l);
            want.write('\n');
        }
        try (ExternalSort sort = new ExternalSort(200)) {
            for (String l : lines) {
                sort.add(l.getBytes(StandardCharsets.UTF_8));
            }
            assertTrue(sort.runs() > 2 * ExternalSort.FAN_IN, "runs: " + sort.runs());
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            sort.writeTo(got);
            assertArrayEquals(want.toByteArray(), got.toByteArray());
        }
    }
}

package org.newsgraph.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.newsgraph.util.TemporaryFileException;

/**
 * Lines sorted by unsigned byte order (as {@code LC_ALL=C sort}, the order of
 * {@link Exporter#sortLines}) with bounded memory: lines are held until they reach a budget of
 * bytes, then sorted and written to a temporary file (a sorted run); {@link #writeTo} merges the
 * runs and the lines held. A line that equals the one before it is written once (a union of
 * graphs holds each triple once). The temporary files are removed by {@link #close}.
 */
public final class ExternalSort implements AutoCloseable {

    /** Sorted by unsigned bytes. */
    public static final Comparator<byte[]> ORDER = Arrays::compareUnsigned;

    private final long budget;
    private final List<byte[]> held = new ArrayList<>();
    private long heldBytes;
    private final List<Path> runs = new ArrayList<>();
    /** Every temporary file made, removed by {@link #close} (and when the JVM exits). */
    private final List<Path> made = new ArrayList<>();
    private Path dir;

    /** How many runs are merged at once (each reads through its own buffer). */
    static final int FAN_IN = 64;

    /** Lines held in memory up to about {@code budget} bytes before they are written as a run. */
    public ExternalSort(long budget) {
        this.budget = Math.max(1, budget);
    }

    /** A budget for this JVM: a tenth of the largest heap, at most 128 MiB, at least 4 MiB. */
    public static long defaultBudget() {
        return Math.max(4L << 20, Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 10));
    }

    /** Adds the lines of UTF-8 text (each ending with a newline; empty lines are left out). */
    public void addText(byte[] text) {
        for (byte[] line : lines(text)) {
            add(line);
        }
    }

    /** Adds one line (without its newline). */
    public void add(byte[] line) {
        if (line.length == 0) {
            return;
        }
        held.add(line);
        heldBytes += line.length + 16L; // the array's own header counts too
        if (heldBytes >= budget) {
            spill();
        }
    }

    /**
     * The lines of UTF-8 text, without their newlines, empty lines left out: a line ends at
     * {@code '\n'} (nothing else ends a line), and text after the last {@code '\n'} is a last line
     * of its own. The one rule by which a buffer of statements is split into lines (the sorting
     * of {@link Exporter#write}, the pieces of the streamed export).
     */
    public static List<byte[]> lines(byte[] text) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                if (i > start) {
                    out.add(Arrays.copyOfRange(text, start, i));
                }
                start = i + 1;
            }
        }
        if (start < text.length) {
            out.add(Arrays.copyOfRange(text, start, text.length));
        }
        return out;
    }

    /** How many sorted runs were written to temporary files so far. */
    public int runs() {
        return runs.size();
    }

    private void spill() {
        held.sort(ORDER);
        try {
            Path run = newRun();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 16)) {
                for (byte[] line : held) {
                    out.write(line);
                    out.write('\n');
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new TemporaryFileException("cannot write a temporary file for sorting", e);
        }
        held.clear();
        heldBytes = 0;
    }

    /**
     * Writes every line added, sorted, each once and followed by a newline; returns how many
     * lines were written.
     */
    public long writeTo(OutputStream out) throws IOException {
        held.sort(ORDER);
        while (runs.size() >= FAN_IN) {
            mergeRuns();
        }
        List<LineSource> sources = new ArrayList<>();
        try {
            for (Path run : runs) {
                sources.add(new FileLines(run));
            }
            sources.add(new HeldLines(held));
            return merge(sources, out);
        } finally {
            for (LineSource s : sources) {
                s.close();
            }
        }
    }

    /** A new temporary file for a run, known to {@link #close} before anything is written to it. */
    private Path newRun() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("newsgraph-sort-");
            dir.toFile().deleteOnExit();
        }
        Path run = dir.resolve("run-" + made.size());
        made.add(run);
        run.toFile().deleteOnExit(); // after the folder's own, so removed before it
        return run;
    }

    /** Merges the runs {@value #FAN_IN} at a time into fewer runs (each distinct line once). */
    private void mergeRuns() throws IOException {
        List<Path> merged = new ArrayList<>();
        for (int i = 0; i < runs.size(); i += FAN_IN) {
            List<Path> group = runs.subList(i, Math.min(runs.size(), i + FAN_IN));
            if (group.size() == 1) {
                merged.add(group.get(0));
                continue;
            }
            Path run = newRun();
            List<LineSource> sources = new ArrayList<>();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 16)) {
                for (Path p : group) {
                    sources.add(new FileLines(p));
                }
                merge(sources, out);
            } finally {
                for (LineSource s : sources) {
                    s.close();
                }
            }
            group.forEach(ExternalSort::deleteQuietly);
            merged.add(run);
        }
        runs.clear();
        runs.addAll(merged);
    }

    /** Merges sorted line sources into {@code out}, each distinct line once; returns the lines written. */
    static long merge(List<? extends LineSource> sources, OutputStream out) throws IOException {
        PriorityQueue<LineSource> queue = new PriorityQueue<>(Math.max(1, sources.size()),
                (a, b) -> ORDER.compare(a.current(), b.current()));
        for (LineSource s : sources) {
            if (s.advance()) {
                queue.add(s);
            }
        }
        byte[] last = null;
        long written = 0;
        while (!queue.isEmpty()) {
            LineSource s = queue.poll();
            byte[] line = s.current();
            if (last == null || !Arrays.equals(last, line)) {
                out.write(line);
                out.write('\n');
                written++;
                last = line;
            }
            if (s.advance()) {
                queue.add(s);
            }
        }
        return written;
    }

    /** Removes the temporary files. */
    @Override
    public void close() {
        held.clear();
        made.forEach(ExternalSort::deleteQuietly);
        made.clear();
        runs.clear();
        if (dir != null) {
            deleteQuietly(dir);
            dir = null;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file; nothing more to do
        }
    }

    /** Sorted lines read one at a time. */
    interface LineSource extends AutoCloseable {
        /** Moves to the next line; false at the end. */
        boolean advance() throws IOException;

        byte[] current();

        @Override
        void close() throws IOException;
    }

    private static final class HeldLines implements LineSource {
        private final List<byte[]> lines;
        private int next;
        private byte[] current;

        HeldLines(List<byte[]> lines) {
            this.lines = lines;
        }

        @Override
        public boolean advance() {
            current = next < lines.size() ? lines.get(next++) : null;
            return current != null;
        }

        @Override
        public byte[] current() {
            return current;
        }

        @Override
        public void close() {
        }
    }

    /** The lines of a file written by {@link #spill} (or any file of newline-ended lines). */
    static final class FileLines implements LineSource {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int end;
        private byte[] current;

        FileLines(Path file) throws IOException {
            in = Files.newInputStream(file);
        }

        @Override
        public boolean advance() throws IOException {
            ByteArrayOutputStream partial = null;
            while (true) {
                if (pos == end) {
                    end = in.read(buffer, 0, buffer.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        current = partial == null || partial.size() == 0 ? null : partial.toByteArray();
                        return current != null;
                    }
                }
                int nl = pos;
                while (nl < end && buffer[nl] != '\n') {
                    nl++;
                }
                if (nl < end) {
                    if (partial == null) {
                        current = Arrays.copyOfRange(buffer, pos, nl);
                    } else {
                        partial.write(buffer, pos, nl - pos);
                        current = partial.toByteArray();
                    }
                    pos = nl + 1;
                    return true;
                }
                if (partial == null) {
                    partial = new ByteArrayOutputStream(256);
                }
                partial.write(buffer, pos, end - pos);
                pos = end;
            }
        }

        @Override
        public byte[] current() {
            return current;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

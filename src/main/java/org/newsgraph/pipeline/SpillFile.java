package org.newsgraph.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.newsgraph.util.TemporaryFileException;

/**
 * A temporary file a sink writes pieces of output to as they are built (so that only the article
 * in hand is in memory) and reads back when it puts the output together (each piece by
 * {@link org.newsgraph.util.FileRange#copy}); removed on close.
 */
final class SpillFile implements AutoCloseable {
    private final Path path;
    private final OutputStream out;

    /** A new temporary file named {@code prefix...suffix}. */
    SpillFile(String prefix, String suffix) {
        try {
            path = Files.createTempFile(prefix, suffix);
            path.toFile().deleteOnExit(); // also when the command is stopped (SIGTERM) before close
            out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            throw new TemporaryFileException("cannot create a temporary file", e);
        }
    }

    /** Appends {@code bytes}. */
    void write(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    /** The file to read, with every byte written so far. */
    FileChannel read() throws IOException {
        out.flush();
        return FileChannel.open(path, StandardOpenOption.READ);
    }

    /** The file's name, for messages. */
    @Override
    public String toString() {
        return path.toString();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // a temporary file, deleted next
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // nothing left to do
        }
    }
}

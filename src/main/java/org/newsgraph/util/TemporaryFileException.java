package org.newsgraph.util;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A temporary file (pieces of output spilled while they are built, sorted runs) could not be
 * created or written: the temporary folder is full, missing or not writable. Reported in one
 * line, as a resource that cannot be used, not as a bug.
 */
public final class TemporaryFileException extends UncheckedIOException {
    public TemporaryFileException(String message, IOException cause) {
        super(message + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
                cause);
    }
}

package org.newsgraph.draft;

/** A user mistake (a missing folder, an unreadable file): reported on one line, exit code 2. */
public final class DraftException extends RuntimeException {
    public DraftException(String message) {
        super(message);
    }
}

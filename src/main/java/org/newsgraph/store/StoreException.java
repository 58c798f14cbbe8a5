package org.newsgraph.store;

/**
 * The store cannot be used: its directory is locked by another process, unreadable, a
 * file, or a folder with other files that is not a TDB2 database. The message is one line,
 * for the user.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.claimgraph.store;

/**
 * The store cannot be opened, read or written: the database is unreachable, the folder is not writable, the schema is
 * newer than this build. The message says what failed, where, and what to do.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

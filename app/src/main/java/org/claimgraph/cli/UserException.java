package org.claimgraph.cli;

/** Bad usage or input: exit code 2. The message says what was wrong and what to do. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}

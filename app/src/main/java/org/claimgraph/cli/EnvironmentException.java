package org.claimgraph.cli;

/** The environment failed (files, disk): exit code 1. The message says what failed and what to do. */
public final class EnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.claimgraph.cli;

/** The exit codes every command uses. */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** The environment failed: files, disk, memory; or a bug. */
    public static final int ENVIRONMENT = 1;
    /** Bad usage or bad input. */
    public static final int USAGE = 2;

    private ExitCode() {}
}

package org.claimgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Maps what a command throws to a message and an exit code: {@link UserException} to 2, {@link
 * EnvironmentException} to 1, anything else to 1 with a stack trace and a request to report it.
 */
public final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {

    private final String program;

    /** @param program the name messages start with: "claimgraph", "claimgraph bench" */
    public ExceptionMapper(String program) {
        this.program = program;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UserException) {
            err.println(program + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof EnvironmentException) {
            err.println(program + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        err.println(program + ": internal error: " + e);
        e.printStackTrace(err);
        err.println("This is a bug in " + program + "; please report it with the command you ran.");
        return ExitCode.ENVIRONMENT;
    }
}

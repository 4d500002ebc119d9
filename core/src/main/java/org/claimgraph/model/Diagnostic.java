package org.claimgraph.model;

import java.util.Objects;

/**
 * A problem met while analysing one article. Per-article problems are data, not exceptions: they travel with the
 * document so that one bad article never stops a corpus run.
 */
public record Diagnostic(Severity severity, String stage, String message) {

    public enum Severity {
        INFO,
        WARNING,
        ERROR;

        /** The contract's spelling: {@code info}, {@code warning}, {@code error}. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic info(String stage, String message) {
        return new Diagnostic(Severity.INFO, stage, message);
    }

    public static Diagnostic warning(String stage, String message) {
        return new Diagnostic(Severity.WARNING, stage, message);
    }

    public static Diagnostic error(String stage, String message) {
        return new Diagnostic(Severity.ERROR, stage, message);
    }
}

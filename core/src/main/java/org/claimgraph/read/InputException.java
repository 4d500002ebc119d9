package org.claimgraph.read;

/**
 * An input that cannot be analysed. The message names the input, says what is wrong and what to do, and is shown to
 * the user as it is.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;

    public InputException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
    }

    public InputException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}

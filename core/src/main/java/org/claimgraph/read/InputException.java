package org.claimgraph.read;

/**
 * An input that cannot be analysed. The message names the input, says what is wrong and what to do, and is shown to
 * the user as it is: {@code "source: what is wrong. What to do."}.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String detail;

    public InputException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
        this.detail = message;
    }

    public InputException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
        this.detail = message;
    }

    public String source() {
        return source;
    }

    /** The message without the source in front: what is wrong and what to do. */
    public String detail() {
        return detail;
    }
}

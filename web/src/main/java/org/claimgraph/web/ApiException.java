package org.claimgraph.web;

/**
 * A request that cannot be answered, with the HTTP status and a message that says what failed, the offending value and
 * what to do. The API gives it as {@code {"error": message, "status": status}}, the pages as an error page.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException notFound(String what, String id, String hint) {
        return new ApiException(404, "There is no " + what + " with id '" + id + "' in the store. " + hint);
    }
}

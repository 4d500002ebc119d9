package org.claimgraph.web;

import java.util.function.Function;

/** Which part of a list a request asks for: {@code limit} (default 50, at most 500) items from {@code offset}. */
record Page(int limit, int offset) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** The page a request's {@code limit} and {@code offset} parameters name (each may be missing). */
    static Page of(Function<String, String> parameters) {
        int limit = number(parameters.apply("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = number(parameters.apply("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        return new Page(limit, offset);
    }

    private static int number(String value, String name, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ApiException(400, "'" + name + "' must be a whole number from " + min + " to "
                + (max == Integer.MAX_VALUE ? "2147483647" : max) + ", got '" + value + "'."
                + (name.equals("limit") ? " Ask for the rest with 'offset'." : ""));
    }
}

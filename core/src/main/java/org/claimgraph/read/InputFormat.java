package org.claimgraph.read;

import java.util.Locale;

/** How an input's bytes are to be read. */
public enum InputFormat {
    /** A plain-text article: title, byline and date lines, body paragraphs, boilerplate. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** JSON Lines: one already-extracted article per line. */
    JSONL;

    /**
     * The format a file name announces, ignoring a trailing {@code .gz}; null when the name does not say.
     */
    public static InputFormat fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return TEXT;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSONL;
        }
        return null;
    }

    /** Guesses the format from the first bytes of content whose name does not say. */
    public static InputFormat sniff(String start) {
        String head = start.stripLeading();
        if (head.startsWith("{")) {
            return JSONL;
        }
        String lower = head.length() > 512 ? head.substring(0, 512).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
                || lower.contains("<head") || (lower.startsWith("<") && lower.contains("<p"))) {
            return HTML;
        }
        return TEXT;
    }
}

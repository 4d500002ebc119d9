package org.claimgraph.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One unit of work found by {@link InputWalker}: cheap to create, loaded later (in parallel) by {@link InputLoader}.
 */
public sealed interface Input {

    /** The input as the user gave it: a path, {@code -}, or {@code path:line} for a JSON Lines record. */
    String source();

    /** A file to read from disk (gzip-compressed when its name ends in {@code .gz}). */
    record FileInput(String source, Path path, InputFormat format) implements Input {}

    /** Bytes already in memory, such as standard input. {@code format} may be null: it is then sniffed. */
    record BytesInput(String source, byte[] bytes, InputFormat format) implements Input {}

    /**
     * One line of a JSON Lines file (or of standard input): an already-extracted article, as undecoded bytes.
     *
     * @param file the file as the user gave it, or {@code -} for standard input
     * @param lineNumber the line's number in the file, from 1
     */
    record JsonLine(String file, long lineNumber, byte[] bytes) implements Input {
        public JsonLine(String file, long lineNumber, String line) {
            this(file, lineNumber, line.getBytes(StandardCharsets.UTF_8));
        }

        /** {@code file:line}, such as {@code corpus.jsonl:12} or {@code -:3}. */
        @Override
        public String source() {
            return file + ":" + lineNumber;
        }
    }

    /** Something that could not even be listed, such as a directory without read permission. */
    record Unreadable(String source, String message) implements Input {}
}

package org.claimgraph.read;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the paths a user names into {@link Input}s, lazily and in a deterministic order: arguments in the order
 * given, directory entries sorted by name (recursively), JSON Lines files line by line. Nothing is held in memory
 * beyond the current directory listing and the current JSON Lines line, whatever the corpus size.
 *
 * <ul>
 *   <li>Inside directories, only files whose names announce a format ({@code .txt}, {@code .html}, {@code .jsonl},
 *       and {@code .gz} of those) are read; files the user names are read whatever their names, their format sniffed.
 *   <li>{@code -} is standard input: JSON Lines when it starts with {@code {} (each line is then an article, with
 *       source {@code -:N}), otherwise one article of at most {@code maxBytes}. Gzip data is decompressed.
 *   <li>What cannot be read at all (a path that does not exist, a directory without read permission, a truncated
 *       JSON Lines file) becomes an {@link Input.Unreadable} in its place, and the walk goes on.
 * </ul>
 */
public final class InputWalker implements Iterator<Input>, AutoCloseable {

    private final Deque<Object> pending = new ArrayDeque<>(); // String argument, Path or Input
    private final InputStream stdin;
    private final long maxBytes;
    private final Set<Path> directoriesSeen = new HashSet<>();
    private BoundedLines jsonLines;
    private String jsonLinesSource;
    private boolean jsonLinesFound;
    private Input next;

    public InputWalker(List<String> arguments, InputStream stdin) {
        this(arguments, stdin, InputLoader.DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes bound on one article read from standard input or a pipe, and on one JSON Lines line
     */
    public InputWalker(List<String> arguments, InputStream stdin, long maxBytes) {
        pending.addAll(arguments);
        this.stdin = stdin;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input result = next;
        next = null;
        return result;
    }

    private Input advance() {
        while (true) {
            if (jsonLines != null) {
                Input line = nextJsonLine();
                if (line != null) {
                    return line;
                }
                continue;
            }
            Object item = pending.pollFirst();
            if (item == null) {
                return null;
            }
            Input input;
            if (item instanceof Input ready) {
                input = ready;
            } else if (item instanceof String argument) {
                input = fromArgument(argument);
            } else {
                input = fromPath((Path) item, ((Path) item).toString(), false);
            }
            if (input != null) {
                return input;
            }
        }
    }

    private Input fromArgument(String argument) {
        if (argument.equals("-")) {
            return fromStream("-", new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to the walker
                }
            }, null);
        }
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            return new Input.Unreadable(argument, "no such file or directory (looked for it in "
                    + Path.of("").toAbsolutePath() + "). Check the path.");
        }
        return fromPath(path, argument, true);
    }

    private Input fromPath(Path path, String source, boolean named) {
        if (Files.isDirectory(path)) {
            return enterDirectory(path, source);
        }
        InputFormat format = InputFormat.fromFileName(path.getFileName().toString());
        if (format == null && !named) {
            return null; // files of other kinds inside a directory are not articles
        }
        if (!named && !Files.exists(path)) {
            return new Input.Unreadable(source, "is a symbolic link to a file that does not exist. Fix or remove "
                    + "the link.");
        }
        if (!Files.isRegularFile(path)) {
            if (!named) {
                return null; // pipes, sockets and devices inside a directory are not articles
            }
            try {
                // e.g. <(zcat corpus.jsonl.gz); FileInputStream, as Files.newInputStream fails on pipes in Java 17
                return fromStream(source, new FileInputStream(path.toFile()), format);
            } catch (IOException e) {
                return new Input.Unreadable(source, Streams.readFailure(e));
            }
        }
        if (format == InputFormat.JSONL || format == null) {
            try {
                BufferedInputStream in = Streams.open(path);
                if (format == InputFormat.JSONL || Streams.startsWithBrace(in)) {
                    startJsonLines(source, in);
                    return null;
                }
                in.close();
            } catch (IOException e) {
                return new Input.Unreadable(source, Streams.readFailure(e));
            }
        }
        return new Input.FileInput(source, path, format);
    }

    private Input enterDirectory(Path path, String source) {
        try {
            if (!directoriesSeen.add(path.toRealPath())) {
                return null; // a symbolic link back to a directory already read: do not loop
            }
        } catch (IOException e) {
            // the listing below reports the problem
        }
        List<Path> children = new ArrayList<>();
        try (Stream<Path> entries = Files.list(path)) {
            entries.sorted().forEach(children::add);
        } catch (IOException | UncheckedIOException e) {
            Exception cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            String why = cause instanceof AccessDeniedException ? "permission denied" : reason(cause);
            return new Input.Unreadable(source, "cannot list this directory (" + why
                    + "). Check its read permission, or leave it out; the files in it were not analysed.");
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            pending.addFirst(children.get(i));
        }
        return null;
    }

    /** Standard input or a pipe: JSON Lines are split into lines, anything else is read as one bounded article. */
    private Input fromStream(String source, InputStream raw, InputFormat format) {
        try {
            BufferedInputStream in = Streams.decompressed(new BufferedInputStream(raw, 65536), false);
            if (format == InputFormat.JSONL || (format == null && Streams.startsWithBrace(in))) {
                startJsonLines(source, in);
                return null;
            }
            return new Input.BytesInput(source, Streams.readBounded(source, in, maxBytes), format);
        } catch (InputException e) {
            return new Input.Unreadable(source, e.detail());
        } catch (IOException e) {
            return new Input.Unreadable(source, (source.equals("-") ? "cannot read standard input: " : "")
                    + Streams.readFailure(e));
        }
    }

    private void startJsonLines(String source, InputStream in) {
        jsonLines = new BoundedLines(in, maxBytes);
        jsonLinesSource = source;
        jsonLinesFound = false;
    }

    private Input nextJsonLine() {
        String source = jsonLinesSource;
        try {
            BoundedLines.Line line;
            while ((line = jsonLines.next()) != null) {
                if (line.tooLong()) {
                    jsonLinesFound = true;
                    return new Input.Unreadable(source + ":" + line.number(),
                            "this line " + Streams.tooLarge(maxBytes, line.length()));
                }
                if (!isBlank(line.bytes())) {
                    jsonLinesFound = true;
                    return new Input.JsonLine(source, line.number(), line.bytes());
                }
            }
            boolean found = jsonLinesFound;
            closeJsonLines();
            return found ? null : new Input.Unreadable(source, "holds no JSON Lines records: it is empty or blank. "
                    + "Nothing to analyse; leave it out.");
        } catch (IOException e) {
            long lineNumber = jsonLines.lineNumber();
            closeJsonLines();
            if (lineNumber == 0) {
                return new Input.Unreadable(source, Streams.readFailure(e));
            }
            return new Input.Unreadable(source, "reading stopped after line " + lineNumber + ", which was read: "
                    + Streams.readFailure(e));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private void closeJsonLines() {
        try {
            jsonLines.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
        jsonLines = null;
    }

    static String reason(Exception e) {
        return Streams.reason(e);
    }

    @Override
    public void close() {
        if (jsonLines != null) {
            closeJsonLines();
        }
    }
}

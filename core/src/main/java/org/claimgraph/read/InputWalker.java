package org.claimgraph.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns the paths a user names into {@link Input}s, lazily and in a deterministic order: arguments in the order
 * given, directory entries sorted by name, JSON Lines files line by line. Nothing is held in memory beyond the
 * current directory listing and the current JSON Lines line, whatever the corpus size.
 */
public final class InputWalker implements Iterator<Input>, AutoCloseable {

    private final Deque<Object> pending = new ArrayDeque<>(); // Path or String argument or Input
    private final InputStream stdin;
    private BufferedReader jsonLines;
    private String jsonLinesSource;
    private long jsonLineNumber;
    private Input next;

    public InputWalker(List<String> arguments, InputStream stdin) {
        pending.addAll(arguments);
        this.stdin = stdin;
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
            }
            Object item = pending.pollFirst();
            if (item == null) {
                return null;
            }
            if (item instanceof Input input) {
                return input;
            }
            if (item instanceof String argument) {
                Input input = fromArgument(argument);
                if (input != null) {
                    return input;
                }
                continue;
            }
            Input input = fromPath((Path) item, false);
            if (input != null) {
                return input;
            }
        }
    }

    private Input fromArgument(String argument) {
        if (argument.equals("-")) {
            try {
                byte[] bytes = stdin.readAllBytes();
                return new Input.BytesInput("-", bytes, null);
            } catch (IOException e) {
                return new Input.Unreadable("-", "cannot read standard input: " + e.getMessage());
            }
        }
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            return new Input.Unreadable(argument, "no such file or directory. Check the path.");
        }
        return fromPath(path, true);
    }

    private Input fromPath(Path path, boolean named) {
        String source = path.toString();
        if (Files.isDirectory(path)) {
            List<Path> children = new ArrayList<>();
            try (Stream<Path> entries = Files.list(path)) {
                entries.sorted().forEach(children::add);
            } catch (IOException | UncheckedIOException e) {
                return new Input.Unreadable(source, "cannot list this directory (" + reason(e)
                        + "). Check its read permission, or leave it out.");
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
            }
            return null;
        }
        InputFormat format = InputFormat.fromFileName(path.getFileName().toString());
        if (format == null && !named) {
            return null; // files of other kinds inside a directory are not articles
        }
        if (format == InputFormat.JSONL) {
            try {
                InputStream in = Files.newInputStream(path);
                if (source.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                    in = new GZIPInputStream(in, 65536);
                }
                jsonLines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536);
                jsonLinesSource = source;
                jsonLineNumber = 0;
                return null;
            } catch (IOException e) {
                return new Input.Unreadable(source, "cannot open (" + reason(e) + ").");
            }
        }
        return new Input.FileInput(source, path, format);
    }

    private Input nextJsonLine() {
        try {
            String line;
            while ((line = jsonLines.readLine()) != null) {
                jsonLineNumber++;
                if (!line.isBlank()) {
                    return new Input.JsonLine(jsonLinesSource, jsonLineNumber, line);
                }
            }
            closeJsonLines();
            return null;
        } catch (IOException e) {
            String source = jsonLinesSource;
            long lineNumber = jsonLineNumber;
            closeJsonLines();
            return new Input.Unreadable(source, "reading stopped after line " + lineNumber + " (" + reason(e)
                    + "). The file may be truncated; the lines before it were read.");
        }
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
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        if (jsonLines != null) {
            closeJsonLines();
        }
    }
}

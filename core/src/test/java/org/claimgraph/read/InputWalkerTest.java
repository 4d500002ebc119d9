package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderSkippingOtherKinds() throws IOException {
        write("b.txt", "B");
        write("a.html", "<p>A</p>");
        write("sub/c.txt", "C");
        write("sub/a.htm", "<p>A2</p>");
        write("sub/deeper/z.txt.gz", "");
        write("notes.md", "not an article kind");
        write("photo.png", "not an article kind");
        write("zz.text", "Z");
        write("README", "no extension");
        List<String> sources = sources(walk(List.of(dir.toString())));
        assertEquals(List.of(p("a.html"), p("b.txt"), p("sub/a.htm"), p("sub/c.txt"), p("sub/deeper/z.txt.gz"),
                p("zz.text")), sources);
        assertEquals(sources, sources(walk(List.of(dir.toString()))), "the same order on every run");
    }

    @Test
    void argumentsKeepTheirOrderAndFormatsComeFromTheName() throws IOException {
        write("x.html", "<p>x</p>");
        write("y.txt", "y");
        List<Input> inputs = walk(List.of(p("y.txt"), p("x.html")));
        assertEquals(List.of(p("y.txt"), p("x.html")), sources(inputs));
        assertEquals(InputFormat.TEXT, ((Input.FileInput) inputs.get(0)).format());
        assertEquals(InputFormat.HTML, ((Input.FileInput) inputs.get(1)).format());
    }

    @Test
    void explicitlyNamedFileOfUnknownKindIsRead() throws IOException {
        write("notes.md", "A named file is read whatever its name.");
        List<Input> inputs = walk(List.of(p("notes.md")));
        Input.FileInput file = assertInstanceOf(Input.FileInput.class, inputs.get(0));
        assertNull(file.format(), "sniffed when loaded");
        assertEquals(1, inputs.size());
    }

    @Test
    void explicitlyNamedFileOfUnknownKindHoldingJsonLinesIsSplit() throws IOException {
        write("export.json", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        assertEquals(List.of(p("export.json") + ":1", p("export.json") + ":2"),
                sources(walk(List.of(p("export.json")))));
    }

    @Test
    void jsonLinesAreReadLineByLineSkippingBlankLines() throws IOException {
        write("corpus.jsonl", "{\"text\": \"one\"}\r\n\n   \n{\"text\": \"two\"}\n{\"text\": \"three\"}");
        List<Input> inputs = walk(List.of(p("corpus.jsonl")));
        assertEquals(List.of(p("corpus.jsonl") + ":1", p("corpus.jsonl") + ":4", p("corpus.jsonl") + ":5"),
                sources(inputs));
        Input.JsonLine first = (Input.JsonLine) inputs.get(0);
        assertEquals("{\"text\": \"one\"}", new String(first.bytes(), StandardCharsets.UTF_8), "CR LF removed");
        assertEquals("{\"text\": \"three\"}", new String(((Input.JsonLine) inputs.get(2)).bytes(),
                StandardCharsets.UTF_8), "last line without a line end");
    }

    @Test
    void gzippedJsonLinesAreReadLineByLine() throws IOException {
        Files.write(dir.resolve("corpus.jsonl.gz"), gzip("{\"text\": \"one\"}\n{\"text\": \"two\"}\n"));
        assertEquals(List.of(p("corpus.jsonl.gz") + ":1", p("corpus.jsonl.gz") + ":2"),
                sources(walk(List.of(dir.toString()))));
    }

    @Test
    void truncatedGzippedJsonLinesYieldTheLinesBeforeTheBreakThenAnError() throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            corpus.append(String.format(Locale.ROOT, "{\"text\": \"Record %d says %x.\"}%n", i, i * 2654435761L));
        }
        byte[] whole = gzip(corpus.toString());
        Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        write("after.txt", "after");
        List<Input> inputs = walk(List.of(p("cut.jsonl.gz"), p("after.txt")));
        int lines = inputs.size() - 2;
        assertTrue(lines > 10 && lines < 400, "some but not all lines: " + lines);
        for (int i = 0; i < lines; i++) {
            assertEquals(p("cut.jsonl.gz") + ":" + (i + 1), inputs.get(i).source());
        }
        Input.Unreadable error = assertInstanceOf(Input.Unreadable.class, inputs.get(lines));
        assertEquals(p("cut.jsonl.gz"), error.source());
        assertTrue(error.message().startsWith("reading stopped after line " + lines + ", which was read: the gzip "
                + "data ends early: the file is truncated."), error.message());
        assertEquals(p("after.txt"), inputs.get(lines + 1).source(), "the walk goes on");
    }

    @Test
    void emptyJsonLinesFileIsReported() throws IOException {
        write("empty.jsonl", "\n  \n");
        Input.Unreadable error = assertInstanceOf(Input.Unreadable.class, walk(List.of(p("empty.jsonl"))).get(0));
        assertTrue(error.message().startsWith("holds no JSON Lines records"), error.message());
    }

    @Test
    void overlongJsonLinesLineIsReportedAndTheNextLineStillRead() throws IOException {
        write("big.jsonl", "{\"text\": \"" + "x".repeat(5000) + "\"}\n{\"text\": \"small\"}\n");
        List<Input> inputs = new ArrayList<>();
        try (InputWalker walker = new InputWalker(List.of(p("big.jsonl")), InputStream.nullInputStream(), 1024)) {
            walker.forEachRemaining(inputs::add);
        }
        Input.Unreadable error = assertInstanceOf(Input.Unreadable.class, inputs.get(0));
        assertEquals(p("big.jsonl") + ":1", error.source());
        assertTrue(error.message().contains("larger than the 1.0 KB limit"), error.message());
        assertEquals(p("big.jsonl") + ":2", inputs.get(1).source());
        assertEquals(2, inputs.size());
    }

    @Test
    void standardInputJsonLinesAreSplitIntoRecords() {
        List<Input> inputs = walkStdin("\n{\"text\": \"one\"}\n{\"text\": \"two\"}\n\n{\"text\": \"three\"}\n");
        assertEquals(List.of("-:2", "-:3", "-:5"), sources(inputs));
        inputs.forEach(input -> assertInstanceOf(Input.JsonLine.class, input));
    }

    @Test
    void gzippedStandardInputIsDecompressed() throws IOException {
        byte[] compressed = gzip("{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        List<Input> inputs = new ArrayList<>();
        try (InputWalker walker = new InputWalker(List.of("-"), new ByteArrayInputStream(compressed))) {
            walker.forEachRemaining(inputs::add);
        }
        assertEquals(List.of("-:1", "-:2"), sources(inputs));
    }

    @Test
    void standardInputTextIsOneArticleWithItsFormatSniffedLater() {
        List<Input> inputs = walkStdin("<html><body><p>One page.</p></body></html>");
        Input.BytesInput bytes = assertInstanceOf(Input.BytesInput.class, inputs.get(0));
        assertEquals("-", bytes.source());
        assertNull(bytes.format());
        assertEquals("<html><body><p>One page.</p></body></html>", new String(bytes.bytes(), StandardCharsets.UTF_8));
        assertEquals(1, inputs.size());
    }

    @Test
    void standardInputIsBoundedByMaxBytes() {
        List<Input> inputs = new ArrayList<>();
        byte[] big = "words ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (InputWalker walker = new InputWalker(List.of("-"), new ByteArrayInputStream(big), 2048)) {
            walker.forEachRemaining(inputs::add);
        }
        Input.Unreadable error = assertInstanceOf(Input.Unreadable.class, inputs.get(0));
        assertTrue(error.message().startsWith("is larger than the 2.0 KB limit"), error.message());
        assertTrue(error.message().contains("--max-bytes"), error.message());
    }

    @Test
    void missingPathIsReportedAndTheWalkGoesOn() throws IOException {
        write("there.txt", "here");
        List<Input> inputs = walk(List.of(p("not-there.txt"), p("there.txt")));
        Input.Unreadable missing = assertInstanceOf(Input.Unreadable.class, inputs.get(0));
        assertEquals(p("not-there.txt"), missing.source());
        assertTrue(missing.message().startsWith("no such file or directory"), missing.message());
        assertTrue(missing.message().endsWith("Check the path."), missing.message());
        assertEquals(p("there.txt"), inputs.get(1).source());
    }

    @Test
    void namedPipeIsReadLikeStandardInputAndPipesInDirectoriesAreSkipped() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "{\"text\": \"one\"}\n{\"text\": \"two\"}\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true); // never holds up the test JVM, even if the pipe is not opened
        writer.start();
        List<Input> inputs = walk(List.of(fifo.toString()));
        writer.join(10_000);
        assertEquals(List.of(fifo + ":1", fifo + ":2"), sources(inputs));
        Files.move(fifo, dir.resolve("pipe.txt"));
        assertEquals(List.of(), sources(walk(List.of(dir.toString()))), "nobody writes to it: not opened");
    }

    @Test
    void symbolicLinkLoopIsNotFollowedForever() throws IOException {
        write("loop/a.txt", "a");
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        assertEquals(List.of(p("loop/a.txt")), sources(walk(List.of(p("loop")))));
    }

    /**
     * A directory without read permission. Root reads every directory whatever its mode, so when the tests run as
     * root the check runs in a child JVM as user nobody (see {@link UnreadableDirectoryCheck}); nothing is skipped.
     */
    @Test
    void directoryWithoutReadPermissionIsReportedAndTheRunGoesOn() throws Exception {
        List<String> report = UnreadableDirectoryCheck.runAsUnprivilegedUser();
        assertEquals(4, report.size(), () -> String.join("\n", report));
        assertTrue(report.get(0).startsWith("UNREADABLE locked: cannot list this directory (permission denied). "
                + "Check its read permission, or leave it out"), report.get(0));
        assertEquals("FILE open/a.txt", report.get(1));
        assertTrue(report.get(2).startsWith("UNREADABLE open/shut: cannot list this directory (permission denied)"),
                report.get(2));
        assertTrue(report.get(3).startsWith("LOAD-ERROR secret.txt: cannot read it: permission denied."),
                report.get(3));
    }

    private List<Input> walk(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        try (InputWalker walker = new InputWalker(arguments, InputStream.nullInputStream())) {
            walker.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private static List<Input> walkStdin(String content) {
        List<Input> inputs = new ArrayList<>();
        InputStream stdin = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        try (InputWalker walker = new InputWalker(List.of("-"), stdin)) {
            walker.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private static List<String> sources(List<Input> inputs) {
        return inputs.stream().map(Input::source).toList();
    }

    private String p(String relative) {
        return dir.resolve(relative).toString();
    }

    private void write(String relative, String content) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }

    static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end through {@link Main}: bad inputs are reported and counted, and the exit code follows the contract. */
class BadInputCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    private record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    @Test
    void goodArticlesAreAnalysedInNameOrderAndEachBadFileIsReported() throws IOException {
        Path corpus = mixedCorpus();
        Run run = run("analyze", "--threads", "4", corpus.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> sources = new ArrayList<>();
        for (String line : run.outLines()) {
            JsonNode document = JSON.readTree(line);
            sources.add(document.get("source").asText());
        }
        assertEquals(List.of(p(corpus, "a-good.txt"), p(corpus, "c-good.html"), p(corpus, "e-good.txt")), sources);
        assertTrue(run.err().contains("claimgraph: " + p(corpus, "b-empty.txt") + ": is empty"), run.err());
        assertTrue(run.err().contains("claimgraph: " + p(corpus, "d-image.html") + ": looks like binary data"),
                run.err());
        assertTrue(run.err().contains("claimgraph: " + p(corpus, "f-blank.txt") + ": holds only white space"),
                run.err());
        assertTrue(run.err().contains("claimgraph: " + p(corpus, "g-cut.txt.gz") + ": the gzip data ends early"),
                run.err());
        assertTrue(run.err().contains("claimgraph: " + p(corpus, "h-broken.jsonl") + ":1: this line is not valid "
                + "JSON"), run.err());
        assertTrue(run.err().contains("claimgraph: 3 analysed, 5 failed"), run.err());
        assertEquals(6, run.err().lines().count(), run.err());
    }

    @Test
    void onlyBadInputsExitWithTwo() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("bad"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("blank.html"), "\n\n   \n", StandardCharsets.UTF_8);
        Run run = run("analyze", corpus.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains(dir.resolve("missing.txt") + ": no such file or directory"), run.err());
        assertTrue(run.err().contains("claimgraph: 0 analysed, 3 failed"), run.err());
    }

    @Test
    void failFastStopsAtTheFirstBadInputWithTwo() throws IOException {
        Path corpus = mixedCorpus();
        Run run = run("analyze", "--fail-fast", "--threads", "4", corpus.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(run.outLines().get(0).contains("a-good.txt"), run.out());
        assertTrue(run.err().contains(p(corpus, "b-empty.txt") + ": is empty"), run.err());
        assertFalse(run.err().contains("d-image.html"), "nothing after the first failure is reported: " + run.err());
        assertTrue(run.err().contains("claimgraph: 1 analysed, 1 failed (stopped at the first failure: --fail-fast)"),
                run.err());
    }

    @Test
    void existingOutputFileIsLeftUntouchedWhenTheRunFails() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("bad"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("results.jsonl");
        Files.writeString(out, "{\"earlier\": \"results\"}\n", StandardCharsets.UTF_8);
        Run run = run("analyze", "--out", out.toString(), corpus.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("{\"earlier\": \"results\"}\n", Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bad", "results.jsonl"),
                    files.map(path -> path.getFileName().toString()).sorted().toList(), "no partial file left");
        }
    }

    @Test
    void outputFileIsWrittenWhenTheRunSucceeds() throws IOException {
        Path corpus = mixedCorpus();
        Path out = dir.resolve("results.jsonl");
        Files.writeString(out, "old\n", StandardCharsets.UTF_8);
        Run run = run("analyze", "--out", out.toString(), corpus.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(3, Files.readAllLines(out, StandardCharsets.UTF_8).size());
    }

    @Test
    void badPublishedDateExitsWithTwoAndSaysWhatIsExpected() throws IOException {
        Path corpus = mixedCorpus();
        Run run = run("analyze", "--published", "28/05/2024", corpus.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("claimgraph: --published needs an ISO-8601 date such as 2024-05-28"),
                run.err());
        assertTrue(run.err().contains("got '28/05/2024'"), run.err());
    }

    @Test
    void misdeclaredCharsetIsAWarningInTheDocumentNotAFailure() throws IOException {
        Path page = dir.resolve("page.html");
        Files.write(page, ("<html><head><meta charset=\"utf-8\"><title>Caf\u00e9</title></head><body><p>Le caf\u00e9 "
                + "\u2013 na\u00efve, said the owner of the caf\u00e9 on the square.</p></body></html>")
                .getBytes("windows-1252"));
        Run run = run("analyze", page.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode document = JSON.readTree(run.outLines().get(0));
        assertTrue(document.get("text").asText().contains("caf\u00e9 \u2013 na\u00efve"), run.out());
        assertTrue(document.get("diagnostics").toString().contains("declares the charset 'utf-8'"), run.out());
    }

    /** Three good articles and five bad files, names chosen so that good and bad alternate in sorted order. */
    private Path mixedCorpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a-good.txt"), "Harbour plan approved\n\nThe harbour board approved the "
                + "plan on Tuesday. \"We waited long enough,\" the chair said.\n", StandardCharsets.UTF_8);
        Files.write(corpus.resolve("b-empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("c-good.html"), "<!DOCTYPE html><html><head><title>Library reopens"
                + "</title></head><body><article><h1>Library reopens</h1><p>The town library reopened on Monday "
                + "after repairs. \"Readers are back,\" the librarian said.</p></article></body></html>",
                StandardCharsets.UTF_8);
        byte[] image = new byte[4096];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7);
        }
        Files.write(corpus.resolve("d-image.html"), image);
        Files.writeString(corpus.resolve("e-good.txt"), "Bridge closed\n\nThe old bridge closed for repairs. "
                + "\"It will take a month,\" an engineer said.\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("f-blank.txt"), " \n\t\n", StandardCharsets.UTF_8);
        byte[] gzip = gzip("A story that will be cut short in the middle of its compressed data. ".repeat(40));
        Files.write(corpus.resolve("g-cut.txt.gz"), Arrays.copyOf(gzip, gzip.length - 12));
        Files.writeString(corpus.resolve("h-broken.jsonl"), "this is not JSON\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("notes.md"), "Not an article kind: skipped.", StandardCharsets.UTF_8);
        return corpus;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static String p(Path corpus, String name) {
        return corpus.resolve(name).toString();
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

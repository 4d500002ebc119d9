package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void outputFollowsInputOrderWhateverTheThreads(@TempDir Path folder) throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String name = String.format(Locale.ROOT, "article-%03d.txt", i);
            Path sub = folder.resolve(i % 3 == 0 ? "a" : "b");
            Files.createDirectories(sub);
            Files.writeString(sub.resolve(name), "Headline number " + i + "\n\nThe body of article " + i
                    + " says that the council met " + "and talked at length. ".repeat(i % 7 + 1), StandardCharsets.UTF_8);
        }
        for (String sub : List.of("a", "b")) {
            try (var files = Files.list(folder.resolve(sub))) {
                files.map(p -> p.getFileName().toString()).sorted().forEach(expected::add);
            }
        }
        Cli.Result one = Cli.run("analyze", "--threads", "1", folder.toString());
        Cli.Result four = Cli.run("analyze", "--threads", "4", folder.toString());
        assertEquals(0, four.exitCode(), four.err());
        assertEquals(one.out(), four.out(), "same output, byte for byte, with 1 and 4 threads");
        List<String> order = new ArrayList<>();
        for (String line : four.lines()) {
            order.add(Path.of(JSON.readTree(line).get("source").asText()).getFileName().toString());
        }
        assertEquals(expected, order);
        assertTrue(four.err().contains("120 analysed, 0 failed"), four.err());
    }

    @Test
    void outFileIsWrittenWhole(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("out.jsonl");
        Cli.Result result = Cli.run("analyze", "--out", out.toString(), Shared.seeds().toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals(5, Files.readAllLines(out).size());
        try (var left = Files.list(folder)) {
            assertEquals(List.of(out), left.toList(), "no temporary file left beside the output");
        }
    }

    @Test
    void outFolderMissingIsAnEnvironmentError(@TempDir Path folder) {
        Cli.Result result = Cli.run("analyze", "--out", folder.resolve("no/such/dir/out.jsonl").toString(),
                Shared.seeds().toString());
        assertEquals(ExitCode.ENVIRONMENT, result.exitCode());
        assertTrue(result.err().contains("does not exist"), result.err());
    }

    @Test
    void standardInput() throws IOException {
        Cli.Result result = Cli.runWithInput("A headline on standard input\n\nBy Ana Silva\n\nThe body paragraph "
                + "that reports what happened, at some length, for the extractor to keep.\n", "analyze", "-");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode document = JSON.readTree(result.lines().get(0));
        assertEquals("-", document.get("source").asText());
        assertEquals("A headline on standard input", document.get("title").asText());
        assertEquals("Ana Silva", document.get("authors").get(0).asText());
    }

    @Test
    void noCleanKeepsTheDecodedInput() throws IOException {
        Path seed = Shared.seeds().resolve("001_913dd6badd48096d.txt");
        Cli.Result result = Cli.run("analyze", "--no-clean", seed.toString());
        JsonNode document = JSON.readTree(result.lines().get(0));
        assertEquals(Files.readString(seed, StandardCharsets.UTF_8), document.get("text").asText());
        assertEquals("Ahmed Adel", document.get("authors").get(0).asText(), "metadata still extracted");
    }

    @Test
    void publishedFillsOnlyMissingDates() throws IOException {
        Cli.Result result = Cli.run("analyze", "--published", "2024-03-06", Shared.seeds().toString());
        List<String> dates = new ArrayList<>();
        for (String line : result.lines()) {
            dates.add(JSON.readTree(line).get("published").asText());
        }
        assertEquals(List.of("2024-05-28", "2024-03-06", "2024-03-06", "2024-03-06", "2024-03-06"), dates);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCode.USAGE, Cli.run("analyze").exitCode());
        assertEquals(ExitCode.USAGE, Cli.run("analyze", "--format", "xml", "x.txt").exitCode());
        assertEquals(ExitCode.USAGE, Cli.run("analyze", "--only", "statements", "x.txt").exitCode());
        Cli.Result badDate = Cli.run("analyze", "--published", "28/05/2024", Shared.seeds().toString());
        assertEquals(ExitCode.USAGE, badDate.exitCode());
        assertTrue(badDate.err().contains("ISO-8601"), badDate.err());
        assertEquals(ExitCode.USAGE, Cli.run("analyse-this").exitCode());
    }

    @Test
    void helpTeachesByExample() {
        Cli.Result help = Cli.run("analyze", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"));
        assertTrue(help.out().contains("--published"));
        Cli.Result top = Cli.run("--help");
        assertTrue(top.out().contains("analyze") && top.out().contains("eval"), top.out());
    }

    @Test
    void textReportListsWhatWasFound() {
        Cli.Result result = Cli.run("analyze", "--format", "text",
                Shared.project().resolve("samples/articles/harbour-bridge-vote.txt").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Statements ("), result.out());
        assertTrue(result.out().contains("Okafor [PERSON]"), result.out());
        assertTrue(result.out().contains("March 17  = 2025-03-17"), result.out());
    }

    @Test
    void onlyTextRuns() {
        Cli.Result result = Cli.run("analyze", "--only", "text", "--format", "text", Shared.seeds().toString());
        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().isBlank());
    }
}

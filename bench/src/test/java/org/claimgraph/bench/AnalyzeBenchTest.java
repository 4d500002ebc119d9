package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.claimgraph.bench.AnalyzeRun.Measurement;
import org.claimgraph.cli.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's plumbing on two tiny invented articles; no models are loaded and no timing is asserted. */
class AnalyzeBenchTest {

    @TempDir
    Path folder;

    private List<Path> twoArticles() throws Exception {
        Files.writeString(folder.resolve("b-harbour.txt"), "The harbour reopened on Monday, the mayor said.",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a-school.txt"), "About 120 pupils returned to the school.",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
        return AnalyzeBenchCommand.articleFiles(folder, 20);
    }

    @Test
    void articlesAreTheFirstTextFilesInNameOrder() throws Exception {
        List<Path> files = twoArticles();
        assertEquals(List.of("a-school.txt", "b-harbour.txt"),
                files.stream().map(path -> path.getFileName().toString()).toList());
        assertEquals(1, AnalyzeBenchCommand.articleFiles(folder, 1).size());
    }

    @Test
    void emptyFolderIsAUserError() {
        assertThrows(UserException.class, () -> AnalyzeBenchCommand.articleFiles(folder, 20));
    }

    @Test
    void tokensAreCountedByOneTokenizer() throws Exception {
        // "About 120 pupils returned to the school ." and "The harbour reopened on Monday , the mayor said ."
        assertEquals(8 + 10, AnalyzeBenchCommand.countTokens(twoArticles()));
    }

    @Test
    void runMeasuresAFakeSystemOnTwoThreadsAndCountsFailures() throws Exception {
        List<Path> files = twoArticles();
        Function<Path, Integer> length = file -> {
            String text = AnalyzeBenchChild.read(file);
            if (text.contains("harbour")) {
                throw new IllegalArgumentException("fake failure");
            }
            return text.length();
        };
        Measurement measurement = new AnalyzeRun<>("fake", files, 2).measure(() -> length);
        assertEquals("fake", measurement.system());
        assertEquals(2, measurement.threads());
        assertEquals(2, measurement.articles());
        assertEquals(1, measurement.errors(), "the harbour article fails in the cold pass");
        assertTrue(measurement.firstError().contains("fake failure"));
        assertTrue(measurement.peakHeapBytes() > 0);
        assertTrue(measurement.wholeProcessSeconds() >= measurement.coldPassSeconds());

        Measurement read = Measurement.parse("some log line\n" + measurement.toLine() + "\n");
        assertEquals(measurement, read, "the parent reads back what the child printed");
        assertNull(Measurement.parse("no result here"));
    }

    @Test
    void tableGivesRatiosAndTargets() {
        Measurement claimgraph = new Measurement("claimgraph", 2, 2, 10, 4, 15, 2, 0.5, 1.9, 1.5, 900L << 20, 600L << 20,
                3L << 30, 0, null);
        Measurement corenlp = new Measurement("corenlp", 2, 2, 30, 60, 91, 40, 9, 1.8, 1.4, 2900L << 20, 2500L << 20,
                3L << 30, 0, null);
        String table = AnalyzeTable.markdown("header", List.of(claimgraph, corenlp), 1000, List.of());
        assertTrue(table.contains("| claimgraph | 2 | 10.0 | 4.0 | 15.0 | 2.0 | 3.8 | 0.5 | 500 | 900 | 600 | 1.90 | 1.50 | 0 |"),
                table);
        assertTrue(table.contains("**20.0x** (target 10x: met)"), table);
        assertTrue(table.contains("**6.1x** (target 10x: not met)"), table);
        assertTrue(table.contains("CoreNLP / claimgraph: 18.9x"), table);
    }

    @Test
    void childCommandRunsTheChildClassWithTheHeapAndFiles() throws Exception {
        List<String> command = AnalyzeBenchChild.command("java", "3g", "cp", AnalyzeBenchChild.Contender.corenlp, 2,
                twoArticles());
        assertEquals(List.of("java", "-Xmx3g", "-cp", "cp", AnalyzeBenchChild.class.getName(), "corenlp", "2"),
                command.subList(0, 7));
        assertEquals(9, command.size());
        assertNotNull(AnalyzeBenchChild.corenlpProperties().getProperty("annotators"));
    }
}

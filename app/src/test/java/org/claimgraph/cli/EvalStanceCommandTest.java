package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval stance} on the FNC-format fixture written for the project (test resources, see its README). */
class EvalStanceCommandTest {

    @TempDir
    Path dir;

    private static Path fixture() throws URISyntaxException {
        return Path.of(EvalStanceCommandTest.class.getResource("/org/claimgraph/eval/fnc-fixture").toURI());
    }

    @Test
    void printsTheFiguresAndWritesThePredictions() throws Exception {
        Path predictions = dir.resolve("fnc-predictions.csv");
        Cli.Result run = Cli.run("eval", "stance", "--gold", fixture().toString(), "--folds", "3",
                "--predictions", predictions.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("pairs 20, bodies 6, 3 folds over Body IDs"), run.out());
        assertTrue(run.out().contains("rules (cross-validated)"), run.out());
        // 12 related and 8 unrelated pairs: maximum 12 + 8 * 0.25 = 14; all discuss: 2 discuss right, 10 related 0.25
        assertTrue(run.out().contains("reference: all unrelated\n  FNC score 2.00 of 14.00 = 14.3%"), run.out());
        assertTrue(run.out().contains("related = discuss\n  FNC score 6.50 of 14.00 = 46.4%"), run.out());
        List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
        assertEquals("Headline,Body ID,Stance", lines.get(0));
        assertEquals(21, lines.size());
        assertTrue(lines.get(3).startsWith("\"Shark swims in flooded supermarket, video shows\",11,"), lines.get(3));
    }

    @Test
    void helpTeachesByExample() {
        Cli.Result run = Cli.run("eval", "stance", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains(
                "./claimgraph eval stance --gold ../shared/eval/stance-fnc1 --predictions fnc-predictions.csv"));
        assertTrue(run.out().contains("--folds"));
    }

    @Test
    void tooManyFoldsIsAUsageError() throws Exception {
        Cli.Result run = Cli.run("eval", "stance", "--gold", fixture().toString(), "--folds", "7");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("--folds 7: needs 2 to 6"), run.err());
    }

    @Test
    void unknownBodyIdIsAUsageErrorNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("test_bodies.csv"), "Body ID,articleBody\n1,\"A body,\non two lines.\"\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test_stances.csv"), "Headline,Body ID,Stance\nA,1,agree\nB,2,discuss\n",
                StandardCharsets.UTF_8);
        Cli.Result run = Cli.run("eval", "stance", "--gold", dir.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("test_stances.csv line 3: Body ID 2 is not in test_bodies.csv"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void missingFilesAreAUsageError() {
        Cli.Result run = Cli.run("eval", "stance", "--gold", dir.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("needs exactly one"), run.err());
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.annotate.loaded.LoadedLexicon;
import org.claimgraph.model.LoadedWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval loaded} and {@code train loaded} on the small PTC-layout fixture written for the project. */
class EvalLoadedCommandTest {

    private static String fixture() throws URISyntaxException {
        return Path.of(EvalLoadedCommandTest.class.getResource("/loaded-ptc").toURI()).toString();
    }

    @Test
    void printsRulesAndCrossValidatedFiguresPerTechnique() throws Exception {
        Cli.Result result = Cli.run("eval", "loaded", "--gold", fixture(), "--folds", "3");
        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        assertTrue(out.contains("articles 6; gold spans 6 Loaded_Language, 5 Name_Calling,Labeling; lines of other techniques skipped: 1"), out);
        assertTrue(out.contains("rules only"), out);
        assertTrue(out.contains("rules + lexicon, 3-fold cross-validated (seed 17)"), out);
        // the rules find "disastrous waste" exactly as the gold has it, so both techniques together score above zero
        Matcher both = Pattern.compile("both \\(technique ignored\\)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)")
                .matcher(out);
        assertTrue(both.find(), out);
        assertTrue(Integer.parseInt(both.group(1)) > 0 && Double.parseDouble(both.group(4)) > 0.3, out);
        String again = Cli.run("eval", "loaded", "--gold", fixture(), "--folds", "3").out();
        assertEquals(withoutTiming(out), withoutTiming(again), "the same folds and figures on a second run");
    }

    private static String withoutTiming(String out) {
        return out.replaceAll("\\(\\d+\\.\\d s\\)", "");
    }

    @Test
    void helpTeachesByExample() {
        Cli.Result result = Cli.run("eval", "loaded", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("./claimgraph eval loaded --gold ../shared/eval/loaded-language-ptc-train"),
                result.out());
        assertTrue(result.out().contains("--folds"), result.out());
    }

    @Test
    void missingFolderIsAUserErrorThatNamesIt() {
        Cli.Result result = Cli.run("eval", "loaded", "--gold", "no-such-folder");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no-such-folder") && result.err().contains("--gold"), result.err());
    }

    @Test
    void malformedLabelLineIsNamed(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("train-articles"));
        Files.writeString(folder.resolve("train-articles/article7.txt"), "A short text.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("x.labels"), "7\tName_Calling,Labeling\t2\n", StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("eval", "loaded", "--gold", folder.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("x.labels line 1") && result.err().contains("expected 4"), result.err());
    }

    @Test
    void foldsOutOfRangeSayWhatFits() throws Exception {
        Cli.Result result = Cli.run("eval", "loaded", "--gold", fixture(), "--folds", "9");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--folds 9") && result.err().contains("2 <= K <= 6"), result.err());
    }

    @Test
    void trainWritesALexiconTheStageReads(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("model/lexicon.tsv.gz");
        Cli.Result result = Cli.run("train", "loaded", "--gold", fixture(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("articles 6, gold spans 11"), result.out());
        try (InputStream in = Files.newInputStream(out)) {
            LoadedLexicon lexicon = LoadedLexicon.read(in);
            assertTrue(lexicon.share("cronies", LoadedWording.NAME_CALLING) > 0.5);
            assertTrue(lexicon.share("shameful", LoadedWording.LOADED_LANGUAGE) > 0.5);
        }
    }
}

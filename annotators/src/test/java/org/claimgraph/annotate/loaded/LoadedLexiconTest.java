package org.claimgraph.annotate.loaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.model.LoadedWording;
import org.junit.jupiter.api.Test;

/** A lexicon learned from texts written for this test. */
class LoadedLexiconTest {

    private static LoadedLexicon.Example example(String text, String loaded, String naming) {
        List<LoadedLexicon.GoldSpan> spans = new java.util.ArrayList<>();
        int l = text.indexOf(loaded);
        spans.add(new LoadedLexicon.GoldSpan(l, l + loaded.length(), LoadedWording.LOADED_LANGUAGE));
        int n = text.indexOf(naming);
        spans.add(new LoadedLexicon.GoldSpan(n, n + naming.length(), LoadedWording.NAME_CALLING));
        return new LoadedLexicon.Example(text, spans);
    }

    private static final List<LoadedLexicon.Example> EXAMPLES = List.of(
            example("The plan was a gruesome mess, said the windbags of Eastland.", "gruesome mess", "windbags"),
            example("Another gruesome mess, the windbags said, for the town.", "gruesome mess", "windbags"),
            example("A gruesome mess again: windbags, all of them, in Eastland.", "gruesome mess", "windbags"),
            example("The mess was cleared by the town, said Eastland.", "cleared", "town"));

    @Test
    void wordsInsideSpansGetHighSharesAndTheirTechnique() {
        LoadedLexicon lexicon = LoadedLexicon.learn(EXAMPLES, 2);
        double gruesome = lexicon.share("gruesome", LoadedWording.LOADED_LANGUAGE);
        assertTrue(gruesome > 0.6, "gruesome: " + gruesome);
        assertTrue(lexicon.share("gruesome", LoadedWording.NAME_CALLING) < 0.1);
        assertTrue(lexicon.share("windbags", LoadedWording.NAME_CALLING) > 0.6);
        assertTrue(lexicon.share("gruesome mess", LoadedWording.LOADED_LANGUAGE) > 0.6, "pairs are learned");
        double mess = lexicon.share("mess", LoadedWording.LOADED_LANGUAGE);
        assertTrue(mess < gruesome, "a word also seen outside spans scores lower: " + mess);
        assertEquals(0, lexicon.share("the", LoadedWording.LOADED_LANGUAGE), "never inside twice: dropped");
    }

    @Test
    void namesAndSideWordsAreNeverLearned() {
        List<LoadedLexicon.Example> examples = List.of(
                example("Eastland liberals again.", "Eastland liberals", "liberals"),
                example("Eastland liberals once more.", "Eastland liberals", "liberals"),
                example("Eastland liberals, they said.", "Eastland liberals", "liberals"));
        LoadedLexicon lexicon = LoadedLexicon.learn(examples, 2);
        assertEquals(0, lexicon.share("eastland", LoadedWording.LOADED_LANGUAGE), "capitalised: a name");
        assertEquals(0, lexicon.share("liberals", LoadedWording.NAME_CALLING), "a side word");
        assertEquals(0, lexicon.share("eastland liberals", LoadedWording.LOADED_LANGUAGE));
    }

    @Test
    void inflectionsShareTheirFamilysEvidence() {
        List<LoadedLexicon.Example> examples = List.of(
                example("They hornswoggled the town, the windbags.", "hornswoggled", "windbags"),
                example("It hornswoggles everyone, said the windbags.", "hornswoggles", "windbags"));
        LoadedLexicon lexicon = LoadedLexicon.learn(examples, 2);
        assertEquals(0, lexicon.share("hornswoggled", LoadedWording.LOADED_LANGUAGE), "each form seen once");
        assertTrue(lexicon.share(Words.family("hornswoggling"), LoadedWording.LOADED_LANGUAGE) > 0.6);
        List<String> found = LoadedFinderTest.found(
                new LoadedFinder(lexicon, LoadedFinder.Thresholds.DEFAULT), "Nobody was hornswoggling anyone.");
        assertEquals(List.of("loaded-language: hornswoggling"), found);
    }

    @Test
    void sideWordsAreLeftOutWithTheirInflections() {
        List<LoadedLexicon.Example> examples = List.of(
                example("The conservatives again.", "conservatives", "conservatives"),
                example("Those conservatives once more.", "conservatives", "conservatives"));
        LoadedLexicon lexicon = LoadedLexicon.learn(examples, 2);
        assertEquals(0, lexicon.share(Words.family("conservatives"), LoadedWording.NAME_CALLING));
        assertEquals(0, lexicon.share("conservatives", LoadedWording.NAME_CALLING));
    }

    @Test
    void writtenAndReadBack() throws IOException {
        LoadedLexicon lexicon = LoadedLexicon.learn(EXAMPLES, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lexicon.write(bytes);
        LoadedLexicon read = LoadedLexicon.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(lexicon.keys(), read.keys());
        assertEquals(lexicon.share("windbags", LoadedWording.NAME_CALLING),
                read.share("windbags", LoadedWording.NAME_CALLING), 1e-12);
    }

    @Test
    void aBrokenFileSaysWhichLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("# claimgraph loaded-wording lexicon v1\n*\t10\t2\t1\nsham\tmany\t1\t0\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        IOException e = assertThrows(IOException.class,
                () -> LoadedLexicon.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}

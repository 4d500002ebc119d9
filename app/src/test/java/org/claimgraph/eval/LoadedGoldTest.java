package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.annotate.loaded.LoadedLexicon;
import org.claimgraph.model.LoadedWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the PTC layout: the fixture written for the project, and broken copies of it. */
class LoadedGoldTest {

    @Test
    void readsArticlesSpansAndSkipsOtherTechniques() throws Exception {
        LoadedGold.GoldSet gold = LoadedGold.read(LoadedEvaluationTest.fixture());
        assertEquals(6, gold.articles().size());
        assertEquals(1, gold.otherTechniques());
        LoadedGold.Article withEmoji = gold.articles().get(2);
        assertEquals("1003", withEmoji.id());
        LoadedLexicon.GoldSpan first = withEmoji.spans().get(0);
        assertEquals(LoadedWording.LOADED_LANGUAGE, first.technique());
        assertEquals("outrageous grab", withEmoji.text().substring(first.begin(), first.end()),
                "code-point offsets become UTF-16 ones after the emoji");
        assertEquals(0, gold.articles().get(4).spans().size());
    }

    @Test
    void missingFolderIsNamed(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere");
        LoadedGold.GoldException e = assertThrows(LoadedGold.GoldException.class, () -> LoadedGold.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("--gold"), e.getMessage());
    }

    @Test
    void folderWithoutLabelsSaysWhatItNeeds(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("train-articles"));
        Files.writeString(folder.resolve("train-articles/article1.txt"), "Some text.", StandardCharsets.UTF_8);
        LoadedGold.GoldException e = assertThrows(LoadedGold.GoldException.class, () -> LoadedGold.read(folder));
        assertTrue(e.getMessage().contains("exactly one *.labels file"), e.getMessage());
    }

    @Test
    void malformedLinesAreNamedByNumber(@TempDir Path folder) throws IOException {
        assertBroken(folder, "1\tLoaded_Language\t0\n", "line 2", "has 3 tab-separated fields");
        assertBroken(folder, "1\tLoaded_Language\t0\tfour\n", "line 2", "not a whole number");
        assertBroken(folder, "1\tLoaded_Language\t0\t99\n", "line 2", "0 <= start <= end <= 10");
        assertBroken(folder, "2\tLoaded_Language\t0\t4\n", "line 2", "article2.txt");
    }

    private static void assertBroken(Path folder, String badLine, String... expected) throws IOException {
        Files.createDirectories(folder.resolve("train-articles"));
        Files.writeString(folder.resolve("train-articles/article1.txt"), "Some text.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("gold.labels"), "1\tLoaded_Language\t0\t4\n" + badLine,
                StandardCharsets.UTF_8);
        LoadedGold.GoldException e = assertThrows(LoadedGold.GoldException.class, () -> LoadedGold.read(folder));
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }
}

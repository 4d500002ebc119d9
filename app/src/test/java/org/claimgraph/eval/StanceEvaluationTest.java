package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.eval.StanceEvaluation.Gold;
import org.claimgraph.eval.StanceEvaluation.Pair;
import org.claimgraph.eval.StanceEvaluation.Report;
import org.claimgraph.eval.StanceEvaluation.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FNC-1 metric, the CSV reader and the gold reading, on cases written for this test. */
class StanceEvaluationTest {

    @TempDir
    Path folder;

    @Test
    void pairScoreFollowsTheOfficialWeighting() {
        assertEquals(0.25, StanceEvaluation.pairScore(Stance.UNRELATED, Stance.UNRELATED), 1e-9);
        assertEquals(1.0, StanceEvaluation.pairScore(Stance.AGREE, Stance.AGREE), 1e-9);
        assertEquals(1.0, StanceEvaluation.pairScore(Stance.DISCUSS, Stance.DISCUSS), 1e-9);
        assertEquals(0.25, StanceEvaluation.pairScore(Stance.AGREE, Stance.DISAGREE), 1e-9, "related, wrong label");
        assertEquals(0.25, StanceEvaluation.pairScore(Stance.DISAGREE, Stance.DISCUSS), 1e-9);
        assertEquals(0, StanceEvaluation.pairScore(Stance.AGREE, Stance.UNRELATED), 1e-9);
        assertEquals(0, StanceEvaluation.pairScore(Stance.UNRELATED, Stance.DISCUSS), 1e-9);
    }

    @Test
    void reportScoresAgainstTheMaximum() {
        List<Stance> gold = List.of(Stance.UNRELATED, Stance.UNRELATED, Stance.AGREE, Stance.DISAGREE, Stance.DISCUSS);
        List<Stance> predicted = List.of(Stance.UNRELATED, Stance.AGREE, Stance.AGREE, Stance.DISCUSS, Stance.UNRELATED);
        Report report = Report.of(gold, predicted);
        assertEquals(0.25 + 0 + 1.0 + 0.25 + 0, report.score(), 1e-9);
        assertEquals(0.25 * 2 + 3, report.maxScore(), 1e-9);
        assertEquals(1.5 / 3.5, report.relativeScore(), 1e-9);
        assertEquals(1, report.count(Stance.UNRELATED, Stance.AGREE));
        assertEquals(0.5, report.precision(Stance.AGREE), 1e-9);
        assertEquals(1.0, report.recall(Stance.AGREE), 1e-9);
        assertEquals(2.0 / 3, report.f1(Stance.AGREE), 1e-9);
        assertEquals(0, report.f1(Stance.DISAGREE), 1e-9);
        assertEquals(0.5, report.f1(Stance.UNRELATED), 1e-9, "precision 1/2, recall 1/2");
    }

    @Test
    void macroF1AveragesTheFourClasses() {
        List<Stance> gold = List.of(Stance.AGREE, Stance.DISAGREE, Stance.DISCUSS, Stance.UNRELATED);
        Report perfect = Report.of(gold, gold);
        assertEquals(1.0, perfect.macroF1(), 1e-9);
        assertEquals(1.0, perfect.relativeScore(), 1e-9);
        Report allDiscuss = Report.of(gold, List.of(Stance.DISCUSS, Stance.DISCUSS, Stance.DISCUSS, Stance.DISCUSS));
        assertEquals(0.4 / 4, allDiscuss.macroF1(), 1e-9, "only discuss has an F1: precision 1/4, recall 1, F1 0.4");
    }

    @Test
    void trivialReferences() {
        List<Pair> pairs = List.of(new Pair("a", 1, Stance.UNRELATED), new Pair("b", 1, Stance.AGREE),
                new Pair("c", 2, Stance.DISCUSS), new Pair("d", 2, Stance.DISAGREE));
        List<Stance> gold = pairs.stream().map(Pair::stance).toList();
        assertEquals(0.25 / 3.25, Report.of(gold, StanceEvaluation.allUnrelated(pairs)).relativeScore(), 1e-9);
        Report discuss = Report.of(gold, StanceEvaluation.perfectRelatednessDiscuss(pairs));
        assertEquals((0.25 + 0.25 + 1.0 + 0.25) / 3.25, discuss.relativeScore(), 1e-9);
    }

    @Test
    void csvFieldsSpanLinesAndHoldCommasAndQuotes() {
        String text = "\uFEFFBody ID,articleBody\r\n7,\"First line, with a comma.\n\nA \"\"quoted\"\" word.\"\n8,plain\n";
        List<FncCsv.Row> rows = FncCsv.parse(text);
        assertEquals(3, rows.size());
        assertEquals(List.of("Body ID", "articleBody"), rows.get(0).fields());
        assertEquals(List.of("7", "First line, with a comma.\n\nA \"quoted\" word."), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(5, rows.get(2).line(), "the record after a three-line field starts on line 5");
        assertEquals(List.of("8", "plain"), rows.get(2).fields());
    }

    @Test
    void csvKeepsEmptyFieldsAndRoundTrips() {
        List<String> fields = List.of("a, b", "", "say \"hi\"\nthen go", "x");
        String line = FncCsv.format(fields);
        assertEquals("\"a, b\",,\"say \"\"hi\"\"\nthen go\",x", line);
        assertEquals(fields, FncCsv.parse(line + "\n").get(0).fields());
    }

    @Test
    void csvUnclosedQuoteNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FncCsv.parse("Body ID,articleBody\n1,ok\n2,\"never closed\nand on\n"));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
    }

    @Test
    void readsTheFixture() throws IOException {
        Gold gold = StanceEvaluation.readGold(fixture());
        assertEquals(20, gold.pairs().size());
        assertEquals(6, gold.bodies().size());
        assertTrue(gold.bodies().get(11).contains("the \"shark\" was added"));
        assertEquals(new Pair("Shark swims in flooded supermarket, video shows", 11, Stance.DISAGREE),
                gold.pairs().get(2));
    }

    @Test
    void missingColumnNamesFileLineAndColumns() throws IOException {
        write("bodies.csv", "Body ID,text\n1,hello\n");
        write("stances.csv", "Headline,Body ID,Stance\nHi,1,agree\n");
        IOException e = assertThrows(IOException.class, () -> StanceEvaluation.readGold(folder));
        assertTrue(e.getMessage().startsWith("bodies.csv line 1: no column 'articleBody'"), e.getMessage());
    }

    @Test
    void unknownBodyIdNamesFileAndLine() throws IOException {
        write("bodies.csv", "Body ID,articleBody\n1,\"two\nlines\"\n");
        write("stances.csv", "Headline,Body ID,Stance\nHi,1,agree\n\"Multi\nline\",1,discuss\nLost,9,agree\n");
        IOException e = assertThrows(IOException.class, () -> StanceEvaluation.readGold(folder));
        assertTrue(e.getMessage().startsWith("stances.csv line 5: Body ID 9 is not in bodies.csv"), e.getMessage());
    }

    @Test
    void predictionsAreWrittenAsFncCsv() throws IOException {
        Gold gold = StanceEvaluation.readGold(fixture());
        Path out = folder.resolve("predictions.csv");
        Files.writeString(out, "old content", StandardCharsets.UTF_8);
        List<Stance> predicted = StanceEvaluation.perfectRelatednessDiscuss(gold.pairs());
        StanceEvaluation.writePredictions(out, gold.pairs(), predicted);
        List<FncCsv.Row> rows = FncCsv.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of("Headline", "Body ID", "Stance"), rows.get(0).fields());
        assertEquals(List.of("Shark swims in flooded supermarket, video shows", "11", "discuss"),
                rows.get(3).fields());
        assertEquals(21, rows.size());
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(out), listing.toList(), "no temporary file is left behind");
        }
    }

    /** The FNC-format fixture written for these tests (see its README). */
    static Path fixture() {
        try {
            return Path.of(StanceEvaluationTest.class.getResource("fnc-fixture").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}

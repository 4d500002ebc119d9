package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.claimgraph.eval.TimexEvaluation.DocumentScore;
import org.claimgraph.eval.TimexEvaluation.GoldDocument;
import org.claimgraph.eval.TimexEvaluation.Report;
import org.claimgraph.eval.TimexEvaluation.Timex;
import org.junit.jupiter.api.Test;

/** The TimeML reader and the scoring, on a small document written for this test. */
class TimexEvaluationTest {

    private static final String TIMEML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-03" functionInDocument="CREATION_TIME">June 3, 2024</TIMEX3></DCT>
            <TEXT>
            Talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-05-31">Friday</TIMEX3> &amp; \
            resume <TIMEX3 tid="t2" type="DATE" value="2024-06-10">next Monday</TIMEX3> after <TIMEX3 tid="t3" type="DURATION" \
            value="P3D">three days</TIMEX3> of <TIMEX3 tid="t4" type="SET" value="P1D">daily</TIMEX3> rallies.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTextSpansAndCreationTime() throws IOException {
        GoldDocument gold = TimexEvaluation.readTimeMl("TEST0001", TIMEML);
        assertEquals("2024-06-03", gold.creationTime());
        assertEquals(4, gold.timexes().size(), "the creation time is not scored");
        String text = gold.text();
        assertEquals("\nTalks ended Friday & resume next Monday after three days of daily rallies.\n", text);
        Timex friday = gold.timexes().get(0);
        assertEquals("Friday", text.substring(friday.begin(), friday.end()));
        assertEquals("DATE", friday.type());
        assertEquals("2024-05-31", friday.value());
        Timex monday = gold.timexes().get(1);
        assertEquals("next Monday", text.substring(monday.begin(), monday.end()));
    }

    @Test
    void scoresRelaxedStrictTypeAndValue() throws IOException {
        GoldDocument gold = TimexEvaluation.readTimeMl("TEST0001", TIMEML);
        String text = gold.text();
        List<Timex> predicted = List.of(
                at(text, "Friday", "DATE", "2024-05-31"),          // exact, right value
                at(text, "Monday", "DATE", "2024-06-03"),          // overlaps 'next Monday', wrong value
                at(text, "three days of daily", "DURATION", "P3D"), // overlaps two golds: matches one only
                at(text, "rallies", "DATE", null));                 // spurious
        DocumentScore score = TimexEvaluation.score(gold.name(), gold.timexes(), gold.scored(predicted));
        Report report = new Report(List.of(score));
        assertEquals(3, report.relaxed(), "one to one: 'daily' stays unmatched");
        assertEquals(1, report.strict());
        assertEquals(2, report.valueRight());
        assertEquals(3, report.typeRight());
        assertEquals(0.75, report.relaxedPrecision(), 1e-9);
        assertEquals(0.75, report.relaxedRecall(), 1e-9);
        assertEquals(0.25, report.strictF1(), 1e-9);
        assertEquals(0.5, report.valuePrecision(), 1e-9);
        assertEquals(0.5, report.valueRecall(), 1e-9);
        assertEquals(0.5, report.valueF1(), 1e-9);
        assertEquals(1.0, report.typeAccuracy(), 1e-9);
        assertEquals(1, score.missed().size());
        assertEquals("P1D", score.missed().get(0).value());
        assertEquals(1, score.spurious().size());
    }

    @Test
    void anUnresolvedValueNeverMatchesAnUnresolvedGold() {
        Timex gold = new Timex(0, 5, "DATE", null);
        Timex predicted = new Timex(0, 5, "DATE", null);
        DocumentScore score = TimexEvaluation.score("x", List.of(gold), List.of(predicted));
        assertEquals(1, score.matches().size());
        assertEquals(0, score.valueRight());
    }

    @Test
    void predictionsOverACreationTimeInTheTextAreNotScored() throws IOException {
        GoldDocument gold = TimexEvaluation.readTimeMl("TEST0002", """
                <TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="2024-06-03" functionInDocument="CREATION_TIME">\
                June 3</TIMEX3>: rain <TIMEX3 tid="t1" type="DATE" value="2024-06-02">Sunday</TIMEX3>.</TEXT></TimeML>
                """);
        assertEquals("2024-06-03", gold.creationTime());
        assertEquals(1, gold.timexes().size());
        List<Timex> predicted = List.of(new Timex(0, 6, "DATE", "2024-06-03"), new Timex(14, 20, "DATE", "2024-06-02"));
        assertEquals(1, gold.scored(predicted).size());
        Report report = new Report(List.of(TimexEvaluation.score(gold.name(), gold.timexes(), gold.scored(predicted))));
        assertEquals(1.0, report.valueF1(), 1e-9);
    }

    private static Timex at(String text, String words, String type, String value) {
        int begin = text.indexOf(words);
        return new Timex(begin, begin + words.length(), type, value);
    }
}

package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.claimgraph.eval.AttributionEvaluation.Counts;
import org.claimgraph.eval.AttributionEvaluation.Relation;
import org.claimgraph.eval.AttributionEvaluation.Role;
import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

/** The scorer on a tiny brat document written for this test. */
class AttributionEvaluationTest {

    static final String TEXT = "Ana Ruiz said that the strike is over. “Trains run,” Bo added. “Buses too.”";

    /** Two relations; the second has a quote split around its cue (a discontinuous Content). */
    static final String ANN = String.join("\n",
            "T1\tSource 0 8\tAna Ruiz",
            "T2\tCue 9 13\tsaid",
            "T3\tContent 14 37\tthat the strike is over",
            "T4\tAttribution 9 13\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 39 52;63 75\t“Trains run,” “Buses too.”",
            "T6\tCue 56 61\tadded",
            "T7\tSource 53 55\tBo",
            "#1\tAnnotatorNotes T5\ta note the parser skips",
            "E2\tAttribution:T4 Source:T7 Cue:T6 Content:T5",
            "");

    @Test
    void parsesRelationsWithDiscontinuousSpans() {
        List<Relation> relations = AttributionEvaluation.parseBrat(ANN, TEXT.length());
        assertEquals(2, relations.size());
        assertEquals(List.of(new Span(39, 52), new Span(63, 75)), relations.get(1).content());
        assertEquals(List.of(new Span(53, 55)), relations.get(1).source());
    }

    @Test
    void normalisingTrimsThatQuotesAndPunctuation() {
        assertEquals("the strike is over", AttributionEvaluation.normalise(TEXT, new Span(14, 38)).coveredText(TEXT));
        assertEquals("Trains run", AttributionEvaluation.normalise(TEXT, new Span(38, 52)).coveredText(TEXT));
        assertEquals("Buses too", AttributionEvaluation.normalise(TEXT, new Span(63, 75)).coveredText(TEXT));
    }

    @Test
    void scoresExactAndOverlapPerRole() {
        List<Relation> gold = AttributionEvaluation.parseBrat(ANN, TEXT.length());
        // a prediction: the first relation right (content without "that", with the period); the second with only the
        // first half of its quote; a third with a wrong speaker, a repeated cue and the same half quote again
        List<Relation> predicted = List.of(
                new Relation(List.of(new Span(0, 8)), List.of(new Span(9, 13)), List.of(new Span(19, 38))),
                new Relation(List.of(new Span(53, 55)), List.of(new Span(56, 61)), List.of(new Span(38, 52))),
                new Relation(List.of(new Span(40, 46)), List.of(new Span(9, 13)), List.of(new Span(39, 51))));
        Map<Role, Counts> score = AttributionEvaluation.score(TEXT, gold, predicted);

        Counts source = score.get(Role.SOURCE);
        assertEquals(2, source.gold());
        assertEquals(3, source.predicted());
        assertEquals(2, source.exact());

        Counts cue = score.get(Role.CUE);
        assertEquals(2, cue.gold(), "cues are distinct spans");
        assertEquals(2, cue.predicted(), "the repeated cue counts once");
        assertEquals(2, cue.exact());

        Counts content = score.get(Role.CONTENT);
        assertEquals(3, content.gold(), "the split quote is two spans");
        assertEquals(2, content.predicted(), "two predictions normalise to the same span");
        assertEquals(2, content.exact());
        assertEquals(1.0, content.exactPrecision(), 1e-9);
        assertEquals(2.0 / 3, content.exactRecall(), 1e-9);
        assertEquals(0.8, content.exactF1(), 1e-9);
        assertEquals(0.8, content.overlapF1(), 1e-9);

        assertEquals(0.8, source.exactF1(), 1e-9);
        assertEquals(0.8, source.overlapF1(), 1e-9, "'Trains' overlaps no gold source");
    }

    @Test
    void partialOverlapCountsForOverlapButNotExact() {
        List<Relation> gold = AttributionEvaluation.parseBrat(ANN, TEXT.length());
        List<Relation> predicted = List.of(
                new Relation(List.of(new Span(4, 8)), List.of(), List.of(new Span(23, 37))));
        Map<Role, Counts> score = AttributionEvaluation.score(TEXT, gold, predicted);
        assertEquals(0, score.get(Role.SOURCE).exact());
        assertEquals(1, score.get(Role.SOURCE).overlap());
        assertEquals(0, score.get(Role.CONTENT).exact());
        assertEquals(1, score.get(Role.CONTENT).overlap());
        assertEquals(0, score.get(Role.CUE).predicted());
    }
}

package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimgraph.eval.StanceEvaluation.Stance;
import org.junit.jupiter.api.Test;

/** The FNC-1 rules and their text helpers on small cases written for this test. */
class FncPredictorTest {

    private static final String DENIAL = "The ministry denied the report that the bridge will close, calling it false.";
    private static final String HEDGED = "The bridge may reportedly close next week, according to unnamed sources.";
    private static final String ASSERTED = "The bridge will close next week for repairs to its steel supports.";
    private static final String OTHER = "Farmers in the valley brought in a record apple harvest this autumn.";
    private static final String HEADLINE = "Bridge will close next week";

    /** Related at any cosine above 0.05, cues in the best sentence, disagree at one refuting cue, agree unhedged. */
    private static final FncPredictor.Parameters RULES = new FncPredictor.Parameters(0, 0.05, 1, 1, 0, 0, 99, 0);

    private final FncPredictor predictor = new FncPredictor(new FncFeatures(List.of(DENIAL, HEDGED, ASSERTED, OTHER)),
            RULES);

    @Test
    void stemsMakeWordFormsOne() {
        assertEquals(FncText.stem("deny"), FncText.stem("denied"));
        assertEquals(FncText.stem("denies"), FncText.stem("denied"));
        assertEquals(FncText.stem("confirmed"), FncText.stem("confirms"));
        assertEquals(FncText.stem("announce"), FncText.stem("announced"));
        assertEquals("news", FncText.stem("news"), "four letters or fewer stay");
    }

    @Test
    void tokensSplitContractionsAndMarkNames() {
        List<FncText.Token> tokens = FncText.tokens("Paris didn't vote in 2024");
        assertEquals(List.of("paris", "did", "n't", "vote", "in", "2024"),
                tokens.stream().map(FncText.Token::lower).toList());
        assertTrue(tokens.get(0).named());
        assertTrue(tokens.get(5).named(), "numbers count as named");
        assertTrue(!tokens.get(3).named());
    }

    @Test
    void sentencesEndAtStopsAndLineBreaks() {
        assertEquals(List.of("One.", "Two?", "Three", "Four 3.5 times"),
                FncText.sentences("One. Two?\nThree\n\nFour 3.5 times"));
    }

    @Test
    void refutingBodyDisagrees() {
        assertEquals(Stance.DISAGREE, predictor.predict(HEADLINE, DENIAL));
    }

    @Test
    void hedgedBodyDiscusses() {
        assertEquals(Stance.DISCUSS, predictor.predict(HEADLINE, HEDGED));
    }

    @Test
    void unhedgedAssertionAgrees() {
        assertEquals(Stance.AGREE, predictor.predict(HEADLINE, ASSERTED));
    }

    @Test
    void hedgedHeadlineMakesAnAssertionDiscuss() {
        assertEquals(Stance.DISCUSS, predictor.predict("Bridge will reportedly close next week?", ASSERTED));
    }

    @Test
    void bodyAboutSomethingElseIsUnrelated() {
        assertEquals(Stance.UNRELATED, predictor.predict(HEADLINE, OTHER));
    }

    @Test
    void negationNearASharedWordCounts() {
        List<FncText.Token> tokens = FncText.tokens("The bridge will not close, the city officials said on Monday.");
        assertEquals(1, FncFeatures.negationsNear(tokens, Set.of(FncText.stem("close"))));
        assertEquals(0, FncFeatures.negationsNear(tokens, Set.of(FncText.stem("officials"))), "four words away");
    }
}

package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.eval.StanceEvaluation.Gold;
import org.claimgraph.eval.StanceEvaluation.Pair;
import org.claimgraph.eval.StanceEvaluation.Stance;
import org.junit.jupiter.api.Test;

/** Cross-validation over Body IDs never fits on the fold it predicts. */
class FncCrossValidationTest {

    /** A predictor that remembers the bodies it was fitted on and fails when asked about one of them. */
    private record Recording(Set<String> trainingBodies, List<String> asked) implements HeadlinePredictor {
        @Override
        public Stance predict(String headline, String body) {
            assertFalse(trainingBodies.contains(body), "predicted a pair whose body was in the training folds");
            asked.add(headline);
            return Stance.DISCUSS;
        }
    }

    @Test
    void eachPairIsPredictedOnceByAPredictorThatNeverSawItsBody() {
        List<Pair> pairs = new ArrayList<>();
        Map<Integer, String> bodies = new java.util.HashMap<>();
        for (int body = 1; body <= 12; body++) {
            bodies.put(body, "body " + body);
            for (int headline = 0; headline < 3; headline++) {
                pairs.add(new Pair("h" + body + "-" + headline, body, Stance.AGREE));
            }
        }
        List<String> asked = new ArrayList<>();
        List<Set<Integer>> trainingIds = new ArrayList<>();
        FncCrossValidation.Result<Recording> result = FncCrossValidation.run(pairs, bodies, 4, 7, training -> {
            Set<String> seen = new HashSet<>();
            Set<Integer> ids = new HashSet<>();
            for (Pair pair : training) {
                seen.add(bodies.get(pair.bodyId()));
                ids.add(pair.bodyId());
            }
            trainingIds.add(ids);
            return new Recording(seen, asked);
        });
        assertEquals(pairs.size(), result.predicted().size());
        assertEquals(pairs.size(), new HashSet<>(asked).size(), "every pair once");
        assertEquals(pairs.size(), asked.size(), "and no pair twice");
        assertEquals(4, result.folds().size());
        for (int fold = 0; fold < 4; fold++) {
            List<Integer> heldOut = result.folds().get(fold).heldOutBodies();
            assertEquals(3, heldOut.size(), "12 bodies dealt into 4 folds");
            for (int id : heldOut) {
                assertFalse(trainingIds.get(fold).contains(id));
            }
            assertEquals(12 - 3, trainingIds.get(fold).size(), "trained on all the other bodies");
        }
    }

    @Test
    void foldsAreFixedBySeed() {
        List<Pair> pairs = new ArrayList<>();
        for (int body = 1; body <= 20; body++) {
            pairs.add(new Pair("h", body, Stance.UNRELATED));
        }
        assertEquals(FncCrossValidation.assignFolds(pairs, 5, 42), FncCrossValidation.assignFolds(pairs, 5, 42));
        assertTrue(!FncCrossValidation.assignFolds(pairs, 5, 42).equals(FncCrossValidation.assignFolds(pairs, 5, 43)));
        assertThrows(IllegalArgumentException.class, () -> FncCrossValidation.assignFolds(pairs, 21, 42));
        assertThrows(IllegalArgumentException.class, () -> FncCrossValidation.assignFolds(pairs, 1, 42));
    }

    @Test
    void thresholdIsChosenFromTheTrainingFoldsOnly() throws IOException {
        // Fitting on the fixture's pairs with every gold label turned around (related <-> unrelated) must choose
        // a different related threshold than fitting on the true labels: the fit reads only the labels it is given.
        Gold gold = StanceEvaluation.readGold(StanceEvaluationTest.fixture());
        FncFeatures features = new FncFeatures(gold.bodies().values());
        List<Pair> flipped = gold.pairs().stream().map(p -> new Pair(p.headline(), p.bodyId(),
                p.stance().related() ? Stance.UNRELATED : Stance.DISCUSS)).toList();
        FncPredictor.Parameters right = FncPredictor.fit(features, gold.pairs(), gold.bodies()).parameters();
        FncPredictor.Parameters wrong = FncPredictor.fit(features, flipped, gold.bodies()).parameters();
        assertTrue(right.related() > 0, right.toString());
        assertTrue(right.related() != wrong.related(), right + " vs " + wrong);
    }

    @Test
    void labelsOfTheHeldOutFoldDoNotChangeItsPredictor() throws IOException {
        Gold gold = StanceEvaluation.readGold(StanceEvaluationTest.fixture());
        FncFeatures features = new FncFeatures(gold.bodies().values());
        Map<Integer, Integer> folds = FncCrossValidation.assignFolds(gold.pairs(), 3, FncCrossValidation.SEED);
        List<Pair> poisoned = gold.pairs().stream().map(p -> folds.get(p.bodyId()) != 0 ? p
                : new Pair(p.headline(), p.bodyId(), p.stance().related() ? Stance.UNRELATED : Stance.DISCUSS)).toList();
        FncCrossValidation.Result<FncPredictor> clean = FncCrossValidation.run(gold.pairs(), gold.bodies(), 3,
                FncCrossValidation.SEED, training -> FncPredictor.fit(features, training, gold.bodies()));
        FncCrossValidation.Result<FncPredictor> changed = FncCrossValidation.run(poisoned, gold.bodies(), 3,
                FncCrossValidation.SEED, training -> FncPredictor.fit(features, training, gold.bodies()));
        assertEquals(clean.folds().get(0).predictor().parameters(), changed.folds().get(0).predictor().parameters());
        for (int i = 0; i < gold.pairs().size(); i++) {
            if (folds.get(gold.pairs().get(i).bodyId()) == 0) {
                assertEquals(clean.predicted().get(i), changed.predicted().get(i));
            }
        }
    }
}

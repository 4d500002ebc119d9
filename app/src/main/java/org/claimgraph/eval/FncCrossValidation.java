package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import org.claimgraph.eval.StanceEvaluation.Pair;
import org.claimgraph.eval.StanceEvaluation.Stance;

/**
 * k-fold cross-validation over Body IDs: the distinct body ids, shuffled with a fixed seed, are dealt round-robin into
 * k folds; for each fold a predictor is fitted on the pairs of the other folds only and predicts the pairs of the
 * held-out fold. Every pair is predicted exactly once, by a predictor that never saw its body.
 */
public final class FncCrossValidation {

    /** The seed of the fold assignment, fixed so that a run can be reproduced. */
    public static final long SEED = 20_170_601L;

    /** One fold: the body ids held out and the predictor fitted without them. */
    public record Fold<P extends HeadlinePredictor>(List<Integer> heldOutBodies, P predictor) {
        public Fold {
            heldOutBodies = List.copyOf(heldOutBodies);
        }
    }

    /** The predictions, one per pair in the order given, and the folds. */
    public record Result<P extends HeadlinePredictor>(List<Stance> predicted, List<Fold<P>> folds) {
        public Result {
            predicted = List.copyOf(predicted);
            folds = List.copyOf(folds);
        }
    }

    private FncCrossValidation() {}

    /** The fold (0 to folds - 1) of each body id. */
    public static Map<Integer, Integer> assignFolds(List<Pair> pairs, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        List<Integer> ids = new ArrayList<>(new TreeSet<>(pairs.stream().map(Pair::bodyId).toList()));
        if (ids.size() < folds) {
            throw new IllegalArgumentException("%d folds but only %d distinct Body IDs: use at most %d folds"
                    .formatted(folds, ids.size(), ids.size()));
        }
        Collections.shuffle(ids, new Random(seed));
        Map<Integer, Integer> fold = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            fold.put(ids.get(i), i % folds);
        }
        return fold;
    }

    /** Fits on k - 1 folds with {@code fit} and predicts the held-out fold, for each fold. */
    public static <P extends HeadlinePredictor> Result<P> run(List<Pair> pairs, Map<Integer, String> bodies, int folds,
            long seed, Function<List<Pair>, P> fit) {
        Map<Integer, Integer> foldOf = assignFolds(pairs, folds, seed);
        Stance[] predicted = new Stance[pairs.size()];
        List<Fold<P>> results = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Pair> training = new ArrayList<>();
            for (Pair pair : pairs) {
                if (foldOf.get(pair.bodyId()) != fold) {
                    training.add(pair);
                }
            }
            P predictor = fit.apply(List.copyOf(training));
            List<Integer> heldOut = new ArrayList<>();
            for (Map.Entry<Integer, Integer> entry : foldOf.entrySet()) {
                if (entry.getValue() == fold) {
                    heldOut.add(entry.getKey());
                }
            }
            Collections.sort(heldOut);
            for (int i = 0; i < pairs.size(); i++) {
                Pair pair = pairs.get(i);
                if (foldOf.get(pair.bodyId()) == fold) {
                    predicted[i] = predictor.predict(pair.headline(), bodies.get(pair.bodyId()));
                }
            }
            results.add(new Fold<>(heldOut, predictor));
        }
        return new Result<>(List.of(predicted), results);
    }
}

package org.claimgraph.eval;

import org.claimgraph.eval.StanceEvaluation.Stance;

/**
 * Predicts the stance of an article body toward a headline (FNC-1): unrelated, or, when the body is about the
 * headline's claim, whether it agrees with it, disagrees with it, or discusses it without taking a side.
 *
 * <pre>{@code
 * HeadlinePredictor predictor = (headline, body) -> Stance.DISCUSS;
 * Stance stance = predictor.predict("Robot wins chess final", "The robot won the final on Sunday.");
 * }</pre>
 */
@FunctionalInterface
public interface HeadlinePredictor {
    Stance predict(String headline, String body);
}

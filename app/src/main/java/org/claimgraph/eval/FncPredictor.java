package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.eval.FncFeatures.Features;
import org.claimgraph.eval.StanceEvaluation.Pair;
import org.claimgraph.eval.StanceEvaluation.Stance;

/**
 * General rules for FNC-1 stance, with thresholds chosen by {@link #fit} on labelled pairs (by cross-validation in
 * {@code eval stance}).
 *
 * <ul>
 *   <li><b>Related</b> when a weighted sum of the TF-IDF cosine, the lead overlap and the named-token overlap (see
 *       {@link FncFeatures}) reaches the threshold; the weights are one of {@link #WEIGHTINGS}, fixed a priori.
 *   <li><b>Disagree</b> when the body's best-overlapping sentences hold enough refuting cues and negations near the
 *       words they share with the headline, and the body enough refuting cues per sentence; never when the headline
 *       itself refutes (a body that refutes it then agrees with it).
 *   <li><b>Agree</b> when the best sentences and the headline carry few hedges (a confirming cue cancels one), the body
 *       few hedges per sentence, and the best sentence covers enough of the headline: an unhedged assertion.
 *   <li><b>Discuss</b> otherwise.
 * </ul>
 */
public final class FncPredictor implements HeadlinePredictor {

    /** Weights of cosine, lead overlap and named overlap in the relatedness score; fixed a priori, one picked by fit. */
    static final List<double[]> WEIGHTINGS = List.of(
            new double[] {1, 0, 0}, new double[] {0.5, 0.25, 0.25}, new double[] {0.34, 0.33, 0.33});

    /** A threshold no count or density reaches: that rule never fires. */
    private static final int NEVER = 99;

    /**
     * The chosen thresholds: the relatedness weighting and threshold; disagree needs at least {@code refuting} cues and
     * negations in the best sentences and {@code refutingDensity} refuting cues per body sentence; agree allows at most
     * {@code hedges} hedges (best sentences and headline, one fewer when a confirming cue is there), at most
     * {@code hedgingDensity} hedging cues per body sentence, and needs a best sentence covering {@code coverage} of the
     * headline's stems.
     */
    public record Parameters(int weighting, double related, int sentences, int refuting, double refutingDensity,
            int hedges, double hedgingDensity, double coverage) {
        @Override
        public String toString() {
            double[] w = WEIGHTINGS.get(weighting);
            return String.format(Locale.ROOT, "related at %.2f cos + %.2f lead + %.2f named >= %.3f; cues in the"
                    + " best %d sentences; disagree at %s; agree at %s", w[0], w[1], w[2], related, sentences,
                    refutingDensity >= NEVER ? "never" : String.format(Locale.ROOT,
                            "%d refuting, %.2f per sentence", refuting, refutingDensity),
                    hedges <= -NEVER ? "never" : String.format(Locale.ROOT, "<= %d hedges, %s per sentence, coverage %.1f",
                            hedges, hedgingDensity >= NEVER ? "any" : String.format(Locale.ROOT, "<= %.2f",
                                    hedgingDensity), coverage));
        }
    }

    private final FncFeatures features;
    private final Parameters parameters;

    public FncPredictor(FncFeatures features, Parameters parameters) {
        this.features = features;
        this.parameters = parameters;
    }

    public Parameters parameters() {
        return parameters;
    }

    @Override
    public Stance predict(String headline, String body) {
        return decide(features.of(headline, body), parameters);
    }

    static double relatedness(Features f, int weighting) {
        double[] w = WEIGHTINGS.get(weighting);
        return w[0] * f.cosine() + w[1] * f.lead() + w[2] * f.named();
    }

    static Stance decide(Features f, Parameters p) {
        if (relatedness(f, p.weighting()) < p.related()) {
            return Stance.UNRELATED;
        }
        return stance(f, p);
    }

    private static Stance stance(Features f, Parameters p) {
        FncFeatures.Cues cues = f.best(p.sentences());
        if (!f.headlineRefutes() && cues.refuting() + cues.negations() >= p.refuting()
                && f.bodyRefuting() >= p.refutingDensity()) {
            return Stance.DISAGREE;
        }
        int hedges = cues.hedges() + f.headlineHedges() - (cues.confirming() > 0 ? 1 : 0);
        if (hedges <= p.hedges() && f.bodyHedging() <= p.hedgingDensity() && f.coverage() >= p.coverage()) {
            return Stance.AGREE;
        }
        return Stance.DISCUSS;
    }

    /**
     * Chooses the parameters that score best (official FNC-1 score) on the training pairs: first the weighting and the
     * related threshold, with every pair called related taken as "discuss" (so a missed related pair costs what the
     * simplest stance rule would have earned on it); then the stance thresholds, given that relatedness. Reads only the
     * pairs it is given.
     */
    public static FncPredictor fit(FncFeatures features, List<Pair> training, Map<Integer, String> bodies) {
        List<Features> rows = new ArrayList<>();
        for (Pair pair : training) {
            rows.add(features.of(pair.headline(), bodies.get(pair.bodyId())));
        }
        List<Parameters> relatedness = new ArrayList<>();
        for (int weighting = 0; weighting < WEIGHTINGS.size(); weighting++) {
            for (int step = 0; step <= 200; step++) {
                relatedness.add(new Parameters(weighting, step / 200.0, 1, 0, NEVER, -NEVER, 0, 0));
            }
        }
        Parameters related = best(rows, training, relatedness);
        return new FncPredictor(features, best(rows, training, stanceCandidates(related)));
    }

    /** The stance grid, each with the given relatedness. */
    private static List<Parameters> stanceCandidates(Parameters related) {
        List<Parameters> candidates = new ArrayList<>();
        for (int sentences = 1; sentences <= FncFeatures.STANCE_SENTENCES; sentences++) {
            for (int refuting : new int[] {0, 1, 2}) {
                for (double refutingDensity : new double[] {0, 0.1, 0.15, 0.2, 0.3, 0.4, NEVER}) {
                    for (int hedges : new int[] {-NEVER, -1, 0, 1}) {
                        for (double hedgingDensity : new double[] {0.1, 0.2, 0.3, 0.5, NEVER}) {
                            for (double coverage : new double[] {0, 0.3, 0.5, 0.7}) {
                                candidates.add(new Parameters(related.weighting(), related.related(), sentences,
                                        refuting, refutingDensity, hedges, hedgingDensity, coverage));
                            }
                        }
                    }
                }
            }
        }
        return candidates;
    }

    /** The first of the candidates with the highest FNC score on the training pairs. */
    private static Parameters best(List<Features> rows, List<Pair> training, List<Parameters> candidates) {
        Parameters best = candidates.get(0);
        double bestScore = -1;
        for (Parameters candidate : candidates) {
            double score = score(rows, training, candidate);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static double score(List<Features> rows, List<Pair> training, Parameters candidate) {
        double score = 0;
        for (int i = 0; i < rows.size(); i++) {
            score += StanceEvaluation.pairScore(training.get(i).stance(), decide(rows.get(i), candidate));
        }
        return score;
    }
}

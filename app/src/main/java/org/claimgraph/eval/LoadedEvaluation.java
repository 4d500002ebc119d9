package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.claimgraph.annotate.loaded.LoadedFinder;
import org.claimgraph.annotate.loaded.LoadedLexicon;
import org.claimgraph.model.LoadedWording;

/**
 * Scores loaded wording with SemEval-2020 Task 11's span-identification metric, per technique and for both
 * techniques together (technique ignored), and with exact-span F1.
 *
 * <p>SI metric: within one article and one category, overlapping spans are first merged (so that no character
 * counts twice); each predicted span {@code s} earns {@code sum over gold g of |s ∩ g| / |s|} and each gold span
 * earns {@code sum over predicted s of |s ∩ g| / |g|}; precision is the predicted spans' summed credit over their
 * number, recall the gold spans' summed credit over theirs (numbers after merging), both summed over all articles. Exact: a predicted span
 * counts when a gold span of the category has the same offsets.
 *
 * <p>Because the lexicon is learned from the same gold set, {@link #crossValidate} learns it on k-1 folds of
 * articles (assigned with a fixed seed) and predicts on the held-out fold.
 */
public final class LoadedEvaluation {

    /** What is scored: one technique, or both with the technique ignored. */
    public enum Category {
        LOADED_LANGUAGE(LoadedGold.LOADED_LANGUAGE),
        NAME_CALLING(LoadedGold.NAME_CALLING),
        BOTH("both (technique ignored)");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean includes(String technique) {
            switch (this) {
                case LOADED_LANGUAGE:
                    return technique.equals(LoadedWording.LOADED_LANGUAGE);
                case NAME_CALLING:
                    return technique.equals(LoadedWording.NAME_CALLING);
                case BOTH:
                    return true;
            }
            throw new IllegalStateException("unknown category " + this);
        }
    }

    /** A span with its technique, UTF-16 offsets. */
    public record Labelled(int begin, int end, String technique) {}

    /**
     * Summed figures of one category: the numbers of (merged) predicted and gold spans with their SI credits, and the
     * numbers of distinct predicted and gold offsets with the exact matches among them.
     */
    public record Score(int predicted, int gold, double precisionCredit, double recallCredit, int distinctPredicted,
            int distinctGold, int exact) {
        public double precision() {
            return predicted == 0 ? 0 : precisionCredit / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : recallCredit / gold;
        }

        public double f1() {
            return harmonic(precision(), recall());
        }

        public double exactF1() {
            return distinctPredicted + distinctGold == 0 ? 0 : 2.0 * exact / (distinctPredicted + distinctGold);
        }

        Score plus(Score other) {
            return new Score(predicted + other.predicted, gold + other.gold, precisionCredit + other.precisionCredit,
                    recallCredit + other.recallCredit, distinctPredicted + other.distinctPredicted,
                    distinctGold + other.distinctGold, exact + other.exact);
        }
    }

    private LoadedEvaluation() {}

    /** The figures of each category for one article's predictions against its gold spans. */
    public static Map<Category, Score> score(List<Labelled> gold, List<Labelled> predicted) {
        Map<Category, Score> scores = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            List<int[]> goldSpans = merged(gold, category);
            List<int[]> predictedSpans = merged(predicted, category);
            double precisionCredit = 0;
            double recallCredit = 0;
            for (int[] s : predictedSpans) {
                for (int[] g : goldSpans) {
                    int overlap = Math.min(s[1], g[1]) - Math.max(s[0], g[0]);
                    if (overlap > 0) {
                        precisionCredit += (double) overlap / (s[1] - s[0]);
                        recallCredit += (double) overlap / (g[1] - g[0]);
                    }
                }
            }
            scores.put(category, new Score(predictedSpans.size(), goldSpans.size(), precisionCredit, recallCredit,
                    distinct(predicted, category).size(), distinct(gold, category).size(),
                    exactMatches(gold, predicted, category)));
        }
        return scores;
    }

    /** The figures summed over all articles, with the finder given as is (no learning). */
    public static Map<Category, Score> evaluate(List<LoadedGold.Article> articles, LoadedFinder finder) {
        Map<Category, Score> total = empty();
        for (LoadedGold.Article article : articles) {
            add(total, score(gold(article), predict(finder, article.text())));
        }
        return total;
    }

    /**
     * The cross-validated figures: articles shuffled with {@code seed} and dealt into {@code folds} folds; for each
     * fold the lexicon is learned from the others (keys seen at least {@code minOccurrences} times) and the fold is
     * predicted with it.
     */
    public static Map<Category, Score> crossValidate(List<LoadedGold.Article> articles, int folds, long seed,
            int minOccurrences, LoadedFinder.Thresholds thresholds) {
        if (folds < 2 || folds > articles.size()) {
            throw new IllegalArgumentException("cross-validation needs 2 <= folds <= " + articles.size()
                    + " (the number of articles), got " + folds);
        }
        List<LoadedGold.Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(seed));
        Map<Category, Score> total = empty();
        for (int fold = 0; fold < folds; fold++) {
            List<LoadedLexicon.Example> training = new ArrayList<>();
            List<LoadedGold.Article> heldOut = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                if (i % folds == fold) {
                    heldOut.add(shuffled.get(i));
                } else {
                    training.add(shuffled.get(i).example());
                }
            }
            LoadedFinder finder = new LoadedFinder(LoadedLexicon.learn(training, minOccurrences), thresholds);
            for (LoadedGold.Article article : heldOut) {
                add(total, score(gold(article), predict(finder, article.text())));
            }
        }
        return total;
    }

    /** The finder's spans of {@code text}. */
    public static List<Labelled> predict(LoadedFinder finder, String text) {
        List<Labelled> predicted = new ArrayList<>();
        for (LoadedWording wording : finder.find(text)) {
            predicted.add(new Labelled(wording.span().begin(), wording.span().end(), wording.technique()));
        }
        return predicted;
    }

    static List<Labelled> gold(LoadedGold.Article article) {
        List<Labelled> gold = new ArrayList<>();
        for (LoadedLexicon.GoldSpan span : article.spans()) {
            gold.add(new Labelled(span.begin(), span.end(), span.technique()));
        }
        return gold;
    }

    /** The category's spans as {@code [begin, end)} pairs, sorted, overlapping or touching ones merged. */
    private static List<int[]> merged(List<Labelled> spans, Category category) {
        List<int[]> sorted = new ArrayList<>();
        for (Labelled span : spans) {
            if (category.includes(span.technique()) && span.end() > span.begin()) {
                sorted.add(new int[] {span.begin(), span.end()});
            }
        }
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The category's distinct offsets (one span labelled with both techniques counts once in BOTH). */
    private static Set<List<Integer>> distinct(List<Labelled> spans, Category category) {
        Set<List<Integer>> offsets = new HashSet<>();
        for (Labelled span : spans) {
            if (category.includes(span.technique())) {
                offsets.add(List.of(span.begin(), span.end()));
            }
        }
        return offsets;
    }

    private static int exactMatches(List<Labelled> gold, List<Labelled> predicted, Category category) {
        Set<List<Integer>> matched = distinct(predicted, category);
        matched.retainAll(distinct(gold, category));
        return matched.size();
    }

    private static Map<Category, Score> empty() {
        Map<Category, Score> scores = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            scores.put(category, new Score(0, 0, 0, 0, 0, 0, 0));
        }
        return scores;
    }

    private static void add(Map<Category, Score> total, Map<Category, Score> article) {
        for (Map.Entry<Category, Score> entry : article.entrySet()) {
            total.merge(entry.getKey(), entry.getValue(), Score::plus);
        }
    }

    private static double harmonic(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}

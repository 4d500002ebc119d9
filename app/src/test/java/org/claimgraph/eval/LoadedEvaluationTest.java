package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimgraph.annotate.loaded.LoadedFinder;
import org.claimgraph.eval.LoadedEvaluation.Category;
import org.claimgraph.eval.LoadedEvaluation.Labelled;
import org.claimgraph.eval.LoadedEvaluation.Score;
import org.claimgraph.model.LoadedWording;
import org.junit.jupiter.api.Test;

/** The SemEval-2020 Task 11 span-identification metric on hand-made spans, and the cross-validation. */
class LoadedEvaluationTest {

    private static final String L = LoadedWording.LOADED_LANGUAGE;
    private static final String N = LoadedWording.NAME_CALLING;

    private static Labelled span(int begin, int end, String technique) {
        return new Labelled(begin, end, technique);
    }

    private static Score score(Category category, List<Labelled> gold, List<Labelled> predicted) {
        return LoadedEvaluation.score(gold, predicted).get(category);
    }

    @Test
    void exactSpanScoresOne() {
        Score score = score(Category.LOADED_LANGUAGE, List.of(span(0, 10, L)), List.of(span(0, 10, L)));
        assertEquals(1.0, score.precision(), 1e-9);
        assertEquals(1.0, score.recall(), 1e-9);
        assertEquals(1.0, score.exactF1(), 1e-9);
    }

    @Test
    void halfOverlapEarnsHalfCreditEachWay() {
        Score score = score(Category.LOADED_LANGUAGE, List.of(span(0, 10, L)), List.of(span(5, 15, L)));
        assertEquals(0.5, score.precision(), 1e-9);
        assertEquals(0.5, score.recall(), 1e-9);
        assertEquals(0.5, score.f1(), 1e-9);
        assertEquals(0.0, score.exactF1(), 1e-9);
    }

    @Test
    void onePredictionOverTwoGoldSpans() {
        Score score = score(Category.NAME_CALLING, List.of(span(0, 4, N), span(6, 10, N)), List.of(span(0, 10, N)));
        assertEquals(0.8, score.precision(), 1e-9, "8 of its 10 characters are gold");
        assertEquals(1.0, score.recall(), 1e-9, "each gold span is covered whole");
        assertEquals(2 * 0.8 / 1.8, score.f1(), 1e-9);
    }

    @Test
    void theWrongTechniqueCountsOnlyWhenTechniqueIsIgnored() {
        Map<Category, Score> scores = LoadedEvaluation.score(List.of(span(0, 10, L)), List.of(span(0, 10, N)));
        assertEquals(0.0, scores.get(Category.LOADED_LANGUAGE).recall(), 1e-9);
        assertEquals(0, scores.get(Category.LOADED_LANGUAGE).predicted());
        assertEquals(0.0, scores.get(Category.NAME_CALLING).precision(), 1e-9);
        assertEquals(1.0, scores.get(Category.BOTH).f1(), 1e-9);
        assertEquals(1.0, scores.get(Category.BOTH).exactF1(), 1e-9);
    }

    @Test
    void overlappingGoldSpansAreMergedBeforeScoring() {
        Map<Category, Score> scores =
                LoadedEvaluation.score(List.of(span(0, 10, L), span(5, 15, N)), List.of(span(0, 15, N)));
        Score both = scores.get(Category.BOTH);
        assertEquals(1, both.gold(), "[0,10) and [5,15) merge into [0,15)");
        assertEquals(1.0, both.precision(), 1e-9);
        assertEquals(1.0, both.recall(), 1e-9);
        Score naming = scores.get(Category.NAME_CALLING);
        assertEquals(10.0 / 15, naming.precision(), 1e-9);
        assertEquals(1.0, naming.recall(), 1e-9);
    }

    @Test
    void nothingPredictedScoresZeroNotNaN() {
        Score score = score(Category.BOTH, List.of(span(3, 9, L)), List.of());
        assertEquals(0.0, score.precision());
        assertEquals(0.0, score.recall());
        assertEquals(0.0, score.f1());
    }

    @Test
    void creditsAddUpOverArticles() {
        Score first = score(Category.BOTH, List.of(span(0, 10, L)), List.of(span(0, 10, L)));
        Score second = score(Category.BOTH, List.of(span(0, 10, L)), List.of(span(20, 30, L)));
        Score total = first.plus(second);
        assertEquals(0.5, total.precision(), 1e-9);
        assertEquals(0.5, total.recall(), 1e-9);
    }

    @Test
    void crossValidationIsRepeatableAndChecksItsFolds() throws Exception {
        List<LoadedGold.Article> articles = LoadedGold.read(fixture()).articles();
        Map<Category, Score> once = LoadedEvaluation.crossValidate(articles, 3, 5, 2, LoadedFinder.Thresholds.DEFAULT);
        Map<Category, Score> again = LoadedEvaluation.crossValidate(articles, 3, 5, 2, LoadedFinder.Thresholds.DEFAULT);
        assertEquals(once, again);
        assertEquals(11, once.get(Category.BOTH).distinctGold(), "every gold span is scored once over the folds");
        assertTrue(once.get(Category.BOTH).f1() > 0, once.toString());
        assertThrows(IllegalArgumentException.class,
                () -> LoadedEvaluation.crossValidate(articles, 7, 5, 2, LoadedFinder.Thresholds.DEFAULT));
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(LoadedEvaluationTest.class.getResource("/loaded-ptc").toURI());
    }
}

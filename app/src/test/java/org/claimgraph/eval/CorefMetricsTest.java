package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.claimgraph.eval.CorefMetrics.Score;
import org.junit.jupiter.api.Test;

/** Hand-computed scores of small clusterings; the figures are worked out in each test's comment. */
class CorefMetricsTest {

    private static final double EPSILON = 1e-9;

    private static void assertScore(double recall, double precision, Score score) {
        assertEquals(recall, score.recall(), EPSILON, "recall");
        assertEquals(precision, score.precision(), EPSILON, "precision");
    }

    /** Key {a} {b c} {d e f}, response {a} {d e}: the reference scorer's test case A-2. */
    @Test
    void responseWithMissingMentions() {
        List<Set<Integer>> key = List.of(Set.of(1), Set.of(2, 3), Set.of(4, 5, 6));
        List<Set<Integer>> response = List.of(Set.of(1), Set.of(4, 5));
        // MUC recall: {b c} splits into 2 parts (0 of 1 link), {d e f} into {d e} {f} (1 of 2 links) = 1/3;
        // precision: {d e} is 1 link of 1 kept = 1
        assertScore(1 / 3.0, 1, CorefMetrics.muc(key, response).score());
        // B3 recall: a 1, b 0, c 0, d 2/3, e 2/3, f 0 = (7/3) / 6 = 7/18; precision: a 1, d 1, e 1 = 3/3
        assertScore(7 / 18.0, 1, CorefMetrics.bcubed(key, response).score());
        // CEAF-e: a-a 1, def-de 2*2/5 = 0.8; 1.8 over 3 key and 2 response clusters
        assertScore(0.6, 0.9, CorefMetrics.ceafe(key, response).score());
    }

    /** Key {1..5} {6 7} {8..12}, response {1..5} {6..12}: Bagga and Baldwin's example of two merged clusters. */
    @Test
    void twoKeyClustersMergedInTheResponse() {
        List<Set<Integer>> key = List.of(Set.of(1, 2, 3, 4, 5), Set.of(6, 7), Set.of(8, 9, 10, 11, 12));
        List<Set<Integer>> response = List.of(Set.of(1, 2, 3, 4, 5), Set.of(6, 7, 8, 9, 10, 11, 12));
        // MUC recall 9/9; precision: {6..12} has 7 - 2 parts = 5 of its 6 links, so (4 + 5) / (4 + 6) = 0.9
        assertScore(1, 0.9, CorefMetrics.muc(key, response).score());
        // B3 precision: 5 x 1 + 2 x 2/7 + 5 x 5/7 = 64/7, over 12 mentions
        assertScore(1, 64 / 7.0 / 12, CorefMetrics.bcubed(key, response).score());
        // CEAF-e: best alignment {1..5}-{1..5} = 1 and {8..12}-{6..12} = 10/12, not {6 7}-{6..12} = 4/9
        double aligned = 1 + 10 / 12.0;
        assertScore(aligned / 3, aligned / 2, CorefMetrics.ceafe(key, response).score());
    }

    @Test
    void allSingletonsAgainstOneCluster() {
        List<Set<Integer>> key = List.of(Set.of(1, 2, 3, 4));
        List<Set<Integer>> response = List.of(Set.of(1), Set.of(2), Set.of(3), Set.of(4));
        // MUC: no link kept (recall 0 of 3), the response has no links (precision 0/0, reported as 0)
        assertScore(0, 0, CorefMetrics.muc(key, response).score());
        // B3 recall: each mention keeps 1/4 of its cluster; precision: each response cluster is pure
        assertScore(0.25, 1, CorefMetrics.bcubed(key, response).score());
        // CEAF-e: one key cluster aligned to one singleton: 2 * 1 / 5 = 0.4, over 1 key and 4 response clusters
        assertScore(0.4, 0.1, CorefMetrics.ceafe(key, response).score());
    }

    @Test
    void countsOfTwoTopicsAddUpBeforeDividing() {
        CorefMetrics.Counts first = CorefMetrics.muc(List.of(Set.of(1, 2, 3)), List.of(Set.of(1, 2), Set.of(3)));
        CorefMetrics.Counts second = CorefMetrics.muc(List.of(Set.of(7, 8)), List.of(Set.of(7, 8)));
        // recall (1 + 1) / (2 + 1), precision (1 + 1) / (1 + 1)
        assertScore(2 / 3.0, 1, first.plus(second).score());
        assertEquals(0.8, first.plus(second).score().f1(), EPSILON);
    }

    @Test
    void aPerfectResponseScoresFullMarks() {
        List<Set<Integer>> clusters = List.of(Set.of(1, 2, 3), Set.of(4), Set.of(5, 6));
        assertScore(1, 1, CorefMetrics.muc(clusters, clusters).score());
        assertScore(1, 1, CorefMetrics.bcubed(clusters, clusters).score());
        assertScore(1, 1, CorefMetrics.ceafe(clusters, clusters).score());
    }

    @Test
    void theHungarianAlignmentBeatsTheGreedyOne() {
        // greedy takes 0.9 first and then only 0.1; the best alignment is 0.8 + 0.8
        double[][] weights = {{0.9, 0.8}, {0.8, 0.1}};
        assertEquals(1.6, CorefMetrics.Assignment.maximumWeight(weights), EPSILON);
    }
}

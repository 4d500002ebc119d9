package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The coreference metrics of the CoNLL-2012 scorer over a key (gold) and a response clustering of the same mentions
 * (the gold-mention setting): MUC (Vilain et al., 1995), B-cubed (Bagga and Baldwin, 1998) and CEAF-e (Luo, 2005,
 * entity-based similarity phi4), computed as the reference scorer (Pradhan et al., 2014) does: a mention missing from
 * the other side is a partition of its own for MUC and counts nothing for B-cubed and CEAF-e. Clusters are sets of
 * mention ids, singletons included; every mention is in at most one cluster of a side.
 */
public final class CorefMetrics {

    private CorefMetrics() {
    }

    /** Recall and precision; F1 is their harmonic mean (0 when both are 0). */
    public record Score(double recall, double precision) {
        public double f1() {
            return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        }
    }

    /** Numerators and denominators, so that scores over several topics add up before they are divided. */
    public record Counts(double recallNumerator, double recallDenominator, double precisionNumerator,
            double precisionDenominator) {

        public Counts plus(Counts other) {
            return new Counts(recallNumerator + other.recallNumerator, recallDenominator + other.recallDenominator,
                    precisionNumerator + other.precisionNumerator, precisionDenominator + other.precisionDenominator);
        }

        public Score score() {
            return new Score(recallDenominator == 0 ? 0 : recallNumerator / recallDenominator,
                    precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator);
        }

        public static final Counts ZERO = new Counts(0, 0, 0, 0);
    }

    /** MUC: links kept. Recall = sum over key clusters k of (|k| - partitions of k in the response) / (|k| - 1). */
    public static Counts muc(List<Set<Integer>> key, List<Set<Integer>> response) {
        return bothWays(key, response, CorefMetrics::mucSide);
    }

    /** Recall from one side against the other, precision the other way round. */
    private static Counts bothWays(List<Set<Integer>> key, List<Set<Integer>> response,
            BiFunction<List<Set<Integer>>, List<Set<Integer>>, double[]> side) {
        double[] recall = side.apply(key, response);
        double[] precision = side.apply(response, key);
        return new Counts(recall[0], recall[1], precision[0], precision[1]);
    }

    private static double[] mucSide(List<Set<Integer>> gold, List<Set<Integer>> other) {
        Map<Integer, Integer> clusterOf = clusterIndex(other);
        double numerator = 0;
        double denominator = 0;
        for (Set<Integer> cluster : gold) {
            Set<Integer> partitions = new HashSet<>();
            int singletons = 0;
            for (int mention : cluster) {
                Integer index = clusterOf.get(mention);
                if (index == null) {
                    singletons++;
                } else {
                    partitions.add(index);
                }
            }
            numerator += cluster.size() - (partitions.size() + singletons);
            denominator += cluster.size() - 1;
        }
        return new double[] {numerator, denominator};
    }

    /** B-cubed: for each mention, the share of its key cluster in its response cluster (recall) and the reverse. */
    public static Counts bcubed(List<Set<Integer>> key, List<Set<Integer>> response) {
        return bothWays(key, response, CorefMetrics::bcubedSide);
    }

    private static double[] bcubedSide(List<Set<Integer>> gold, List<Set<Integer>> other) {
        Map<Integer, Integer> clusterOf = clusterIndex(other);
        double numerator = 0;
        double denominator = 0;
        for (Set<Integer> cluster : gold) {
            Map<Integer, Integer> overlaps = new HashMap<>();
            for (int mention : cluster) {
                Integer index = clusterOf.get(mention);
                if (index != null) {
                    overlaps.merge(index, 1, Integer::sum);
                }
            }
            for (int overlap : overlaps.values()) {
                numerator += overlap * (double) overlap / cluster.size();
            }
            denominator += cluster.size();
        }
        return new double[] {numerator, denominator};
    }

    /**
     * CEAF-e: the best one-to-one alignment of key and response clusters under phi4(k, r) = 2|k & r| / (|k| + |r|);
     * recall is its total over the number of key clusters, precision over the number of response clusters.
     */
    public static Counts ceafe(List<Set<Integer>> key, List<Set<Integer>> response) {
        double[][] similarity = new double[key.size()][response.size()];
        Map<Integer, Integer> responseOf = clusterIndex(response);
        for (int k = 0; k < key.size(); k++) {
            Map<Integer, Integer> overlaps = new HashMap<>();
            for (int mention : key.get(k)) {
                Integer r = responseOf.get(mention);
                if (r != null) {
                    overlaps.merge(r, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> overlap : overlaps.entrySet()) {
                int r = overlap.getKey();
                similarity[k][r] = 2.0 * overlap.getValue()
                        / (key.get(k).size() + response.get(r).size());
            }
        }
        double total = Assignment.maximumWeight(similarity);
        return new Counts(total, key.size(), total, response.size());
    }

    private static Map<Integer, Integer> clusterIndex(List<Set<Integer>> clusters) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (int mention : clusters.get(i)) {
                if (index.put(mention, i) != null) {
                    throw new IllegalArgumentException("Mention " + mention + " is in two clusters of one side; "
                            + "each mention belongs to at most one cluster.");
                }
            }
        }
        return index;
    }

    /** The maximum-weight one-to-one assignment (Hungarian method), per connected block of non-zero weights. */
    static final class Assignment {

        private Assignment() {
        }

        static double maximumWeight(double[][] weights) {
            int rows = weights.length;
            int columns = rows == 0 ? 0 : weights[0].length;
            // split into connected blocks: clusters overlap only inside a block, which keeps each problem small
            int[] parent = new int[rows + columns];
            Arrays.setAll(parent, i -> i);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (weights[r][c] > 0) {
                        parent[find(parent, r)] = find(parent, rows + c);
                    }
                }
            }
            Map<Integer, List<Integer>> blockRows = new HashMap<>();
            Map<Integer, List<Integer>> blockColumns = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                blockRows.computeIfAbsent(find(parent, r), x -> new ArrayList<>()).add(r);
            }
            for (int c = 0; c < columns; c++) {
                blockColumns.computeIfAbsent(find(parent, rows + c), x -> new ArrayList<>()).add(c);
            }
            double total = 0;
            for (Map.Entry<Integer, List<Integer>> block : blockRows.entrySet()) {
                List<Integer> blockColumnList = blockColumns.get(block.getKey());
                if (blockColumnList == null) {
                    continue;
                }
                double[][] sub = new double[block.getValue().size()][blockColumnList.size()];
                for (int i = 0; i < sub.length; i++) {
                    for (int j = 0; j < sub[i].length; j++) {
                        sub[i][j] = weights[block.getValue().get(i)][blockColumnList.get(j)];
                    }
                }
                total += hungarian(sub);
            }
            return total;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Kuhn-Munkres with potentials, O(n^2 m), on the cost -weight; pads the smaller side. */
        private static double hungarian(double[][] weights) {
            int n = Math.max(weights.length, weights[0].length);
            double[][] cost = new double[n + 1][n + 1];
            for (int i = 0; i < weights.length; i++) {
                for (int j = 0; j < weights[i].length; j++) {
                    cost[i + 1][j + 1] = -weights[i][j];
                }
            }
            double[] u = new double[n + 1];
            double[] v = new double[n + 1];
            int[] match = new int[n + 1];
            int[] way = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                match[0] = i;
                int column = 0;
                double[] minimum = new double[n + 1];
                Arrays.fill(minimum, Double.POSITIVE_INFINITY);
                boolean[] used = new boolean[n + 1];
                do {
                    used[column] = true;
                    int row = match[column];
                    double delta = Double.POSITIVE_INFINITY;
                    int next = 0;
                    for (int j = 1; j <= n; j++) {
                        if (!used[j]) {
                            double reduced = cost[row][j] - u[row] - v[j];
                            if (reduced < minimum[j]) {
                                minimum[j] = reduced;
                                way[j] = column;
                            }
                            if (minimum[j] < delta) {
                                delta = minimum[j];
                                next = j;
                            }
                        }
                    }
                    for (int j = 0; j <= n; j++) {
                        if (used[j]) {
                            u[match[j]] += delta;
                            v[j] -= delta;
                        } else {
                            minimum[j] -= delta;
                        }
                    }
                    column = next;
                } while (match[column] != 0);
                do {
                    int previous = way[column];
                    match[column] = match[previous];
                    column = previous;
                } while (column != 0);
            }
            double total = 0;
            for (int j = 1; j <= n; j++) {
                if (match[j] != 0) {
                    total -= cost[match[j]][j];
                }
            }
            return total;
        }
    }
}

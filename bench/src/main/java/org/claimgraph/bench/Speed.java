package org.claimgraph.bench;

import java.util.Arrays;
import java.util.List;

/** Pages per second of each timed round over the same pages: the median round, and the slowest and fastest. */
public record Speed(List<Double> pagesPerSecond) {

    public Speed {
        if (pagesPerSecond.isEmpty()) {
            throw new IllegalArgumentException("Speed needs at least one timed round");
        }
        pagesPerSecond = List.copyOf(pagesPerSecond);
    }

    /** From the wall-clock nanoseconds of each round over {@code pages} pages. */
    public static Speed ofRounds(int pages, long[] roundNanos) {
        return new Speed(Arrays.stream(roundNanos).mapToObj(n -> pages / (Math.max(n, 1) / 1e9)).toList());
    }

    /** The median round (the mean of the two middle rounds for an even count). */
    public double median() {
        double[] sorted = pagesPerSecond.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double min() {
        return pagesPerSecond.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double max() {
        return pagesPerSecond.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}

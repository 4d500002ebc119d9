package org.claimgraph.bench;

import org.claimgraph.eval.ExtractionEvaluation.GoldPage;

/**
 * One gold page with its raw bytes already in memory, so that timing measures extraction, not disk reads.
 *
 * @param source the page's address when the gold set gives one, else its file path (used as the base URI and in
 *     messages)
 */
public record BenchPage(GoldPage gold, String source, byte[] bytes) {

    public static BenchPage of(GoldPage gold, byte[] bytes) {
        String source = gold.url().isEmpty() ? gold.html().toString() : gold.url();
        return new BenchPage(gold, source, bytes);
    }
}

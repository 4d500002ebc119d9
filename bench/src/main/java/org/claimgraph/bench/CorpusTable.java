package org.claimgraph.bench;

import java.util.List;
import java.util.Locale;

/** The corpus benchmark's results as Markdown: one row per store for ingest, one per store and query kind. */
final class CorpusTable {

    private CorpusTable() {}

    static String markdown(String header, List<CorpusStoreRun.Result> results) {
        StringBuilder table = new StringBuilder(header).append("\n\n");
        table.append("| store | articles | copies found | statements | ingest | articles/s | store size "
                + "| per 1,000 articles | compacted | search index (build, size) |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CorpusStoreRun.Result result : results) {
            String compacted = result.compactedBytes() < 0 ? ""
                    : String.format(Locale.ROOT, "%.1f MB (%.1f MB per 1,000)", result.compactedBytes() / 1e6,
                            result.compactedBytes() / 1e6 * 1000.0 / result.articles());
            table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.1f s | %.0f | %.1f MB | %.1f MB "
                            + "| %s | %.1f s, %.1f MB |%n",
                    result.store(), result.articles(), result.copies(), result.statements(),
                    result.ingestSeconds(), result.articlesPerSecond(), result.storeBytes() / 1e6,
                    result.megabytesPerThousand(), compacted, result.indexSeconds(), result.indexBytes() / 1e6));
        }
        table.append("\n| store | query | queries | rows returned | p50 ms | p95 ms | p99 ms | max ms |\n");
        table.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (CorpusStoreRun.Result result : results) {
            row(table, result.store(), "`statements --speaker NAME`, all", result.speaker());
            result.speakerKinds().forEach((kind, latency) -> row(table, result.store(), "... " + kind, latency));
            row(table, result.store(), "`search QUERY` (" + CorpusStoreRun.SEARCH_LIMIT + " hits)", result.search());
        }
        return table.toString();
    }

    private static void row(StringBuilder table, String store, String query, CorpusStoreRun.Latency latency) {
        table.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %.1f | %.1f | %.1f | %.1f |%n", store, query,
                latency.queries(), latency.rows(), latency.p50(), latency.p95(), latency.p99(), latency.max()));
    }
}

package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.claimgraph.model.Document;
import org.claimgraph.store.Page;
import org.claimgraph.store.SearchIndex;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;

/**
 * One store's run of the corpus benchmark: ingest the generated articles, then time {@code statements --speaker} and
 * {@code search} the way the CLI runs them (every statement of the speaker as its JSON line, no limit, as {@code
 * claimgraph statements} does by default, through {@code StoreQueries.statementLines}; the 20 best search hits, its
 * default {@code --limit}, after bringing the index up to date, as {@code claimgraph search} does).
 */
final class CorpusStoreRun {

    /** The CLI's default number of search results ({@code claimgraph search --limit}). */
    static final int SEARCH_LIMIT = 20;

    /** Latency percentiles of one kind of query, in milliseconds. */
    record Latency(int queries, double p50, double p95, double p99, double max, long rows) {

        static Latency of(long[] nanos, long rows) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latency(sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6, rows);
        }

        /** The nearest-rank percentile. */
        private static double millis(long[] sorted, double share) {
            int rank = (int) Math.ceil(share * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** What one store measured. */
    record Result(String store, int articles, int copies, long statements, double ingestSeconds, long storeBytes,
            long compactedBytes, double indexSeconds, long indexBytes, Latency speaker, Latency search,
            Map<String, Latency> speakerKinds) {

        /** The same result with the store's size after compaction (H2's SHUTDOWN COMPACT). */
        Result withCompactedBytes(long bytes) {
            return new Result(store, articles, copies, statements, ingestSeconds, storeBytes, bytes, indexSeconds,
                    indexBytes, speaker, search, speakerKinds);
        }

        double articlesPerSecond() {
            return articles / ingestSeconds;
        }

        double megabytesPerThousand() {
            return storeBytes / 1e6 * 1000.0 / articles;
        }
    }

    /** What ingesting measured: see {@link #ingest}. */
    record Ingest(int articles, int copies, long statements, double seconds) {}

    private CorpusStoreRun() {}

    /** Stores {@code documents}, one transaction each, as {@code claimgraph ingest} does. */
    static Ingest ingest(String name, Store store, List<Document> documents, PrintWriter progress) {
        int copies = 0;
        long statements = 0;
        long started = System.nanoTime();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            if (store.ingest(document).outcome() == Store.Outcome.COPY) {
                copies++;
            }
            statements += document.annotations().statements().size();
            if ((i + 1) % 1000 == 0) {
                progress.printf(Locale.ROOT, "bench: %s: %,d articles stored (%.0f s)%n", name, i + 1,
                        (System.nanoTime() - started) / 1e9);
                progress.flush();
            }
        }
        return new Ingest(documents.size(), copies, statements, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Builds the search index of {@code store} in {@code indexFolder} and times the queries ({@code warmUp} of each
     * first, untimed).
     */
    static Result queries(String name, Ingest ingest, long storeBytes, Store store, Path indexFolder,
            List<String> speakers, List<String> speakerKinds, IntUnaryOperator kindOf, List<String> searches,
            int warmUp, PrintWriter progress) {
        long indexStarted = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            index.update(store);
            double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
            long indexBytes = folderBytes(indexFolder);
            progress.printf(Locale.ROOT, "bench: %s: stored in %.1f s, indexed in %.1f s; timing queries...%n", name,
                    ingest.seconds(), indexSeconds);
            progress.flush();
            Timings speaker = time(speakers, warmUp, (query, rows) -> store.queries().statementLines(
                    new StatementFilter(query, null, null, null), Page.ALL, rows));
            Timings search = time(searches, warmUp, (query, rows) -> {
                index.update(store);
                for (SearchIndex.Hit hit : index.search(query, SEARCH_LIMIT)) {
                    rows.accept(hit.sentence());
                }
            });
            Map<String, Latency> kinds = new LinkedHashMap<>();
            for (int kind = 0; kind < speakerKinds.size(); kind++) {
                int wanted = kind;
                kinds.put(speakerKinds.get(kind), speaker.of(i -> kindOf.applyAsInt(i) == wanted));
            }
            return new Result(name, ingest.articles(), ingest.copies(), ingest.statements(), ingest.seconds(),
                    storeBytes, -1, indexSeconds, indexBytes, speaker.all(), search.all(), kinds);
        }
    }

    private interface Query {
        void run(String query, Consumer<String> rows);
    }

    /** The time and the rows of each query, in the order of the queries. */
    private record Timings(long[] nanos, long[] rows) {

        Latency all() {
            return Latency.of(nanos, Arrays.stream(rows).sum());
        }

        /** The latency of the queries whose position {@code chosen} accepts. */
        Latency of(IntPredicate chosen) {
            int[] positions = IntStream.range(0, nanos.length).filter(chosen).toArray();
            long[] part = new long[positions.length];
            long partRows = 0;
            for (int i = 0; i < positions.length; i++) {
                part[i] = nanos[positions[i]];
                partRows += rows[positions[i]];
            }
            return Latency.of(part, partRows);
        }
    }

    private static Timings time(List<String> queries, int warmUp, Query query) {
        long[] rowCount = {0};
        Consumer<String> sink = line -> rowCount[0]++;
        for (int i = 0; i < Math.min(warmUp, queries.size()); i++) {
            query.run(queries.get(queries.size() - 1 - i), sink);
        }
        long[] nanos = new long[queries.size()];
        long[] rows = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            rowCount[0] = 0;
            long started = System.nanoTime();
            query.run(queries.get(i), sink);
            nanos[i] = System.nanoTime() - started;
            rows[i] = rowCount[0];
        }
        return new Timings(nanos, rows);
    }

    /** The bytes of the files under a folder. */
    static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0; // removed while walking (a merged index segment)
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the folder " + folder, e);
        }
    }
}

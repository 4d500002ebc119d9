package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One system's measurement inside its own JVM: load the models, one cold pass over the articles (which is also the
 * warm-up), then one timed warm pass, on {@code threads} threads sharing the one loaded system.
 *
 * @param <A> what one article is handed to the system as
 */
final class AnalyzeRun<A> {

    /** What one child JVM reports; times in seconds, heap in bytes, CPU as busy cores (process CPU time / wall). */
    record Measurement(
            String system,
            int threads,
            int articles,
            double loadSeconds,
            double coldPassSeconds,
            double wholeProcessSeconds,
            double warmPassSeconds,
            double warmGcSeconds,
            double warmCores,
            double wholeProcessCores,
            long peakHeapBytes,
            long maxHeapAfterGcBytes,
            long maxHeapBytes,
            int errors,
            String firstError) {

        private static final String PREFIX = "BENCH-RESULT ";

        /** One line a parent can read back with {@link #parse}. */
        String toLine() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("system", system);
            fields.put("threads", Integer.toString(threads));
            fields.put("articles", Integer.toString(articles));
            fields.put("load", Double.toString(loadSeconds));
            fields.put("cold", Double.toString(coldPassSeconds));
            fields.put("whole", Double.toString(wholeProcessSeconds));
            fields.put("warm", Double.toString(warmPassSeconds));
            fields.put("warmGc", Double.toString(warmGcSeconds));
            fields.put("warmCores", Double.toString(warmCores));
            fields.put("wholeCores", Double.toString(wholeProcessCores));
            fields.put("peakHeap", Long.toString(peakHeapBytes));
            fields.put("maxAfterGc", Long.toString(maxHeapAfterGcBytes));
            fields.put("maxHeap", Long.toString(maxHeapBytes));
            fields.put("errors", Integer.toString(errors));
            fields.put("firstError", firstError == null ? "" : firstError.replaceAll("[\\s\t]+", " "));
            return PREFIX + fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\t"));
        }

        /** The measurement in a child's output, or null when it printed none. */
        static Measurement parse(String output) {
            for (String line : output.split("\n")) {
                if (!line.startsWith(PREFIX)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (String field : line.substring(PREFIX.length()).split("\t")) {
                    int equals = field.indexOf('=');
                    fields.put(field.substring(0, equals), field.substring(equals + 1));
                }
                String firstError = fields.get("firstError");
                return new Measurement(fields.get("system"), Integer.parseInt(fields.get("threads")),
                        Integer.parseInt(fields.get("articles")), Double.parseDouble(fields.get("load")),
                        Double.parseDouble(fields.get("cold")), Double.parseDouble(fields.get("whole")),
                        Double.parseDouble(fields.get("warm")), Double.parseDouble(fields.get("warmGc")),
                        Double.parseDouble(fields.get("warmCores")),
                        Double.parseDouble(fields.get("wholeCores")), Long.parseLong(fields.get("peakHeap")),
                        Long.parseLong(fields.get("maxAfterGc")), Long.parseLong(fields.get("maxHeap")),
                        Integer.parseInt(fields.get("errors")), firstError.isEmpty() ? null : firstError);
            }
            return null;
        }
    }

    private final String system;
    private final List<A> articles;
    private final int threads;

    AnalyzeRun(String system, List<A> articles, int threads) {
        this.system = system;
        this.articles = List.copyOf(articles);
        this.threads = threads;
    }

    /**
     * Measures: {@code load} builds the system (timed as load), then each article goes through the function it
     * returns, in a cold and a warm pass.
     */
    Measurement measure(Supplier<Function<A, ?>> load) throws InterruptedException {
        HeapWatch heap = HeapWatch.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        int cores = Runtime.getRuntime().availableProcessors();

        long loadStart = System.nanoTime();
        Function<A, ?> analyse = load.get();
        long loadEnd = System.nanoTime();

        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            pass(pool, analyse, errors, firstError);
            long coldEnd = System.nanoTime();
            long coldEndMillis = System.currentTimeMillis();
            double wholeProcess = (coldEndMillis - jvmStartMillis) / 1e3;
            double wholeCores = os.getProcessCpuTime() / 1e9 / wholeProcess;

            long cpuBefore = os.getProcessCpuTime();
            long gcBefore = gcMillis();
            long warmStart = System.nanoTime();
            pass(pool, analyse, new AtomicInteger(), new AtomicReference<>());
            long warmEnd = System.nanoTime();
            double warm = (warmEnd - warmStart) / 1e9;
            double warmCores = (os.getProcessCpuTime() - cpuBefore) / 1e9 / warm;
            double warmGc = (gcMillis() - gcBefore) / 1e3;
            return new Measurement(system, threads, articles.size(), (loadEnd - loadStart) / 1e9,
                    (coldEnd - loadEnd) / 1e9, wholeProcess, warm, warmGc, warmCores, wholeCores, heap.peakUsed(),
                    heap.maxAfterGc(), Runtime.getRuntime().maxMemory(), errors.get(), firstError.get());
        } finally {
            pool.shutdownNow();
            if (cores < threads) {
                System.err.printf(Locale.ROOT, "bench: %d threads on %d cores%n", threads, cores);
            }
        }
    }

    /** Milliseconds the collectors have spent so far (pauses and concurrent work as the JVM counts them). */
    private static long gcMillis() {
        long millis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }

    /** Every article once, on the pool; an article that fails is counted, and the pass goes on. */
    private void pass(ExecutorService pool, Function<A, ?> analyse, AtomicInteger errors,
            AtomicReference<String> firstError) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (A article : articles) {
            futures.add(pool.submit(() -> analyse.apply(article)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, String.valueOf(e.getCause()));
            }
        }
    }
}

package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.claimgraph.eval.ExtractionEvaluation;
import org.claimgraph.eval.ExtractionEvaluation.Extracted;
import org.claimgraph.eval.ExtractionEvaluation.PageScore;

/**
 * Runs each contestant over the same in-memory pages: one untimed pass whose output is scored, then warm-up rounds,
 * then timed rounds. Timed rounds are interleaved (round 1 of every contestant, then round 2, ...) so that a slow
 * patch of the machine does not fall on one tool only.
 */
public final class ExtractionBench {

    /** An extractor and the number of threads it runs on (1 for the fair, single-threaded comparison). */
    public record Contestant(String label, BodyExtractor extractor, int threads) {
        public Contestant {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            if (threads > 1 && !extractor.threadSafe()) {
                throw new IllegalArgumentException(extractor.name() + " is not thread-safe; run it on one thread");
            }
        }
    }

    /** One contestant's scores, error count and speed. */
    public record Result(Contestant contestant, ExtractionEvaluation.Report report, int errors, String firstError,
            Speed speed) {}

    private final List<BenchPage> pages;
    private final int warmupRounds;
    private final int timedRounds;
    private final Consumer<String> progress;
    private final LongAdder sink = new LongAdder(); // results feed this so the JIT cannot drop the work

    public ExtractionBench(List<BenchPage> pages, int warmupRounds, int timedRounds, Consumer<String> progress) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to run on");
        }
        if (warmupRounds < 0 || timedRounds < 1) {
            throw new IllegalArgumentException("need warmupRounds >= 0 and timedRounds >= 1, got " + warmupRounds
                    + " and " + timedRounds);
        }
        this.pages = List.copyOf(pages);
        this.warmupRounds = warmupRounds;
        this.timedRounds = timedRounds;
        this.progress = progress;
    }

    public List<Result> run(List<Contestant> contestants) {
        List<Runner> runners = contestants.stream().map(Runner::new).toList();
        try {
            for (Runner runner : runners) {
                progress.accept("scoring " + runner.contestant.label());
                runner.score();
                for (int i = 0; i < warmupRounds; i++) {
                    progress.accept("warm-up round " + (i + 1) + "/" + warmupRounds + ": " + runner.contestant.label());
                    runner.round();
                }
            }
            for (int round = 0; round < timedRounds; round++) {
                progress.accept("timed round " + (round + 1) + "/" + timedRounds);
                for (Runner runner : runners) {
                    runner.roundNanos[round] = runner.round();
                }
            }
        } finally {
            runners.forEach(Runner::close);
        }
        return runners.stream().map(Runner::result).toList();
    }

    /** Keeps the sum of output lengths reachable; not meaningful otherwise. */
    public long sink() {
        return sink.sum();
    }

    private final class Runner implements AutoCloseable {
        final Contestant contestant;
        final ExecutorService pool;
        final long[] roundNanos = new long[timedRounds];
        final Extracted[] outputs = new Extracted[pages.size()];
        final String[] errors = new String[pages.size()];
        ExtractionEvaluation.Report report;

        Runner(Contestant contestant) {
            this.contestant = contestant;
            this.pool = contestant.threads() > 1 ? Executors.newFixedThreadPool(contestant.threads()) : null;
        }

        void score() {
            runAll();
            List<PageScore> scores = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                scores.add(ExtractionEvaluation.score(pages.get(i).gold(), outputs[i]));
            }
            report = new ExtractionEvaluation.Report(scores);
        }

        long round() {
            long start = System.nanoTime();
            runAll();
            return System.nanoTime() - start;
        }

        private void runAll() {
            if (pool == null) {
                for (int i = 0; i < pages.size(); i++) {
                    extractOne(i);
                }
                return;
            }
            List<Future<?>> futures = new ArrayList<>(pages.size());
            for (int i = 0; i < pages.size(); i++) {
                int page = i;
                futures.add(pool.submit(() -> extractOne(page)));
            }
            try {
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + contestant.label(), e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker of " + contestant.label() + " failed", e.getCause());
            }
        }

        /** One page; any exception (or a stack overflow on deep HTML) is an empty result for that page. */
        private void extractOne(int index) {
            BenchPage page = pages.get(index);
            Extracted extracted;
            String error = null;
            try {
                extracted = contestant.extractor().extract(page);
                if (extracted == null) {
                    extracted = new Extracted("", null, List.of());
                }
            } catch (Exception | StackOverflowError e) {
                extracted = new Extracted("", null, List.of());
                error = page.source() + ": " + e;
            }
            outputs[index] = extracted;
            errors[index] = error;
            int length = extracted.text() == null ? 0 : extracted.text().length();
            sink.add(length);
        }

        Result result() {
            int errorCount = 0;
            String first = null;
            for (String error : errors) {
                if (error != null) {
                    errorCount++;
                    first = first == null ? error : first;
                }
            }
            return new Result(contestant, report, errorCount, first, Speed.ofRounds(pages.size(), roundNanos));
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}

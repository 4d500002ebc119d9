package org.claimgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.model.Document;
import org.claimgraph.read.Input;
import org.claimgraph.read.InputException;

/**
 * Analyses many inputs on all cores through a bounded window of work, writing results in input order. Memory stays
 * bounded whatever the corpus size: at most {@code 4 x threads} articles are in flight at once.
 */
final class CorpusRun {

    /** What a run did. */
    record Summary(int analysed, List<InputException> failures, boolean stoppedEarly, long nanos) {
        void report(PrintWriter err) {
            if (analysed + failures.size() > 1 || !failures.isEmpty()) {
                err.printf(Locale.ROOT, "claimgraph: %d analysed, %d failed%s in %.1f s%n", analysed, failures.size(),
                        stoppedEarly ? " (stopped at the first failure: --fail-fast)" : "", nanos / 1e9);
            }
            if (analysed == 0 && failures.isEmpty()) {
                err.println("claimgraph: no articles found. claimgraph reads .txt, .html, .htm, .jsonl and .gz "
                        + "files of those kinds; check the paths you gave.");
            }
            err.flush();
        }
    }

    private static final int PROGRESS_AFTER = 20;

    private final Analyzer analyzer;
    private final UnaryOperator<Document> annotate;
    private final int threads;
    private final boolean failFast;
    private final PrintWriter err;
    private final boolean showProgress;

    CorpusRun(Analyzer analyzer, int threads, boolean failFast, PrintWriter err, boolean showProgress) {
        this(analyzer, UnaryOperator.identity(), threads, failFast, err, showProgress);
    }

    /** {@code annotate} runs on each analysed document in the worker threads (the article pipeline). */
    CorpusRun(Analyzer analyzer, UnaryOperator<Document> annotate, int threads, boolean failFast, PrintWriter err,
            boolean showProgress) {
        this.analyzer = analyzer;
        this.annotate = annotate;
        this.threads = threads;
        this.failFast = failFast;
        this.err = err;
        this.showProgress = showProgress;
    }

    Summary run(Iterator<Input> inputs, Consumer<Document> sink) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "claimgraph-analyze");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int maxInFlight = threads * 4;
        int analysed = 0;
        List<InputException> failures = new ArrayList<>();
        ProgressBar bar = null;
        int seen = 0;
        try {
            boolean stop = false;
            while (!stop && (inputs.hasNext() || !window.isEmpty())) {
                while (inputs.hasNext() && window.size() < maxInFlight) {
                    Input input = inputs.next();
                    window.addLast(pool.submit(() -> analyse(input)));
                }
                Outcome outcome = await(window.pollFirst());
                seen++;
                if (outcome.document() != null) {
                    sink.accept(outcome.document());
                    analysed++;
                } else {
                    failures.add(outcome.failure());
                    err.println("claimgraph: " + outcome.failure().getMessage());
                    stop = failFast;
                }
                if (bar == null && showProgress && seen == PROGRESS_AFTER) {
                    bar = new ProgressBarBuilder().setTaskName("analyse").setInitialMax(-1)
                            .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).continuousUpdate()
                            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                            .build();
                    bar.stepBy(seen);
                } else if (bar != null) {
                    bar.step();
                }
            }
            return new Summary(analysed, List.copyOf(failures), stop, System.nanoTime() - start);
        } finally {
            if (bar != null) {
                bar.close();
            }
            window.forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
    }

    private Outcome analyse(Input input) {
        try {
            return new Outcome(annotate.apply(analyzer.analyze(input)), null);
        } catch (InputException e) {
            return new Outcome(null, e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, new InputException(input.source(),
                    "could not be analysed (" + e + "). This is a bug in claimgraph; please report it with the "
                            + "input if you can share it.", e));
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an article", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
        }
    }

    private record Outcome(Document document, InputException failure) {}
}

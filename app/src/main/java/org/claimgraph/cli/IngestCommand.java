package org.claimgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.model.Document;
import org.claimgraph.read.InputWalker;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Analyses news articles exactly as 'claimgraph analyze' does and keeps them in a corpus store, linked",
            "across articles: one canonical entity for the same person in every article, one cluster for every",
            "report of the same utterance, syndicated copies and near-duplicates marked and counted once.",
            "",
            "The store is a folder (default ./claimgraph-data, or --store DIR; no server) or a PostgreSQL",
            "database (--db). Each article is stored in one transaction: stop the run at any moment, run the same",
            "command again, and it finishes the job with no article lost or doubled. Articles already stored",
            "(the same bytes) are skipped before their analysis, so a re-run is fast. A changed article (same",
            "path or URL, other bytes) is kept as a new version; the old one stays readable.",
            "",
            "PATH is a file, a directory (read recursively, in name order), or - for standard input; the inputs",
            "'claimgraph analyze' reads.",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  Store the shipped samples, then ask who said what:",
            "    ./claimgraph ingest samples/articles",
            "    ./claimgraph statements --format text",
            "  Text and metadata only (no language analysis: fast), into another folder:",
            "    ./claimgraph ingest --only text --store ~/news-store crawl/",
            "  Into PostgreSQL (the password from the environment, so no process list shows it):",
            "    CLAIMGRAPH_DB_PASSWORD=secret ./claimgraph ingest --db jdbc:postgresql://localhost:5432/news?user=me crawl/",
            "",
            "A bad article never stops the run: it is reported on standard error and counted. The exit code is",
            "0 when every input was stored or already there, or at least one was; 2 when every input failed or",
            "on bad usage; 1 when the store failed (not writable, database unreachable).",
        })
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, directories, or - for standard input.")
    List<String> paths;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    StoreOptions storeOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AnalyzeOptions options = analysis.analyzeOptions();
        PrintWriter err = spec.commandLine().getErr();
        Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
        int[] notStored = {0};
        try (Store store = storeOptions.openForWriting();
                InputWalker walker = new InputWalker(paths, System.in, options.maxBytes())) {
            UnaryOperator<Document> annotation = analysis.annotation();
            // the id is the hash of the input bytes: an article stored already skips the costly analysis
            UnaryOperator<Document> annotate = document -> stored(store, document) ? document : annotation.apply(document);
            CorpusRun run = analysis.corpusRun(options, annotate, err);
            CorpusRun.Summary summary = run.run(walker, document -> {
                try {
                    outcomes.merge(store.ingest(document).outcome(), 1, Integer::sum);
                } catch (StoreException e) {
                    if (!store.isReachable()) {
                        throw e;
                    }
                    notStored[0]++;
                    err.println("claimgraph: " + e.getMessage());
                }
            });
            summary.report(err);
            report(err, outcomes, notStored[0], store.where());
            int stored = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            return summary.stoppedEarly() || stored == 0 ? ExitCode.USAGE : ExitCode.OK;
        } catch (StoreException e) {
            throw new EnvironmentException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new EnvironmentException("cannot read the inputs (" + e.getMessage() + "). Check the paths and "
                    + "their permissions.", e);
        }
    }

    /** Whether the article is stored; when the store cannot say, the writer finds out (and stops the run if lost). */
    private static boolean stored(Store store, Document document) {
        try {
            return store.contains(document.id());
        } catch (StoreException e) {
            return false;
        }
    }

    private static void report(PrintWriter err, Map<Store.Outcome, Integer> outcomes, int notStored, String where) {
        err.printf(Locale.ROOT, "claimgraph: stored %d new article%s, %d new version%s, %d cop%s of stored articles; "
                + "%d already stored%s; store %s%n",
                count(outcomes, Store.Outcome.ADDED), plural(count(outcomes, Store.Outcome.ADDED), "", "s"),
                count(outcomes, Store.Outcome.NEW_VERSION), plural(count(outcomes, Store.Outcome.NEW_VERSION), "", "s"),
                count(outcomes, Store.Outcome.COPY), plural(count(outcomes, Store.Outcome.COPY), "y", "ies"),
                count(outcomes, Store.Outcome.UNCHANGED),
                notStored == 0 ? "" : "; " + notStored + " could not be stored (see above)", where);
        err.flush();
    }

    private static int count(Map<Store.Outcome, Integer> outcomes, Store.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}

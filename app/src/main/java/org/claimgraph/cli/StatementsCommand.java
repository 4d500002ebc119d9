package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "statements",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Lists the statements of the stored articles (see 'claimgraph ingest'): who said what, in which",
            "article, with the cluster shared by every report of the same utterance. A copy of an article counts",
            "once, and only the latest version of a changed article counts.",
            "",
            "jsonl gives one statement a line in the contract's statement shape plus 'article' (id, source, url,",
            "outlet, title, published), 'cluster', 'speaker_entity' and 'said_on' (the statement's date, else",
            "its article's).",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  Everything one person said, in every article, under any of their names:",
            "    ./claimgraph statements --speaker Macron",
            "  Statements about a subject in May 2024, as CSV:",
            "    ./claimgraph statements --about troops --from 2024-05-01 --to 2024-05-31 --format csv",
            "  From a PostgreSQL store, for people:",
            "    ./claimgraph statements --db jdbc:postgresql://localhost/news?user=me --format text",
        })
public final class StatementsCommand implements Callable<Integer> {

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only statements by this speaker, matched by any name of the canonical entity.")
    String speaker;

    @Option(names = "--about", paramLabel = "TEXT",
            description = "Only statements whose words contain TEXT (case-insensitive).")
    String about;

    @Option(names = "--from", paramLabel = "DATE", description = "Only statements dated on or after DATE (2024-05-01).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only statements dated on or before DATE.")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (the default), csv or text.")
    QueryFormat format;

    @Mixin
    StoreOptions storeOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StatementFilter filter = new StatementFilter(speaker, about, StatementLines.day("--from", from),
                StatementLines.day("--to", to));
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openForReading()) {
            StatementLines lines = new StatementLines(out, format);
            store.queries().statements(filter, lines);
            lines.finish();
            return ExitCode.OK;
        } catch (StoreException e) {
            throw new EnvironmentException(e.getMessage(), e);
        }
    }
}

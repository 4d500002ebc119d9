package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.StatementFilter;
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
            "    ./claimgraph statements --speaker Okafor",
            "  Statements about a subject in May 2024, as CSV:",
            "    ./claimgraph statements --about bridge --from 2025-03-01 --to 2025-03-31 --format csv",
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

    @Mixin
    DateRangeOptions dates;

    @Mixin
    QueryOptions query;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StatementFilter filter = new StatementFilter(speaker, about, dates.from(), dates.to());
        return StatementLines.print(query, spec.commandLine().getOut(), filter, false);
    }
}

package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.Page;
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
            "  The first 50 of them, then the next 50:",
            "    ./claimgraph statements --speaker Okafor --limit 50",
            "    ./claimgraph statements --speaker Okafor --limit 50 --offset 50",
            "  Statements about a subject in March 2025, as CSV:",
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

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N statements (default: every one).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Skip the first N statements of the list, to read it page by page with --limit (default: "
                    + "${DEFAULT-VALUE}).")
    int offset;

    @Mixin
    QueryOptions query;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new UserException("--limit must be 1 or more; got " + limit + ". Leave it out for every statement.");
        }
        if (offset < 0) {
            throw new UserException("--offset must be 0 or more; got " + offset + ".");
        }
        StatementFilter filter = new StatementFilter(speaker, about, dates.from(), dates.to());
        Page page = new Page(offset, limit == null ? 0 : limit);
        return StatementLines.print(query, spec.commandLine().getOut(), filter, page, false);
    }
}

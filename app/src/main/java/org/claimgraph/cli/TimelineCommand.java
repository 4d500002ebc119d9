package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.StatementFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Lists the dated statements of the stored articles in date order: the statement's own date where",
            "the text gives one, else its article's publication date. Undated statements are left out.",
            "Same output as 'claimgraph statements'.",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  What one person said, oldest first:",
            "    ./claimgraph timeline --entity Okafor --format text",
            "  Every dated statement between two days, as JSON Lines:",
            "    ./claimgraph timeline --from 2025-03-01 --to 2025-04-30",
        })
public final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only statements by this entity, matched by any of its names.")
    String entity;

    @Mixin
    DateRangeOptions dates;

    @Mixin
    QueryOptions query;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StatementFilter filter = new StatementFilter(entity, null, dates.from(), dates.to());
        return StatementLines.print(query, spec.commandLine().getOut(), filter, true);
    }
}

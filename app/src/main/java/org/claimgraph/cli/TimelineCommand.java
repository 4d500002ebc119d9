package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
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
            "    ./claimgraph timeline --entity Zelensky --format text",
            "  Every dated statement between two days, as JSON Lines:",
            "    ./claimgraph timeline --from 2024-05-01 --to 2024-06-30",
        })
public final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only statements by this entity, matched by any of its names.")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", description = "Only statements dated on or after DATE.")
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
        StatementFilter filter = new StatementFilter(entity, null, StatementLines.day("--from", from),
                StatementLines.day("--to", to));
        try (Store store = storeOptions.openForReading()) {
            StatementLines lines = new StatementLines(spec.commandLine().getOut(), format);
            store.queries().timeline(filter, lines);
            lines.finish();
            return ExitCode.OK;
        } catch (StoreException e) {
            throw new EnvironmentException(e.getMessage(), e);
        }
    }
}

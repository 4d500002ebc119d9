package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.store.StatementFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "stances",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Where each actor stands on a question you name, over the stored articles (see 'claimgraph ingest'):",
            "the holder-by-position matrix over time, with the statements behind each cell, the numbers those",
            "statements claim, and each holder's opposite positions.",
            "",
            "A statement bears on the topic when its words (or, with less confidence, its sentence) say one of",
            "the topic's phrases: the phrase's head word ('troops' of 'send troops to Ukraine') and most of the",
            "rest. Its position is support, oppose, conditional (for it under conditions, or not ruling it out)",
            "or neutral (bearing on it without taking a side). A statement that reports someone else's words",
            "is neutral for its speaker. Holders are the speakers, merged across articles by the store's",
            "entity resolution: a minister and the government stay apart unless the text makes them one.",
            "claimgraph reports positions as the articles state them; it does not judge them.",
            "",
            "The topic file (JSON, or YAML for .yaml/.yml) holds a name, an optional description, the phrases",
            "and optional examples of each side, used where the rules find no side:",
            "",
            "  name: the harbour bridge",
            "  description: Whether Northport should build the new harbour bridge.",
            "  phrases: [build the harbour bridge, the bridge project, harbour bridge vote]",
            "  examples:",
            "    support: [\"The bridge must be built now.\"]",
            "    oppose: [\"The bridge is a waste of public money.\"]",
            "",
            "jsonl gives one line a cell ('row': 'stance': holder, period, position, statements, each statement",
            "in the statements command's shape plus position, reason and stance_confidence), then 'contradiction'",
            "rows (one holder on both sides) and 'claims' rows (the numbers claimed, by unit, with claimant,",
            "bound and hedges). csv gives one statement a row; text a matrix and the quotes behind it.",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  ./claimgraph stances --topic samples/topics/harbour-bridge.yaml --format text",
            "  Positions by year, from March 2025, as CSV:",
            "    ./claimgraph stances --topic bridge.json --period year --from 2025-03-01 --format csv",
        })
public final class StancesCommand implements Callable<Integer> {

    @Option(names = "--topic", required = true, paramLabel = "FILE",
            description = "The topic file (JSON or YAML): name, phrases, optional description and examples.")
    Path topicFile;

    @Option(names = "--holder", paramLabel = "NAME",
            description = "Only statements by this holder, matched by any name of the canonical entity.")
    String holder;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
            description = "How positions are split over time: month (the default), year or all.")
    StanceReport.Period period;

    @Mixin
    DateRangeOptions dates;

    @Mixin
    QueryOptions query;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TopicStances topic = AnalysisOptions.readTopic(topicFile);
        StatementFilter filter = new StatementFilter(holder, null, dates.from(), dates.to());
        return query.store.query(store -> StoreStances.report(store, topic, filter, period)
                .write(spec.commandLine().getOut(), query.format));
    }
}

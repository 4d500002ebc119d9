package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.json.DocumentJsonReader;
import org.claimgraph.model.Document;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Span;
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
        return query.store.query(store -> {
            // First the articles, judged one at a time (only the statements that bear on the topic are kept), then
            // the store's statement rows, which carry the canonical speaker, the date and the article.
            Map<String, Judgement> judged = new HashMap<>();
            List<String[]> denials = new ArrayList<>();
            store.queries().articles(json -> judge(topic, json, judged, denials));
            Set<String> wanted = new HashSet<>(judged.keySet());
            denials.forEach(pair -> wanted.addAll(List.of(pair)));
            Map<String, ObjectNode> rows = new LinkedHashMap<>();
            store.queries().statements(filter, row -> {
                String key = key(QueryFormat.field(row, "/article/id"), QueryFormat.field(row, "/id"));
                if (wanted.contains(key)) {
                    rows.put(key, row);
                }
            });
            Map<String, String[]> canonical = new HashMap<>();
            if (!rows.isEmpty()) {
                store.queries().entities(null, null).forEach(entity -> canonical.put(entity.path("id").asText(),
                        new String[] {entity.path("name").asText(), entity.path("type").asText(),
                            QueryFormat.joined(entity.path("roles"))}));
            }
            StanceReport report = new StanceReport(topic.topic().name(), period);
            rows.forEach((key, row) -> {
                Judgement judgement = judged.get(key);
                if (judgement != null) {
                    report.add(new StanceReport.Row(judgement.judged(), row, holder(row, canonical),
                            judgement.claims(), judgement.text()));
                }
            });
            for (String[] pair : denials) {
                ObjectNode denying = rows.get(pair[0]);
                ObjectNode denied = rows.get(pair[1]);
                if (denying != null && denied != null) { // both kept by the filter
                    report.add(new StanceReport.Denial(denying, holder(denying, canonical), denied,
                            holder(denied, canonical)));
                }
            }
            report.write(spec.commandLine().getOut(), query.format);
        });
    }

    private static String key(String article, String statement) {
        return article + "/" + statement;
    }

    /** The speaker of a statement row as its canonical entity, or as named where the store has none. */
    private static StanceReport.Holder holder(ObjectNode row, Map<String, String[]> canonical) {
        String entity = QueryFormat.field(row, "/speaker_entity");
        String[] names = entity == null ? null : canonical.get(entity);
        if (names != null) {
            return new StanceReport.Holder(entity, names[0], names[1], names[2]);
        }
        String name = QueryFormat.field(row, "/speaker/name");
        return new StanceReport.Holder("name:" + name, name, QueryFormat.field(row, "/speaker/type"), "");
    }

    /** One judged statement with what the report needs of its article. */
    private record Judgement(TopicStances.Judged judged, List<StanceReport.Claim> claims, String text) {}

    private static void judge(TopicStances topic, ObjectNode json, Map<String, Judgement> judged,
            List<String[]> denials) {
        if (json.hasNonNull("duplicate_of")) {
            return; // a copy counts once: its statements are the original's
        }
        Document document = DocumentJsonReader.read(json);
        List<TopicStances.Judged> onTopic = topic.judge(document);
        for (TopicStances.Denial denial : topic.denials(document, onTopic)) {
            denials.add(new String[] {key(document.id(), denial.denying().id()),
                key(document.id(), denial.denied().id())});
        }
        for (TopicStances.Judged one : onTopic) {
            List<Quantity> claimed = new ArrayList<>();
            Span content = one.statement().content();
            for (Quantity quantity : document.annotations().quantities()) {
                // its own numbers, and those of a statement it reports ("said the council would back it if the
                // review confirmed a cost of no more than 410 million euros")
                if (one.statement().id().equals(quantity.statement()) || content.begin() <= quantity.span().begin()
                        && quantity.span().end() <= content.end()) {
                    claimed.add(quantity);
                }
            }
            judged.put(key(document.id(), one.statement().id()),
                    new Judgement(one, StanceReport.Claim.of(claimed), document.text()));
        }
    }
}

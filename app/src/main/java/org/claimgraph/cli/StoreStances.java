package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.json.DocumentJsonReader;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;

/** The stance report of one topic over a store, as {@code stances} prints it and {@code serve} gives it. */
final class StoreStances {

    private StoreStances() {}

    static StanceReport report(Store store, TopicStances topic, StatementFilter filter, StanceReport.Period period) {
        // First the articles, judged one at a time (only the statements that bear on the topic are kept, with what
        // the report needs of their article), then the store's rows of those statements, which carry the canonical
        // speaker, the date and the article, and which the filter chooses.
        Map<String, Judgement> judged = new HashMap<>();
        Map<String, Speaker> speakers = new HashMap<>();
        List<String[]> denials = new ArrayList<>();
        store.queries().articles(json -> judge(topic, json, judged, speakers, denials));
        Map<String, ObjectNode> rows = new LinkedHashMap<>();
        store.queries().statements(filter, row -> {
            String key = key(QueryFormat.field(row, "/article/id"), QueryFormat.field(row, "/id"));
            if (speakers.containsKey(key)) {
                rows.put(key, row);
            }
        });
        Map<String, StanceReport.Holder> holders = holders(rows, speakers);
        StanceReport report = new StanceReport(topic.topic().name(), period);
        rows.forEach((key, row) -> {
            Judgement judgement = judged.get(key);
            if (judgement != null) {
                report.add(new StanceReport.Row(judgement.judged(), row, holders.get(key), judgement.claims(),
                        judgement.text()));
            }
        });
        for (String[] pair : denials) {
            ObjectNode denying = rows.get(pair[0]);
            ObjectNode denied = rows.get(pair[1]);
            if (denying != null && denied != null) { // both kept by the filter
                report.add(new StanceReport.Denial(denying, holders.get(pair[0]), denied, holders.get(pair[1])));
            }
        }
        return report;
    }

    private static String key(String article, String statement) {
        return article + "/" + statement;
    }

    /** One judged statement with what the report needs of its article. */
    private record Judgement(TopicStances.Judged judged, List<StanceReport.Claim> claims, String text) {}

    /** A statement's speaker as its article names it: name, type and the roles of its entity there. */
    private record Speaker(String name, String type, List<String> roles) {}

    private static void judge(TopicStances topic, ObjectNode json, Map<String, Judgement> judged,
            Map<String, Speaker> speakers, List<String[]> denials) {
        if (json.hasNonNull("duplicate_of")) {
            return; // a copy counts once: its statements are the original's
        }
        Document document = DocumentJsonReader.read(json);
        List<TopicStances.Judged> onTopic = topic.judge(document);
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
            speakers.put(key(document.id(), one.statement().id()), speaker(one.statement(), document));
        }
        for (TopicStances.Denial denial : topic.denials(document, onTopic)) {
            String denying = key(document.id(), denial.denying().id());
            String denied = key(document.id(), denial.denied().id());
            speakers.put(denying, speaker(denial.denying(), document));
            speakers.put(denied, speaker(denial.denied(), document));
            denials.add(new String[] {denying, denied});
        }
    }

    private static Speaker speaker(Statement statement, Document document) {
        List<String> roles = List.of();
        for (Entity entity : document.annotations().entities()) {
            if (entity.id().equals(statement.speaker().entity())) {
                roles = entity.roles();
            }
        }
        return new Speaker(statement.speaker().name(), statement.speaker().type().name(), roles);
    }

    /**
     * The holder of each statement row: its canonical entity where the store resolved one (named by the name its
     * statements use most, the longest of equals, with the roles its articles give it), else its name.
     */
    private static Map<String, StanceReport.Holder> holders(Map<String, ObjectNode> rows,
            Map<String, Speaker> speakers) {
        Map<String, Map<String, Integer>> names = new HashMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, String> holderKeys = new HashMap<>();
        rows.forEach((key, row) -> {
            Speaker speaker = speakers.get(key);
            String entity = QueryFormat.field(row, "/speaker_entity");
            String holderKey = entity != null ? entity : "name:" + speaker.name();
            holderKeys.put(key, holderKey);
            names.computeIfAbsent(holderKey, k -> new HashMap<>()).merge(speaker.name(), 1, Integer::sum);
            roles.computeIfAbsent(holderKey, k -> new LinkedHashSet<>()).addAll(speaker.roles());
            types.putIfAbsent(holderKey, speaker.type());
        });
        Map<String, StanceReport.Holder> byHolderKey = new HashMap<>();
        names.forEach((holderKey, counts) -> {
            String name = counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(entry -> entry.getKey().length()))
                    .get().getKey();
            byHolderKey.put(holderKey, new StanceReport.Holder(holderKey, name, types.get(holderKey),
                    String.join("; ", new ArrayList<>(roles.get(holderKey)))));
        });
        Map<String, StanceReport.Holder> holders = new HashMap<>();
        holderKeys.forEach((key, holderKey) -> holders.put(key, byHolderKey.get(holderKey)));
        return holders;
    }
}

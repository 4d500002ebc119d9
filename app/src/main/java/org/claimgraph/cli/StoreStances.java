package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.json.DocumentJsonReader;
import org.claimgraph.model.Document;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Span;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;

/** The stance report of one topic over a store, as {@code stances} prints it and {@code serve} gives it. */
final class StoreStances {

    private StoreStances() {}

    static StanceReport report(Store store, TopicStances topic, StatementFilter filter, StanceReport.Period period) {
        // First the articles, judged one at a time (only the statements that bear on the topic are kept), then
        // the store's statement rows, which carry the canonical speaker, the date and the article.
        Map<String, Judgement> judged = new HashMap<>();
        store.queries().articles(json -> judge(topic, json, judged));
        Map<String, String[]> canonical = new HashMap<>();
        StanceReport report = new StanceReport(topic.topic().name(), period);
        List<ObjectNode> rows = new ArrayList<>();
        store.queries().statements(filter, row -> {
            String key = QueryFormat.field(row, "/article/id") + "/" + QueryFormat.field(row, "/id");
            if (judged.containsKey(key)) {
                rows.add(row);
            }
        });
        if (!rows.isEmpty()) {
            store.queries().entities(null, null).forEach(entity -> canonical.put(entity.path("id").asText(),
                    new String[] {entity.path("name").asText(), entity.path("type").asText(),
                        QueryFormat.joined(entity.path("roles"))}));
        }
        for (ObjectNode row : rows) {
            Judgement judgement = judged.get(QueryFormat.field(row, "/article/id") + "/"
                    + QueryFormat.field(row, "/id"));
            String entity = QueryFormat.field(row, "/speaker_entity");
            String[] names = entity == null ? null : canonical.get(entity);
            String name = names != null ? names[0] : QueryFormat.field(row, "/speaker/name");
            String type = names != null ? names[1] : QueryFormat.field(row, "/speaker/type");
            String roles = names != null ? names[2] : "";
            String holderKey = entity != null ? entity : "name:" + name;
            report.add(new StanceReport.Row(judgement.judged(), row, holderKey, name, type, roles,
                    judgement.claims(), judgement.text()));
        }
        return report;
    }

    /** One judged statement with what the report needs of its article. */
    private record Judgement(TopicStances.Judged judged, List<StanceReport.Claim> claims, String text) {}

    private static void judge(TopicStances topic, ObjectNode json, Map<String, Judgement> judged) {
        if (json.hasNonNull("duplicate_of")) {
            return; // a copy counts once: its statements are the original's
        }
        Document document = DocumentJsonReader.read(json);
        for (TopicStances.Judged one : topic.judge(document)) {
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
            judged.put(document.id() + "/" + one.statement().id(),
                    new Judgement(one, StanceReport.Claim.of(claimed), document.text()));
        }
    }
}

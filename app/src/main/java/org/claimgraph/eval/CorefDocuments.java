package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.corpus.EventKeys;
import org.claimgraph.eval.CorefGold.Doc;
import org.claimgraph.eval.CorefLinking.Placed;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Span;

/**
 * Articles about the same event: within an ECB+ topic, the ECB documents report one event and the ECB+ documents
 * another of the same kind (two earthquakes, two piracy attacks), so the two halves are the gold clusters of
 * documents. claimgraph groups documents that share an {@link EventKeys} key; each document is made a
 * {@link Document} whose entities are its gold entity mentions (of every sentence, not only the validated ones)
 * grouped by claimgraph's entity linking. ECB+ gives no publication dates, so every document gets the same one: only
 * entities and text decide.
 */
final class CorefDocuments {

    /** The date every document gets. */
    static final String SAME_DAY = "2000-01-01";

    private CorefDocuments() {
    }

    /** The gold subtopic of a document: "ecbplus" documents against "ecb" ones. */
    static String subtopic(Doc document) {
        return document.topic() + (document.name().endsWith("ecbplus") ? "+" : "");
    }

    /** Document indexes grouped by shared event keys. */
    static int[] events(List<Doc> documents, List<Placed> entities, int[] entityGroups) {
        Map<String, List<Integer>> mentionsByDocument = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            if (!CorefLinking.keys(entities.get(i)).isEmpty()) {
                mentionsByDocument.computeIfAbsent(entities.get(i).mention().document(), k -> new ArrayList<>()).add(i);
            }
        }
        CorefLinking.UnionFind groups = new CorefLinking.UnionFind(documents.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Doc doc = documents.get(d);
            List<Entity> adapted = entities(mentionsByDocument.getOrDefault(doc.name(), List.of()), entities,
                    entityGroups);
            String text = String.join(" ", doc.tokens().stream().map(CorefGold.Token::text).toList());
            Document document = new Document(doc.name(), doc.name(), Metadata.EMPTY.withPublished(SAME_DAY), text,
                    new Annotations(adapted, List.of(), List.of(), List.of()), List.of());
            for (String key : EventKeys.of(document)) {
                Integer first = firstWithKey.putIfAbsent(key, d);
                if (first != null) {
                    groups.union(first, d);
                }
            }
        }
        return groups.roots();
    }

    /** One entity per claimgraph entity group of the document, named by its first mention, with every mention. */
    private static List<Entity> entities(List<Integer> mentions, List<Placed> entities, int[] entityGroups) {
        Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int mention : mentions) {
            byGroup.computeIfAbsent(entityGroups[mention], k -> new ArrayList<>()).add(mention);
        }
        List<Entity> adapted = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> group : byGroup.entrySet()) {
            Placed first = entities.get(group.getValue().get(0));
            List<Span> spans = new ArrayList<>();
            for (int mention : group.getValue()) {
                int token = entities.get(mention).mention().tokens().get(0);
                spans.add(new Span(token, token + 1));
            }
            adapted.add(new Entity("g" + group.getKey(), CorefLinking.name(first), CorefLinking.type(
                    first.mention().tag()), List.of(), List.of(), spans));
        }
        return adapted;
    }

    /** Document indexes of the gold clusters. */
    static List<Set<Integer>> gold(List<Doc> documents) {
        Map<String, Set<Integer>> clusters = new LinkedHashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            clusters.computeIfAbsent(subtopic(documents.get(d)), k -> new java.util.HashSet<>()).add(d);
        }
        return new ArrayList<>(clusters.values());
    }
}

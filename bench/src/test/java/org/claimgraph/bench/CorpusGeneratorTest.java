package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static List<Document> corpus(long seed, int count) {
        CorpusGenerator generator = new CorpusGenerator(seed, 500);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(generator.next());
        }
        return documents;
    }

    @Test
    void everySpanIndexesItsTextAndNamesWhatItClaims() {
        for (Document document : corpus(7, 400)) {
            String text = document.text();
            Map<String, Entity> entities = new HashMap<>();
            for (Entity entity : document.annotations().entities()) {
                entities.put(entity.id(), entity);
                assertFalse(entity.mentions().isEmpty(), entity.name());
                for (Span mention : entity.mentions()) {
                    String covered = mention.coveredText(text);
                    assertTrue(covered.equals(entity.name()) || entity.aliases().contains(covered),
                            covered + " is not a name of " + entity.name() + " in " + document.source());
                }
            }
            assertFalse(document.annotations().statements().isEmpty(), document.source());
            for (Statement statement : document.annotations().statements()) {
                String content = statement.content().coveredText(text);
                assertFalse(content.isBlank());
                assertFalse(content.contains("\u201c") || content.contains("\u201d") || content.endsWith(","),
                        "content takes in its quotation marks: " + content);
                assertTrue(List.of("said", "warned", "added").contains(statement.cue().coveredText(text)));
                Entity speaker = entities.get(statement.speaker().entity());
                assertEquals(Entity.Type.PERSON, speaker.type());
                assertEquals(speaker.name(), statement.speaker().name());
                assertTrue(speaker.mentions().contains(statement.speaker().mention()));
            }
        }
    }

    @Test
    void aboutOneInTwentyIsACopyThatSharesItsOriginalsTextUnderAnotherOutlet() {
        List<Document> documents = corpus(11, 2000);
        Map<String, Document> byText = new HashMap<>();
        int copies = 0;
        for (Document document : documents) {
            Document original = byText.putIfAbsent(document.text(), document);
            if (original != null) {
                copies++;
                assertNotEquals(original.id(), document.id());
                assertNotEquals(original.metadata().url(), document.metadata().url());
                assertEquals(original.annotations(), document.annotations());
            }
        }
        assertTrue(copies > 60 && copies < 140, "copies: " + copies);
        assertEquals(documents.size(), documents.stream().map(Document::id).distinct().count());
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndSpeakersFollowAZipfLikeSpread() {
        List<Document> first = corpus(3, 300);
        assertEquals(first, corpus(3, 300));
        assertNotEquals(first.get(0).text(), corpus(4, 1).get(0).text());
        Map<String, Integer> spoke = new HashMap<>();
        Set<String> outlets = new HashSet<>();
        Set<String> months = new HashSet<>();
        for (Document document : first) {
            outlets.add(document.metadata().outlet());
            months.add(document.metadata().published().substring(0, 7));
            for (Statement statement : document.annotations().statements()) {
                spoke.merge(statement.speaker().name(), 1, Integer::sum);
            }
        }
        int most = spoke.values().stream().max(Integer::compare).orElseThrow();
        long once = spoke.values().stream().filter(count -> count == 1).count();
        assertTrue(most >= 20, "the most frequent speaker spoke " + most + " times");
        assertTrue(once > spoke.size() / 5, once + " of " + spoke.size() + " speakers spoke once");
        assertTrue(outlets.size() >= 20 && months.size() == 12, outlets.size() + " outlets, " + months);
    }
}

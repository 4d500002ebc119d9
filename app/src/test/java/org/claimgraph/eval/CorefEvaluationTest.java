package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.eval.CorefGold.Doc;
import org.claimgraph.eval.CorefGold.Mention;
import org.claimgraph.eval.CorefLinking.Placed;
import org.claimgraph.eval.CorefLinking.Tagged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ECB+ reader on a small CROMER file written for this test, and the linking adapters on hand-made mentions. */
class CorefEvaluationTest {

    /** Sentence 0 is kept, sentence 1 is not; m1 and m2 point to one instance, m3 is in no relation. */
    private static final String CROMER = """
            <Document doc_name="7_1ecb.xml" doc_id="X">
            <token t_id="1" sentence="0" number="0">Police</token>
            <token t_id="2" sentence="0" number="1">arrested</token>
            <token t_id="3" sentence="0" number="2">the</token>
            <token t_id="4" sentence="0" number="3">suspect</token>
            <token t_id="5" sentence="1" number="0">He</token>
            <token t_id="6" sentence="1" number="1">fled</token>
            <Markables>
            <HUMAN_PART_ORG m_id="1"><token_anchor t_id="1"/></HUMAN_PART_ORG>
            <ACTION_OCCURRENCE m_id="2"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
            <HUMAN_PART_PER m_id="3"><token_anchor t_id="4"/><token_anchor t_id="3"/></HUMAN_PART_PER>
            <HUMAN_PART_PER m_id="4"><token_anchor t_id="5"/></HUMAN_PART_PER>
            <HUMAN_PART_ORG m_id="9" RELATED_TO="" TAG_DESCRIPTOR="police" instance_id="HUM1"/>
            <HUMAN_PART_PER m_id="8" RELATED_TO="" TAG_DESCRIPTOR="suspect"/>
            </Markables>
            <Relations>
            <CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1"/><target m_id="9"/></CROSS_DOC_COREF>
            <INTRA_DOC_COREF r_id="2"><source m_id="4"/><source m_id="3"/><target m_id="8"/></INTRA_DOC_COREF>
            </Relations>
            </Document>
            """;

    @Test
    void readsKeptSentencesInstancesIntraDocumentClustersAndSingletons(@TempDir Path gold) throws IOException {
        Files.createDirectories(gold.resolve("ECB+/7"));
        Files.writeString(gold.resolve("ECB+/7/7_1ecb.xml"), CROMER, StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("ECBplus_coreference_sentences.csv"), "Topic,File,Sentence Number\n7,1ecb,0\n",
                StandardCharsets.UTF_8);
        List<Doc> documents = CorefGold.read(gold);
        assertEquals(1, documents.size());
        Doc document = documents.get(0);
        assertEquals("7", document.topic());
        List<Mention> mentions = document.mentions();
        assertEquals(4, mentions.size());
        assertTrue(mentions.get(0).selected());
        assertFalse(mentions.get(3).selected(), "sentence 1 is not a validated sentence");
        assertEquals("HUM1", mentions.get(0).cluster());
        assertTrue(mentions.get(1).event());
        assertTrue(mentions.get(1).cluster().startsWith("singleton:"));
        assertEquals("7_1ecb/8", mentions.get(2).cluster());
        assertEquals("the suspect", document.text(mentions.get(2)), "anchors are put in token order");
    }

    @Test
    void aFolderWithoutEcbPlusIsRefusedWithWhatToDo(@TempDir Path empty) {
        IOException error = assertThrows(IOException.class, () -> CorefGold.read(empty));
        assertTrue(error.getMessage().contains("--gold"), error.getMessage());
    }

    @Test
    void aDoctypeIsRefused(@TempDir Path gold) throws IOException {
        Files.createDirectories(gold.resolve("ECB+/7"));
        Files.writeString(gold.resolve("ECB+/7/7_1ecb.xml"), "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document>&x;</Document>", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("ECBplus_coreference_sentences.csv"), "7,1ecb,0\n", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> CorefGold.read(gold));
    }

    private static final class Builder {
        final List<Placed> placed = new ArrayList<>();

        Builder add(String document, int sentence, String tag, String text, String cluster) {
            String head = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            placed.add(new Placed(new Mention(document, sentence, List.of(0), tag, cluster, true), text, head));
            return this;
        }
    }

    @Test
    void entityLinkingJoinsSpellingsAndAShortNameButNotTwoPeopleWithOneSurname() {
        List<Placed> entities = new Builder()
                .add("d1", 0, "HUMAN_PART_PER", "Volodymyr Zelenskyy", "z")
                .add("d2", 0, "HUMAN_PART_PER", "Volodymyr Zelensky", "z")
                .add("d3", 0, "HUMAN_PART_PER", "Zelensky", "z")
                .add("d1", 1, "HUMAN_PART_PER", "Joe Biden", "jb")
                .add("d2", 1, "HUMAN_PART_PER", "Hunter Biden", "hb")
                .add("d3", 1, "HUMAN_PART_PER", "Biden", "jb")
                .add("d3", 2, "HUMAN_PART_PER", "he", "jb")
                .add("d4", 2, "HUMAN_PART_PER", "he", "hb")
                .placed;
        int[] groups = CorefLinking.entities(entities);
        assertEquals(groups[0], groups[1]);
        assertEquals(groups[0], groups[2]);
        assertNotEquals(groups[3], groups[4]);
        assertNotEquals(groups[3], groups[5], "two full names carry weak:person:bidin, so the short name stays apart");
        assertNotEquals(groups[4], groups[5]);
        assertNotEquals(groups[6], groups[7], "pronouns get no key");
    }

    @Test
    void eventsJoinOnTheirLemmaOnlyWithASharedArgument() {
        List<Placed> entities = new Builder()
                .add("d1", 0, "LOC_GEO", "Paris", "p")
                .add("d2", 0, "LOC_GEO", "Paris", "p")
                .add("d3", 0, "LOC_GEO", "London", "l")
                .placed;
        List<Placed> events = new Builder()
                .add("d1", 0, "ACTION_OCCURRENCE", "robbed", "e1")
                .add("d2", 0, "ACTION_OCCURRENCE", "robbed", "e1")
                .add("d3", 0, "ACTION_OCCURRENCE", "robbed", "e2")
                .add("d4", 0, "ACTION_OCCURRENCE", "robbed", "e3")
                .add("d5", 0, "ACTION_OCCURRENCE", "robbed", "e3")
                .add("d3", 4, "ACTION_OCCURRENCE", "robbed", "e2")
                .placed;
        int[] groups = CorefLinking.events(events, entities, CorefLinking.entities(entities));
        assertEquals(groups[0], groups[1]);
        assertNotEquals(groups[0], groups[2], "another city, another robbery");
        assertEquals(groups[3], groups[4], "without arguments the lemma alone decides");
        assertNotEquals(groups[0], groups[3]);
        assertEquals(groups[2], groups[5], "one document's robbery is one robbery");
    }

    @Test
    void everyMethodReadsEveryTopicOfEcbPlusAndScoresBelowFullMarks() throws IOException {
        Path gold = Path.of(System.getProperty("claimgraph.shared", "../shared"), "eval/events-ecbplus");
        List<Doc> documents = CorefGold.read(gold);
        CorefLinking.Lemmatizer lowerCase = document -> document.tokens().stream()
                .map(t -> new Tagged(t.text().toLowerCase(Locale.ROOT), "NN")).toList();
        java.util.Map<String, List<CorefEvaluation.Report>> byTopic = CorefEvaluation.byTopic(documents, lowerCase);
        assertEquals(List.of("12", "24", "34", "41"), List.copyOf(byTopic.keySet()));
        List<CorefEvaluation.Report> reports = CorefEvaluation.total(byTopic);
        assertEquals(8, reports.size());
        int topicMentions = byTopic.values().stream().mapToInt(r -> r.get(0).mentions()).sum();
        assertEquals(topicMentions, reports.get(0).mentions(), "the total adds the topics up");
        for (CorefEvaluation.Report report : reports) {
            if (report.kind() == CorefEvaluation.Kind.DOCUMENTS) {
                assertEquals(documents.size(), report.mentions(), report.toString());
                assertEquals(2 * byTopic.size(), report.goldClusters(), "an ECB and an ECB+ half a topic");
            } else {
                assertTrue(report.mentions() > 500, report.toString());
                assertTrue(report.conll() > 0.3 && report.conll() < 0.95, report.toString());
            }
        }
        CorefEvaluation.Report wholeTopic = reports.get(6);
        assertEquals(CorefEvaluation.Method.WHOLE_TOPIC, wholeTopic.method());
        assertEquals(1.0, wholeTopic.bcubed().score().recall(), 1e-9, "one group a topic misses no pair");
        assertTrue(wholeTopic.bcubed().score().precision() < 0.6, "and mixes the two events of each topic");
    }
}

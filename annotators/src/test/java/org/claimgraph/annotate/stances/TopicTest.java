package org.claimgraph.annotate.stances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topic files in JSON and YAML, and the errors a bad one gets. */
class TopicTest {

    @TempDir
    Path folder;

    @Test
    void readsYamlAndJson() throws IOException {
        Path yaml = Files.writeString(folder.resolve("bridge.yaml"), String.join("\n",
                "name: the harbour bridge", "description: Whether to build it.",
                "phrases:", "  - build the harbour bridge", "  - the bridge project",
                "examples:", "  support: [\"Build it now.\"]", "  oppose: [\"Scrap it.\"]", ""));
        Topic topic = Topic.read(yaml);
        assertEquals("the harbour bridge", topic.name());
        assertEquals(List.of("build the harbour bridge", "the bridge project"), topic.phrases());
        assertEquals(List.of("Build it now."), topic.supportExamples());
        assertEquals(List.of("Scrap it."), topic.opposeExamples());

        Path json = Files.writeString(folder.resolve("bridge.json"),
                "{\"name\": \"the harbour bridge\", \"phrases\": [\"the bridge project\"]}");
        Topic fromJson = Topic.read(json);
        assertEquals(List.of("the bridge project"), fromJson.phrases());
        assertEquals(List.of(), fromJson.supportExamples());
    }

    @Test
    void badFilesAreNamedWithWhatToDo() throws IOException {
        Path missing = folder.resolve("none.yaml");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Topic.read(missing)).getMessage()
                .contains(missing.toString()));

        Path noPhrases = Files.writeString(folder.resolve("a.json"), "{\"name\": \"x\"}");
        String message = assertThrows(IllegalArgumentException.class, () -> Topic.read(noPhrases)).getMessage();
        assertTrue(message.contains("a.json") && message.contains("phrases"), message);

        Path broken = Files.writeString(folder.resolve("b.json"), "{\"name\": ");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Topic.read(broken)).getMessage()
                .contains("not valid"));

        Path numbers = Files.writeString(folder.resolve("c.yaml"), "name: x\nphrases: [1, \"\"]\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Topic.read(numbers)).getMessage()
                .contains("non-empty strings"));
    }

    @Test
    void headsAndPhraseMatching() {
        assertEquals("troop", TopicStances.head("send troops to the front"));
        assertEquals("boot", TopicStances.head("boots on the ground"));
        assertEquals("bridg", TopicStances.head("the harbour bridge"));
        TopicStances stances = new TopicStances(new Topic("troops", "", List.of("send troops to the front",
                "boots on the ground"), List.of(), List.of()));
        assertEquals("send troops to the front", stances.matchedPhrase("they sent more troops"));
        assertEquals(null, stances.matchedPhrase("they sent more money to the front"), "the head must be said");
        assertEquals(null, stances.matchedPhrase("boots for the winter"), "both words of a two-word phrase");
        assertEquals("boots on the ground", stances.matchedPhrase("no boots on the ground"));
    }

    @Test
    void anaphoricContents() {
        assertTrue(TopicStances.anaphoric("such an option for the army"));
        assertTrue(TopicStances.anaphoric("the idea"));
        assertTrue(TopicStances.anaphoric("it"));
        assertEquals(false, TopicStances.anaphoric("the weather"));
        assertEquals(false, TopicStances.anaphoric("that the plan would fail"), "a clause, not an anaphor");
    }
}

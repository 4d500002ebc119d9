package org.claimgraph.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The entity page's "what others said about it": statements by others whose words name the entity. */
class EntityPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode statement(String speakerEntity, String content) throws Exception {
        return JSON.readTree("{\"id\": \"s1\", \"speaker\": {\"name\": \"X\"}, \"speaker_entity\": \"" + speakerEntity
                + "\", \"content\": {\"text\": \"" + content + "\"}, \"article\": {\"id\": \"a1\"}}");
    }

    @Test
    void othersStatementsThatNameIt() throws Exception {
        JsonNode entity = JSON.readTree("{\"id\": \"E1\", \"name\": \"Ines Okafor\", \"type\": \"PERSON\", "
                + "\"aliases\": [\"Okafor\", \"IO\"], \"roles\": [], \"mentions\": [], \"articles\": []}");
        Predicate<JsonNode> named = EntityPage.namedBy(entity);
        assertTrue(named.test(statement("E2", "okafor hid the true cost")), "any case, a short name");
        assertTrue(named.test(statement("E2", "the plan of Ines Okafor failed")));
        assertFalse(named.test(statement("E1", "Okafor will vote")), "her own statement is what she said");
        assertFalse(named.test(statement("E2", "the Okaforian school")), "whole words only");
        assertFalse(named.test(statement("E2", "IO ports")), "names under three letters are not looked for");

        String page = EntityPage.html(entity, List.of(), List.of(statement("E2", "Okafor hid the cost")), Map.of());
        assertTrue(page.contains("What others said about it") && page.contains("Okafor hid the cost"), page);
    }
}

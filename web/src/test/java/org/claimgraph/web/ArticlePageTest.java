package org.claimgraph.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document(String text, String json) throws Exception {
        return ((ObjectNode) JSON.readTree(json)).put("text", text);
    }

    @Test
    void highlightsSitAtTheirCodePointOffsets() throws Exception {
        // the text starts with an emoji (one code point, two chars): every contract offset is one less than in Java
        String text = "\uD83C\uDF09 Okafor said \"the bridge is 410 million euros\".";
        JsonNode document = document(text, "{\"id\": \"a1\", \"title\": \"T\", \"statements\": [{\"id\": \"s1\","
                + " \"kind\": \"direct\", \"speaker\": {\"name\": \"Ines Okafor\", \"type\": \"PERSON\", \"mention\":"
                + " {\"start\": 2, \"end\": 8, \"text\": \"Okafor\"}}, \"cue\": {\"start\": 9, \"end\": 13, \"text\":"
                + " \"said\"}, \"content\": {\"start\": 15, \"end\": 46, \"text\": \"the bridge is 410 million euros\"},"
                + " \"via\": [], \"hedges\": []}], \"quantities\": [{\"start\": 29, \"end\": 46, \"text\": \"410 million"
                + " euros\", \"value\": 4.1E8, \"unit\": \"euros\", \"bound\": \"exact\", \"statement\": \"s1\"}],"
                + " \"loaded\": [], \"entities\": [], \"times\": []}");
        String html = new ArticlePage(document, Map.of(), Map.of()).html();
        assertTrue(html.contains("class=\"m k-speaker\" data-notes=\"n1\" tabindex=\"0\">Okafor</span>"), html);
        assertTrue(html.contains("id=\"ss1\" tabindex=\"0\">said &quot;the bridge is </span>"), html);
        assertTrue(html.contains("tabindex=\"0\">410 million euros</span>"), html);
    }

    @Test
    void twoStatementsThatStartTogetherHaveAnAnchorEach() throws Exception {
        String text = "Okafor said Brandt said the bridge was late.";
        JsonNode document = document(text, "{\"id\": \"a3\", \"statements\": [{\"id\": \"s1\", \"kind\": "
                + "\"indirect\", \"speaker\": {\"name\": \"Okafor\", \"type\": \"PERSON\"}, \"cue\": null, "
                + "\"content\": {\"start\": 12, \"end\": 43, \"text\": \"Brandt said the bridge was late\"}, "
                + "\"via\": [], \"hedges\": []}, {\"id\": \"s2\", \"kind\": \"indirect\", \"speaker\": "
                + "{\"name\": \"Brandt\", \"type\": \"PERSON\"}, \"cue\": null, \"content\": {\"start\": 12, "
                + "\"end\": 43, \"text\": \"Brandt said the bridge was late\"}, \"via\": [], \"hedges\": []}]}");
        String html = new ArticlePage(document, Map.of(), Map.of()).html();
        assertTrue(html.contains("id=\"ss1\""), html);
        assertTrue(html.contains("id=\"ss2\""), html);
    }

    @Test
    void hostileTextTitleAndNotesStayText() throws Exception {
        String text = "<script>window.__pwned=1</script> \" onmouseover=\"window.__pwned=2";
        JsonNode document = document(text, "{\"id\": \"a2\", \"title\": \"<b onmouseover=\\\"x\\\">T</b>\","
                + " \"statements\": [], \"quantities\": [], \"loaded\": [{\"start\": 8, \"end\": 24, \"text\":"
                + " \"window.__pwned=1\", \"technique\": \"<i>x</i>\"}], \"entities\": [], \"times\": []}");
        String html = new ArticlePage(document, Map.of(), Map.of()).html();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("\" onmouseover=\""), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("<i>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("&quot; onmouseover=&quot;window.__pwned=2"), html);
    }
}

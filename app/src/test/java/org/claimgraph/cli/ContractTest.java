package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line the project writes validates against {@code contract/document.schema.json}, and every span's
 * {@code text} is exactly {@code text[start:end]} counted in code points.
 */
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        // The contract's $id is relative; resolve it against the file's own location.
        JsonNode contract = JSON.readTree(Shared.schema().toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(Shared.schema().toUri().toString()), contract,
                        com.networknt.schema.SchemaValidatorsConfig.builder().build());
    }

    @Test
    void schemaRejectsABrokenDocument() throws IOException {
        Cli.Result result = Cli.run("analyze", Shared.seeds().resolve("002_f7e30f0e75b802c3.txt").toString());
        com.fasterxml.jackson.databind.node.ObjectNode document =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(result.lines().get(0));
        assertTrue(schema.validate(document).isEmpty());
        document.remove("text");
        document.put("schema", "something else");
        assertEquals(2, schema.validate(document).size(), "the validator must see both breaks");
    }

    @Test
    void seedsValidate() throws IOException {
        Cli.Result result = Cli.run("analyze", Shared.seeds().toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(5, assertAllValid(result).size());
    }

    @Test
    void samplesValidate() throws IOException {
        Cli.Result result = Cli.run("analyze", "--topic",
                Shared.project().resolve("samples/topics/harbour-bridge.yaml").toString(),
                Shared.project().resolve("samples/articles").toString());
        assertEquals(0, result.exitCode(), result.err());
        List<JsonNode> documents = assertAllValid(result);
        assertEquals(5, documents.size());
        assertTrue(documents.stream().anyMatch(document -> document.get("stances").size() > 0),
                "the sample topic's stances are written (and validated)");
    }

    @Test
    void noCleanAndPublishedValidate() throws IOException {
        Cli.Result result = Cli.run("analyze", "--no-clean", "--published", "2024-05-28",
                Shared.seeds().toString());
        assertEquals(0, result.exitCode(), result.err());
        for (JsonNode document : assertAllValid(result)) {
            assertFalse(document.get("published").isNull());
        }
    }

    @Test
    void hostileAndAstralTextValidates(@TempDir Path folder) throws IOException {
        String page = "<html><head><title>Test &lt;script&gt; title</title></head><body><article>"
                + "<h1>A headline with \"quotes\" and <b>markup</b></h1>"
                + "<p>Mathematical 𝒜 and emoji 🙂 sit before this sentence, which says a great deal about nothing, "
                + "and keeps going long enough to count as a paragraph of an article body for extraction.</p>"
                + "<p onmouseover=\"alert(1)\">&lt;script&gt;alert('x')&lt;/script&gt; was written as text in this "
                + "paragraph, which again is long enough to be kept by the body extractor as article text.</p>"
                + "</article></body></html>";
        Files.writeString(folder.resolve("hostile.html"), page, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("control.txt"), "Title\n\nBody with a NUL-free \u0007 bell and a tab\t"
                + "and astral 𝒜 characters, long enough to be a paragraph of the article body text here.",
                StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("analyze", folder.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(2, assertAllValid(result).size());
    }

    @Test
    void loadedWordingValidatesAfterAstralCharacters(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("loaded.txt"), "Council row\n\nEmoji \uD83D\uDE42 and \uD835\uDC9C first. "
                + "Critics called the harbour plan a disastrous, shameful sham and its backers greedy cronies, "
                + "and the so-called experts were “clowns”, a resident wrote in a letter to the local paper.",
                StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("analyze", folder.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode document = assertAllValid(result).get(0);
        JsonNode loaded = document.get("loaded");
        assertTrue(loaded.size() >= 3, "loaded wording found: " + loaded);
        List<String> techniques = new ArrayList<>();
        loaded.forEach(span -> techniques.add(span.get("technique").asText()));
        assertTrue(techniques.contains("loaded-language") && techniques.contains("name-calling"), loaded.toString());
        Cli.Result text = Cli.run("analyze", "--format", "text", folder.toString());
        assertTrue(text.out().contains("Loaded wording (" + loaded.size() + ")"), text.out());
        assertTrue(text.out().contains("greedy cronies  name-calling"), text.out());
    }

    @Test
    void textFormatIsNotJsonButJsonlIsOneObjectPerLine() {
        Cli.Result text = Cli.run("analyze", "--format", "text", Shared.seeds().toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("authors:"), text.out());
        assertFalse(text.out().startsWith("{"));
    }

    private static List<JsonNode> assertAllValid(Cli.Result result) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        int lineNumber = 0;
        for (String line : result.lines()) {
            lineNumber++;
            JsonNode document = JSON.readTree(line);
            Set<ValidationMessage> errors = schema.validate(document);
            assertTrue(errors.isEmpty(), "line " + lineNumber + " breaks the contract: " + errors);
            assertSpansCoverTheirText(document, document.get("text").asText(), "line " + lineNumber);
            documents.add(document);
        }
        return documents;
    }

    /** Walks the whole document: any object with integer start and end and a text is a span. */
    static void assertSpansCoverTheirText(JsonNode node, String text, String where) {
        if (node.isObject()) {
            if (node.has("start") && node.has("end") && node.path("text").isTextual()
                    && node.get("start").isInt() && node.get("end").isInt()) {
                int start = node.get("start").asInt();
                int end = node.get("end").asInt();
                int length = text.codePointCount(0, text.length());
                assertTrue(0 <= start && start <= end && end <= length, where + ": span out of range " + node);
                String covered = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                assertEquals(covered, node.get("text").asText(), where + ": span text differs from text[start:end]");
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("text")) {
                    assertSpansCoverTheirText(field.getValue(), text, where);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> assertSpansCoverTheirText(child, text, where));
        }
    }
}

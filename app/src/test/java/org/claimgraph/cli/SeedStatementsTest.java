package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers and entities on the seed articles, checked by hand (docs/QUALITY.md, "Statements on the seed articles").
 * The expectations are written here, in the test; product code knows nothing of the seeds.
 */
class SeedStatementsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void analyse() throws IOException {
        Cli.Result result = Cli.run("analyze", "--format", "jsonl", Shared.seeds().toString());
        assertEquals(0, result.exitCode(), result.err());
        for (String line : result.lines()) {
            DOCUMENTS.add(JSON.readTree(line));
        }
        assertEquals(5, DOCUMENTS.size());
    }

    private static JsonNode seed(String prefix) {
        for (JsonNode document : DOCUMENTS) {
            if (document.get("source").asText().contains(prefix)) {
                return document;
            }
        }
        fail("no seed " + prefix);
        return null;
    }

    private static JsonNode statement(JsonNode document, String field, String startsWith) {
        for (JsonNode statement : document.get("statements")) {
            JsonNode span = field.equals("speaker") ? statement.get("speaker").get("mention") : statement.get(field);
            if (span != null && !span.isNull() && span.get("text").asText().startsWith(startsWith)) {
                return statement;
            }
        }
        fail("no statement whose " + field + " starts with '" + startsWith + "'");
        return null;
    }

    private static String speaker(JsonNode statement) {
        return statement.get("speaker").get("name").asText();
    }

    @Test
    void quoteOfTheCoordinatorIsHis() {
        JsonNode quote = statement(seed("001_"), "content", "\u201cPresident Zelensky isn");
        assertEquals("John Kirby", speaker(quote));
        assertEquals("PERSON", quote.get("speaker").get("type").asText());
    }

    @Test
    void roleDescriptionsAndPronounsResolveToTheFrenchPresident() {
        JsonNode document = seed("001_");
        assertEquals("Emmanuel Macron", speaker(statement(document, "speaker", "The French leader")));
        assertEquals("Emmanuel Macron", speaker(statement(document, "content", "that he \u201cfully\u201d")));
    }

    @Test
    void hedgedClaimKeepsItsHedgeAndFullName() {
        JsonNode claim = statement(seed("003_"), "cue", "claimed");
        assertEquals("Alexiy Goncharenko", speaker(claim));
        List<String> hedges = new ArrayList<>();
        claim.get("hedges").forEach(h -> hedges.add(h.asText()));
        assertTrue(hedges.contains("citing undisclosed sources"), hedges.toString());
    }

    @Test
    void spokesmanReportedSpeech() {
        JsonNode urged = statement(seed("002_"), "content", "caution and restraint");
        assertEquals("Dmitry Peskov", speaker(urged));
        JsonNode kremlin = statement(seed("002_"), "speaker", "The Kremlin");
        assertEquals("ORGANIZATION", kremlin.get("speaker").get("type").asText());
        assertEquals("Kremlin", speaker(kremlin));
    }

    @Test
    void outletNamedInShortResolvesToItsFullName() {
        // "Brown ... said that ... trainers will be sent to Ukraine, according to the Times": the Times is the via
        JsonNode brown = statement(seed("000_"), "speaker", "Gen. Charles Q. Brown");
        assertEquals("Charles Q. Brown Jr.", speaker(brown));
        assertEquals(1, brown.get("via").size(), brown.toString());
        assertEquals("The New York Times", brown.get("via").get(0).get("name").asText());
        assertEquals("the Times", brown.get("via").get(0).get("mention").get("text").asText());
        assertTrue(brown.get("content").get("text").asText().endsWith("will be sent to Ukraine"), brown.toString());
        JsonNode reported = statement(seed("000_"), "speaker", "The New York Times");
        assertEquals("MEDIA", reported.get("speaker").get("type").asText());
        assertEquals("2024-03", statement(seed("000_"), "speaker", "Czech President").get("date").asText());
    }

    @Test
    void onePersonEntityPerLeaderPerArticle() {
        for (JsonNode document : DOCUMENTS) {
            for (String name : List.of("Emmanuel Macron", "Volodymyr Zelensky", "Vladimir Putin")) {
                String surname = name.substring(name.indexOf(' ') + 1);
                int entities = 0;
                for (JsonNode entity : document.get("entities")) {
                    if (entity.get("name").asText().contains(surname)) {
                        entities++;
                        assertEquals(name, entity.get("name").asText());
                        assertEquals("PERSON", entity.get("type").asText());
                    }
                }
                boolean named = document.get("text").asText().contains(surname);
                assertEquals(named ? 1 : 0, entities, name + " in " + document.get("source").asText());
            }
        }
    }

    @Test
    void madeItClearIsAReport() {
        JsonNode document = seed("004_");
        assertEquals("Moscow", speaker(statement(document, "content", "that the end of actions in the Kiev region")));
        JsonNode minsk = statement(document, "content", "that it will only enter directly into the conflict");
        assertEquals("Minsk", speaker(minsk));
        assertTrue(minsk.get("cue").get("text").asText().endsWith("made it clear"), minsk.toString());
        assertEquals("Belarus", speaker(statement(document, "content", "that it is not interested")));
        assertEquals("Vladimir Putin", speaker(statement(seed("003_"), "content", "that any foreign military presence")));
    }

    @Test
    void sourceAfterTheReportAndAsTheVia() {
        JsonNode bloomberg = statement(seed("000_"), "content", "Ukraine is preparing for French military");
        assertEquals("Bloomberg News", speaker(bloomberg));
        assertEquals("MEDIA", bloomberg.get("speaker").get("type").asText());
        // "Blinken ... vowed Washington would take “tangible steps” ..., RFE/RL reported"
        JsonNode blinken = statement(seed("000_"), "content", "Washington would take");
        assertEquals("Antony Blinken", speaker(blinken));
        assertEquals(1, blinken.get("via").size(), blinken.toString());
        assertEquals("RFE/RL", blinken.get("via").get(0).get("mention").get("text").asText());
    }

    @Test
    void authorOfRemarksAndLettersSpeaksThroughThem() {
        assertEquals("Emmanuel Macron", speaker(statement(seed("002_"), "content", "the possibility of European")));
        JsonNode letter = statement(seed("000_"), "content", "him to authorize the use");
        assertTrue(letter.get("speaker").get("mention").get("text").asText().contains("lawmakers"), letter.toString());
    }

    @Test
    void publicFiguresAreAGroup() {
        JsonNode figures = statement(seed("004_"), "speaker", "Ukrainian and pro-Ukrainian public figures");
        assertEquals("GROUP", figures.get("speaker").get("type").asText());
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed articles: metadata right wherever the article states it, no furniture left in the text, every body
 * paragraph kept. The expectations are written here, in the test; product code knows nothing of the seeds.
 */
class SeedsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Words that only site furniture uses in these seeds; none may survive in the body. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)share button|newsletter|disclaimer|fair use|"
            + "featured image|regular contributor|donate|fundraising|note to readers|comment on .* articles|"
            + "become a member|media inquiries|translate website|articles by:|originally published|^region:|"
            + "in-depth report|^\\*+$|^https?://|\\[email");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_01f90ee2e1ec2063.txt", "NATO's escalation in Ukraine: A recipe for direct war on Russia?",
                        List.of("Gary Wilson"), "2024-05-28",
                        "https://www.struggle-la-lucha.org/2024/05/28/natos-escalation-in-ukraine-a-recipe-for-direct-war-on-russia/",
                        "struggle-la-lucha.org"),
                Arguments.of("001_913dd6badd48096d.txt",
                        "Ukraine Does Not Want Foreign Troops and Intends to Fight Alone, Claims White House",
                        List.of("Ahmed Adel"), null, null, "Global Research"),
                Arguments.of("002_f7e30f0e75b802c3.txt",
                        "Kremlin warns of potential conflict with NATO over troop deployment in Ukraine", List.of(),
                        null, null, null),
                Arguments.of("003_ea70d7d579ba2e00.txt",
                        "Coalition of the Willing Deploys Military to Ukraine Months Ahead of Conflict's Conclusion, "
                                + "Sparking Diplomatic Concerns",
                        List.of(), null, null, null),
                Arguments.of("004_4411e158f26d3872.txt",
                        "Kiev Regime Worsening Tensions by Sending Troops to Belarussian Border",
                        List.of("Lucas Leiroz"), null, null, "InfoBrics"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void metadataAndBody(String file, String title, List<String> authors, String published, String url,
            String outlet) throws IOException {
        Path seed = Shared.seeds().resolve(file);
        Cli.Result result = Cli.run("analyze", seed.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode document = JSON.readTree(result.lines().get(0));

        assertEquals(title, text(document, "title"));
        List<String> actualAuthors = new ArrayList<>();
        document.get("authors").forEach(a -> actualAuthors.add(a.asText()));
        assertEquals(authors, actualAuthors);
        assertEquals(published, text(document, "published"));
        assertEquals(url, text(document, "url"));
        assertEquals(outlet, text(document, "outlet"));
        assertEquals("en", text(document, "language"));

        String body = document.get("text").asText();
        for (String paragraph : body.split("\n\n")) {
            assertTrue(!FURNITURE.matcher(paragraph.strip()).find(), "furniture left in the body: " + paragraph);
            assertTrue(!paragraph.contains("](") && !paragraph.startsWith("*"), "Markdown left: " + paragraph);
        }
        String flatBody = flatten(body);
        for (String paragraph : Files.readString(seed, StandardCharsets.UTF_8).split("\n\\s*\n")) {
            String input = flatten(paragraph);
            if (input.length() >= 120 && !paragraph.strip().equals(title) && !FURNITURE.matcher(paragraph.strip()).find()
                    && !input.matches("(?i).* is a .*(researcher|member of).*")) {
                String start = input.substring(0, 60);
                assertTrue(flatBody.contains(start), "body paragraph lost: " + start);
            }
        }
        assertTrue(!body.contains(title), "the title is metadata, not body");
    }

    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Markdown marks removed and white space collapsed, so input and output paragraphs compare. */
    private static String flatten(String text) {
        return text.replaceAll("\\]\\([^)]*\\)", "").replace("[", "").replace("*", "").replaceAll("\\s+", " ")
                .strip().toLowerCase(Locale.ROOT);
    }
}

package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.eval.ExtractionEvaluation.Extracted;
import org.claimgraph.eval.ExtractionEvaluation.GoldPage;
import org.junit.jupiter.api.Test;

/**
 * Runs each tool on one small synthetic page. These fail when a tool's run-time dependencies are missing or clash
 * (boilerpipe needs NekoHTML and Xerces, which its pom does not declare; Readability4J was built against jsoup 1.11).
 */
class ExtractorsTest {

    private static final String BODY = "The city council voted on Tuesday to rebuild the old harbour bridge, which has "
            + "been closed to traffic since the spring floods damaged two of its pillars. ";

    static BenchPage page() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>Council votes to rebuild harbour bridge</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/weather\">Weather</a></nav>"
                + "<article><h1>Council votes to rebuild harbour bridge</h1>"
                + "<p class=\"byline\">By Jane Doe</p>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>").append(BODY).append("Paragraph ").append(i).append(" says more about it, as the mayor "
                    + "told reporters after the meeting, and the work should start next year.</p>");
        }
        html.append("</article><footer>Copyright Example News. All rights reserved.</footer></body></html>");
        GoldPage gold = new GoldPage("https://news.example/bridge", Path.of("bridge.html"), List.of(BODY), List.of(),
                "Council votes to rebuild harbour bridge", List.of("Jane Doe"));
        return BenchPage.of(gold, html.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void boilerpipeKeepsTheArticleAndDropsTheNavigation() throws Exception {
        Extracted extracted = new BoilerpipeExtractor().extract(page());
        assertTrue(extracted.text().contains("rebuild the old harbour bridge"), extracted.text());
        assertFalse(extracted.text().contains("Weather"), extracted.text());
        assertEquals("Council votes to rebuild harbour bridge", extracted.title());
    }

    @Test
    void readability4jKeepsTheArticleWithOurJsoup() throws Exception {
        Extracted extracted = new Readability4jExtractor().extract(page());
        assertTrue(extracted.text().contains("rebuild the old harbour bridge"), extracted.text());
        assertFalse(extracted.text().contains("All rights reserved"), extracted.text());
        assertFalse(extracted.text().contains("Weather"), extracted.text());
        assertEquals("Council votes to rebuild harbour bridge", extracted.title());
        assertEquals(List.of("Jane Doe"), extracted.authors());
    }

    @Test
    void claimgraphReturnsTheBodyText() throws Exception {
        Extracted extracted = new ClaimgraphExtractor().extract(page());
        assertTrue(extracted.text().contains("rebuild the old harbour bridge"), extracted.text());
    }

    @Test
    void bylineLosesItsLeadingBy() {
        assertEquals(List.of("Jane Doe"), Readability4jExtractor.authors("  By Jane Doe "));
        assertEquals(List.of("Jane Doe and John Roe"), Readability4jExtractor.authors("Jane Doe and John Roe"));
        assertEquals(List.of(), Readability4jExtractor.authors(null));
        assertEquals(List.of(), Readability4jExtractor.authors(" "));
    }
}

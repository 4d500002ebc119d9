package org.claimgraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.HtmlExtractor;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private String body(String fixture) {
        return extractor.extract(Fixtures.page(fixture), "https://www.riverside-ledger.example/news/x").text();
    }

    @Test
    void keepsBodyParagraphsInOrderAsParagraphs() {
        List<String> paragraphs = List.of(body("article-with-boilerplate.html").split("\n\n"));
        List<String> expectedInOrder = List.of(
                "The town council voted on Tuesday evening",
                "Supporters said the crossing",
                "Costs and timetable",
                "The bridge is expected to cost 4.2 million",
                "Construction is planned to start in the autumn.",
                "The bridge should open to walkers and cyclists within two years.",
                "We have waited long enough for a safe way across the water.",
                "Opponents on the council argued",
                "The final design, chosen from three proposals");
        int from = 0;
        for (String start : expectedInOrder) {
            int found = -1;
            for (int i = from; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).startsWith(start)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found >= 0, "missing or out of order: '" + start + "' in " + paragraphs);
            from = found + 1;
        }
    }

    @Test
    void collapsesWhitespaceInsideParagraphs() {
        for (String paragraph : body("article-with-boilerplate.html").split("\n\n")) {
            assertFalse(paragraph.isBlank(), "blank paragraph");
            assertFalse(paragraph.contains("  ") || paragraph.contains("\n") || paragraph.contains("\t"),
                    "uncollapsed whitespace in '" + paragraph + "'");
            assertEquals(paragraph.strip(), paragraph);
        }
    }

    @Test
    void removesBoilerplateBlocks() {
        String text = body("article-with-boilerplate.html");
        for (String boilerplate : List.of("Opinion", "cookie", "Share on Facebook", "Advertisement",
                "morning newsletter", "Road bridge closed for inspection", "asking for this bridge",
                "Ten things to do", "All rights reserved", "Marta Quill covers local government", "Transport",
                "Home", "Paragraph text from a script")) {
            assertFalse(text.contains(boilerplate), "kept boilerplate '" + boilerplate + "' in:\n" + text);
        }
    }

    @Test
    void dropsCaptionsAndCredits() {
        String text = body("article-with-boilerplate.html");
        assertFalse(text.contains("Alder River at dusk"), text);
        assertFalse(text.contains("courtesy of the council planning office"), text);
    }

    @Test
    void dropsHiddenElements() {
        String text = body("article-with-boilerplate.html");
        assertFalse(text.contains("hidden paragraph"), text);
        assertFalse(text.contains("aria-hidden paragraph"), text);
        assertFalse(text.contains("hidden by an inline style"), text);
    }

    @Test
    void leavesBylineAndDateToMetadata() {
        String text = body("article-with-boilerplate.html");
        assertFalse(text.contains("Staff Writer"), text);
        assertFalse(text.contains("April 12, 2023"), text);
    }

    @Test
    void keepsEveryPartOfASplitArticleBody() {
        String text = body("split-body.html");
        assertTrue(text.startsWith("Apple growers around Northfield"), text);
        assertTrue(text.contains("The regional weather office expects a dry, warm August"), text);
        assertFalse(text.contains("Advertisement"), text);
        assertFalse(text.contains("Honey prices"), text);
    }

    @Test
    void hostileMarkupComesOutAsPlainText() {
        Extraction extraction = extractor.extract(Fixtures.page("hostile.html"), "");
        String text = extraction.text();
        assertTrue(text.contains("mentions the tag <script>alert(\"escaped\")</script> as plain text"), text);
        assertTrue(text.contains("The second paragraph hides a live script in the middle of a sentence"), text);
        assertTrue(text.contains("The third paragraph carries an event-handler attribute"), text);
        assertTrue(text.contains("The fourth paragraph has a styled span and an image"), text);
        assertTrue(text.contains("should not break the extraction of this fifth paragraph"), text);
        assertTrue(text.contains("The sixth paragraph"), text);
        for (String leaked : List.of("injected by script", "attribute handler", "onmouseover", "steal()",
                "image handler", "onerror")) {
            assertFalse(text.contains(leaked), "leaked '" + leaked + "' into:\n" + text);
        }
    }

    @Test
    void pageWithoutAnArticleGivesNearlyNothing() {
        Extraction extraction = extractor.extract(Fixtures.page("no-article.html"), "");
        assertTrue(extraction.text().length() < 120, extraction.text());
        assertFalse(extraction.text().contains("All rights reserved"), extraction.text());
    }

    @Test
    void emptyAndBrokenInputGiveEmptyText() {
        assertEquals("", extractor.extract("", "").text());
        assertEquals("", extractor.extract("<html><body></body></html>", null).text());
        assertEquals("", extractor.extract("<<<>>> <p", "not a uri").text().strip().replace("<<<>>>", ""));
    }

    @Test
    void fallsBackToJsonLdBodyWhenMarkupHoldsNoText() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"First line of a body rendered by script.\\nSecond line of that body.\"}"
                + "</script></head><body><div id=\"app\"></div></body></html>";
        Extraction extraction = extractor.extract(html, "");
        assertEquals("First line of a body rendered by script.\n\nSecond line of that body.", extraction.text());
        assertEquals(1, extraction.diagnostics().size());
    }

    @Test
    void hugePageCompletes() {
        StringBuilder html = new StringBuilder(6_000_000).append("<html><body><nav><a href=/>Home</a></nav><article>");
        int paragraphs = 0;
        while (html.length() < 5_000_000) {
            html.append("<p>Paragraph ").append(paragraphs++)
                    .append(" of a very long generated page, with commas, and enough words to count as prose.</p>");
            if (paragraphs % 50 == 0) {
                html.append("<div class=\"ad\"><a href=/ad>Buy now</a></div>");
            }
        }
        html.append("</article></body></html>");
        int expected = paragraphs;
        String text = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> extractor.extract(html.toString(), "").text());
        assertTrue(text.startsWith("Paragraph 0 of a very long generated page"), text.substring(0, 100));
        assertTrue(text.contains("Paragraph " + (expected - 1) + " of"), "last paragraph missing");
        assertFalse(text.contains("Buy now"));
    }

    @Test
    void deeplyNestedPageCompletes() {
        String html = "<div>".repeat(20_000) + "<p>Deep paragraph text, long enough to be scored as a paragraph.</p>"
                + "</div>".repeat(20_000);
        String text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(html, "").text());
        assertTrue(text.contains("Deep paragraph text"), text);
    }
}

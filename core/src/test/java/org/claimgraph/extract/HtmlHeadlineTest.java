package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlHeadlineTest {

    @Test
    void aFirstParagraphRepeatingTheTitleIsDropped() {
        assertEquals("Body one.\n\nBody two.",
                HtmlExtractor.withoutHeadline("Lake  levels fall\n\nBody one.\n\nBody two.", "Lake levels fall"));
        assertEquals("Body one.", new HtmlExtractor().extract("<html><head><title>Lake levels fall</title></head>"
                + "<body><article><h1>Lake levels fall</h1><p>Body one.</p></article></body></html>", "")
                .text().strip().replaceAll("\\s+", " ").substring(0, 9));
    }

    @Test
    void otherFirstParagraphsStay() {
        assertEquals("Another line\n\nBody.", HtmlExtractor.withoutHeadline("Another line\n\nBody.", "Lake levels"));
        assertEquals("Body.", HtmlExtractor.withoutHeadline("Body.", null));
    }
}

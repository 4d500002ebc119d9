package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    private static final String ARTICLE = String.join("\n",
            "Science",
            "",
            "Lake levels fall to a record low after dry summer",
            "",
            "By Ana Silva and Ben Okoro",
            "",
            "August 30, 2025",
            "",
            "Sign up for our daily newsletter.",
            "",
            "***",
            "",
            "The lake fell to its lowest level since records began, the water agency said on Friday, and "
                    + "[boat owners](https://example.org/boats) were told to move their moorings.",
            "",
            "\"We have never seen it this low,\" said *harbour master* Ida Berg. \"The summer took everything.\"",
            "",
            "The agency said the level could drop by up to 40 centimetres more before the autumn rain, and that",
            "",
            "restrictions on irrigation would stay in place until October.",
            "",
            "*",
            "",
            "Ana Silva is a science journalist based in Porto. She is a regular contributor to the Example Review.",
            "",
            "This article was originally published on Example Review.",
            "",
            "https://www.examplereview.example/2025/08/30/lake-record-low/");

    @Test
    void metadataAtTheEdges() {
        Extraction extraction = extractor.extract(ARTICLE);
        assertEquals("Lake levels fall to a record low after dry summer", extraction.metadata().title());
        assertEquals(List.of("Ana Silva", "Ben Okoro"), extraction.metadata().authors());
        assertEquals("2025-08-30", extraction.metadata().published());
        assertEquals("https://www.examplereview.example/2025/08/30/lake-record-low/", extraction.metadata().url());
        assertEquals("Example Review", extraction.metadata().outlet());
    }

    @Test
    void bodyWithoutFurniture() {
        String text = extractor.extract(ARTICLE).text();
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertEquals(3, paragraphs.size(), text);
        assertTrue(paragraphs.get(0).startsWith("The lake fell"));
        assertTrue(paragraphs.get(0).contains("boat owners were told"), "Markdown link marks removed");
        assertTrue(paragraphs.get(1).contains("said harbour master Ida Berg"), "emphasis marks removed");
        assertTrue(paragraphs.get(2).endsWith("and that restrictions on irrigation would stay in place until October."),
                "a paragraph broken mid-sentence is joined");
        assertFalse(text.contains("newsletter"));
        assertFalse(text.contains("Science"));
        assertFalse(text.contains("regular contributor"));
    }

    @Test
    void outletFromTheDomainWhenTheTextNeverNamesIt() {
        Extraction extraction = extractor.extract("A headline\n\nA first paragraph that reports something.\n\n"
                + "https://news.someplace.example/2024/01/02/a-headline\n");
        assertEquals("someplace.example", extraction.metadata().outlet());
        assertEquals("2024-01-02", extraction.metadata().published(), "date taken from the URL path");
    }

    @Test
    void articleWithNothingButBody() {
        Extraction extraction = extractor.extract("It rained. Everyone stayed in. The match was called off.");
        assertNull(extraction.metadata().title());
        assertEquals("It rained. Everyone stayed in. The match was called off.", extraction.text());
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String wrapped = "Title line\n\nThe council met on Monday evening and decided after a long debate\n"
                + "that the bridge would be built after all, its leader said in a statement\n"
                + "published late at night on the council website.\n";
        Extraction extraction = extractor.extract(wrapped);
        assertEquals("The council met on Monday evening and decided after a long debate that the bridge would be "
                + "built after all, its leader said in a statement published late at night on the council website.",
                extraction.text());
    }
}

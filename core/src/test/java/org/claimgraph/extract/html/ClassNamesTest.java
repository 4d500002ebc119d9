package org.claimgraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

    private static Element element(String attributes) {
        return Jsoup.parse("<div " + attributes + "></div>").selectFirst("div");
    }

    @Test
    void splitsAtPunctuationAndHumps() {
        assertEquals(List.of("share", "bar", "top", "related", "links"),
                ClassNames.words(element("class='shareBar_top' id='related-links'")));
    }

    @Test
    void furnitureNames() {
        assertTrue(ClassNames.isBoilerplate(element("class='post-comments'"), 5000));
        assertTrue(ClassNames.isBoilerplate(element("class='newsletterSignup'"), 100));
        assertTrue(ClassNames.isBoilerplate(element("id='ad-slot-3'"), 10));
        assertTrue(ClassNames.isBoilerplate(element("class='entry-meta'"), 80));
    }

    @Test
    void contentAndLayoutNames() {
        assertFalse(ClassNames.isBoilerplate(element("class='article-body'"), 5000));
        assertFalse(ClassNames.isBoilerplate(element("class='commentary'"), 5000));
        assertFalse(ClassNames.isBoilerplate(element("class='article-meta story-body'"), 5000));
        assertFalse(ClassNames.isBoilerplate(element("class='row with-sidebar two-col-layout'"), 5000));
        assertFalse(ClassNames.isBoilerplate(element("class='shadow'"), 5000));
    }
}

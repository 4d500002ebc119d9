package org.claimgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatOpensMarkupOrEndsAnAttribute() {
        assertEquals("&lt;script&gt;window.__pwned=1&lt;/script&gt;", Html.escape("<script>window.__pwned=1</script>"));
        assertEquals("&quot; onmouseover=&quot;x&quot; &#39;y&#39; a&amp;b", Html.escape("\" onmouseover=\"x\" 'y' a&b"));
    }

    @Test
    void escapedTextHasNoMarkupLeft() {
        String hostile = "<img src=x onerror=alert(1)>\"'><svg/onload=alert(2)>&#x3c;";
        String escaped = Html.escape(hostile);
        assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\"") || escaped.contains("'"));
        assertEquals("&amp;#x3c;", Html.escape("&#x3c;"), "a character reference in the text stays text");
    }

    @Test
    void leavesPlainTextAloneAndNullEmpty() {
        String plain = "Ines Okafor said the bridge would cost 410 million euros \uD83C\uDF09";
        assertSame(plain, Html.escape(plain));
        assertEquals("", Html.escape(null));
    }

    @Test
    void urlValuesArePercentEncoded() {
        assertEquals("speaker%3AOkafor%20AND%20%22vote%22%26x%3D1", Html.url("speaker:Okafor AND \"vote\"&x=1"));
    }
}

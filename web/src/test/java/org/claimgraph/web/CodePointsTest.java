package org.claimgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    @Test
    void offsetsAfterACharacterOutsideTheBasicPlaneMoveByOne() {
        String text = "\uD83C\uDF09 Okafor said \uD835\uDCB3 yes"; // a bridge emoji, and a script X: two chars each
        CodePoints offsets = new CodePoints(text);
        assertEquals(0, offsets.utf16(0));
        assertEquals(3, offsets.utf16(2));
        assertEquals("Okafor", text.substring(offsets.utf16(2), offsets.utf16(8)));
        assertEquals("yes", text.substring(offsets.utf16(16), offsets.utf16(19)));
        assertEquals(text.codePointCount(0, text.length()), offsets.length());
    }

    @Test
    void offsetsOutsideTheTextAreClamped() {
        CodePoints offsets = new CodePoints("abc");
        assertEquals(3, offsets.utf16(99));
        assertEquals(0, offsets.utf16(-1));
    }
}

package org.claimgraph.web;

/**
 * Converts the contract's offsets (Unicode code points) into offsets of a Java string (UTF-16 code units): a
 * character outside the Basic Multilingual Plane (an emoji, many CJK extension characters) is one code point but two
 * chars, so every later offset moves by one.
 */
final class CodePoints {

    /** utf16[i] is the UTF-16 offset of code point i; the last entry is the text's length. */
    private final int[] utf16;

    CodePoints(String text) {
        int count = text.codePointCount(0, text.length());
        utf16 = new int[count + 1];
        int offset = 0;
        for (int i = 0; i < count; i++) {
            utf16[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        utf16[count] = offset;
    }

    /** The UTF-16 offset of a code point offset, clamped into the text (a stored span never lies outside it). */
    int utf16(int codePoint) {
        return utf16[Math.max(0, Math.min(codePoint, utf16.length - 1))];
    }

    /** How many code points the text has. */
    int length() {
        return utf16.length - 1;
    }
}

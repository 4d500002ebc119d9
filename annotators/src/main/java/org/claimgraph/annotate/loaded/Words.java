package org.claimgraph.annotate.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text for the loaded-wording rules: runs of letters and digits, with apostrophes and hyphens inside
 * a word kept ("so-called", "don't", "far-right"). Each word keeps its UTF-16 offsets and a lower-cased key with
 * curly apostrophes made straight. Punctuation between words is remembered, so that a span never grows across a
 * sentence end or a comma.
 */
final class Words {

    /** One word: {@code [begin, end)} in the text, its lower-cased key, and what separates it from the next word. */
    record Word(int begin, int end, String key, boolean capitalised, Gap gapAfter) {}

    /** What lies between a word and the next one. */
    enum Gap {
        /** Only spaces (or nothing, at the end of the text). */
        SPACE,
        /** An opening or closing quote mark, with or without spaces. */
        QUOTE,
        /** A comma, semicolon, colon, dash or bracket: a phrase boundary. */
        PHRASE,
        /** A full stop, question or exclamation mark, or a line break: a sentence boundary. */
        SENTENCE
    }

    private Words() {}

    /** The words of {@code text}, in text order. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int begin = i;
            while (i < length) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                } else if (isJoiner(c) && i + 1 < length && Character.isLetterOrDigit(text.codePointAt(i + 1))
                        && i > begin) {
                    i++;
                } else {
                    break;
                }
            }
            int next = i;
            while (next < length && !Character.isLetterOrDigit(text.codePointAt(next))) {
                next += Character.charCount(text.codePointAt(next));
            }
            String surface = text.substring(begin, i);
            words.add(new Word(begin, i, key(surface), Character.isUpperCase(surface.codePointAt(0)),
                    gap(text, i, next)));
        }
        return List.copyOf(words);
    }

    /** The lower-cased form the lexicon keys on: curly apostrophes made straight. */
    static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /**
     * The key of a word's family, for the lexicon: the key without a common inflection ("smeared", "smears" and
     * "smearing" all give "~smear"), marked with a leading {@code ~} so that it never meets a word's own key.
     */
    static String family(String key) {
        String stem = key.endsWith("'s") ? key.substring(0, key.length() - 2) : key;
        for (String suffix : new String[] {"ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"}) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
                stem = stem.substring(0, stem.length() - suffix.length());
                break;
            }
        }
        return "~" + stem;
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
    }

    private static Gap gap(String text, int from, int to) {
        Gap gap = Gap.SPACE;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r') {
                return Gap.SENTENCE;
            }
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '\u2014'
                    || c == '\u2013' || c == '-' || c == '/' || c == '…') {
                gap = Gap.PHRASE;
            } else if (gap == Gap.SPACE && isQuote(c)) {
                gap = Gap.QUOTE;
            }
        }
        return gap;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019';
    }
}

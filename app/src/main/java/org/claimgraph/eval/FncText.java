package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tokens, a light suffix stemmer and sentences, for the FNC-1 rules. */
final class FncText {

    /** One word as written, lower-cased and stemmed; {@code named} when capitalised or a number. */
    record Token(String lower, String stem, boolean named) {}

    private FncText() {}

    /** The words and numbers of a text (letters, digits, and an apostrophe inside a word), in order. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                    || isApostrophe(text.charAt(i)) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            String word = text.substring(start, i);
            String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            boolean named = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
            if (lower.endsWith("n't")) {
                tokens.add(new Token(lower.substring(0, lower.length() - 3), stem(lower.substring(0, lower.length() - 3)),
                        false));
                tokens.add(new Token("n't", "n't", false));
            } else {
                if (lower.endsWith("'s")) {
                    lower = lower.substring(0, lower.length() - 2);
                }
                tokens.add(new Token(lower, stem(lower), named));
            }
        }
        return tokens;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * A light English suffix stemmer (plural -s, -ies, -ing, -ed, -ly, and a final -e), enough to make "denies",
     * "denied" and "deny", or "confirmed" and "confirms", one stem. Words of four letters or fewer stay as they are.
     */
    static String stem(String word) {
        String w = word;
        if (w.length() <= 4 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") || w.endsWith("ied")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ly") && w.length() > 5) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Splits at line breaks and after '.', '!' or '?' followed by a space; drops empty pieces. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                add(sentences, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String piece) {
        if (!piece.isBlank()) {
            sentences.add(piece.strip());
        }
    }
}

package org.claimgraph.annotate.loaded;

import java.util.List;

/**
 * Scare-quoted labels: one to three words in quote marks, starting in lower case, after a word that introduces a
 * label at most three words before them in one phrase ("branded them “traitors”", "the “experts”", "so-called
 * “reforms”"). A longer quotation is reported speech, not a label, and is left alone.
 */
final class ScareQuotes {

    private static final int MAX_WORDS = 3;

    private ScareQuotes() {}

    /** Raises the name-calling score of the words of each scare-quoted label to {@code score}. */
    static void mark(String text, List<Words.Word> words, double[] naming, double score) {
        for (int i = 1; i < words.size(); i++) {
            Words.Word before = words.get(i - 1);
            if (before.gapAfter() != Words.Gap.QUOTE || !cued(words, i - 1)
                    || !opensQuote(text, before.end(), words.get(i).begin())) {
                continue;
            }
            for (int last = i; last < Math.min(words.size(), i + MAX_WORDS); last++) {
                Words.Word word = words.get(last);
                if (word.gapAfter() == Words.Gap.QUOTE && closesQuote(text, word.end())) {
                    for (int w = i; w <= last; w++) {
                        naming[w] = Math.max(naming[w], score);
                    }
                    break;
                }
                if (word.gapAfter() != Words.Gap.SPACE) {
                    break;
                }
            }
        }
    }

    /** Whether one of the three words up to {@code last}, in one phrase, introduces a label. */
    private static boolean cued(List<Words.Word> words, int last) {
        for (int w = last; w >= Math.max(0, last - 2); w--) {
            if (LoadedRules.LABEL_CUES.contains(words.get(w).key())) {
                return true;
            }
            if (w > 0 && words.get(w - 1).gapAfter() != Words.Gap.SPACE) {
                return false;
            }
        }
        return false;
    }

    /** Whether the gap {@code [from, to)} ends in an opening quote mark right before the word. */
    private static boolean opensQuote(String text, int from, int to) {
        char mark = text.charAt(to - 1);
        return to - 1 >= from && (mark == '\u201c' || mark == '"' || mark == '\u2018' || mark == '\'')
                && Character.isLowerCase(text.codePointAt(to));
    }

    /** Whether a quote mark follows the word directly. */
    private static boolean closesQuote(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char mark = text.charAt(end);
        return mark == '\u201d' || mark == '"' || mark == '\u2019' || mark == '\'';
    }
}

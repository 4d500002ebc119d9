package org.claimgraph.annotate.statements;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Span;

/**
 * Finds top-level quotations in a text by their marks: typographic and straight double quotes, typographic and
 * straight single quotes (an apostrophe inside or at the end of a word is not a mark). A double quote left open at
 * the end of a paragraph continues when the next paragraph opens with a quote mark (the convention for quotes over
 * several paragraphs), and otherwise ends with its paragraph. An unclosed single quote is taken for an apostrophe.
 * Quotes nested inside a quote are part of it. Spans include the marks.
 */
final class QuoteFinder {

    private QuoteFinder() {}

    static List<Span> find(String original) {
        String text = doubledMarks(original);
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        char opener = 0;
        int nested = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int next = skipWhitespace(text, i);
                    boolean doubleQuote = opener == '"' || opener == '“';
                    if (doubleQuote && next < text.length() && isDoubleOpener(text.charAt(next))) {
                        i = next + 1; // the quote continues in the next paragraph
                        continue;
                    }
                    if (doubleQuote) {
                        quotes.add(new Span(open, trimEnd(text, open, i)));
                    }
                    open = -1;
                    nested = 0;
                }
                i++;
                continue;
            }
            if (open < 0) {
                if (c == '“' || (c == '"' && opensHere(text, i))) {
                    open = i;
                    opener = c;
                } else if ((c == '‘' || c == '\'') && opensHere(text, i) && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    open = i;
                    opener = c;
                }
            } else if (opener == '"' && c == '“') {
                nested++; // typographic quotes inside a straight one
            } else if (opener == '"' && c == '”' && nested > 0) {
                nested--;
            } else if (closes(text, i, opener)) {
                quotes.add(new Span(open, i + 1));
                open = -1;
                nested = 0;
            }
            i++;
        }
        if (open >= 0 && (opener == '"' || opener == '“')) {
            quotes.add(new Span(open, trimEnd(text, open, text.length())));
        }
        return quotes;
    }

    /**
     * Rewrites the doubled marks of some newswires (two grave accents or two apostrophes for a double quote) as
     * typographic ones, keeping every offset: the second character becomes an invisible filler.
     */
    private static String doubledMarks(String text) {
        if (!text.contains("''") && !text.contains("``")) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] == '`' && chars[i + 1] == '`') {
                chars[i] = '“';
                chars[i + 1] = FILLER;
                i++;
            } else if (chars[i] == '\'' && chars[i + 1] == '\'') {
                boolean opening = i == 0 || Character.isWhitespace(chars[i - 1]) || chars[i - 1] == '(';
                if (opening) {
                    chars[i] = '“';
                    chars[i + 1] = FILLER;
                } else {
                    chars[i] = FILLER;
                    chars[i + 1] = '”';
                }
                i++;
            }
        }
        return new String(chars);
    }

    private static final char FILLER = '\u2060';

    private static boolean closes(String text, int i, char opener) {
        char c = text.charAt(i);
        if (opener == '“') {
            return c == '”' || c == '"';
        }
        if (opener == '"') {
            return c == '"' || c == '”';
        }
        // single quotes: a closing mark is not followed by a letter (that would be an apostrophe, "don't")
        if (c != '’' && c != '\'') {
            return false;
        }
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        return !letterAfter && !spaceBefore;
    }

    private static boolean isDoubleOpener(char c) {
        return c == '“' || c == '"';
    }

    /** A straight mark opens when it starts the text or follows white space or an opening bracket or dash. */
    private static boolean opensHere(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == '–'
                || before == ':' || before == '“' || before == '"';
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}

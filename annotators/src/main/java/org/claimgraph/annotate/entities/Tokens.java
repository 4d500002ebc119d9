package org.claimgraph.annotate.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The article's tokens in one list, with their sentence numbers and lookups by offset. */
final class Tokens {

    private final String text;
    private final List<CoreLabel> tokens;
    private final int[] sentence;
    private final Map<Integer, Integer> byBegin = new HashMap<>();
    private final Map<Integer, Integer> byEnd = new HashMap<>();

    Tokens(String text, CoreDocument document) {
        this.text = text;
        this.tokens = document.tokens();
        this.sentence = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            byBegin.put(tokens.get(i).beginPosition(), i);
            byEnd.put(tokens.get(i).endPosition(), i);
        }
        int number = 0;
        for (CoreSentence coreSentence : document.sentences()) {
            for (CoreLabel token : coreSentence.tokens()) {
                Integer index = byBegin.get(token.beginPosition());
                if (index != null) {
                    sentence[index] = number;
                }
            }
            number++;
        }
    }

    /** The article text the tokens index into. */
    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    CoreLabel get(int index) {
        return tokens.get(index);
    }

    String word(int index) {
        return text.substring(tokens.get(index).beginPosition(), tokens.get(index).endPosition());
    }

    String lower(int index) {
        return word(index).toLowerCase(Locale.ROOT);
    }

    String tag(int index) {
        String tag = tokens.get(index).tag();
        return tag == null ? "" : tag;
    }

    String ner(int index) {
        String ner = tokens.get(index).ner();
        return ner == null ? "O" : ner;
    }

    int sentence(int index) {
        return sentence[index];
    }

    int begin(int index) {
        return tokens.get(index).beginPosition();
    }

    int end(int index) {
        return tokens.get(index).endPosition();
    }

    /** The token starting at this offset, or -1. */
    int startingAt(int offset) {
        return byBegin.getOrDefault(offset, -1);
    }

    /** The token ending at this offset, or -1. */
    int endingAt(int offset) {
        return byEnd.getOrDefault(offset, -1);
    }

    /** The text of tokens [first, last], white space runs made single spaces. */
    String text(int first, int last) {
        return normalise(text.substring(begin(first), end(last)));
    }

    boolean capitalised(int index) {
        String word = word(index);
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    boolean possessive(int index) {
        String tag = tag(index);
        String lower = lower(index);
        return tag.equals("POS") || lower.equals("'s") || lower.equals("\u2019s");
    }

    boolean punctuation(int index) {
        String word = word(index);
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0)) && !possessive(index);
    }

    static String normalise(String surface) {
        return surface.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}

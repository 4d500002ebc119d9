package org.claimgraph.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cheap lexical tests that tell which sentences need CoreNLP's expensive steps, so that the others skip them:
 * SUTime only where a token can anchor a time expression, and the dependency parser only where a later stage reads
 * the graph (a reporting cue, a quotation, a colon, a number or a time word). Both word lists are resources beside
 * this class: {@code time-words.txt} (from SUTime's rule files) and {@code cue-lemmas.txt} (the lemmas of the cue
 * words of the PolNeAR training split and of the statement rules' lexicon; DEVELOPMENT.md says how to regenerate it).
 */
public final class SentenceNeeds {

    static final String TIME_WORDS = "time-words.txt";
    static final String CUE_LEMMAS = "cue-lemmas.txt";

    private static final Set<String> NUMERIC_TAGS = Set.of("NUMBER", "MONEY", "PERCENT");

    /**
     * Words of time expressions whose value depends on the tense of their clause (the times stage reads it from the
     * graph): seasons and yearly holidays ("this summer", "at Christmas"), and, written with a capital, weekdays and
     * months ("on Friday", "in May"; "sat" and "may" in lower case are other words).
     */
    static final Set<String> TENSE_WORDS = Set.of("spring", "summer", "fall", "autumn", "winter", "christmas",
            "easter", "thanksgiving", "halloween", "weekend");

    static final Set<String> CAPITALIZED_TENSE_WORDS = weekdaysAndMonths();

    /** Number words the part-of-speech tagger may not tag CD ("a dozen ships"), singular. */
    static final Set<String> NUMBER_WORDS = Set.of("dozen", "score", "hundred", "thousand", "million", "billion",
            "trillion", "half", "couple");

    private final Set<String> timeWords;
    private final Set<String> cueLemmas;

    SentenceNeeds(Set<String> timeWords, Set<String> cueLemmas) {
        this.timeWords = Set.copyOf(timeWords);
        this.cueLemmas = Set.copyOf(cueLemmas);
    }

    /** The tests with the word lists shipped beside this class. */
    public static SentenceNeeds standard() {
        return new SentenceNeeds(words(TIME_WORDS), words(CUE_LEMMAS));
    }

    /**
     * Whether SUTime can find anything in the sentence (needs tokens with part of speech): a time word, or a number.
     * Numbers count because with SUTime on, NER reads every number through SUTime's number normaliser, which the
     * quantities need ("a dozen", "12%"); without it they get NER's older, weaker number rules.
     */
    public boolean mayHoldTime(CoreMap sentence) {
        for (CoreLabel token : tokens(sentence)) {
            String word = token.word();
            if ("CD".equals(token.tag()) || hasDigit(word)) {
                return true;
            }
            if ("MD".equals(token.tag())) {
                continue; // "may" the modal, not the month
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String singular = lower.length() > 3 && lower.endsWith("s")
                    ? lower.substring(0, lower.length() - 1) : lower;
            if (timeWords.contains(lower) || timeWords.contains(singular) || NUMBER_WORDS.contains(singular)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a later stage reads the sentence's dependency graph (needs lemmas and named-entity tags): a word whose
     * lemma can head an attribution cue, a quote mark, a colon, a number (quantities take their unit from the graph),
     * or a weekday, month, season or holiday (times take the tense that resolves them from the graph).
     */
    public boolean needsParse(CoreMap sentence) {
        for (CoreLabel token : tokens(sentence)) {
            String word = token.word();
            String lemma = token.lemma() == null ? word : token.lemma();
            if (cueLemmas.contains(lemma.toLowerCase(Locale.ROOT)) || isQuoteOrColon(word)) {
                return true;
            }
            String ner = token.ner();
            if (ner != null && NUMERIC_TAGS.contains(ner) || "CD".equals(token.tag()) || hasDigit(word)) {
                return true;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (TENSE_WORDS.contains(lower)
                    || Character.isUpperCase(word.charAt(0)) && CAPITALIZED_TENSE_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> weekdaysAndMonths() {
        Set<String> words = new HashSet<>();
        for (Month month : Month.values()) {
            words.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            words.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        words.addAll(List.of("sept", "tues", "thur", "thurs", "weds"));
        return Set.copyOf(words);
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? List.of() : tokens;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Quote marks as CoreNLP's tokenizer writes them ({@code ``} and {@code ''} included), and colons. */
    static boolean isQuoteOrColon(String word) {
        if (word.equals("``") || word.equals("''") || word.equals("`") || word.equals("'")) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '"' || c == ':' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
                    || c == '\u00AB' || c == '\u00BB') {
                return word.length() == 1 || c != '\u2019' && c != '\'';
            }
        }
        return false;
    }

    /** The non-blank, non-comment lines of a resource beside this class, lower-cased. */
    static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = SentenceNeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the class path"
                        + " (it belongs in annotators/src/main/resources/org/claimgraph/annotate/nlp/); rebuild");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource + ": " + e.getMessage(), e);
        }
        return words;
    }
}

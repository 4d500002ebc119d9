package org.claimgraph.annotate.stances;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a stretch of text for topic matching and position rules: lower case, contractions opened ("don't" is
 * "do" "not"), each with a light stem so that "sending", "sends" and "sent" meet, as do "Ukraine" and "Ukrainian".
 * No parse is needed, so the same rules run on stored statements.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    /** Words too common to tell one topic phrase from another. */
    static final Set<String> STOP = Set.of("a", "an", "the", "to", "of", "in", "into", "on", "onto", "at", "for",
            "from", "by", "with", "and", "or", "its", "their", "his", "her", "be", "is", "are", "was", "were", "that",
            "this", "these", "those", "any", "some", "as");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("sent", "send"),
            Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("thought", "think"), Map.entry("brought", "bring"), Map.entry("fought", "fight"),
            Map.entry("won", "win"), Map.entry("made", "make"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("willing", "willing"), Map.entry("denied", "deny"), Map.entry("during", "during"), Map.entry("nothing", "nothing"),
            Map.entry("thing", "thing"), Map.entry("something", "something"), Map.entry("anything", "anything"),
            Map.entry("everything", "everything"), Map.entry("bring", "bring"), Map.entry("king", "king"));

    private Words() {}

    /** One word: its offsets in the text it was read from, its lower-case form and its stem. */
    record Word(int begin, int end, String lower, String stem) {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String lower = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            int begin = matcher.start();
            int end = matcher.end();
            if (lower.endsWith("n't") && lower.length() > 3) {
                String head = lower.substring(0, lower.length() - 3);
                head = switch (head) {
                    case "wo" -> "will";
                    case "ca" -> "can";
                    case "sha" -> "shall";
                    default -> head;
                };
                words.add(new Word(begin, end - 3, head, stem(head)));
                words.add(new Word(end - 3, end, "not", "not"));
                continue;
            }
            int apostrophe = lower.indexOf('\'');
            if (apostrophe > 0) {
                lower = lower.substring(0, apostrophe); // possessives and "we'll": the word before the mark
                end = begin + apostrophe;
            }
            words.add(new Word(begin, end, lower, stem(lower)));
        }
        return words;
    }

    /**
     * A light English stem: plural and verb endings, "-ment", demonym endings ("Ukrainian" and "Ukraine" give
     * "ukrain") and a final "e" removed. Crude on purpose: it only has to make the forms of one word meet.
     */
    static String stem(String lower) {
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        String w = lower;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 7 && w.endsWith("ment")) {
            w = w.substring(0, w.length() - 4);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 5 && w.endsWith("ian")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ia")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1); // "planned" -> "plann" -> "plan"
        }
        return w;
    }

    /** The stems of every word of a phrase, in order. */
    static List<String> stems(String phrase) {
        List<String> stems = new ArrayList<>();
        for (Word word : of(phrase)) {
            stems.add(word.stem());
        }
        return stems;
    }

    /** The stems of a phrase's content words, in order, without stop words. */
    static List<String> contentStems(String phrase) {
        List<String> stems = new ArrayList<>();
        for (Word word : of(phrase)) {
            if (!STOP.contains(word.lower())) {
                stems.add(word.stem());
            }
        }
        return stems;
    }
}

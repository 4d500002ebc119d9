package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/**
 * The keys under which a statement meets other reports of the same utterance, whether another article quotes it
 * whole, trims it, extends it or sets it in other quote marks. A content of fewer than {@value #ANCHOR_WORDS} words has
 * no keys. Two kinds of key, both over the content's words (case, accents, quote marks and apostrophes do not count):
 * <ul>
 *   <li>{@link NearDuplicates#bandKeys} ("b3:9f0c..."): two reports that share most of their words share one;
 *   <li>anchors ("a:51ac..."): hashes of word {@value #ANCHOR_WORDS}-grams picked by winnowing (the smallest hash in
 *       every window of {@value #WINDOW} consecutive n-grams), so two reports that share any run of
 *       {@value #GUARANTEED_RUN} or more words share an anchor, however much else either adds.
 * </ul>
 * Sharing a key makes two statements candidates; the store confirms a match with {@link #sameUtterance}.
 */
public final class StatementKeys {

    static final int ANCHOR_WORDS = 5;
    static final int WINDOW = 8;
    static final int GUARANTEED_RUN = ANCHOR_WORDS + WINDOW - 1;
    /**
     * At most this many anchors a statement, so that a very long content stays cheap to store (about the first 200
     * words are anchored).
     */
    static final int MAX_ANCHORS = 48;
    /** Words read of a content at most: article text is hostile input. */
    static final int MAX_WORDS = 2_000;
    /** The share of the shorter report's word n-grams the longer must hold for the two to be one utterance. */
    static final double CONTAINMENT = 0.7;

    private StatementKeys() {
    }

    /** The keys of a statement of the article whose text is given; empty when its content is under five words. */
    public static List<String> of(Statement statement, String articleText) {
        return ofContent(content(statement, articleText));
    }

    /**
     * The keys of a statement's content (as {@link #content} cuts it); none for a content of fewer than
     * {@value #ANCHOR_WORDS} words ("No comment", "a terrorist state"): so short a phrase is said by many people, and
     * does not tell one utterance.
     */
    public static List<String> ofContent(String content) {
        List<String> words = words(content);
        if (words.size() < ANCHOR_WORDS) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>(NearDuplicates.bandKeys(String.join(" ", words)));
        keys.addAll(anchors(words));
        return new ArrayList<>(keys);
    }

    /** The words of a statement's content, cut from the article text by its span. */
    public static String content(Statement statement, String articleText) {
        Span span = statement.content();
        int begin = Math.max(0, Math.min(span.begin(), articleText.length()));
        int end = Math.max(begin, Math.min(span.end(), articleText.length()));
        return articleText.substring(begin, end);
    }

    /**
     * Whether two contents report the same utterance: the shorter one's word {@value #ANCHOR_WORDS}-grams are
     * nearly all ({@value #CONTAINMENT}) in the longer one, so a trimmed quote matches the full one while two
     * utterances that share a stock phrase do not. Contents under {@value #ANCHOR_WORDS} words never match.
     */
    public static boolean sameUtterance(String a, String b) {
        List<String> leftWords = words(a);
        List<String> rightWords = words(b);
        if (leftWords.size() < ANCHOR_WORDS || rightWords.size() < ANCHOR_WORDS) {
            return false;
        }
        Set<String> left = grams(leftWords);
        Set<String> right = grams(rightWords);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Set<String> smaller = left.size() <= right.size() ? left : right;
        Set<String> larger = smaller == left ? right : left;
        int shared = 0;
        for (String gram : smaller) {
            if (larger.contains(gram)) {
                shared++;
            }
        }
        return shared >= CONTAINMENT * smaller.size();
    }

    private static List<String> words(String content) {
        List<String> words = NearDuplicates.words(content);
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    private static Set<String> grams(List<String> words) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + ANCHOR_WORDS <= words.size(); i++) {
            grams.add(String.join(" ", words.subList(i, i + ANCHOR_WORDS)));
        }
        return grams;
    }

    /** Winnowing (Schleimer, Wilkerson and Aiken, 2003) over the hashes of the word n-grams, rightmost minimum. */
    static List<String> anchors(List<String> words) {
        if (words.size() < ANCHOR_WORDS) {
            return List.of();
        }
        int count = words.size() - ANCHOR_WORDS + 1;
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = NearDuplicates.hash(String.join(" ", words.subList(i, i + ANCHOR_WORDS)));
        }
        Set<String> anchors = new LinkedHashSet<>();
        int window = Math.min(WINDOW, count);
        for (int start = 0; start + window <= count && anchors.size() < MAX_ANCHORS; start++) {
            int best = start;
            for (int i = start; i < start + window; i++) {
                if (Long.compareUnsigned(hashes[i], hashes[best]) <= 0) {
                    best = i;
                }
            }
            anchors.add("a:" + Long.toHexString(hashes[best]));
        }
        return new ArrayList<>(anchors);
    }
}

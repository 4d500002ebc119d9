package org.claimgraph.annotate.quantities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.claimgraph.model.Quantity.Bound;

/**
 * The words before a number that bound it: "approximately", "at least", "no more than". Longer phrases are tried
 * first, so "no more than" (at most) wins over "more than" (at least).
 *
 * <p>A projection's ceiling is a bound too: "the deployment could reach 50,000" is at most 50,000.
 *
 * <p>"nearly" and "almost" read as {@link Bound#APPROXIMATE}: the writer puts the true figure near the number, and
 * CoreNLP's normaliser does the same ({@code ~}); "just under" and "just over" keep their direction.
 */
final class Bounds {

    /**
     * A phrase of lower-case words and the bound it gives.
     *
     * @param verbal a verb phrase whose object is the number ("could reach"): it bounds the number without being
     *     part of it
     */
    record Phrase(List<String> words, Bound bound, boolean verbal) {}

    private static final List<Phrase> PHRASES = phrases();

    private Bounds() {}

    private static List<Phrase> phrases() {
        List<Phrase> phrases = new ArrayList<>();
        add(phrases, Bound.APPROXIMATE, "approximately", "about", "around", "some", "roughly", "nearly", "almost",
                "approx.", "circa", "ca.", "an estimated", "estimated", "close to", "more or less", "an approximate");
        add(phrases, Bound.AT_LEAST, "at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
                "no less than", "not less than", "greater than", "above", "a minimum of", "just over", "well over");
        add(phrases, Bound.AT_MOST, "up to", "at most", "less than", "fewer than", "under", "no more than",
                "not more than", "below", "as many as", "as much as", "a maximum of", "just under", "at the most",
                "not exceeding");
        for (String verbal : List.of("could reach", "may reach", "might reach", "could rise to", "may rise to",
                "might rise to", "could total", "may total")) {
            phrases.add(new Phrase(List.of(verbal.split(" ")), Bound.AT_MOST, true));
        }
        phrases.sort(Comparator.comparingInt((Phrase phrase) -> phrase.words().size()).reversed());
        return List.copyOf(phrases);
    }

    private static void add(List<Phrase> phrases, Bound bound, String... texts) {
        for (String text : texts) {
            phrases.add(new Phrase(List.of(text.split(" ")), bound, false));
        }
    }

    /**
     * The longest phrase whose words end just before {@code end} in {@code words} (lower-cased token texts); null when
     * none does.
     */
    static Phrase before(List<String> words, int end) {
        for (Phrase phrase : PHRASES) {
            int size = phrase.words().size();
            if (end - size < 0) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < size && matches; i++) {
                matches = words.get(end - size + i).toLowerCase(Locale.ROOT).equals(phrase.words().get(i));
            }
            if (matches) {
                return phrase;
            }
        }
        return null;
    }

    /** The bound CoreNLP's normalised value announces by its prefix ("~1000.0", ">=20000.0", "<=%70.0"). */
    static Bound ofNormalized(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return Bound.EXACT;
        }
        if (normalized.startsWith("~")) {
            return Bound.APPROXIMATE;
        }
        if (normalized.startsWith(">")) {
            return Bound.AT_LEAST;
        }
        if (normalized.startsWith("<")) {
            return Bound.AT_MOST;
        }
        return Bound.EXACT;
    }
}

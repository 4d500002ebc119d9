package org.claimgraph.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate text: MinHash over word shingles, cut into bands so that texts sharing most of their shingles very
 * probably share a band key (locality-sensitive hashing). Used for syndicated articles and for the same utterance
 * quoted in several articles. Deterministic: the same text always gives the same keys.
 */
public final class NearDuplicates {

    /** Words per shingle. */
    static final int SHINGLE = 4;
    static final int BANDS = 16;
    static final int ROWS = 4;

    private NearDuplicates() {
    }

    /**
     * The band keys of a text ("b3:9f0c..."): two texts whose shingle sets have a resemblance of 0.8 share at least one
     * key with probability above 0.99, two with a resemblance of 0.3 with probability about 0.13. Empty for a text
     * without words.
     */
    public static List<String> bandKeys(String text) {
        Set<String> shingles = shingles(text);
        if (shingles.isEmpty()) {
            return List.of();
        }
        long[] minima = new long[BANDS * ROWS];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long base = fnv(shingle);
            for (int i = 0; i < minima.length; i++) {
                long h = mix(base + 0x9E3779B97F4A7C15L * (i + 1));
                if (Long.compareUnsigned(h, minima[i]) < 0) {
                    minima[i] = h;
                }
            }
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = 0;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h ^ minima[band * ROWS + row]);
            }
            keys.add("b" + band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** The resemblance (Jaccard similarity of the word-shingle sets) of two texts, from 0 to 1. */
    public static double resemblance(String a, String b) {
        Set<String> left = shingles(a);
        Set<String> right = shingles(b);
        if (left.isEmpty() && right.isEmpty()) {
            return 1;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return shared.size() / (double) (left.size() + right.size() - shared.size());
    }

    static Set<String> shingles(String text) {
        List<String> kept = words(text);
        Set<String> shingles = new HashSet<>();
        if (kept.isEmpty()) {
            return shingles;
        }
        if (kept.size() < SHINGLE) {
            shingles.add(String.join(" ", kept));
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= kept.size(); i++) {
            shingles.add(String.join(" ", kept.subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    /**
     * The words of a text, lower case and without accents; an apostrophe inside a word joins it ("don't" and
     * "don’t" are "dont"), every other character that is not a letter or digit separates words.
     */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\p{L})['\u2019\u02bc](?=\\p{L})", "");
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A well-spread 64-bit hash of a string. */
    static long hash(String s) {
        return mix(fnv(s));
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

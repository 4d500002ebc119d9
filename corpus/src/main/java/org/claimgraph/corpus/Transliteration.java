package org.claimgraph.corpus;

import java.util.Locale;

/**
 * A spelling skeleton for names that reach English through several transliterations of Cyrillic (Russian or Ukrainian
 * spellings, older and newer romanisation systems): the skeleton keeps the consonants that all systems agree on and
 * folds the letters they disagree on. "Kyiv" and "Kiev", "Kharkiv" and "Kharkov", "Zelensky", "Zelenskyy" and
 * "Zelenskiy" have one skeleton each pair; "Lviv" and "Lutsk" do not.
 *
 * <p>The rules, applied to each word after Cyrillic letters are romanised and accents dropped:
 * <ul>
 *   <li>apostrophes and soft or hard signs vanish ("Mar'inka" is "Marinka");
 *   <li>digraphs fold: tsch and tch to ch, shch and sch to sh, kh to h, ts, tz and cz to c, x to ks, w to v, j to
 *       y;
 *   <li>g after a letter other than n is h, the Ukrainian h for the Russian g ("Chernigov", "Chernihiv"; "Olga",
 *       "Olha"); a word-initial g and English "ng" stay;
 *   <li>a doubled consonant is written once ("Donbass" is "Donbas");
 *   <li>each run of vowels (y counts as one) folds its front vowels e, i and y into one "i", keeping a, o and u:
 *       "ie", "yi", "iy", "yy", "eye" and "ii" all become "i", "iya" and "ya" become "ia";
 *   <li>a lone final e after a consonant stays e (English spelling, not transliteration: "Male" is not "Mali");
 *   <li>a final "ov" (after the folding) becomes "iv", the Ukrainian closed-syllable i for the Russian o ("iov", as
 *       from Russian "ёв", becomes "iv" too).
 * </ul>
 * Only the letters e, i, y, a final o and an inner g are folded; a, o and u elsewhere and every other consonant keep
 * names apart, so the skeleton is a join key, not a fuzzy match. Known limit: a bare "Bilhorod" meets "Belgorod"
 * (two cities); their full names ("Bilhorod-Dnistrovskyi") stay apart.
 */
final class Transliteration {

    /** Romanisation of Russian and Ukrainian Cyrillic letters (lower case), one entry per letter from U+0430. */
    private static final String[] CYRILLIC = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    };

    private Transliteration() {
    }

    /** The skeleton of a name, word by word: "Volodymyr Zelenskyy" gives "vilidimir zilinski"; "" without letters. */
    static String skeleton(String name) {
        String latin = romanise(name.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]s\\b", "")
                .replaceAll("['\u2019\u02bc\u02b9\u02ba`\u044c\u044a]", ""));
        String normalised = Names.normalise(latin);
        if (normalised.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(normalised.length());
        for (String word : normalised.split(" ")) {
            String folded = word(word);
            if (!folded.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(folded);
            }
        }
        return out.toString();
    }

    /** Cyrillic letters spelled in Latin letters; anything else is kept. */
    static String romanise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0430' && c <= '\u044f') {
                out.append(CYRILLIC[c - '\u0430']);
            } else if (c == '\u0451') {
                out.append("yo");
            } else if (c == '\u0454') {
                out.append("ye");
            } else if (c == '\u0456') {
                out.append('i');
            } else if (c == '\u0457') {
                out.append("yi");
            } else if (c == '\u0491') {
                out.append('g');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String word(String word) {
        String w = word.replace("tsch", "ch")
                .replace("shch", "sh")
                .replace("sch", "sh")
                .replace("tch", "ch")
                .replace("kh", "h")
                .replace("ts", "c")
                .replace("tz", "c")
                .replace("cz", "c")
                .replace("x", "ks")
                .replace('w', 'v')
                .replace('j', 'y');
        StringBuilder out = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (isVowel(c)) {
                int end = i;
                while (end < w.length() && isVowel(w.charAt(end))) {
                    end++;
                }
                String run = w.substring(i, end);
                out.append(end == w.length() && i > 0 && run.equals("e") ? "e" : vowels(run));
                i = end;
            } else {
                if (c == 'g' && i > 0 && w.charAt(i - 1) != 'n') {
                    c = 'h';
                }
                if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                    out.append(c);
                }
                i++;
            }
        }
        int length = out.length();
        if (length > 2 && out.charAt(length - 2) == 'o' && out.charAt(length - 1) == 'v') {
            if (out.charAt(length - 3) == 'i') {
                out.deleteCharAt(length - 2);
            } else {
                out.setCharAt(length - 2, 'i');
            }
        }
        return out.toString();
    }

    /** A run of vowels with its front vowels (e, i, y) folded into one "i" per stretch. */
    private static String vowels(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            char folded = c == 'e' || c == 'y' ? 'i' : c;
            if (out.length() == 0 || out.charAt(out.length() - 1) != folded) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}

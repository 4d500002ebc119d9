package org.claimgraph.annotate.quantities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a number as written, from its words: digits with thousands separators ("1,000", "4.5"), scale words and
 * suffixes ("42 million", "1.5bn", "10k"), and number words ("two", "twenty-five", "a dozen", "three hundred").
 * Independent of CoreNLP, so that it can be tested and reused on its own.
 *
 * <pre>{@code
 * NumberWords.value(List.of("1.5bn"));          // 1.5E9
 * NumberWords.value(List.of("two", "hundred")); // 200.0
 * }</pre>
 */
public final class NumberWords {

    private static final Pattern DIGITS =
            Pattern.compile("([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(\\.[0-9]+)?(k|m|mn|mln|bn|b|tn|trn)?");

    private static final Map<String, Double> SMALL = Map.ofEntries(
            Map.entry("zero", 0.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
            Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
            Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("dozen", 12.0));

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9),
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("trn", 1e12));

    /** Scale letters written onto digits ("10k", "5m", "1.5bn"); alone, "m" and "k" are more often units. */
    private static final Map<String, Double> SUFFIXES = Map.of(
            "k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6, "b", 1e9, "bn", 1e9, "tn", 1e12, "trn", 1e12);

    private NumberWords() {}

    /** True when the word is part of a written number: digits, a number word, or a scale word. */
    public static boolean isNumberWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("a") || lower.equals("an")) {
            return false; // only as the "a" of "a dozen", "a million", handled by value()
        }
        return SMALL.containsKey(lower) || SCALES.containsKey(lower) || isDigits(lower) || isSpelledCompound(lower);
    }

    /** True when the word is a scale ("million", "bn", "thousand"). */
    public static boolean isScale(String word) {
        return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** True when the word is spelled out in letters ("two", "dozen"), not written in digits. */
    public static boolean isSpelledOut(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SMALL.containsKey(lower) || isSpelledCompound(lower);
    }

    /** The value of the words of one number, in order; empty when they do not form a number. */
    public static OptionalDouble value(List<String> words) {
        double total = 0;
        double current = 0;
        boolean seen = false;
        boolean article = false; // "a" or "an" before "dozen", "hundred", "million"
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if ((lower.equals("a") || lower.equals("an")) && !seen) {
                article = true;
                continue;
            }
            OptionalDouble digits = digits(lower);
            if (digits.isPresent()) {
                current += digits.getAsDouble();
                seen = true;
            } else if (SMALL.containsKey(lower) || isSpelledCompound(lower)) {
                double small = small(lower);
                if (lower.equals("dozen")) {
                    current = (current == 0 ? 1 : current) * small;
                } else {
                    current += small;
                }
                seen = true;
            } else if (SCALES.containsKey(lower) && (seen || article)) {
                double scale = SCALES.get(lower);
                double base = current == 0 ? 1 : current;
                if (scale == 100) {
                    current = base * scale;
                } else {
                    total += base * scale;
                    current = 0;
                }
                seen = true;
            } else {
                return OptionalDouble.empty();
            }
        }
        return seen ? OptionalDouble.of(total + current) : OptionalDouble.empty();
    }

    private static boolean isDigits(String lower) {
        return !lower.isEmpty() && Character.isDigit(lower.charAt(0)) && DIGITS.matcher(lower).matches()
                || lower.length() > 1 && lower.charAt(0) == '.' && DIGITS.matcher(lower).matches();
    }

    private static OptionalDouble digits(String lower) {
        if (!isDigits(lower)) {
            return OptionalDouble.empty();
        }
        Matcher matcher = DIGITS.matcher(lower);
        if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            return OptionalDouble.empty();
        }
        String integer = matcher.group(1) == null ? "0" : matcher.group(1).replace(",", "");
        String fraction = matcher.group(2) == null ? "" : matcher.group(2);
        double value = Double.parseDouble(integer + fraction);
        if (matcher.group(3) != null) {
            value *= SUFFIXES.get(matcher.group(3));
        }
        return OptionalDouble.of(value);
    }

    /** "twenty-five", "thirty-one". */
    private static boolean isSpelledCompound(String lower) {
        int hyphen = lower.indexOf('-');
        if (hyphen < 0) {
            return false;
        }
        Double tens = SMALL.get(lower.substring(0, hyphen));
        Double units = SMALL.get(lower.substring(hyphen + 1));
        return tens != null && units != null && tens >= 20 && tens % 10 == 0 && units >= 1 && units <= 9;
    }

    private static double small(String lower) {
        int hyphen = lower.indexOf('-');
        if (hyphen < 0) {
            return SMALL.get(lower);
        }
        return SMALL.get(lower.substring(0, hyphen)) + SMALL.get(lower.substring(hyphen + 1));
    }
}

package org.claimgraph.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as ISO-8601: machine-readable values from metadata ({@code 2020-02-19T08:00:00-05:00}) and
 * English dates in visible text ({@code Feb. 19, 2020}, {@code 19 February 2020}). A private stand-in until the
 * shared {@code org.claimgraph.extract.Dates} helper lands; keep the two in step.
 */
final class DateValues {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6})?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final int MAX_TEXT = 200;

    private DateValues() {}

    /**
     * A machine-readable date as ISO-8601: the full date-time when it states a zone, else the date alone; falls back
     * to {@link #parseVisible}. Null when no date can be read.
     */
    static String normalize(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            return null;
        }
        String trimmed = value.strip();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.lookingAt()) {
            String date = date(iso.group(1), iso.group(2), iso.group(3));
            if (date == null) {
                return null;
            }
            if (iso.group(4) != null && iso.group(7) != null) {
                String zone = iso.group(7);
                if (zone.length() == 5) {
                    zone = zone.substring(0, 3) + ":" + zone.substring(3);
                }
                String time = "%02d:%s:%s".formatted(Integer.parseInt(iso.group(4)), iso.group(5),
                        iso.group(6) == null ? "00" : iso.group(6));
                try {
                    return OffsetDateTime.parse(date + "T" + time + zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                } catch (DateTimeException e) {
                    return date;
                }
            }
            return date;
        }
        Matcher slashed = SLASHED.matcher(trimmed);
        if (slashed.lookingAt()) {
            return date(slashed.group(1), slashed.group(2), slashed.group(3));
        }
        Matcher compact = COMPACT.matcher(trimmed);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        return parseVisible(trimmed);
    }

    /** The first English date written out in {@code text} ("May 28, 2024", "28 May 2024"), or null. */
    static String parseVisible(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return null;
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.find()) {
            return date(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.find()) {
            return date(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        return null;
    }

    /** Whether a short text is only a date with at most a few words around it ("Updated: Feb. 19, 2020 9:00 AM"). */
    static boolean isBareDate(String text) {
        if (text.length() > 80) {
            return false;
        }
        String rest;
        Matcher matcher = MONTH_FIRST.matcher(text);
        if (matcher.find()) {
            rest = text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
        } else {
            matcher = DAY_FIRST.matcher(text);
            if (!matcher.find()) {
                return false;
            }
            rest = text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
        }
        int words = 0;
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            words++;
        }
        return words <= 4;
    }

    private static String month(String name) {
        Integer month = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return month == null ? null : month.toString();
    }

    private static String date(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

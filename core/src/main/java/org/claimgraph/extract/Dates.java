package org.claimgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as articles and pages write them, to ISO-8601: "May 28, 2024", "28 May 2024", "Tue, 28 May
 * 2024", "Sept. 5, 2025", "2024-05-28", "2024/05/28", "28.05.2024", and machine date-times such as
 * "2024-05-28T10:00:00Z". Day-month order is only guessed where the writing makes it unambiguous: "05/06/2024" is
 * not read.
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|"
            + "Dec\\.?)";
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?"
            + "\\.?,?\\s+)?";

    /** "May 28, 2024", "Sept. 5 2025". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** "28 May 2024", "5th of September, 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "2024-05-28", "2024/05/28", optionally followed by a time. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)"
                    + "(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    /** "28.05.2024": the dotted day-first form used across Europe. */
    private static final Pattern DOTTED_DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    /** Words that may stand around a date on a date line: "Published on", "Updated:", "at 10:30 am EST". */
    private static final Pattern DATE_LINE_NOISE = Pattern.compile(
            "(?i)\\b(published|posted|updated|last updated|first published|date|dated|on|at|am|pm|a\\.m\\.|p\\.m\\.|"
                    + "[a-z]{2,4}t|utc|gmt)\\b|\\d{1,2}:\\d{2}(:\\d{2})?|[|,:.\\-–—()\\s]");

    /** A machine-written date, optionally with a time and a zone: "2020-02-19T08:00:00.123-0500". */
    private static final Pattern MACHINE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** "20200219", "20200219T0800". */
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6})?");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** How many other words a date line may hold: "Last updated on Tuesday". */
    private static final int MAX_OTHER_WORDS = 4;

    private Dates() {}

    /** The first date written anywhere in {@code text}, as an ISO date (or date-time when one is given), or null. */
    public static String find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Match best = null;
        for (Match candidate : new Match[] {monthFirst(text), dayFirst(text), numeric(text)}) {
            if (candidate != null && (best == null || candidate.start < best.start)) {
                best = candidate;
            }
        }
        return best == null ? null : best.value;
    }

    /**
     * A date line: text that is a date and little else ("May 28, 2024", "Published: 28 May 2024 10:30 BST"). Returns
     * the ISO date, or null when the text is not a date line.
     */
    public static String parse(String line) {
        if (line == null || line.length() > 80) {
            return null;
        }
        String value = find(line);
        if (value == null) {
            return null;
        }
        String rest = MONTH_DAY_YEAR.matcher(line).replaceAll(" ");
        rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = YEAR_MONTH_DAY.matcher(rest).replaceAll(" ");
        rest = DOTTED_DAY_FIRST.matcher(rest).replaceAll(" ");
        rest = DATE_LINE_NOISE.matcher(rest).replaceAll(" ");
        int words = 0;
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            words++;
        }
        return words <= MAX_OTHER_WORDS ? value : null;
    }

    /**
     * A machine-written date or date-time (HTML meta, JSON-LD, {@code <time datetime>}) as ISO-8601: date-times with
     * a zone keep it, local date-times and dates become dates.
     */
    public static String normalizeMachineDate(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return null;
        }
        String text = value.strip();
        Matcher iso = MACHINE.matcher(text);
        if (iso.lookingAt()) {
            Match date = date(0, iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
            if (date == null) {
                return null;
            }
            if (iso.group(4) == null || iso.group(7) == null) {
                return date.value; // a local time says nothing about the day elsewhere: keep the date
            }
            String zone = iso.group(7).length() == 5
                    ? iso.group(7).substring(0, 3) + ":" + iso.group(7).substring(3)
                    : iso.group(7);
            String time = String.format(Locale.ROOT, "%02d:%s:%s", Integer.parseInt(iso.group(4)), iso.group(5),
                    iso.group(6) == null ? "00" : iso.group(6));
            try {
                return OffsetDateTime.parse(date.value + "T" + time + zone)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeException e) {
                return date.value;
            }
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            Match date = date(0, compact.group(1), Integer.parseInt(compact.group(2)), compact.group(3));
            return date == null ? null : date.value;
        }
        return find(text);
    }

    private record Match(int start, String value) {}

    private static Match monthFirst(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        return m.find() ? date(m.start(), m.group(3), month(m.group(1)), m.group(2)) : null;
    }

    private static Match dayFirst(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        return m.find() ? date(m.start(), m.group(3), month(m.group(2)), m.group(1)) : null;
    }

    private static Match numeric(String text) {
        Matcher m = YEAR_MONTH_DAY.matcher(text);
        if (m.find()) {
            Match date = date(m.start(), m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (date != null && m.group(4) != null && m.group(5) != null) {
                String machine = normalizeMachineDate(date.value + "T" + m.group(4) + m.group(5));
                return machine == null ? date : new Match(date.start, machine);
            }
            return date;
        }
        Matcher dotted = DOTTED_DAY_FIRST.matcher(text);
        return dotted.find()
                ? date(dotted.start(), dotted.group(3), Integer.parseInt(dotted.group(2)), dotted.group(1))
                : null;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Match date(int start, String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1800 || y > 2200) {
                return null;
            }
            return new Match(start, LocalDate.of(y, month, Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

package org.claimgraph.annotate.times;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites SUTime's values into TempEval-3 TIMEX3 values, anchored at the publication date. Pure functions of their
 * arguments; every rule is general (a form of value or a kind of expression), none names a document.
 *
 * <p>Rules, in the order applied by {@link #normalise}:
 *
 * <ol>
 *   <li>composite values ({@code X INTERSECT Y}) cannot be told apart: null;
 *   <li>anchor-relative forms SUTime leaves unresolved ({@code THIS P1Y}, {@code PREV P1W}, {@code NEXT P1M},
 *       {@code OFFSET P-2Y}, {@code THIS P1Y OFFSET P-1Y}) are resolved at the granularity of their unit;
 *   <li>seasons ({@code PREV FA}, {@code THIS SU}) and parts of today ({@code THIS NI}) are resolved;
 *   <li>dates with an unknown year ({@code XXXX-05-28}, {@code XXXX-05}) take the year that puts them nearest the
 *       anchor on the side the tense says;
 *   <li>weekdays ({@code XXXX-WXX-5}, SUTime's {@code 2024-05-28-WXX-5}) resolve by tense: past and unknown tense to
 *       the latest such day on or before the anchor, future to the first on or after it;
 *   <li>a time without a date ({@code T12:00}) takes the anchor's date;
 *   <li>weeks are written {@code 2024-W22} (SUTime's {@code 2024-06-W22} month-week form drops the month), decades
 *       {@code 199} and centuries {@code 19} (TimeML; SUTime writes {@code 199X}, {@code 19XX});
 *   <li>whatever still holds an unresolved marker ({@code XXXX}, {@code THIS}, {@code OFFSET}) is null when there
 *       is no anchor, so a value is never a guess.
 * </ol>
 */
public final class TimexValues {

    /** The tense of the clause an expression sits in, which decides the direction of "Friday" or "May 28". */
    public enum Tense {
        PAST,
        PRESENT,
        FUTURE,
        UNKNOWN
    }

    private static final Pattern RELATIVE =
            Pattern.compile("(?:(THIS|PREV|NEXT) P1([YMWD]))?\\s*(?:OFFSET P(-?\\d+)([YMWD]))?");
    private static final Pattern SEASON = Pattern.compile("(THIS|PREV|NEXT) (SP|SU|FA|WI)");
    private static final Pattern PART_OF_TODAY = Pattern.compile("THIS (MO|AF|EV|NI)");
    private static final Pattern UNKNOWN_YEAR = Pattern.compile("XXXX-(\\d\\d)(?:-(\\d\\d))?(T.*)?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:XXXX|\\d{4}(?:-\\d\\d){0,2})-WXX-([1-7])(T.*)?");
    private static final Pattern MONTH_WEEK = Pattern.compile("(\\d{4})-\\d\\d-W(\\d\\d?)(-WE|-[1-7])?");
    private static final Pattern PADDED_WEEK = Pattern.compile("(\\d{4}-W)0(\\d.*)");
    /** What a TIMEX3 value may look like; anything else (SUTime's "P1D-#1", ranges "A/B") is not passed on. */
    private static final Pattern TIMEX3_VALUE = Pattern.compile("PRESENT_REF|PAST_REF|FUTURE_REF"
            + "|P(?:[\\dX.]+[YMWD])*(?:T(?:[\\dX.]+[HMS])+)?"
            + "|[\\dX]{2,4}(?:-(?:[\\dX]{2}|W[\\dX]{1,2}|Q[1-4X]|H[12X]|SP|SU|FA|WI))?(?:-(?:[\\dX]{2}|WE|[1-7]))?"
            + "(?:T(?:MO|AF|EV|NI|DT|\\d\\d(?::\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)?"
            + "(?:Z|[+-]\\d\\d(?::?\\d\\d)?)?))?");
    private static final Pattern DATED = Pattern.compile("\\d{4}(-\\d\\d(?:-\\d\\d)?(?:T.*)?)");
    /** TempEval-3 values carry no time zone: "9 a.m. EST" is T09:00 (SUTime: T09:00-0500). */
    private static final Pattern ZONED_TIME = Pattern.compile("(.*T\\d\\d(?::\\d\\d)*)(?:Z|[+-]\\d\\d(?::?\\d\\d)?)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

    /** How far from the anchor a month or day may be and still be read as the nearest one, whatever the tense. */
    private static final int NEAR_DAYS = 60;

    private TimexValues() {}

    /**
     * The TIMEX3 value of one SUTime expression.
     *
     * @param value SUTime's value, or null
     * @param alternative SUTime's alternative value (its unresolved form), or null
     * @param anchor the publication date, or null when the article has none
     * @param tense the tense of the clause the expression is in
     * @return the value, or null when it cannot be resolved
     */
    public static String normalise(String value, String alternative, LocalDate anchor, Tense tense) {
        String raw = value != null && !value.isBlank() ? value.strip() : alternative;
        if (raw == null || raw.isBlank()) {
            return null;
        }
        raw = raw.strip();
        if (raw.contains("INTERSECT")) {
            return null;
        }
        String resolved = anchor == null ? raw : resolve(raw, anchor, tense);
        return canonical(resolved);
    }

    private static String resolve(String raw, LocalDate anchor, Tense tense) {
        Matcher relative = RELATIVE.matcher(raw);
        if (!raw.isEmpty() && relative.matches() && (relative.group(1) != null || relative.group(3) != null)) {
            return relative(relative, anchor);
        }
        Matcher season = SEASON.matcher(raw);
        if (season.matches()) {
            return season(season.group(1), season.group(2), anchor);
        }
        Matcher part = PART_OF_TODAY.matcher(raw);
        if (part.matches()) {
            return anchor + "T" + part.group(1);
        }
        Matcher weekday = WEEKDAY.matcher(raw);
        if (weekday.matches()) {
            LocalDate day = weekday(DayOfWeek.of(Integer.parseInt(weekday.group(1))), anchor, tense);
            return day + (weekday.group(2) == null ? "" : weekday.group(2));
        }
        Matcher unknownYear = UNKNOWN_YEAR.matcher(raw);
        if (unknownYear.matches()) {
            return unknownYear(unknownYear, anchor, tense);
        }
        if (raw.startsWith("T") && raw.length() > 1 && Character.isDigit(raw.charAt(1))) {
            return anchor + raw;
        }
        return raw;
    }

    /** {@code THIS P1Y} = the anchor's year; {@code PREV P1M} = the month before; {@code OFFSET P-2Y} = two years ago. */
    private static String relative(Matcher relative, LocalDate anchor) {
        String unit = relative.group(2) != null ? relative.group(2) : relative.group(4);
        LocalDate day = anchor;
        if (relative.group(1) != null) {
            int step = relative.group(1).equals("PREV") ? -1 : relative.group(1).equals("NEXT") ? 1 : 0;
            day = plus(day, relative.group(2), step);
        }
        if (relative.group(3) != null) {
            day = plus(day, relative.group(4), Integer.parseInt(relative.group(3)));
        }
        return at(day, unit);
    }

    private static LocalDate plus(LocalDate day, String unit, int amount) {
        if (unit.equals("Y")) {
            return day.plusYears(amount);
        }
        if (unit.equals("M")) {
            return day.plusMonths(amount);
        }
        if (unit.equals("W")) {
            return day.plusWeeks(amount);
        }
        return day.plusDays(amount);
    }

    /** A day written at the granularity of a unit: {@code 2024}, {@code 2024-05}, {@code 2024-W22}, {@code 2024-05-28}. */
    static String at(LocalDate day, String unit) {
        if (unit.equals("Y")) {
            return String.format(Locale.ROOT, "%04d", day.getYear());
        }
        if (unit.equals("M")) {
            return String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
        }
        if (unit.equals("W")) {
            return week(day);
        }
        return day.toString();
    }

    /** The ISO week of a day, written as TempEval-3 does: {@code 2024-W22}, {@code 2000-W7} (no leading zero). */
    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Seasons as TimeML writes them: {@code 1998-FA}. Winter belongs to the year it starts in. */
    private static String season(String direction, String season, LocalDate anchor) {
        int startMonth = season.equals("SP") ? 3 : season.equals("SU") ? 6 : season.equals("FA") ? 9 : 12;
        int year;
        if (direction.equals("PREV")) {
            year = anchor.getYear();
            while (LocalDate.of(year, startMonth, 1).plusMonths(3).isAfter(anchor)) {
                year--;
            }
        } else if (direction.equals("NEXT")) {
            year = anchor.getYear() - 1;
            while (!LocalDate.of(year, startMonth, 1).isAfter(anchor)) {
                year++;
            }
        } else {
            LocalDate lastYears = LocalDate.of(anchor.getYear() - 1, startMonth, 1);
            year = lastYears.plusMonths(3).isAfter(anchor) ? anchor.getYear() - 1 : anchor.getYear();
        }
        return String.format(Locale.ROOT, "%04d-%s", year, season);
    }

    /** The weekday nearest the anchor on the tense's side; today counts on both sides. */
    static LocalDate weekday(DayOfWeek day, LocalDate anchor, Tense tense) {
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        if (tense == Tense.FUTURE) {
            int ahead = (day.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
            return anchor.plusDays(ahead);
        }
        return anchor.minusDays(back);
    }

    /**
     * A month or day of an unknown year: the nearest to the anchor; but when that is more than two months away, the
     * tense decides (future: the first that has not ended; past or unknown: the latest that has begun by the anchor).
     */
    private static String unknownYear(Matcher matcher, LocalDate anchor, Tense tense) {
        int month = Integer.parseInt(matcher.group(1));
        boolean wholeMonth = matcher.group(2) == null;
        int dayOfMonth = wholeMonth ? 1 : Integer.parseInt(matcher.group(2));
        int nearest = anchor.getYear();
        long nearestDistance = Long.MAX_VALUE;
        int directed = anchor.getYear();
        long directedDistance = Long.MAX_VALUE;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate first = safeDate(year, month, dayOfMonth);
            LocalDate last = wholeMonth ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            long distance = Math.max(0, Math.max(first.toEpochDay() - anchor.toEpochDay(),
                    anchor.toEpochDay() - last.toEpochDay()));
            if (distance < nearestDistance) {
                nearest = year;
                nearestDistance = distance;
            }
            boolean onTheTenseSide = tense == Tense.FUTURE ? !last.isBefore(anchor) : !first.isAfter(anchor);
            if (onTheTenseSide && distance < directedDistance) {
                directed = year;
                directedDistance = distance;
            }
        }
        // news tells of the past: without a tense, a far month is the last one, not the next
        boolean directional = tense != Tense.PRESENT;
        int best = directional && nearestDistance > NEAR_DAYS ? directed : nearest;
        String date = wholeMonth ? String.format(Locale.ROOT, "%04d-%02d", best, month)
                : safeDate(best, month, dayOfMonth).toString();
        return matcher.group(3) == null ? date : date + matcher.group(3);
    }

    /**
     * Re-resolves a month or day SUTime placed in a year of its own choosing ("October" read as this year's October in
     * an April article about a past event) by {@link #unknownYear}'s rule; for expressions written without a year.
     */
    public static String withoutWrittenYear(String value, LocalDate anchor, Tense tense) {
        if (value == null || anchor == null) {
            return value;
        }
        Matcher dated = DATED.matcher(value);
        if (!dated.matches()) {
            return value;
        }
        Matcher unknown = UNKNOWN_YEAR.matcher("XXXX" + dated.group(1));
        return unknown.matches() ? unknownYear(unknown, anchor, tense) : value;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    /** TimeML spellings and the last check that nothing unresolved is passed on as if it were a value. */
    static String canonical(String value) {
        Matcher zoned = ZONED_TIME.matcher(value);
        if (zoned.matches()) {
            value = zoned.group(1);
        }
        Matcher monthWeek = MONTH_WEEK.matcher(value);
        if (monthWeek.matches()) {
            return String.format(Locale.ROOT, "%s-W%d%s", monthWeek.group(1), Integer.parseInt(monthWeek.group(2)),
                    monthWeek.group(3) == null ? "" : monthWeek.group(3));
        }
        Matcher paddedWeek = PADDED_WEEK.matcher(value);
        if (paddedWeek.matches()) {
            return paddedWeek.group(1) + paddedWeek.group(2);
        }
        Matcher decade = DECADE.matcher(value);
        if (decade.matches()) {
            return decade.group(1);
        }
        Matcher century = CENTURY.matcher(value);
        if (century.matches()) {
            return century.group(1);
        }
        if (value.startsWith("XXXX") || !TIMEX3_VALUE.matcher(value).matches()) {
            return null;
        }
        return value;
    }
}

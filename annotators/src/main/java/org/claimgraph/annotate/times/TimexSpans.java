package org.claimgraph.annotate.times;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.Timex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Span;
import org.claimgraph.model.TimeExpression;

/**
 * Turns one SUTime expression (its tokens and timex) into time expressions: trims the span to its words, drops
 * expressions made only of function words, splits ranges of years, and re-resolves weekdays by tense.
 */
final class TimexSpans {

    /** Parts of speech that never carry a time by themselves: determiners, conjunctions, prepositions, punctuation. */
    private static final Pattern FUNCTION_TAG = Pattern.compile("DT|CC|IN|TO|PDT|POS|[^A-Z]+|-[LR]RB-|HYPH|,|\\.|:");
    private static final Pattern YEAR_RANGE =
            Pattern.compile("((?:1[5-9]|20)\\d\\d)(\\s*(?:-|\u2013|\u2014|to)\\s*)((?:1[5-9]|20)?\\d\\d)");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(morning|afternoon|evening|night))?");

    private TimexSpans() {}

    /** The tokens without leading or trailing punctuation and determiners-only edges ("the", ","). */
    static List<CoreLabel> trim(List<CoreLabel> tokens) {
        int first = 0;
        int last = tokens.size();
        while (first < last && isPunctuation(tokens.get(first))) {
            first++;
        }
        while (last > first && isPunctuation(tokens.get(last - 1))) {
            last--;
        }
        List<CoreLabel> words = tokens.subList(first, last);
        for (CoreLabel word : words) {
            if (!FUNCTION_TAG.matcher(tag(word)).matches()) {
                return words;
            }
        }
        return List.of();
    }

    private static boolean isPunctuation(CoreLabel token) {
        String word = token.word();
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String tag(CoreLabel token) {
        return token.tag() == null ? "" : token.tag();
    }

    static List<TimeExpression> expressions(
            String text, List<CoreLabel> words, Timex timex, LocalDate anchor, TimexValues.Tense tense) {
        int begin = words.get(0).beginPosition();
        int end = words.get(words.size() - 1).endPosition();
        String covered = text.substring(begin, end);
        List<TimeExpression> yearRange = yearRange(covered, begin);
        if (!yearRange.isEmpty()) {
            return yearRange;
        }
        TimeExpression.Type type = type(timex.timexType());
        String value = TimexValues.normalise(timex.value(), timex.altVal(), anchor, tense);
        Matcher weekday = WEEKDAY_ALONE.matcher(covered);
        if (weekday.matches() && anchor != null) {
            value = weekday(weekday, anchor, tense);
        }
        return List.of(new TimeExpression(new Span(begin, end), type, value));
    }

    /**
     * "1946-1954" or "1946 to 54": SUTime reads a duration in hours; it is two years, written as two dates (the
     * TimeML way to mark a range is one TIMEX3 per end).
     */
    static List<TimeExpression> yearRange(String covered, int begin) {
        Matcher range = YEAR_RANGE.matcher(covered);
        if (!range.matches()) {
            return List.of();
        }
        String from = range.group(1);
        String to = range.group(3).length() == 2 ? from.substring(0, 2) + range.group(3) : range.group(3);
        if (to.compareTo(from) <= 0) {
            return List.of();
        }
        int toBegin = begin + range.start(3);
        return List.of(
                new TimeExpression(new Span(begin, begin + 4), TimeExpression.Type.DATE, from),
                new TimeExpression(new Span(toBegin, toBegin + range.group(3).length()), TimeExpression.Type.DATE, to));
    }

    private static String weekday(Matcher weekday, LocalDate anchor, TimexValues.Tense tense) {
        DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
        LocalDate date = TimexValues.weekday(day, anchor, tense);
        String part = weekday.group(2);
        if (part == null) {
            return date.toString();
        }
        String lower = part.toLowerCase(Locale.ROOT);
        String code = lower.equals("morning") ? "MO" : lower.equals("afternoon") ? "AF"
                : lower.equals("evening") ? "EV" : "NI";
        return date + "T" + code;
    }

    static TimeExpression.Type type(String timexType) {
        if (timexType == null) {
            return TimeExpression.Type.DATE;
        }
        String upper = timexType.toUpperCase(Locale.ROOT);
        if (upper.equals("TIME")) {
            return TimeExpression.Type.TIME;
        }
        if (upper.equals("DURATION")) {
            return TimeExpression.Type.DURATION;
        }
        if (upper.equals("SET")) {
            return TimeExpression.Type.SET;
        }
        return TimeExpression.Type.DATE;
    }

}

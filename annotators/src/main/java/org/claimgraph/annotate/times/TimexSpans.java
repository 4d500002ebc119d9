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

    private static final Pattern MONTH = Pattern.compile(
            "(?i)jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august"
                    + "|september|october|november|december");
    private static final Pattern WEEKDAY_NAME = Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)morning|afternoon|evening|night");
    private static final java.util.Set<String> LEADING_MODIFIERS = java.util.Set.of(
            "about", "around", "approximately", "roughly", "nearly", "almost", "some", "right");
    private static final java.util.Set<String> DAY_MODIFIERS = java.util.Set.of("early", "late", "earlier", "later");
    private static final java.util.Set<String> BEFORE_NOW_ADVERBS =
            java.util.Set.of("recently", "previously", "once", "formerly", "lately");

    /** "two months ago": as precise as its unit (SUTime gives the day). */
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(year|month|week|day)s? ago");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    /** "the past decade" is a duration, as "the past two years" is (SUTime reads the decade 199X). */
    private static final Pattern PAST_SPAN = Pattern.compile("(?i)(?:the\\s+)?(?:past|last|previous)\\s+(decade|century)");

    private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\b");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}|'\\d\\d\\b");
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:last|next|this|coming|previous|ago|later|"
            + "earlier|before|after)\\b");
    /** "Friday morning" is a date with a part of the day, as TempEval-3 types it (SUTime: TIME). */
    private static final Pattern PART_OF_A_DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT(?:MO|AF|EV|NI)");

    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:year|month|week|day)s?\\s*-?\\s*old\\b");

    private static final Pattern PLURAL_PART_OF_DAY = Pattern.compile("(?i)mornings|afternoons|evenings|nights");
    private static final Pattern CAPITALISED_UNIT = Pattern.compile("(?:Second|Minute|Hour|Day|Week|Month|Year)s?");
    private static final Pattern NARRATIVE_OFFSET = Pattern.compile("(?i).*\\b(?:seconds?|minutes?|hours?|days?|weeks?"
            + "|months?|years?)\\s+(?:later|earlier)");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)second|minute|hour|day|week|month|year");

    private TimexSpans() {}

    /**
     * The words of the expression {@code tokens[start, end)}, or none when it is not a time expression at all. Trims
     * punctuation and leading adverbs of degree or order ("about five hours", "Earlier Friday": TimeML leaves them out
     * of the extent), and drops:
     *
     * <ul>
     *   <li>spans made only of function words (a bare "the");
     *   <li>ages ("6-year-old", "a 39-year-old"): a person's age is not a time;
     *   <li>a single verb ("prosecutors might present"), a lower-case month name ("this march"), a month name followed
     *       by a capitalised word ("Jan Kavan");
     *   <li>a bare unit ("day", "Day" of "Election Day"), which SUTime reads as a one-day duration;
     *   <li>adverbs that only say "before now" ("recently", "previously", "once");
     *   <li>discourse "now": "Now," opening a sentence, and "for now".
     * </ul>
     */
    static List<CoreLabel> trim(List<CoreLabel> tokens, int start, int end) {
        int first = start;
        int last = end;
        while (first < last && isPunctuation(tokens.get(first))) {
            first++;
        }
        while (last > first && isPunctuation(tokens.get(last - 1))) {
            last--;
        }
        while (last - first > 1 && isLeadingModifier(tokens.get(first), tokens.get(first + 1))) {
            first++;
        }
        List<CoreLabel> words = tokens.subList(first, last);
        if (words.isEmpty() || !hasContentWord(words) || isAge(tokens, first, last)) {
            return List.of();
        }
        if (words.size() == 1 && notATime(tokens, first) || hasLowerCaseMonth(words) || isTitle(tokens, first, last)) {
            return List.of();
        }
        return words;
    }

    private static boolean hasContentWord(List<CoreLabel> words) {
        for (CoreLabel word : words) {
            if (!FUNCTION_TAG.matcher(tag(word)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "about"/"nearly" before an amount; "early"/"late"/"earlier" before a weekday ("early Friday morning"). */
    private static boolean isLeadingModifier(CoreLabel token, CoreLabel next) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return LEADING_MODIFIERS.contains(word) || DAY_MODIFIERS.contains(word) && isWeekday(next);
    }

    private static boolean isAge(List<CoreLabel> tokens, int first, int last) {
        int until = Math.min(last + 2, tokens.size()) - 1;
        StringBuilder words = new StringBuilder();
        for (int i = first; i <= until; i++) {
            words.append(tokens.get(i).word()).append(' ');
        }
        return AGE.matcher(words).find();
    }

    private static boolean notATime(List<CoreLabel> tokens, int index) {
        CoreLabel token = tokens.get(index);
        String word = token.word();
        String lower = word.toLowerCase(Locale.ROOT);
        String tag = tag(token);
        if (tag.startsWith("VB") || tag.equals("MD")) {
            return true;
        }
        if (MONTH.matcher(word).matches()) {
            boolean lowerCase = Character.isLowerCase(word.charAt(0));
            boolean nameFollows = index + 1 < tokens.size() && isCapitalisedWord(tokens.get(index + 1).word());
            return lowerCase || nameFollows;
        }
        if (BARE_UNIT.matcher(word).matches() || PLURAL_PART_OF_DAY.matcher(word).matches()) {
            return true;
        }
        if (BEFORE_NOW_ADVERBS.contains(lower)) {
            return true;
        }
        if (lower.equals("now")) {
            boolean opensSentence = index == 0 || index == 1 && isPunctuation(tokens.get(0));
            boolean afterFor = index > 0 && tokens.get(index - 1).word().equalsIgnoreCase("for");
            return opensSentence && word.equals("Now") || afterFor;
        }
        return false;
    }

    /** "60 Minutes": a number and a capitalised unit inside a sentence is a name, not a duration. */
    private static boolean isTitle(List<CoreLabel> tokens, int first, int last) {
        String unit = tokens.get(last - 1).word();
        return first > 0 && last - first >= 2 && CAPITALISED_UNIT.matcher(unit).matches()
                && tokens.get(first).word().chars().allMatch(Character::isDigit);
    }

    /** English capitalises month names: "this march", "may" are not months. */
    private static boolean hasLowerCaseMonth(List<CoreLabel> words) {
        boolean lowerMonth = false;
        for (CoreLabel word : words) {
            String text = word.word();
            if (text.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            lowerMonth |= MONTH.matcher(text).matches() && Character.isLowerCase(text.charAt(0));
        }
        return lowerMonth;
    }

    private static boolean isCapitalisedWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    /** A full weekday name, capitalised. */
    static boolean isWeekday(CoreLabel token) {
        return WEEKDAY_NAME.matcher(token.word()).matches();
    }

    static boolean isPartOfDay(CoreLabel token) {
        return PART_OF_DAY.matcher(token.word()).matches();
    }

    /** A weekday SUTime did not mark ("Sunday night", "Sunday's"), resolved by tense. */
    static List<TimeExpression> weekday(String text, List<CoreLabel> words, LocalDate anchor, TimexValues.Tense tense) {
        int begin = words.get(0).beginPosition();
        int end = words.get(words.size() - 1).endPosition();
        Matcher weekday = WEEKDAY_ALONE.matcher(text.substring(begin, end));
        if (!weekday.matches()) {
            return List.of();
        }
        TimeExpression.Type type = TimeExpression.Type.DATE;
        String value = anchor == null ? null : weekday(weekday, anchor, tense);
        return List.of(new TimeExpression(new Span(begin, end), type, value));
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
        if (anchor != null && MONTH_NAME.matcher(covered).find() && !WRITTEN_YEAR.matcher(covered).find()
                && !RELATIVE_WORD.matcher(covered).find()) {
            value = TimexValues.withoutWrittenYear(value, anchor, tense);
        }
        if (type == TimeExpression.Type.TIME && value != null && PART_OF_A_DAY_VALUE.matcher(value).matches()) {
            type = TimeExpression.Type.DATE;
        }
        Matcher ago = AGO.matcher(covered);
        if (ago.matches() && value != null && FULL_DATE.matcher(value).matches()) {
            value = TimexValues.at(LocalDate.parse(value), ago.group(1).substring(0, 1).toUpperCase(Locale.ROOT));
        }
        if (NARRATIVE_OFFSET.matcher(covered).matches()) {
            value = null; // "seven days later": later than an event of the story, not than the publication
        }
        Matcher span = PAST_SPAN.matcher(covered);
        if (span.matches()) {
            type = TimeExpression.Type.DURATION;
            value = span.group(1).equalsIgnoreCase("decade") ? "P10Y" : "P100Y";
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

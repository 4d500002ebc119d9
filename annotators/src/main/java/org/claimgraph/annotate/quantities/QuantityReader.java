package org.claimgraph.annotate.quantities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.model.Quantity.Bound;

/** Reads the quantities of one sentence from its tokens (CoreNLP tags) and its dependency graph. Not thread-safe. */
final class QuantityReader {

    /** A quantity as read: UTF-16 offsets, value, unit (or null) and bound. */
    record Read(int begin, int end, double value, String unit, Bound bound) {}

    /** A run of tokens with one number, money or percent tag and one normalised value: [start, end). */
    private record Mention(int start, int end, String normalized) {}

    private static final Set<String> TAGS = Set.of("NUMBER", "MONEY", "PERCENT");
    private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "—", "and");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()]{2,}[-. ][0-9]{2,}([-. ][0-9]{2,})+");
    private static final Set<String> LOOSE_TAGS =
            Set.of("CC", "DT", "IN", "TO", ",", ":", ".", "HYPH", "-LRB-", "-RRB-", "``", "''");
    private static final Set<String> ANAPHORIC_BEFORE =
            Set.of("the", "latter", "former", "these", "those", "all", "both", "other", "first", "last");
    /** Nouns a year modifies as a date ("2005 levels", "the 2016 election"). */
    private static final Set<String> YEAR_NOUNS = Set.of("level", "levels", "election", "elections", "census",
            "budget", "season", "campaign", "race", "summit", "figures", "prices", "model", "edition");
    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)[0-9]{2}");

    private final List<CoreLabel> tokens;
    private final SemanticGraph graph;
    private final List<String> words = new ArrayList<>();

    QuantityReader(List<CoreLabel> tokens, SemanticGraph graph) {
        this.tokens = tokens;
        this.graph = graph;
        for (CoreLabel token : tokens) {
            words.add(token.word());
        }
    }

    List<Read> read() {
        List<Mention> mentions = mentions();
        List<Read> reads = new ArrayList<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention first = mentions.get(m);
            Mention second = m + 1 < mentions.size() ? mentions.get(m + 1) : null;
            boolean between = first.start() > 0 && lower(first.start() - 1).equals("between");
            if (second != null && joinsRange(first, second, between)) {
                Read range = range(first, second, between);
                if (range != null) {
                    reads.add(range);
                    m++;
                    continue;
                }
            }
            Read single = single(first);
            if (single != null) {
                reads.add(single);
            }
        }
        return reads;
    }

    private List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            if (tag == null || !TAGS.contains(tag)) {
                i++;
                continue;
            }
            String normalized = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int end = i + 1;
            while (end < tokens.size() && tag.equals(tokens.get(end).ner()) && Objects.equals(normalized,
                    tokens.get(end).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                end++;
            }
            int start = i;
            int last = end;
            while (start < last && isLooseWord(start)) {
                start++; // CoreNLP sometimes tags the "and" before a number
            }
            while (last > start && isLooseWord(last - 1)) {
                last--;
            }
            if (start < last) {
                mentions.add(new Mention(start, last, normalized));
            }
            i = end;
        }
        return mentions;
    }

    /** A conjunction, preposition, determiner or punctuation mark at the edge of a tagged run. */
    private boolean isLooseWord(int index) {
        String tag = tokens.get(index).tag() == null ? "" : tokens.get(index).tag();
        String word = words.get(index);
        return LOOSE_TAGS.contains(tag) && !NumberWords.isNumberWord(word) && Units.currency(word) == null
                && !Units.isPercent(word);
    }

    /** "10 to 20", "5-10" (as two mentions), "between 300 and 400"; never "from 10 to 20", a change, not a range. */
    private boolean joinsRange(Mention first, Mention second, boolean between) {
        if (second.start() != first.end() + 1) {
            return false;
        }
        String joint = lower(first.end());
        if (!RANGE_WORDS.contains(joint) || joint.equals("and") != between) {
            return false;
        }
        return first.start() == 0 || !lower(first.start() - 1).equals("from");
    }

    private Read single(Mention mention) {
        Parts parts = parts(mention.start(), mention.end());
        if (parts == null || skipped(mention, parts)) {
            return null;
        }
        OptionalDouble value = NumberWords.value(parts.first());
        if (parts.second() != null) {
            OptionalDouble upper = NumberWords.value(parts.second());
            if (value.isEmpty() || upper.isEmpty() || value.getAsDouble() >= upper.getAsDouble()) {
                return null; // "3-2" is a score, not a range
            }
            return read(mention.start(), mention.end(), value.getAsDouble(), unit(mention.start(), mention.end(),
                    parts), Bound.RANGE);
        }
        if (value.isEmpty()) {
            value = normalizedValue(mention.normalized(), parts);
        }
        if (value.isEmpty()) {
            return null;
        }
        String unit = unit(mention.start(), mention.end(), parts);
        int begin = articleStart(mention.start(), parts);
        Bounds.Phrase phrase = Bounds.before(words, begin);
        Bound bound = Bounds.ofNormalized(mention.normalized());
        if (phrase != null && phrase.verbal()) {
            bound = phrase.bound(); // "could reach 50,000 soldiers": the verb bounds the number, its object
        } else if (phrase != null
                && (bound == phrase.bound() || governs(mention, begin - phrase.words().size(), begin))) {
            bound = phrase.bound();
            begin -= phrase.words().size();
        }
        if (isYear(mention) && (bound == Bound.EXACT && unit == null || unit != null && YEAR_NOUNS.contains(unit))) {
            return null; // "in 2019", "2005 levels"
        }
        if (unit != null && TIME_UNITS.contains(unit)) {
            return null; // a duration: the times stage's
        }
        return read(begin, mention.end(), value.getAsDouble(), unit, bound);
    }

    private Read range(Mention first, Mention second, boolean between) {
        Parts lower = parts(first.start(), first.end());
        Parts upper = parts(second.start(), second.end());
        if (lower == null || upper == null || lower.second() != null || upper.second() != null
                || skipped(first, lower)) {
            return null;
        }
        OptionalDouble low = NumberWords.value(lower.first());
        OptionalDouble high = NumberWords.value(upper.first());
        if (low.isEmpty() || high.isEmpty()) {
            return null;
        }
        double value = low.getAsDouble();
        // "3 to 4 million": the lower figure borrows the upper one's scale
        if (lower.first().stream().noneMatch(NumberWords::isScale)) {
            for (String word : upper.first()) {
                if (NumberWords.isScale(word)) {
                    value *= NumberWords.value(List.of("1", word)).orElse(1);
                }
            }
        }
        if (value >= high.getAsDouble()) {
            return null;
        }
        String unit = unit(first.start(), second.end(), lower.merge(upper));
        int begin = between ? first.start() - 1 : articleStart(first.start(), lower);
        return read(begin, second.end(), value, unit, Bound.RANGE);
    }

    private Read read(int startToken, int endToken, double value, String unit, Bound bound) {
        return new Read(tokens.get(startToken).beginPosition(), tokens.get(endToken - 1).endPosition(), value, unit,
                bound);
    }

    /**
     * The mention's words sorted out: the number's words (and a second number's after "-" or "to" inside the
     * mention), currency and percent marks, and other words (a unit written into the mention, as "km" of "1,000-km").
     */
    record Parts(List<String> first, List<String> second, String currency, boolean percent, String other) {
        Parts merge(Parts upper) {
            return new Parts(first, upper.first(), currency != null ? currency : upper.currency(),
                    percent || upper.percent(), other != null ? other : upper.other());
        }
    }

    private Parts parts(int start, int end) {
        List<String> first = new ArrayList<>();
        List<String> second = null;
        String currency = null;
        boolean percent = false;
        String other = null;
        if (start > 0 && isArticleBeforeNumber(start)) {
            first.add(lower(start - 1));
        }
        for (int i = start; i < end; i++) {
            String word = words.get(i);
            String code = Units.currency(word);
            if (code != null) {
                currency = code;
            } else if (Units.isPercent(word) || (i + 1 < end && Units.isPercentPair(word, words.get(i + 1)))) {
                percent = true;
            } else if (NumberWords.isNumberWord(word) && other == null) {
                (second == null ? first : second).add(word);
            } else if (RANGE_WORDS.contains(lower(i)) && !first.isEmpty() && second == null && other == null
                    && i + 1 < end && NumberWords.isNumberWord(words.get(i + 1))) {
                second = new ArrayList<>();
            } else if (!lower(i).equals("-") && !lower(i).equals("cent") && other == null) {
                other = word;
            }
        }
        return first.isEmpty() ? null : new Parts(first, second, currency, percent, other);
    }

    /** "a" or "an" of "a dozen", "a million": part of the number. */
    private boolean isArticleBeforeNumber(int start) {
        String before = lower(start - 1);
        return (before.equals("a") || before.equals("an")) && NumberWords.isScale(words.get(start))
                || (before.equals("a") && lower(start).equals("dozen"));
    }

    private int articleStart(int start, Parts parts) {
        return start > 0 && isArticleBeforeNumber(start) ? start - 1 : start;
    }

    /** Years used as dates, list numbering, phone numbers, ages, identifiers ("Article 5"), "one" as a pronoun. */
    private boolean skipped(Mention mention, Parts parts) {
        for (int i = mention.start(); i < mention.end(); i++) {
            if (PHONE.matcher(words.get(i)).matches()) {
                return true;
            }
        }
        int before = mention.start() - 1;
        String next = mention.end() < tokens.size() ? lower(mention.end()) : "";
        if (before < 0 && (next.equals(".") || next.equals(")") || next.equals(":") || next.isEmpty())) {
            return true; // "1." or "2)" at the start of a line
        }
        if (before >= 0 && (lower(before).equals("(") || lower(before).equals("-lrb-")) && next.equals(")")
                && mention.end() - mention.start() == 1 && parts.currency() == null && !parts.percent()) {
            return true; // "(3)"
        }
        if (before >= 0 && (lower(before).equals("aged") || lower(before).equals("age"))) {
            return true;
        }
        String tag = tokens.get(mention.start()).ner();
        if (before >= 0 && tag.equals("NUMBER") && isCapitalizedNoun(before)
                && Bounds.before(words, mention.start()) == null) {
            return true; // "Article 5", "Boeing 737"
        }
        return isAnaphoric(mention, parts, before);
    }

    /** "one of them", "the latter three": a spelled-out number standing for things named before, not a count. */
    private boolean isAnaphoric(Mention mention, Parts parts, int before) {
        if (parts.first().size() != 1 || parts.second() != null || !NumberWords.isSpelledOut(parts.first().get(0))
                || nummodGovernor(mention.start(), mention.end()) != null) {
            return false;
        }
        return parts.first().get(0).equalsIgnoreCase("one") || before >= 0 && ANAPHORIC_BEFORE.contains(lower(before));
    }

    private boolean isCapitalizedNoun(int index) {
        String tag = tokens.get(index).tag() == null ? "" : tokens.get(index).tag();
        return tag.startsWith("NN") && Character.isUpperCase(words.get(index).codePointAt(0));
    }

    private boolean isYear(Mention mention) {
        return mention.end() - mention.start() == 1 && YEAR.matcher(words.get(mention.start())).matches();
    }

    /** When the words do not parse, CoreNLP's value ("~1000.0", "$4500000.0") if the number is in digits. */
    private static OptionalDouble normalizedValue(String normalized, Parts parts) {
        if (normalized == null || parts.first().stream().anyMatch(NumberWords::isSpelledOut)) {
            return OptionalDouble.empty();
        }
        String number = normalized.replaceFirst("^[~<>=]*[^0-9.-]*", "");
        try {
            return OptionalDouble.of(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** What is counted or measured: a currency, percent, or the noun the number modifies. */
    private String unit(int start, int end, Parts parts) {
        if (parts.currency() != null) {
            return parts.currency();
        }
        if (parts.percent()) {
            return Units.PERCENT;
        }
        IndexedWord governor = nummodGovernor(start, end);
        if (governor != null) {
            String word = governor.word();
            if (Units.currency(word) != null) {
                return Units.currency(word);
            }
            if (Units.isPercent(word)) {
                return Units.PERCENT;
            }
            String tag = governor.tag() == null ? "" : governor.tag();
            if (tag.startsWith("NN") || tag.startsWith("CD") && NumberWords.value(List.of(word)).isEmpty()) {
                return tag.startsWith("NNP") ? word : word.toLowerCase(Locale.ROOT);
            }
        }
        return parts.other() != null && !parts.other().isBlank() ? parts.other().toLowerCase(Locale.ROOT) : null;
    }

    /** The word a number token of [start, end) modifies as {@code nummod}, preferring one outside the number. */
    private IndexedWord nummodGovernor(int start, int end) {
        if (graph == null) {
            return null;
        }
        IndexedWord inside = null;
        for (int i = start; i < end; i++) {
            IndexedWord node = graph.getNodeByIndexSafe(tokens.get(i).index());
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                if (!edge.getRelation().getShortName().equals("nummod")) {
                    continue;
                }
                IndexedWord governor = edge.getGovernor();
                int position = governor.index() - 1;
                if (position < start || position >= end) {
                    return governor;
                }
                if (!NumberWords.isNumberWord(governor.word())) {
                    inside = governor;
                }
            }
        }
        return inside;
    }

    /** True when a word of the phrase [from, to) hangs from a word of the mention in the dependency parse. */
    private boolean governs(Mention mention, int from, int to) {
        if (graph == null) {
            return false;
        }
        for (int i = from; i < to; i++) {
            IndexedWord node = graph.getNodeByIndexSafe(tokens.get(i).index());
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                int governor = edge.getGovernor().index() - 1;
                if (governor >= mention.start() && governor < mention.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private String lower(int index) {
        return words.get(index).toLowerCase(Locale.ROOT);
    }
}

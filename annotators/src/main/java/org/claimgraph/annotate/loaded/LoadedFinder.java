package org.claimgraph.annotate.loaded;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.LoadedWording;
import org.claimgraph.model.Span;

/**
 * Finds loaded language and name-calling in a text, without a parse: each word gets a score per technique from the
 * learned {@link LoadedLexicon} (the share of its occurrences, alone or with a neighbour, inside gold spans of that
 * technique) and from the general {@link LoadedRules}; a word scoring at least the seed threshold starts a span,
 * which grows over adjacent words scoring at least the growth threshold (and over an intensifier or determiner
 * before it), never across punctuation. The span's technique is the one its words score higher on.
 *
 * <pre>{@code
 * List<LoadedWording> found = LoadedFinder.rulesOnly().find("The so-called experts made a disastrous call.");
 * // name-calling "so-called experts", loaded-language "disastrous"
 * }</pre>
 */
public final class LoadedFinder {

    /** The thresholds: a word scoring {@code seed} starts a span, its neighbours scoring {@code grow} join it. */
    public record Thresholds(double seed, double grow) {
        public static final Thresholds DEFAULT = new Thresholds(0.3, 0.15);

        public Thresholds {
            if (!(0 < grow && grow <= seed && seed <= 1)) {
                throw new IllegalArgumentException(
                        "thresholds need 0 < grow <= seed <= 1, got seed=%s grow=%s".formatted(seed, grow));
            }
        }
    }

    private final LoadedLexicon lexicon;
    private final Thresholds thresholds;

    public LoadedFinder(LoadedLexicon lexicon, Thresholds thresholds) {
        this.lexicon = lexicon;
        this.thresholds = thresholds;
    }

    /** The finder with the lexicon in the resources and the default thresholds. */
    public static LoadedFinder shipped() {
        return new LoadedFinder(LoadedLexicon.shipped(), Thresholds.DEFAULT);
    }

    /** The finder with the general rules only. */
    public static LoadedFinder rulesOnly() {
        return new LoadedFinder(LoadedLexicon.EMPTY, Thresholds.DEFAULT);
    }

    /** The loaded wording of {@code text}, in text order, spans never overlapping; UTF-16 offsets. */
    public List<LoadedWording> find(String text) {
        List<Words.Word> words = Words.of(text);
        int n = words.size();
        double[] loaded = new double[n];
        double[] naming = new double[n];
        score(words, loaded, naming);
        ScareQuotes.mark(text, words, naming, thresholds.seed());
        List<LoadedWording> found = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (Math.max(loaded[i], naming[i]) < thresholds.seed()) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < n && joins(words.get(last)) && Math.max(loaded[last + 1], naming[last + 1])
                    >= thresholds.grow()) {
                last++;
            }
            while (first > 0 && joins(words.get(first - 1)) && Math.max(loaded[first - 1], naming[first - 1])
                    >= thresholds.grow()) {
                first--;
            }
            double loadedSum = 0;
            double namingSum = 0;
            for (int w = first; w <= last; w++) {
                loadedSum += loaded[w];
                namingSum += naming[w];
            }
            String technique = namingSum > loadedSum ? LoadedWording.NAME_CALLING : LoadedWording.LOADED_LANGUAGE;
            if (technique.equals(LoadedWording.LOADED_LANGUAGE) && qualifies(words, last, last + 1)) {
                last++;
            }
            first = widenLeft(words, first, technique);
            found.add(new LoadedWording(withQuotes(text, words.get(first).begin(), words.get(last).end()), technique));
            i = last + 1;
        }
        return List.copyOf(found);
    }

    /** Lexicon shares, then the rules' marks where they score higher. */
    private void score(List<Words.Word> words, double[] loaded, double[] naming) {
        int n = words.size();
        double rule = thresholds.seed();
        for (int i = 0; i < n; i++) {
            String key = words.get(i).key();
            String family = Words.family(key);
            loaded[i] = Math.max(lexicon.share(key, LoadedWording.LOADED_LANGUAGE),
                    lexicon.share(family, LoadedWording.LOADED_LANGUAGE));
            naming[i] = Math.max(lexicon.share(key, LoadedWording.NAME_CALLING),
                    lexicon.share(family, LoadedWording.NAME_CALLING));
            if (i + 1 < n && words.get(i).gapAfter() == Words.Gap.SPACE) {
                String pair = LoadedLexicon.pair(words.get(i), words.get(i + 1));
                double pairLoaded = lexicon.share(pair, LoadedWording.LOADED_LANGUAGE);
                double pairNaming = lexicon.share(pair, LoadedWording.NAME_CALLING);
                loaded[i] = Math.max(loaded[i], pairLoaded);
                naming[i] = Math.max(naming[i], pairNaming);
                loaded[i + 1] = Math.max(loaded[i + 1], pairLoaded);
                naming[i + 1] = Math.max(naming[i + 1], pairNaming);
            }
        }
        for (int i = 0; i < n; i++) {
            String key = words.get(i).key();
            if (LoadedRules.CHARGED.contains(key)) {
                loaded[i] = Math.max(loaded[i], rule);
            }
            if (LoadedRules.LABELS.contains(key)) {
                naming[i] = Math.max(naming[i], rule);
            }
            boolean labelsNext = LoadedRules.LABELLING_ADJECTIVES.contains(key) && i + 1 < n
                    && words.get(i).gapAfter() != Words.Gap.SENTENCE && words.get(i).gapAfter() != Words.Gap.PHRASE;
            if (labelsNext) {
                naming[i] = Math.max(naming[i], rule);
                naming[i + 1] = Math.max(naming[i + 1], rule);
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (LoadedRules.INTENSIFIERS.contains(words.get(i).key()) && joins(words.get(i))
                    && Math.max(loaded[i + 1], naming[i + 1]) >= rule) {
                loaded[i] = Math.max(loaded[i], thresholds.grow());
            }
        }
    }

    /**
     * A name-calling span takes the word qualifying it ("corrupt cronies") and the determiner before it ("the
     * tyrants").
     */
    private static int widenLeft(List<Words.Word> words, int first, String technique) {
        if (!technique.equals(LoadedWording.NAME_CALLING)) {
            return first;
        }
        if (!LoadedRules.LABELLING_ADJECTIVES.contains(words.get(first).key()) && qualifies(words, first, first - 1)) {
            first--;
        }
        if (first > 0 && joins(words.get(first - 1)) && LoadedRules.DETERMINERS.contains(words.get(first - 1).key())) {
            first--;
        }
        return first;
    }

    /**
     * Whether the word {@code other} belongs with the span's edge word {@code edge} beside it: adjacent with
     * nothing but spaces between, lower case and not a function word ("disastrous decision", "corrupt cronies").
     */
    private static boolean qualifies(List<Words.Word> words, int edge, int other) {
        int left = Math.min(edge, other);
        if (left < 0 || Math.max(edge, other) >= words.size() || words.get(left).gapAfter() != Words.Gap.SPACE) {
            return false;
        }
        Words.Word word = words.get(other);
        return !word.capitalised() && !LoadedRules.FUNCTION_WORDS.contains(word.key())
                && Character.isLetter(word.key().codePointAt(0));
    }

    /**
     * The span, taking the quote marks around it ("“experts”") or the closing mark of an opening one it holds ("the
     * “experts”"), so that a quote mark never stands alone in a span.
     */
    private static Span withQuotes(String text, int begin, int end) {
        if (end >= text.length()) {
            return new Span(begin, end);
        }
        char next = text.charAt(end);
        if (begin > 0 && (text.charAt(begin - 1) == '\u201c' && next == '\u201d'
                || text.charAt(begin - 1) == '"' && next == '"')) {
            return new Span(begin - 1, end + 1);
        }
        String covered = text.substring(begin, end);
        boolean curly = next == '\u201d' && covered.lastIndexOf('\u201c') > covered.lastIndexOf('\u201d');
        boolean straight = next == '"' && covered.chars().filter(c -> c == '"').count() % 2 == 1;
        return new Span(begin, curly || straight ? end + 1 : end);
    }

    /** Whether a span may grow from this word to the next: nothing but spaces or quote marks between them. */
    private static boolean joins(Words.Word word) {
        return word.gapAfter() == Words.Gap.SPACE || word.gapAfter() == Words.Gap.QUOTE;
    }
}

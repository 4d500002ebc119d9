package org.claimgraph.annotate.times;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Layers;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.model.TimeExpression;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Time expressions from SUTime's annotations in the parse, with spans trimmed to their words and values rewritten by
 * {@link TimexValues} and {@link TimexSpans}. See the package documentation for what it reads and writes.
 *
 * <pre>{@code
 * ParsedText parsed = nlp.parse("The talks ended on Friday.", "2024-06-03");
 * List<TimeExpression> times = new TimesAnnotator().extract(parsed, text, "2024-06-03");  // Friday = 2024-05-31
 * }</pre>
 */
public final class TimesAnnotator implements Annotator<TimeExpression> {

    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo", "would", "going");

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PARSE);
    }

    @Override
    public Layer<TimeExpression> produces() {
        return Layers.TIMES;
    }

    @Override
    public List<TimeExpression> annotate(Inputs in) {
        List<ParsedText> parses = in.get(Layers.PARSE);
        if (parses.isEmpty()) {
            return List.of();
        }
        return extract(parses.get(0), in.text(), in.document().metadata().published());
    }

    /** The time expressions of one parsed text, anchored at {@code published} (ISO-8601 date or date-time, or null). */
    public List<TimeExpression> extract(ParsedText parsed, String text, String published) {
        LocalDate anchor = anchor(published);
        List<TimeExpression> found = new ArrayList<>();
        List<CoreMap> sentences = parsed.document().annotation().get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return List.of();
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            boolean[] covered = new boolean[tokens.size()];
            int start = 0;
            while (start < tokens.size()) {
                Timex timex = tokens.get(start).get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null) {
                    start++;
                    continue;
                }
                int end = start + 1;
                while (end < tokens.size() && sameTimex(timex, tokens.get(end).get(TimeAnnotations.TimexAnnotation.class))) {
                    end++;
                }
                java.util.Arrays.fill(covered, start, end, true);
                List<CoreLabel> words = TimexSpans.trim(tokens, start, end);
                if (!words.isEmpty()) {
                    TimexValues.Tense tense = tense(graph, tokens, words);
                    found.addAll(TimexSpans.expressions(text, words, timex, anchor, tense));
                }
                start = end;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (!covered[i] && TimexSpans.isWeekday(tokens.get(i))) {
                    int end = i + 1 < tokens.size() && !covered[i + 1] && TimexSpans.isPartOfDay(tokens.get(i + 1))
                            ? i + 2 : i + 1;
                    List<CoreLabel> words = tokens.subList(i, end);
                    found.addAll(TimexSpans.weekday(text, words, anchor, tense(graph, tokens, words)));
                    i = end - 1;
                }
            }
        }
        found.sort(Comparator.comparing(TimeExpression::span));
        return List.copyOf(found);
    }

    private static boolean sameTimex(Timex first, Timex other) {
        if (other == null) {
            return false;
        }
        if (first == other) {
            return true;
        }
        return first.tid() != null && first.tid().equals(other.tid()) && java.util.Objects.equals(first.text(), other.text());
    }

    static LocalDate anchor(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The tense of the verb the expression hangs from in the dependency parse; "as soon as Tuesday", "as early as
     * Tuesday" and infinitives ("planned to leave on Thursday") look ahead.
     */
    static TimexValues.Tense tense(SemanticGraph graph, List<CoreLabel> tokens, List<CoreLabel> words) {
        int first = words.get(0).index() - 1;
        if (first >= 3 && tokens.get(first - 1).word().equalsIgnoreCase("as")
                && tokens.get(first - 3).word().equalsIgnoreCase("as")) {
            String middle = tokens.get(first - 2).word().toLowerCase(Locale.ROOT);
            if (middle.equals("soon") || middle.equals("early")) {
                return TimexValues.Tense.FUTURE;
            }
        }
        if (graph == null || graph.isEmpty()) {
            return TimexValues.Tense.UNKNOWN;
        }
        IndexedWord node = null;
        for (CoreLabel word : words) {
            IndexedWord candidate = graph.getNodeByIndexSafe(word.index());
            IndexedWord parent = candidate == null ? null : graph.getParent(candidate);
            if (parent != null && (parent.index() < words.get(0).index()
                    || parent.index() > words.get(words.size() - 1).index())) {
                node = candidate;
                break;
            }
        }
        if (node == null) {
            return TimexValues.Tense.UNKNOWN;
        }
        // the expression's own verb; a date that modifies a noun ("Wednesday's ruling") says nothing of tense
        IndexedWord verb = graph.getParent(node);
        String relation = graph.getEdge(verb, node) == null ? "" : graph.getEdge(verb, node).getRelation().toString();
        if (relation.startsWith("nmod:poss") || relation.startsWith("compound") || relation.startsWith("amod")) {
            return TimexValues.Tense.UNKNOWN;
        }
        String tag = verb.tag() == null ? "" : verb.tag();
        if (tag.startsWith("VB") || tag.equals("MD")) {
            return verbTense(graph, verb, tag);
        }
        return TimexValues.Tense.UNKNOWN;
    }

    private static TimexValues.Tense verbTense(SemanticGraph graph, IndexedWord verb, String tag) {
        boolean perfect = false;
        boolean pastAuxiliary = false;
        boolean presentAuxiliary = false;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().getShortName();
            if (relation.equals("mark") && tag.equals("VB") && edge.getDependent().word().equalsIgnoreCase("to")) {
                return TimexValues.Tense.FUTURE;
            }
            if (!relation.startsWith("aux")) {
                continue;
            }
            IndexedWord auxiliary = edge.getDependent();
            String word = auxiliary.word().toLowerCase(Locale.ROOT);
            if (FUTURE_AUXILIARIES.contains(word)) {
                return TimexValues.Tense.FUTURE;
            }
            String auxiliaryTag = auxiliary.tag() == null ? "" : auxiliary.tag();
            pastAuxiliary |= auxiliaryTag.equals("VBD");
            presentAuxiliary |= auxiliaryTag.equals("VBZ") || auxiliaryTag.equals("VBP");
            perfect |= auxiliary.lemma() != null && auxiliary.lemma().equals("have");
        }
        if (tag.equals("VBD") || pastAuxiliary || perfect) {
            return TimexValues.Tense.PAST;
        }
        if (tag.equals("VBZ") || tag.equals("VBP") || presentAuxiliary) {
            return TimexValues.Tense.PRESENT;
        }
        return TimexValues.Tense.UNKNOWN;
    }
}

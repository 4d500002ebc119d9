package org.claimgraph.annotate.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.model.Span;

/**
 * Other boundaries for the content of a reported statement, with the features the content model weighs. The rules
 * take the whole parse subtree of what a cue reports; annotators often leave out a trailing participle, relative or
 * adverbial clause, a leading time or place phrase, or the object before an infinitive ("urged lawmakers to act").
 * Each candidate cuts whole constituents off one or both ends of that span: on the right, a dependent of a word on
 * the right edge of the tree together with everything after it; on the left, the same mirrored. Features describe
 * the cut (the relation, part of speech, named-entity type, preposition or marker of what is cut, its first word,
 * whether a comma separates it, how deep in the tree and how many words), the kind of cue and how the content was
 * found. The first candidate is always the span as the rules found it. General: no word list of the gold data.
 */
public final class ContentCandidates {

    /** One candidate span with its features. */
    public record Candidate(Span span, List<String> features) {}

    /** The most cuts tried on each side. */
    private static final int MOST_CUTS = 8;

    private ContentCandidates() {}

    /**
     * The candidates for a content span {@code base} whose tree is headed by {@code head} (words outside
     * {@code base} are ignored); {@code origin} says how the rules found it ("ccomp", "xcomp", "noun", ...) and
     * {@code cue} is the cue word's lemma. The first candidate is {@code base} itself.
     */
    static List<Candidate> of(String text, SemanticGraph graph, IndexedWord head, Span base, String origin,
            String cue) {
        String shape = origin + "|" + cue;
        List<Cut> rights = new ArrayList<>();
        IndexedWord node = head;
        for (int depth = 0; depth < 6 && node != null && rights.size() < MOST_CUTS; depth++) {
            List<IndexedWord> after = new ArrayList<>();
            for (IndexedWord child : graph.getChildList(node)) {
                if (child.index() > node.index() && within(graph, child, base) != null) {
                    after.add(child);
                }
            }
            after.sort((a, b) -> Integer.compare(a.index(), b.index()));
            for (IndexedWord child : after) {
                Span removed = within(graph, child, base);
                int end = trimEnd(text, base.begin(), removed.begin());
                if (end > head.beginPosition() && end < base.end()) {
                    rights.add(new Cut(end, describe("R", text, graph, node, child, depth,
                            new Span(removed.begin(), base.end()), new Span(base.begin(), end), origin, cue)));
                }
            }
            node = after.isEmpty() ? null : after.get(after.size() - 1);
        }
        List<Cut> lefts = new ArrayList<>();
        Span headTree = within(graph, head, base);
        if (headTree != null && headTree.begin() > base.begin()) {
            // "urged lawmakers to act": the words before the head's own tree (an object before an infinitive)
            IndexedWord first = graph.getNodeByIndexSafe(firstIndex(graph, head, base));
            List<String> f = new ArrayList<>();
            f.add("L:outside");
            f.add("L:outside|" + origin);
            f.add("L:outside|" + shape);
            if (first != null) {
                f.add("L:outside|" + tag(first));
            }
            lefts.add(new Cut(headTree.begin(), f));
        }
        node = head;
        for (int depth = 0; depth < 6 && node != null && lefts.size() < MOST_CUTS; depth++) {
            List<IndexedWord> before = new ArrayList<>();
            for (IndexedWord child : graph.getChildList(node)) {
                Span tree = within(graph, child, base);
                if (child.index() < node.index() && tree != null && tree.begin() >= base.begin()) {
                    before.add(child);
                }
            }
            before.sort((a, b) -> Integer.compare(b.index(), a.index()));
            for (IndexedWord child : before) {
                Span removed = within(graph, child, base);
                int begin = trimBegin(text, removed.end(), base.end());
                if (begin > base.begin() && begin <= head.beginPosition()) {
                    lefts.add(new Cut(begin, describe("L", text, graph, node, child, depth,
                            new Span(base.begin(), removed.end()), new Span(begin, base.end()), origin, cue)));
                }
            }
            node = before.isEmpty() ? null : before.get(before.size() - 1);
        }
        // "urged him to pledge to release ...": the clause or infinitive of the head (and of its clause) alone
        node = head;
        for (int depth = 0; depth < 2 && node != null; depth++) {
            IndexedWord inner = null;
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                String relation = edge.getRelation().toString();
                IndexedWord child = edge.getDependent();
                if ((relation.equals("ccomp") || relation.equals("xcomp")) && child.index() > node.index()
                        && within(graph, child, base) != null) {
                    inner = child;
                    Span tree = within(graph, child, base);
                    List<String> f = new ArrayList<>();
                    f.add("D");
                    f.add("D:rel=" + relation + "|depth=" + depth);
                    f.add("D:rel=" + relation + "|" + origin);
                    f.add("D:lemma=" + CueCandidates.lemma(node) + "|" + relation);
                    f.add("D:cue=" + cue + "|" + relation);
                    f.add("D:removed=" + bucket(words(text, base.begin(), tree.begin())));
                    for (SemanticGraphEdge mark : graph.outgoingEdgeIterable(child)) {
                        if (mark.getRelation().toString().equals("mark")) {
                            f.add("D:mark=" + mark.getDependent().word().toLowerCase(Locale.ROOT));
                        }
                    }
                    lefts.add(new Cut(trimBegin(text, tree.begin(), base.end()), f));
                    break;
                }
            }
            node = inner;
        }
        Map<Span, List<String>> candidates = new LinkedHashMap<>();
        List<String> whole = new ArrayList<>();
        whole.add("none");
        whole.add("none|" + origin);
        whole.add("none|" + shape);
        whole.add("none|words=" + bucket(words(text, base.begin(), base.end())));
        whole.add("none|end=" + lastRelation(graph, head, base));
        whole.add("none|end=" + lastRelation(graph, head, base) + "|" + origin);
        candidates.put(base, whole);
        for (Cut right : rights) {
            candidates.putIfAbsent(new Span(base.begin(), right.at), right.features);
        }
        for (Cut left : lefts) {
            candidates.putIfAbsent(new Span(left.at, base.end()), left.features);
            for (Cut right : rights) {
                if (right.at > left.at) {
                    List<String> both = new ArrayList<>(left.features);
                    both.addAll(right.features);
                    both.add("LR");
                    candidates.putIfAbsent(new Span(left.at, right.at), both);
                }
            }
        }
        List<Candidate> result = new ArrayList<>();
        for (Map.Entry<Span, List<String>> entry : candidates.entrySet()) {
            List<String> features = new ArrayList<>(entry.getValue());
            features.add("bias");
            result.add(new Candidate(entry.getKey(), List.copyOf(features)));
        }
        return result;
    }

    private record Cut(int at, List<String> features) {}

    private static List<String> describe(String side, String text, SemanticGraph graph, IndexedWord parent,
            IndexedWord child, int depth, Span removed, Span kept, String origin, String cue) {
        String relation = relation(graph, child);
        String tag = tag(child);
        List<String> f = new ArrayList<>();
        f.add(side);
        f.add(side + ":rel=" + relation);
        f.add(side + ":rel=" + relation + "|" + tag);
        f.add(side + ":rel=" + relation + "|parent=" + tag(parent));
        f.add(side + ":rel=" + relation + "|" + origin);
        f.add(side + ":rel=" + relation + "|depth=" + Math.min(depth, 3));
        f.add(side + ":rel=" + relation + "|cue=" + cue);
        f.add(side + ":rel=" + relation + "|head=" + CueCandidates.lemma(parent));
        String ner = child.ner();
        if (ner != null && !ner.equals("O")) {
            f.add(side + ":ner=" + ner);
            f.add(side + ":ner=" + ner + "|" + relation);
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(child)) {
            String childRelation = edge.getRelation().toString();
            if (childRelation.equals("case") || childRelation.equals("mark")) {
                String word = edge.getDependent().word().toLowerCase(Locale.ROOT);
                f.add(side + ":" + childRelation + "=" + word);
                f.add(side + ":" + childRelation + "=" + word + "|" + relation);
            }
        }
        String first = firstWord(text, removed);
        f.add(side + ":first=" + first);
        f.add(side + ":first=" + first + "|" + relation);
        boolean comma = side.equals("R") ? punctuationBefore(text, removed.begin()) : punctuationAfter(text, removed.end());
        f.add(side + ":comma=" + comma + "|" + relation);
        if (comma) {
            f.add(side + ":comma");
        }
        int removedWords = words(text, removed.begin(), removed.end());
        f.add(side + ":removed=" + bucket(removedWords));
        f.add(side + ":removed=" + bucket(removedWords) + "|" + relation);
        f.add(side + ":kept=" + bucket(words(text, kept.begin(), kept.end())));
        if (containsQuoteMark(text, removed)) {
            f.add(side + ":quote");
        }
        return f;
    }

    /** The relation of the last dependent on the right edge of the head's tree ("none" when none). */
    private static String lastRelation(SemanticGraph graph, IndexedWord head, Span base) {
        IndexedWord last = null;
        for (IndexedWord child : graph.getChildList(head)) {
            if (child.index() > head.index() && within(graph, child, base) != null
                    && (last == null || child.index() > last.index())) {
                last = child;
            }
        }
        return last == null ? "none" : relation(graph, last) + "|" + tag(last);
    }

    /** The part of a word's subtree inside {@code base}, or null when none of it is. */
    private static Span within(SemanticGraph graph, IndexedWord root, Span base) {
        int begin = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (IndexedWord word : graph.descendants(root)) {
            if (word.beginPosition() >= base.begin() && word.endPosition() <= base.end()) {
                begin = Math.min(begin, word.beginPosition());
                end = Math.max(end, word.endPosition());
            }
        }
        return begin > end ? null : new Span(begin, end);
    }

    private static int firstIndex(SemanticGraph graph, IndexedWord head, Span base) {
        int first = Integer.MAX_VALUE;
        for (IndexedWord word : graph.vertexSet()) {
            if (word.beginPosition() >= base.begin() && word.endPosition() <= base.end()) {
                first = Math.min(first, word.index());
            }
        }
        return first == Integer.MAX_VALUE ? head.index() : first;
    }

    private static String relation(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
            return edge.getRelation().toString();
        }
        return "root";
    }

    private static String tag(IndexedWord word) {
        String tag = word.tag() == null ? "" : word.tag();
        return tag.length() > 2 ? tag.substring(0, 2) : tag;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && separator(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int trimBegin(String text, int begin, int end) {
        while (begin < end && separator(text.charAt(begin))) {
            begin++;
        }
        return begin;
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '-';
    }

    private static boolean punctuationBefore(String text, int offset) {
        int p = offset - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p >= 0 && (text.charAt(p) == ',' || text.charAt(p) == ';' || text.charAt(p) == '—');
    }

    private static boolean punctuationAfter(String text, int offset) {
        int p = offset;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < text.length() && (text.charAt(p) == ',' || text.charAt(p) == ';' || text.charAt(p) == '—');
    }

    private static boolean containsQuoteMark(String text, Span span) {
        for (int i = span.begin(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String text, Span span) {
        int i = span.begin();
        while (i < span.end() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < span.end() && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /** How many words (runs of letters and digits) lie in {@code [begin, end)}. */
    static int words(String text, int begin, int end) {
        int count = 0;
        boolean inWord = false;
        for (int i = begin; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    private static String bucket(int words) {
        return words <= 2 ? String.valueOf(words) : words <= 5 ? "3-5" : words <= 10 ? "6-10" : words <= 20 ? "11-20"
                : "21+";
    }
}

package org.claimgraph.annotate.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.model.Span;

/**
 * The words that may head an attribution cue, with the features {@link CueModel} weighs: every verb that is not an
 * auxiliary, adjectives
 * with a clause ("confident that"), and nouns that take a clause or are general words for statements and findings
 * ("the claim that", "a poll"). Features are the word's lemma and part of speech, the dependency relations around it,
 * what kind of subject or possessor it has (named entity type, pronoun, common noun), quote marks and colons near it,
 * and its place in the sentence. General: no word list of the gold data is involved.
 */
public final class CueCandidates {

    /** One candidate: the sentence, the word, its span and its features. */
    public record Candidate(int sentence, IndexedWord word, Span span, List<String> features) {}

    /** Nouns that name a statement, a belief or a finding. General English. */
    static final Set<String> NOUN_CUES = Set.of("claim", "statement", "assertion", "suggestion", "warning",
            "argument", "belief", "view", "report", "promise", "pledge", "allegation", "accusation", "charge",
            "comment", "remark", "announcement", "admission", "denial", "insistence", "testimony", "prediction",
            "estimate", "forecast", "assessment", "conclusion", "finding", "opinion", "position", "stance", "call",
            "demand", "request", "plea", "proposal", "plan", "agreement", "decision", "vow", "threat", "criticism",
            "complaint", "message", "speech", "interview", "letter", "tweet", "post", "poll", "survey", "study",
            "analysis", "research", "data", "figure", "memo", "ruling", "verdict", "idea", "notion", "hope", "fear",
            "concern", "worry", "doubt", "sense", "feeling", "impression", "question", "answer", "response", "reply",
            "explanation", "account", "description", "story", "rumor", "rumour", "word", "news",
            "praise", "endorsement", "support", "opposition", "objection", "defense", "defence", "attack");

    private CueCandidates() {}

    /** The candidates of a parsed text, in text order. */
    public static List<Candidate> find(String text, ParsedText parsed) {
        return find(text, parsed.document(), QuoteFinder.find(text));
    }

    static List<Candidate> find(String text, CoreDocument document, List<Span> quotes) {
        List<Candidate> candidates = new ArrayList<>();
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            SemanticGraph graph = sentences.get(s).coreMap()
                    .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            int size = graph.size();
            for (IndexedWord word : graph.vertexListSorted()) {
                String tag = word.tag() == null ? "" : word.tag();
                if (candidate(graph, word, tag)) {
                    candidates.add(new Candidate(s, word, new Span(word.beginPosition(), word.endPosition()),
                            features(text, graph, word, tag, quotes, size)));
                }
            }
        }
        return candidates;
    }

    private static boolean candidate(SemanticGraph graph, IndexedWord word, String tag) {
        if (tag.startsWith("VB")) {
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
                String relation = edge.getRelation().toString();
                if (relation.equals("aux") || relation.equals("aux:pass") || relation.equals("cop")) {
                    return false; // part of a verb group, not its head
                }
            }
            return true;
        }
        if (tag.equals("NN") || tag.equals("NNS")) {
            return NOUN_CUES.contains(lemma(word)) || hasClause(graph, word);
        }
        if (tag.startsWith("JJ")) {
            return hasClause(graph, word);
        }
        return false;
    }

    /** A clause child: a ccomp, or an acl opened by "that" or "to". */
    static boolean hasClause(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            String relation = edge.getRelation().toString();
            if (relation.equals("ccomp")) {
                return true;
            }
            if (relation.equals("acl") && mark(graph, edge.getDependent()) != null) {
                return true;
            }
        }
        return false;
    }

    private static String mark(SemanticGraph graph, IndexedWord clause) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(clause)) {
            String relation = edge.getRelation().toString();
            if (relation.equals("mark")) {
                String word = edge.getDependent().word().toLowerCase(Locale.ROOT);
                if (word.equals("that") || word.equals("to") || word.equals("whether") || word.equals("if")) {
                    return word;
                }
            }
        }
        return null;
    }

    private static List<String> features(String text, SemanticGraph graph, IndexedWord word, String tag,
            List<Span> quotes, int size) {
        List<String> f = new ArrayList<>(48);
        String lemma = lemma(word);
        String pos = tag.length() > 2 ? tag.substring(0, 2) : tag;
        f.add("bias");
        f.add("l=" + lemma);
        f.add("t=" + tag);
        f.add("lt=" + lemma + "|" + tag);
        f.add("w=" + word.word().toLowerCase(Locale.ROOT));
        SemanticGraphEdge incoming = null;
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
            incoming = edge;
            break;
        }
        String in = incoming == null ? "root" : incoming.getRelation().toString();
        f.add("in=" + in);
        f.add("lin=" + lemma + "|" + in);
        f.add("pin=" + pos + "|" + in);
        if (incoming != null) {
            IndexedWord parent = incoming.getGovernor();
            f.add("pt=" + (parent.tag() == null ? "" : parent.tag()));
            f.add("pl=" + lemma(parent) + "|" + in);
        }
        boolean subject = false;
        boolean clause = false;
        boolean object = false;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            f.add("o=" + relation);
            f.add("lo=" + lemma + "|" + relation);
            f.add("po=" + pos + "|" + relation);
            String dependentLemma = lemma(dependent);
            if (relation.equals("nsubj") || relation.equals("nmod:poss") || relation.equals("obl:agent")) {
                subject = true;
                String kind = kind(dependent);
                f.add("s=" + kind);
                f.add("ls=" + lemma + "|" + kind);
                f.add("ps=" + pos + "|" + kind);
                if (kind.equals("noun")) {
                    f.add("sl=" + dependentLemma);
                }
            } else if (relation.equals("ccomp") || relation.equals("acl") || relation.equals("xcomp")
                    || relation.equals("advcl")) {
                String mark = mark(graph, dependent);
                f.add("cm=" + relation + "|" + mark);
                f.add("lcm=" + lemma + "|" + relation + "|" + mark);
                clause |= relation.equals("ccomp") || mark != null && relation.equals("acl");
                if (child(graph, dependent, "nsubj") != null) {
                    f.add("csubj=" + relation);
                }
            } else if (relation.equals("obj")) {
                object = true;
                f.add("obj=" + kind(dependent));
            } else if (relation.equals("aux")) {
                if ("MD".equals(dependent.tag())) {
                    f.add("modal");
                    f.add("lmodal=" + lemma);
                } else if (dependent.word().equalsIgnoreCase("to")) {
                    f.add("to");
                }
            } else if (relation.equals("advmod") && (dependentLemma.equals("not") || dependentLemma.equals("never"))) {
                f.add("neg");
            } else if (relation.startsWith("obl")) {
                IndexedWord preposition = child(graph, dependent, "case");
                if (preposition != null) {
                    f.add("prep=" + preposition.word().toLowerCase(Locale.ROOT));
                    f.add("lprep=" + lemma + "|" + preposition.word().toLowerCase(Locale.ROOT));
                }
            } else if (relation.equals("det")) {
                f.add("det=" + dependentLemma);
            } else if (relation.equals("compound")) {
                f.add("comp=" + kind(dependent));
            }
        }
        f.add("shape=" + (subject ? "S" : "-") + (clause ? "C" : "-") + (object ? "O" : "-") + pos);
        f.add("lshape=" + lemma + "|" + (subject ? "S" : "-") + (clause ? "C" : "-") + (object ? "O" : "-"));
        // quote marks around it
        int inQuote = -1;
        boolean quoteBefore = false;
        boolean quoteAfter = false;
        for (int q = 0; q < quotes.size(); q++) {
            Span quote = quotes.get(q);
            if (quote.begin() <= word.beginPosition() && word.beginPosition() < quote.end()) {
                inQuote = q;
            }
            if (quote.end() <= word.beginPosition() && word.beginPosition() - quote.end() < 40) {
                quoteBefore = true;
            }
            if (quote.begin() >= word.endPosition() && quote.begin() - word.endPosition() < 40) {
                quoteAfter = true;
            }
        }
        f.add("q=" + (inQuote >= 0 ? "in" : "out") + (quoteBefore ? "B" : "") + (quoteAfter ? "A" : ""));
        f.add("lq=" + lemma + "|" + (inQuote >= 0 ? "in" : "out") + (quoteBefore ? "B" : "")
                + (quoteAfter ? "A" : ""));
        int next = word.endPosition();
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next < text.length()) {
            char c = text.charAt(next);
            if (c == ':' || c == ',' || c == '“' || c == '"') {
                f.add("next=" + c);
            }
        }
        int previous = word.beginPosition() - 1;
        while (previous >= 0 && text.charAt(previous) == ' ') {
            previous--;
        }
        if (previous >= 0) {
            char c = text.charAt(previous);
            if (c == ',' || c == '”' || c == '"') {
                f.add("prev=" + c);
            }
        }
        IndexedWord before = graph.getNodeByIndexSafe(word.index() - 1);
        if (before != null) {
            f.add("pw=" + before.word().toLowerCase(Locale.ROOT));
        }
        IndexedWord after = graph.getNodeByIndexSafe(word.index() + 1);
        if (after != null) {
            f.add("nw=" + after.word().toLowerCase(Locale.ROOT));
            f.add("lnw=" + lemma + "|" + after.word().toLowerCase(Locale.ROOT));
        }
        f.add("pos=" + (word.index() <= 3 ? "start" : word.index() >= size - 2 ? "end" : "mid"));
        return f;
    }

    /** The kind of a subject or possessor: its named-entity type, "pronoun", "noun" or "other". */
    private static String kind(IndexedWord word) {
        String ner = word.ner();
        if (ner != null && !ner.equals("O")) {
            return ner;
        }
        String tag = word.tag() == null ? "" : word.tag();
        if (tag.startsWith("PRP") || tag.equals("WP")) {
            return "pronoun";
        }
        if (tag.startsWith("NNP")) {
            return "proper";
        }
        if (tag.startsWith("NN")) {
            return "noun";
        }
        return "other";
    }

    private static IndexedWord child(SemanticGraph graph, IndexedWord head, String relation) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
            if (edge.getRelation().toString().equals(relation)) {
                return edge.getDependent();
            }
        }
        return null;
    }

    static String lemma(IndexedWord word) {
        String lemma = word.lemma();
        return (lemma == null ? word.word() : lemma).toLowerCase(Locale.ROOT);
    }
}

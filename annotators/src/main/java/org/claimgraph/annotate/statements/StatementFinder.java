package org.claimgraph.annotate.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.Statement.Kind;

/** The rules over one parsed text; one instance per text. See the package documentation for what they do. */
final class StatementFinder {

    /** A statement being built: mutable until the ids are given. */
    private static final class Draft {
        Kind kind;
        Span speaker;
        Span cue;
        Span content;
        int sentence;
        IndexedWord verb;
        SemanticGraph graph;
        double confidence;
        String channel;
        final List<Statement.Via> via = new ArrayList<>();
        String speakerName;
        Statement.SpeakerType speakerType;
        /** The head of the content's parse tree and how the rules found it, for the content model; or null. */
        IndexedWord contentHead;
        String origin;
        String cueLemma;
    }

    /** A content span, the head of its parse tree and how it was found ("ccomp", "xcomp", "noun", ...). */
    private record Found(Span span, IndexedWord head, String origin) {}

    private final String text;
    private final CoreDocument document;
    private final List<Span> quotes;
    private final boolean[] quoteUsed;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<Span> contents = new HashSet<>();
    private final CueModel model;
    /** Chooses content boundaries; null keeps the rules' spans. */
    private final CueModel contentModel;
    /** The content candidates of each statement the content model could reshape, in the order of the drafts. */
    private final List<List<ContentCandidates.Candidate>> contentChoices = new ArrayList<>();
    /** The model's probability for each cue candidate, by sentence and word index. */
    private final Map<Long, Double> cueScores = new HashMap<>();

    StatementFinder(String text, CoreDocument document, CueModel model, CueModel contentModel) {
        this.text = text;
        this.document = document;
        this.model = model;
        this.contentModel = contentModel;
        this.quotes = QuoteFinder.find(text);
        this.quoteUsed = new boolean[quotes.size()];
    }

    // Thresholds on the cue model's probability, chosen on PolNeAR dev.

    /** A word the rules' lists do not know is a cue when the model gives it at least this probability. */
    static final double ACCEPT = 0.5;
    /** A listed reporting verb is dropped when the model gives it less than this. */
    static final double REJECT = 0.2;
    /** A verb reports its object or infinitive (not only its clause) at this probability. */
    static final double OBJECT = 0.35;
    /** Speech reported inside a quotation needs this probability (the quote itself is already a statement). */
    static final double NESTED = 0.6;
    /** A noun or adjective heads a cue at this probability. */
    static final double NOUN_ACCEPT = 0.5;

    private double score(int sentence, IndexedWord word) {
        Double p = cueScores.get(key(sentence, word));
        return p == null ? 0 : p;
    }

    private static long key(int sentence, IndexedWord word) {
        return (long) sentence << 20 | word.index();
    }

    List<Statement> find() {
        List<CoreSentence> sentences = document.sentences();
        for (CueCandidates.Candidate candidate : CueCandidates.find(text, document, quotes)) {
            cueScores.put(key(candidate.sentence(), candidate.word()), model.probability(candidate.features()));
        }
        for (int s = 0; s < sentences.size(); s++) {
            SemanticGraph graph = basic(sentences.get(s));
            if (graph == null) {
                continue;
            }
            for (IndexedWord word : graph.vertexListSorted()) {
                if (word.tag() != null && word.tag().startsWith("VB")) {
                    reportingVerb(s, graph, word);
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            SemanticGraph graph = basic(sentences.get(s));
            if (graph == null) {
                continue;
            }
            for (IndexedWord word : graph.vertexListSorted()) {
                String tag = word.tag() == null ? "" : word.tag();
                if (tag.startsWith("NN") && !tag.startsWith("NNP") || tag.startsWith("JJ")) {
                    nounCue(s, graph, word);
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            SemanticGraph graph = basic(sentences.get(s));
            if (graph != null) {
                accordingTo(s, graph);
            }
        }
        colonQuotes();
        leftoverQuotes();
        speakerLines();
        chooseContents();
        return build();
    }

    /** After {@link #find}: the content candidates of each reported statement (for training the content model). */
    List<List<ContentCandidates.Candidate>> contentChoices() {
        return contentChoices;
    }

    /**
     * Reported speech: the content model picks its boundaries among the candidates {@link ContentCandidates} lists
     * (the rules' span first, which wins ties).
     */
    private void chooseContents() {
        for (Draft draft : drafts) {
            if (draft.kind == Kind.DIRECT || draft.contentHead == null || draft.graph == null) {
                continue;
            }
            List<ContentCandidates.Candidate> candidates = ContentCandidates.of(text, draft.graph,
                    draft.contentHead, draft.content, draft.origin, draft.cueLemma == null ? "" : draft.cueLemma);
            contentChoices.add(candidates);
            if (contentModel == null) {
                continue;
            }
            ContentCandidates.Candidate best = candidates.get(0);
            double bestScore = contentModel.score(best.features());
            for (ContentCandidates.Candidate candidate : candidates) {
                double score = contentModel.score(candidate.features());
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (!best.span().equals(draft.content)) {
                draft.content = best.span();
                if (draft.kind == Kind.MIXED && !overlapsQuote(draft.content)) {
                    draft.kind = Kind.INDIRECT;
                }
            }
        }
    }

    private static SemanticGraph basic(CoreSentence sentence) {
        return sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    // ---------------------------------------------------------------- reporting verbs

    private void reportingVerb(int sentence, SemanticGraph graph, IndexedWord verb) {
        String lemma = phrasalLemma(graph, verb);
        if (lemma.equals("make") && madeClear(sentence, graph, verb)) {
            return;
        }
        double p = score(sentence, verb);
        boolean listed = Lexicon.CLAUSE_VERBS.contains(lemma) || Lexicon.objectVerb(lemma)
                || Lexicon.QUOTE_VERBS.contains(lemma);
        boolean learned = !listed && p >= ACCEPT;
        int inside = quoteAt(verb.beginPosition());
        // inside a quotation a listed verb needs a "that" clause, or else the model's confidence
        boolean nestedOk = p >= NESTED || listed && thatClause(graph, verb) && thirdPerson(graph, verb);
        if (inside >= 0 ? !nestedOk : listed ? p < REJECT : !learned) {
            return;
        }
        if (listed && hypothetical(graph, verb)) {
            return;
        }
        boolean clauseVerb = learned || Lexicon.CLAUSE_VERBS.contains(lemma) || Lexicon.objectVerb(lemma);
        if (inside < 0 && clauseVerb && child(graph, verb, "nsubj") == null && reportsBack(sentence, graph, verb)) {
            return;
        }
        Found found = clauseVerb ? complement(sentence, graph, verb, lemma, p >= OBJECT, learned) : null;
        Span content = found == null ? null : found.span();
        if (inside >= 0) {
            // speech reported inside a quotation: its clause, within the quote
            if (content == null || !quotes.get(inside).contains(content) || contents.contains(content)) {
                return;
            }
        }
        Kind kind = Kind.INDIRECT;
        int quote = -1;
        if (content != null && inside < 0) {
            quote = quoteCovering(content);
            if (quote >= 0) {
                kind = Kind.DIRECT;
            } else if (overlapsQuote(content)) {
                kind = Kind.MIXED;
            }
        }
        if (content == null && inside < 0) {
            quote = adjacentQuote(sentence, verb);
            if (quote >= 0) {
                kind = Kind.DIRECT;
            } else if (clauseVerb) {
                found = parataxisContent(graph, verb);
                if (found == null) {
                    found = frontedContent(graph, verb);
                }
                content = found == null ? null : found.span();
                if (content != null && overlapsQuote(content)) {
                    kind = Kind.MIXED;
                }
            }
        }
        if (kind == Kind.DIRECT) {
            if (quoteUsed[quote]) {
                return;
            }
            quoteUsed[quote] = true;
            content = quotes.get(quote);
        }
        if (content == null || content.length() == 0 || contents.contains(content)) {
            return;
        }
        if (content.contains(new Span(verb.beginPosition(), verb.endPosition()))) {
            return;
        }
        Draft draft = new Draft();
        draft.kind = kind;
        draft.content = content;
        draft.sentence = sentence;
        draft.verb = verb;
        draft.graph = graph;
        draft.cue = kind == Kind.DIRECT ? cue(graph, verb) : cueWithPreposition(graph, verb, content);
        if (found != null && kind != Kind.DIRECT) {
            draft.contentHead = found.head();
            draft.origin = found.origin();
            draft.cueLemma = lemma;
        }
        IndexedWord subject = subject(graph, verb);
        draft.speaker = subject == null ? null : speakerSpan(graph, subject, content);
        draft.confidence = kind == Kind.DIRECT ? 0.85 : Lexicon.objectVerb(lemma) ? 0.6 : 0.75;
        if (draft.speaker == null) {
            draft.confidence -= 0.2;
        }
        draft.channel = channel(graph, verb);
        add(draft);
    }

    /** Adjectives that "make it ... that" turns into a report: "made it clear that", "has made it known that". */
    private static final Set<String> MADE_CLEAR = Set.of("clear", "plain", "known", "evident", "obvious", "explicit");

    /**
     * "X made it clear that ...", "making it plain that ...": the clause is what X said; the cue runs from the verb
     * to the adjective. True when the verb was such a report (and its statement added, unless already found).
     */
    private boolean madeClear(int sentence, SemanticGraph graph, IndexedWord verb) {
        IndexedWord adjective = child(graph, verb, "xcomp");
        if (adjective == null || !MADE_CLEAR.contains(lemma(adjective)) || quoteAt(verb.beginPosition()) >= 0) {
            return false;
        }
        IndexedWord clause = child(graph, adjective, "ccomp");
        if (clause == null) {
            clause = child(graph, verb, "ccomp");
        }
        if (clause == null || clause.index() < adjective.index()) {
            return false;
        }
        Span content = trim(subtree(graph, clause, Set.of()));
        if (content.length() == 0 || contents.contains(content)) {
            return true;
        }
        Draft draft = new Draft();
        int quote = quoteCovering(content);
        draft.kind = quote >= 0 ? Kind.DIRECT : overlapsQuote(content) ? Kind.MIXED : Kind.INDIRECT;
        draft.content = content;
        draft.sentence = sentence;
        draft.verb = verb;
        draft.graph = graph;
        Span cue = cue(graph, verb);
        draft.cue = new Span(cue.begin(), Math.max(cue.end(), adjective.endPosition()));
        if (draft.kind != Kind.DIRECT) {
            draft.contentHead = clause;
            draft.origin = "ccomp";
            draft.cueLemma = lemma(adjective);
        }
        IndexedWord subject = subject(graph, verb);
        draft.speaker = subject == null ? null : speakerSpan(graph, subject, content);
        draft.confidence = draft.speaker == null ? 0.55 : 0.75;
        draft.channel = channel(graph, verb);
        add(draft);
        return true;
    }

    /**
     * A reporting verb closing its sentence after a comma, its source after it ("..., reported Bloomberg News on May
     * 28.") or a name right before it that the parser attached elsewhere ("..., the Agency reported."): the words
     * before the comma are what the source reported, and the source becomes the via of statements found in them
     * ("X vowed Y, the Agency reported": X said it, via the Agency). True when the statement was added.
     */
    private boolean reportsBack(int sentence, SemanticGraph graph, IndexedWord verb) {
        SemanticGraphEdge incoming = incoming(graph, verb);
        if (incoming == null || incoming.getGovernor().index() > verb.index()) {
            return false;
        }
        String relation = incoming.getRelation().toString();
        if (!relation.equals("dep") && !relation.equals("parataxis") && !relation.equals("ccomp")) {
            return false;
        }
        CoreSentence current = document.sentences().get(sentence);
        Span rest = subtree(graph, verb, Set.of());
        for (int i = rest.end(); i < current.charOffsets().second; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false; // not at the end of the sentence
            }
        }
        Span source;
        int comma;
        IndexedWord object = child(graph, verb, "obj");
        if (object != null && object.index() > verb.index() && name(object)) {
            source = trim(subtree(graph, object, Set.of()));
            IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
            if (before == null || !before.word().equals(",")) {
                return false;
            }
            comma = before.beginPosition();
        } else if (object == null && rest.begin() == verb.beginPosition()) {
            int first = verb.index() - 1;
            while (first > 1 && nameToken(graph.getNodeByIndexSafe(first))) {
                first--;
            }
            IndexedWord before = graph.getNodeByIndexSafe(first);
            if (first == verb.index() - 1 || before == null || !before.word().equals(",")
                    || !name(graph.getNodeByIndexSafe(verb.index() - 1))) {
                return false;
            }
            source = new Span(graph.getNodeByIndexSafe(first + 1).beginPosition(),
                    graph.getNodeByIndexSafe(verb.index() - 1).endPosition());
            comma = before.beginPosition();
        } else {
            return false;
        }
        Span content = trim(new Span(current.charOffsets().first, comma));
        if (content.length() == 0 || contents.contains(content) || words(content.begin(), content.end()) < 3) {
            return false;
        }
        Draft draft = new Draft();
        int quote = quoteCovering(content);
        draft.kind = quote >= 0 ? Kind.DIRECT : overlapsQuote(content) ? Kind.MIXED : Kind.INDIRECT;
        if (quote >= 0) {
            quoteUsed[quote] = true;
            content = quotes.get(quote);
        }
        draft.content = content;
        draft.sentence = sentence;
        draft.verb = verb;
        draft.graph = graph;
        draft.cue = cue(graph, verb);
        draft.speaker = source;
        draft.confidence = 0.7;
        draft.channel = channel(graph, verb);
        for (Draft other : drafts) {
            if (other.sentence == sentence && other.cue != null && other.cue.end() <= comma
                    && other.speaker != null && !other.speaker.overlaps(source)) {
                other.via.add(new Statement.Via(source.coveredText(text), source));
                if (other.content.end() > comma && other.content.begin() < comma) {
                    other.content = trim(new Span(other.content.begin(), comma));
                }
            }
        }
        add(draft);
        return true;
    }

    /** A proper noun or a named entity. */
    private static boolean name(IndexedWord word) {
        return word != null && (word.tag() != null && word.tag().startsWith("NNP")
                || word.ner() != null && !word.ner().equals("O") && !word.ner().equals("DATE"));
    }

    /** A word of a name: a proper noun or the punctuation inside one ("RFE/RL", "Johnson & Johnson"). */
    private static boolean nameToken(IndexedWord word) {
        return word != null && (name(word) || word.word().equals("/") || word.word().equals("&")
                || "HYPH".equals(word.tag()));
    }

    /** The verb has a subject that is not the speaker or the listener ("I", "we", "you"). */
    private static boolean thirdPerson(SemanticGraph graph, IndexedWord verb) {
        IndexedWord subject = child(graph, verb, "nsubj");
        if (subject == null) {
            return false;
        }
        String word = subject.word().toLowerCase(Locale.ROOT);
        return !word.equals("i") && !word.equals("we") && !word.equals("you");
    }

    private static boolean thatClause(SemanticGraph graph, IndexedWord verb) {
        IndexedWord clause = child(graph, verb, "ccomp");
        IndexedWord mark = clause == null ? null : child(graph, clause, "mark");
        return mark != null && mark.word().equalsIgnoreCase("that");
    }

    /** A base form under a modal or "to" ("will say", "to confirm"): not something said. */
    private static boolean hypothetical(SemanticGraph graph, IndexedWord verb) {
        if (!"VB".equals(verb.tag())) {
            return false;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            if ((relation.equals("aux") || relation.equals("mark"))
                    && ("MD".equals(dependent.tag()) || dependent.word().equalsIgnoreCase("to"))) {
                return true;
            }
        }
        return false;
    }

    /** The clause, infinitive or object a reporting verb reports, or null. */
    private Found complement(int sentence, SemanticGraph graph, IndexedWord verb, String lemma, boolean likely,
            boolean learned) {
        IndexedWord clause = child(graph, verb, "ccomp");
        if (clause != null) {
            return new Found(trim(subtree(graph, clause, Set.of())), clause, "ccomp");
        }
        IndexedWord object = child(graph, verb, "obj");
        IndexedWord misparsed = clauseAfterObject(graph, verb, object);
        if (misparsed != null) { // "vowed Washington would take ...", parsed as an object and a loose verb
            return new Found(trim(new Span(subtree(graph, object, Set.of()).begin(),
                    subtree(graph, misparsed, Set.of()).end())), misparsed, "ccomp");
        }
        IndexedWord infinitive = child(graph, verb, "xcomp");
        if (infinitive == null && object == null && Lexicon.objectVerb(lemma)) {
            IndexedWord loose = child(graph, verb, "dep"); // "ruled out sending ...", the gerund left loose
            infinitive = loose != null && "VBG".equals(loose.tag()) && loose.index() > verb.index() ? loose : null;
        }
        boolean sayVerb = Lexicon.CLAUSE_VERBS.contains(lemma);
        // a gerund after a verb whose object is content is its content too ("proposed sending", "ruled out talks")
        boolean gerund = infinitive != null && "VBG".equals(infinitive.tag()) && Lexicon.objectVerb(lemma);
        if (infinitive != null && (likely || gerund || Lexicon.INFINITIVE_VERBS.contains(lemma)
                || sayVerb && object != null)) {
            Span span = subtree(graph, infinitive, Set.of());
            String origin = "xcomp";
            if (object != null && object.index() < infinitive.index()) {
                span = new Span(subtree(graph, object, Set.of()).begin(), span.end());
                origin = "obj+xcomp";
            }
            return new Found(trim(span), infinitive, origin);
        }
        if (object != null && (learned || Lexicon.objectVerb(lemma) || likely && !bareNoun(graph, object))) {
            return new Found(trim(subtree(graph, object, Set.of())), object, "obj");
        }
        IndexedWord preposition = prepositionObject(graph, verb);
        if (preposition != null) { // "called for a ban", "spoke about the war"
            IndexedWord topic = graph.getParent(preposition);
            return new Found(trim(subtree(graph, topic, Set.of(preposition))), topic, "obl");
        }
        return null;
    }

    /**
     * A verb left loose right after the object, with a modal ("vowed Washington would take steps" parsed as object
     * "Washington" and a dependent "take") or finite with only adverbs and quote marks between ('said it "fully"
     * supported the review' parsed as object "it" and a dependent "supported"): the object is the subject of that
     * clause. Null when there is none.
     */
    private static IndexedWord clauseAfterObject(SemanticGraph graph, IndexedWord verb, IndexedWord object) {
        if (object == null || object.index() < verb.index()) {
            return null;
        }
        int objectEnd = object.index();
        for (IndexedWord word : graph.descendants(object)) {
            objectEnd = Math.max(objectEnd, word.index());
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            IndexedWord dependent = edge.getDependent();
            IndexedWord modal = child(graph, dependent, "aux");
            if (!edge.getRelation().toString().equals("dep") || dependent.tag() == null
                    || !dependent.tag().startsWith("VB") || child(graph, dependent, "nsubj") != null) {
                continue;
            }
            if (modal != null && "MD".equals(modal.tag()) && modal.index() == objectEnd + 1) {
                return dependent;
            }
            boolean finite = Set.of("VBD", "VBZ", "VBP").contains(dependent.tag());
            if (finite && dependent.index() > objectEnd && onlyAdverbsAndQuotes(graph, objectEnd + 1, dependent.index())) {
                return dependent;
            }
        }
        return null;
    }

    /** Whether the words at indices [from, to) are only adverbs and punctuation (quote marks among them). */
    private static boolean onlyAdverbsAndQuotes(SemanticGraph graph, int from, int to) {
        for (int i = from; i < to; i++) {
            IndexedWord word = graph.getNodeByIndexSafe(i);
            String tag = word == null ? null : word.tag();
            if (tag == null || !(tag.startsWith("RB") || tag.equals("``") || tag.equals("''") || tag.equals(","))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A clause without a coordinated or adverbial clause at its end that is a report of its own ("X was wrong and
     * urged Y to ...", "..., though she admitted that ..."): that one is a separate statement.
     */
    private Span withoutNested(int sentence, SemanticGraph graph, IndexedWord head, Span content) {
        int end = content.end();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            if ((relation.equals("conj") || relation.equals("advcl") || relation.equals("parataxis"))
                    && dependent.index() > head.index() && dependent.tag() != null && dependent.tag().startsWith("VB")
                    && score(sentence, dependent) >= ACCEPT) {
                end = Math.min(end, subtree(graph, dependent, Set.of()).begin());
            }
        }
        if (end == content.end()) {
            return content;
        }
        Span trimmed = trim(new Span(content.begin(), Math.max(content.begin(), end)));
        return trimmed.length() == 0 ? content : trimmed;
    }

    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "for", "on", "against", "over");

    /** The preposition right after the verb (or its particle) that opens what it is about, or null. */
    private static IndexedWord prepositionObject(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (!edge.getRelation().toString().startsWith("obl")) {
                continue;
            }
            IndexedWord preposition = child(graph, edge.getDependent(), "case");
            if (preposition != null && TOPIC_PREPOSITIONS.contains(preposition.word().toLowerCase(Locale.ROOT))
                    && preposition.index() <= verb.index() + 2 && preposition.index() > verb.index()) {
                IndexedWord between = graph.getNodeByIndexSafe(verb.index() + 1);
                if (preposition.index() == verb.index() + 1 || between != null && "RP".equals(between.tag())) {
                    return preposition;
                }
            }
        }
        return null;
    }

    /**
     * A common noun with no determiner or possessor: an act rather than something said ("declared martial law",
     * "declared bankruptcy").
     */
    private static boolean bareNoun(SemanticGraph graph, IndexedWord object) {
        String tag = object.tag() == null ? "" : object.tag();
        return (tag.equals("NN") || tag.equals("NNS")) && child(graph, object, "det") == null
                && child(graph, object, "nmod:poss") == null && child(graph, object, "nummod") == null;
    }

    /** "X, he said": the reporting verb hangs off the reported clause as parataxis. */
    private Found parataxisContent(SemanticGraph graph, IndexedWord verb) {
        SemanticGraphEdge incoming = incoming(graph, verb);
        if (incoming == null) {
            return null;
        }
        String relation = incoming.getRelation().toString();
        IndexedWord head = incoming.getGovernor();
        boolean after = verb.index() > head.index();
        if (!relation.equals("parataxis") && !(relation.equals("ccomp") && after && commaBefore(graph, verb))) {
            return null;
        }
        Span whole = subtree(graph, head, Set.of(verb));
        Span said = subtree(graph, verb, Set.of());
        if (said.begin() > head.beginPosition()) {
            return new Found(trim(new Span(whole.begin(), Math.min(whole.end(), said.begin()))), head, "parataxis");
        }
        return new Found(trim(new Span(Math.max(whole.begin(), said.end()), whole.end())), head, "parataxis");
    }

    /**
     * "X did Y, sources said.": the reported clause before the verb, parsed as its dependent (an adverbial clause or
     * a loose one) and closed by a comma before the subject. Not a clause opened by a marker ("If X, he said ...").
     */
    private Found frontedContent(SemanticGraph graph, IndexedWord verb) {
        IndexedWord subject = child(graph, verb, "nsubj");
        if (subject == null || subject.index() > verb.index()) {
            return null;
        }
        int p = subtree(graph, subject, Set.of()).begin() - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        if (p < 0 || text.charAt(p) != ',') {
            return null;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().toString();
            IndexedWord clause = edge.getDependent();
            if ((relation.equals("advcl") || relation.equals("ccomp") || relation.equals("parataxis")
                    || relation.equals("dep")) && clause.index() < verb.index() && clause.tag() != null
                    && clause.tag().startsWith("VB") && child(graph, clause, "mark") == null
                    && child(graph, clause, "nsubj") != null && clause.index() < subject.index()) {
                return new Found(trim(subtree(graph, clause, Set.of())), clause, "fronted");
            }
        }
        return null;
    }

    /** "..., the source added": a comma right before the verb's subject or the verb. */
    private boolean commaBefore(SemanticGraph graph, IndexedWord verb) {
        Span said = subtree(graph, verb, Set.of());
        if (text.charAt(said.begin()) == ',') {
            return true;
        }
        int p = said.begin() - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p >= 0 && (text.charAt(p) == ',' || text.charAt(p) == '”' || text.charAt(p) == '"');
    }

    /** A quote next to the verb in its sentence: before it ("X," she said) or after it (He said: "X"). */
    private int adjacentQuote(int sentence, IndexedWord verb) {
        CoreSentence current = document.sentences().get(sentence);
        int sentenceBegin = current.charOffsets().first;
        int sentenceEnd = current.charOffsets().second;
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int q = 0; q < quotes.size(); q++) {
            Span quote = quotes.get(q);
            if (quoteUsed[q]) {
                continue;
            }
            int distance;
            if (quote.end() <= verb.beginPosition() && quote.end() > sentenceBegin - 1) {
                distance = words(quote.end(), verb.beginPosition());
            } else if (quote.begin() >= verb.endPosition() && quote.begin() < sentenceEnd) {
                distance = words(verb.endPosition(), quote.begin());
            } else {
                continue;
            }
            if (distance <= 15 && distance < bestDistance) {
                best = q;
                bestDistance = distance;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- nouns and adjectives

    /**
     * A noun or adjective the model takes for a cue: "his claim that ...", "the report's finding that ...", "X is
     * confident that ...". The content is its clause (or an "of/about" phrase); the speaker its possessor, its
     * subject, or the subject of the verb it is the object of ("X made the claim that").
     */
    private void nounCue(int sentence, SemanticGraph graph, IndexedWord word) {
        if (score(sentence, word) < NOUN_ACCEPT || quoteAt(word.beginPosition()) >= 0) {
            return;
        }
        IndexedWord clause = child(graph, word, "ccomp");
        if (clause == null) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
                if (edge.getRelation().toString().equals("acl") && edge.getDependent().index() > word.index()
                        && child(graph, edge.getDependent(), "mark") != null) {
                    clause = edge.getDependent();
                    break;
                }
            }
        }
        Span content = null;
        IndexedWord contentHead = clause;
        if (clause != null) {
            content = trim(subtree(graph, clause, Set.of()));
        } else {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
                IndexedWord dependent = edge.getDependent();
                IndexedWord preposition = child(graph, dependent, "case");
                if (edge.getRelation().toString().startsWith("nmod") && preposition != null
                        && dependent.index() > word.index()
                        && TOPIC_PREPOSITIONS.contains(preposition.word().toLowerCase(Locale.ROOT))) {
                    content = trim(subtree(graph, dependent, Set.of(preposition)));
                    contentHead = dependent;
                    break;
                }
            }
        }
        if (content == null || content.length() == 0 || contents.contains(content)
                || content.contains(new Span(word.beginPosition(), word.endPosition()))) {
            return;
        }
        IndexedWord speaker = child(graph, word, "nmod:poss");
        if (speaker == null) {
            speaker = child(graph, word, "nsubj");
        }
        Span cue = new Span(word.beginPosition(), word.endPosition());
        if (speaker == null) {
            SemanticGraphEdge incoming = incoming(graph, word);
            if (incoming != null && incoming.getRelation().toString().equals("obj")
                    && Lexicon.LIGHT_VERBS.contains(lemma(incoming.getGovernor()))) {
                speaker = subject(graph, incoming.getGovernor());
            }
        }
        IndexedWord copula = child(graph, word, "cop");
        if (copula != null && copula.index() < word.index()) {
            cue = new Span(copula.beginPosition(), word.endPosition());
        }
        Draft draft = new Draft();
        int quote = quoteCovering(content);
        draft.kind = quote >= 0 ? Kind.DIRECT : overlapsQuote(content) ? Kind.MIXED : Kind.INDIRECT;
        draft.content = content;
        draft.sentence = sentence;
        draft.graph = graph;
        draft.cue = cue;
        if (draft.kind != Kind.DIRECT) {
            draft.contentHead = contentHead;
            draft.origin = clause != null ? "noun-clause" : "noun-of";
            draft.cueLemma = lemma(word);
        }
        if (speaker != null && incoming(graph, speaker).getRelation().toString().equals("nmod:poss")) {
            // "the mayor's claim": the possessive marker is part of the source's words
            Span whole = trim(subtree(graph, speaker, Set.of()));
            draft.speaker = whole.overlaps(content) ? null : whole;
        } else {
            draft.speaker = speaker == null ? null : speakerSpan(graph, speaker, content);
        }
        draft.confidence = 0.55;
        add(draft);
    }

    // ---------------------------------------------------------------- according to

    private void accordingTo(int sentence, SemanticGraph graph) {
        for (IndexedWord word : graph.vertexListSorted()) {
            if (!word.word().equalsIgnoreCase("according")) {
                continue;
            }
            IndexedWord to = child(graph, word, "fixed");
            IndexedWord source = graph.getParent(word);
            if (to == null || source == null || quoteAt(word.beginPosition()) >= 0) {
                continue;
            }
            IndexedWord head = graph.getParent(source);
            Span sourceSpan = trim(subtree(graph, source, Set.of(word)));
            Span content;
            if (head == null) {
                continue;
            }
            Span clause = subtree(graph, head, Set.of(source));
            Span sourceWhole = subtree(graph, source, Set.of());
            if (sourceWhole.begin() <= clause.begin() || sourceWhole.end() <= head.beginPosition()) {
                content = trim(new Span(Math.max(clause.begin(), sourceWhole.end()), clause.end()));
            } else {
                content = trim(new Span(clause.begin(), Math.min(clause.end(), sourceWhole.begin())));
            }
            if (content.length() == 0 || contents.contains(content)) {
                continue;
            }
            Draft draft = new Draft();
            int quote = quoteCovering(content);
            if (quote >= 0) {
                draft.kind = Kind.DIRECT;
                quoteUsed[quote] = true;
                content = quotes.get(quote);
            } else {
                draft.kind = overlapsQuote(content) ? Kind.MIXED : Kind.INDIRECT;
            }
            draft.content = content;
            draft.sentence = sentence;
            draft.graph = graph;
            draft.cue = new Span(word.beginPosition(), to.endPosition());
            if (draft.kind != Kind.DIRECT) {
                draft.contentHead = head;
                draft.origin = "according";
                draft.cueLemma = "according";
            }
            draft.speaker = sourceSpan;
            draft.confidence = 0.8;
            add(draft);
            // "X said ..., according to the Times": the Times passed X's words on
            for (Draft other : drafts) {
                if (other != draft && other.sentence == sentence && other.verb != null && other.verb.equals(head)) {
                    other.via.add(new Statement.Via(sourceSpan.coveredText(text), sourceSpan));
                }
            }
        }
    }

    // ---------------------------------------------------------------- quotes without a verb beside them

    /** A quote opening after "... he said:" (often in the next paragraph). */
    private void colonQuotes() {
        for (int q = 0; q < quotes.size(); q++) {
            if (quoteUsed[q]) {
                continue;
            }
            int p = quotes.get(q).begin() - 1;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            if (p < 0 || text.charAt(p) != ':') {
                continue;
            }
            int sentence = sentenceAt(p);
            if (sentence < 0) {
                continue;
            }
            SemanticGraph graph = basic(document.sentences().get(sentence));
            IndexedWord verb = null;
            for (IndexedWord word : graph.vertexListSorted()) {
                String lemma = lemma(word);
                if (word.endPosition() <= p && word.tag().startsWith("VB") && quoteAt(word.beginPosition()) < 0
                        && (Lexicon.CLAUSE_VERBS.contains(lemma) || Lexicon.QUOTE_VERBS.contains(lemma))) {
                    verb = word;
                }
            }
            if (verb == null) {
                continue;
            }
            quoteUsed[q] = true;
            Draft draft = new Draft();
            draft.kind = Kind.DIRECT;
            draft.content = quotes.get(q);
            draft.sentence = sentence;
            draft.verb = verb;
            draft.graph = graph;
            draft.cue = cue(graph, verb);
            IndexedWord subject = subject(graph, verb);
            draft.speaker = subject == null ? null : speakerSpan(graph, subject, draft.content);
            draft.confidence = 0.75;
            add(draft);
        }
    }

    /**
     * A quote still without a verb continues the statement before it ("X," said A. "Y.") when that one is a quote in
     * the same paragraph or ends the paragraph before; else a long one is kept with an unknown speaker, and a short
     * one (a scare quote) is dropped.
     */
    private void leftoverQuotes() {
        for (int q = 0; q < quotes.size(); q++) {
            if (quoteUsed[q]) {
                continue;
            }
            Span quote = quotes.get(q);
            Draft previous = null;
            for (Draft draft : drafts) {
                if (draft.kind == Kind.DIRECT && draft.content.end() <= quote.begin()
                        && (previous == null || draft.content.end() > previous.content.end())) {
                    previous = draft;
                }
            }
            Draft draft = new Draft();
            draft.kind = Kind.DIRECT;
            draft.content = quote;
            draft.sentence = sentenceAt(quote.begin());
            if (previous != null && continues(previous, quote)) {
                draft.speaker = previous.speaker;
                draft.cue = previous.cue;
                draft.graph = previous.graph;
                draft.verb = previous.verb;
                draft.speakerName = null;
                draft.confidence = 0.6;
            } else if (words(quote.begin(), quote.end()) >= 6) {
                draft.confidence = 0.3;
            } else {
                continue;
            }
            quoteUsed[q] = true;
            add(draft);
        }
    }

    private boolean continues(Draft previous, Span quote) {
        String between = text.substring(previous.content.end(), quote.begin());
        int breaks = (int) between.chars().filter(c -> c == '\n').count();
        if (breaks == 0) {
            return words(previous.content.end(), quote.begin()) <= 12;
        }
        // the next paragraph: nothing but white space between the two quotes
        return between.isBlank();
    }

    private static final java.util.regex.Pattern SPEAKER_LINE = java.util.regex.Pattern.compile(
            "[\"“]?(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}): +\\S");

    /** A headline or transcript line "Name: words": the name said the words. */
    private void speakerLines() {
        int lineBegin = 0;
        while (lineBegin < text.length()) {
            int lineEnd = text.indexOf('\n', lineBegin);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            java.util.regex.Matcher matcher = SPEAKER_LINE.matcher(text).region(lineBegin, lineEnd);
            if (matcher.lookingAt()) {
                Span name = new Span(matcher.start(1), matcher.end(1));
                Span content = trim(new Span(matcher.end(1) + 1, lineEnd));
                boolean taken = false;
                for (Draft other : drafts) {
                    taken |= other.content.overlaps(content) || other.content.contains(name);
                }
                if (!taken && content.length() > 0) {
                    Draft draft = new Draft();
                    int quote = quoteCovering(content);
                    draft.kind = quote >= 0 ? Kind.DIRECT : overlapsQuote(content) ? Kind.MIXED : Kind.INDIRECT;
                    draft.content = content;
                    draft.sentence = sentenceAt(content.begin());
                    draft.speaker = name;
                    draft.cue = new Span(name.end(), name.end() + 1);
                    draft.confidence = 0.5;
                    add(draft);
                }
            }
            lineBegin = lineEnd + 1;
        }
    }

    // ---------------------------------------------------------------- parts of a statement

    /** The cue: the verb with its auxiliaries, negation and adverbs before it and its particle. */
    private static Span cue(SemanticGraph graph, IndexedWord verb) {
        int begin = verb.beginPosition();
        int end = verb.endPosition();
        int firstAux = verb.index();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            if ((relation.equals("aux") || relation.equals("aux:pass")) && dependent.index() < verb.index()) {
                firstAux = Math.min(firstAux, dependent.index());
            }
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            boolean adverb = relation.equals("advmod") || relation.equals("neg");
            // an adverb right before the verb group belongs to the cue ("also said", "now says")
            boolean before = dependent.index() < verb.index()
                    && (dependent.index() >= firstAux || adverb && dependent.index() == firstAux - 1
                            && "RB".equals(dependent.tag()))
                    && (relation.equals("aux") || relation.equals("aux:pass") || adverb);
            boolean particle = relation.equals("compound:prt") && dependent.index() > verb.index();
            if (before || particle) {
                begin = Math.min(begin, dependent.beginPosition());
                end = Math.max(end, dependent.endPosition());
            }
        }
        return new Span(begin, end);
    }

    /**
     * The cue of reported speech with a bare day or time right after the verb ("said Friday that", "said Thursday
     * morning that"), which PolNeAR counts as part of the cue, when it stands between the verb and the content; else
     * {@code cue} itself.
     */
    private Span withDay(SemanticGraph graph, IndexedWord verb, Span cue, Span content) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            IndexedWord day = edge.getDependent();
            Span tree = subtree(graph, day, Set.of());
            boolean when = ("DATE".equals(day.ner()) || "TIME".equals(day.ner()))
                    && edge.getRelation().toString().startsWith("obl") && child(graph, day, "case") == null;
            if (when && day.index() > verb.index() && tree.begin() >= cue.end()
                    && text.substring(cue.end(), tree.begin()).isBlank() && tree.end() <= content.begin()) {
                return new Span(cue.begin(), tree.end());
            }
        }
        return cue;
    }

    private Span cueWithPreposition(SemanticGraph graph, IndexedWord verb, Span content) {
        Span cue = cue(graph, verb);
        Span withDay = withDay(graph, verb, cue, content);
        if (withDay != cue) {
            return withDay;
        }
        IndexedWord preposition = prepositionObject(graph, verb);
        if (preposition != null && preposition.endPosition() <= content.begin() + 1) {
            IndexedWord object = graph.getParent(preposition);
            if (object != null && content.begin() <= object.beginPosition()) {
                return new Span(cue.begin(), Math.max(cue.end(), preposition.endPosition()));
            }
        }
        return cue;
    }

    /** The verb's subject, or for a participle or coordinated verb ("..., saying", "and added") its head's. */
    private static IndexedWord subject(SemanticGraph graph, IndexedWord verb) {
        IndexedWord current = verb;
        for (int depth = 0; depth < 3 && current != null; depth++) {
            IndexedWord subject = nearestSubject(graph, current);
            if (subject != null) {
                return subject;
            }
            if (child(graph, current, "nsubj:pass") != null || child(graph, current, "aux:pass") != null) {
                // "X was told", "it was reported": the speaker is the agent, if any
                IndexedWord agent = child(graph, current, "obl:agent");
                return agent == null ? null : agent;
            }
            SemanticGraphEdge incoming = incoming(graph, current);
            if (incoming == null) {
                return null;
            }
            String relation = incoming.getRelation().toString();
            if (relation.equals("acl")) {
                return authorOf(graph, incoming.getGovernor());
            }
            if (!relation.equals("advcl") && !relation.equals("xcomp") && !relation.equals("conj")) {
                return null;
            }
            current = incoming.getGovernor();
        }
        return null;
    }

    /**
     * The verb's subject; of two ("\"My hope,\" he said, \"is ...\"", where the parser makes the quote's first
     * words a subject too) the one nearest the verb.
     */
    private static IndexedWord nearestSubject(SemanticGraph graph, IndexedWord verb) {
        IndexedWord nearest = null;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            IndexedWord dependent = edge.getDependent();
            if (edge.getRelation().toString().equals("nsubj") && (nearest == null
                    || Math.abs(dependent.index() - verb.index()) < Math.abs(nearest.index() - verb.index()))) {
                nearest = dependent;
            }
        }
        return nearest;
    }

    /**
     * Who made a statement named by a noun that a participle hangs off ("Macron's remarks, suggesting ...",
     * "remarks by X, suggesting ...", "X sent a letter urging ..."): its possessor, its "by" phrase, or the subject
     * of the verb it is the object of; null for other nouns. A participle the parser hung off the addressee ("sent
     * a letter to the minister urging him") is the letter's too.
     */
    private static IndexedWord authorOf(SemanticGraph graph, IndexedWord noun) {
        String tag = noun.tag() == null ? "" : noun.tag();
        if (!tag.startsWith("NN")) {
            return null;
        }
        if (tag.startsWith("NNP") || !CueCandidates.NOUN_CUES.contains(lemma(noun))) {
            SemanticGraphEdge incoming = incoming(graph, noun);
            IndexedWord object = incoming == null || !incoming.getRelation().toString().equals("obl") ? null
                    : child(graph, incoming.getGovernor(), "obj");
            boolean letter = object != null && object.index() < noun.index() && object.tag() != null
                    && object.tag().startsWith("NN") && CueCandidates.NOUN_CUES.contains(lemma(object));
            return letter ? child(graph, incoming.getGovernor(), "nsubj") : null;
        }
        IndexedWord possessor = child(graph, noun, "nmod:poss");
        if (possessor != null) {
            return possessor;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
            IndexedWord preposition = child(graph, edge.getDependent(), "case");
            if (edge.getRelation().toString().startsWith("nmod") && preposition != null
                    && preposition.word().equalsIgnoreCase("by")) {
                return edge.getDependent();
            }
        }
        SemanticGraphEdge incoming = incoming(graph, noun);
        if (incoming != null && incoming.getRelation().toString().equals("obj")) {
            return child(graph, incoming.getGovernor(), "nsubj");
        }
        return null;
    }

    /** The subject's words: its whole phrase (appositions, relative clauses) but no participle clause after it. */
    private Span speakerSpan(SemanticGraph graph, IndexedWord subject, Span content) {
        Set<IndexedWord> excluded = new HashSet<>();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(subject)) {
            String relation = edge.getRelation().toString();
            if (relation.equals("acl") || relation.equals("parataxis") || relation.equals("dep")
                    || relation.equals("case")) {
                excluded.add(edge.getDependent());
            }
        }
        Span span = trim(subtree(graph, subject, excluded));
        if (span.overlaps(content)) {
            span = new Span(subject.beginPosition(), subject.endPosition());
        }
        return span;
    }

    private static String channel(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            if (relation.startsWith("obl") && Lexicon.CHANNELS.contains(lemma(dependent))) {
                IndexedWord preposition = child(graph, dependent, "case");
                if (preposition != null) {
                    String word = preposition.word().toLowerCase(Locale.ROOT);
                    if (word.equals("on") || word.equals("in") || word.equals("at") || word.equals("via")
                            || word.equals("during")) {
                        return dependent.word();
                    }
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- building the statements

    private void add(Draft draft) {
        drafts.add(draft);
        contents.add(draft.content);
    }

    private List<Statement> build() {
        drafts.sort(Comparator.comparing((Draft d) -> d.content).thenComparing(d -> d.cue == null ? d.content : d.cue));
        List<Statement> statements = new ArrayList<>();
        SpeakerNames names = new SpeakerNames(text, document);
        for (Draft draft : drafts) {
            Statement.Speaker speaker = names.speaker(draft.speaker);
            List<String> hedges = hedges(draft);
            double confidence = Math.max(0, Math.min(1, draft.confidence - (hedges.isEmpty() ? 0 : 0.05)));
            statements.add(new Statement("s" + (statements.size() + 1), draft.kind, speaker, draft.cue,
                    draft.content, draft.via, draft.channel, null, hedges, confidence));
        }
        return statements;
    }

    /** Hedging words in the statement's sentence, and a cue that hedges itself ("claimed"). */
    private List<String> hedges(Draft draft) {
        List<String> hedges = new ArrayList<>();
        if (draft.verb != null && Lexicon.HEDGING_CUES.contains(lemma(draft.verb))) {
            hedges.add(draft.verb.word().toLowerCase(Locale.ROOT));
        }
        if (draft.sentence >= 0 && draft.sentence < document.sentences().size()) {
            CoreSentence sentence = document.sentences().get(draft.sentence);
            String lower = sentence.text().toLowerCase(Locale.ROOT);
            for (String hedge : Lexicon.HEDGES) {
                int at = lower.indexOf(hedge);
                boolean wordStart = at == 0 || (at > 0 && !Character.isLetter(lower.charAt(at - 1)));
                int after = at + hedge.length();
                boolean wordEnd = after >= lower.length() || !Character.isLetter(lower.charAt(after));
                if (at >= 0 && wordStart && wordEnd && !hedges.contains(hedge)) {
                    hedges.add(hedge);
                }
            }
        }
        return hedges;
    }

    // ---------------------------------------------------------------- helpers

    private int quoteAt(int offset) {
        for (int q = 0; q < quotes.size(); q++) {
            Span quote = quotes.get(q);
            if (quote.begin() <= offset && offset < quote.end()) {
                return q;
            }
        }
        return -1;
    }

    /** A quote that is the content: it holds the content, or the content is little more than it. */
    private int quoteCovering(Span content) {
        for (int q = 0; q < quotes.size(); q++) {
            Span quote = quotes.get(q);
            if (quote.begin() <= content.begin() + 1 && content.end() <= quote.end() + 1) {
                return q;
            }
            if (content.contains(quote) && wordsOutside(content, quote) == 0) {
                return q;
            }
        }
        return -1;
    }

    /** Words of the content outside the quote, not counting a leading "that". */
    private int wordsOutside(Span content, Span quote) {
        int before = words(content.begin(), quote.begin());
        String head = text.substring(content.begin(), quote.begin()).strip().toLowerCase(Locale.ROOT);
        if (head.equals("that")) {
            before = 0;
        }
        return before + words(quote.end(), content.end());
    }

    private boolean overlapsQuote(Span content) {
        for (Span quote : quotes) {
            if (quote.overlaps(content)) {
                return true;
            }
        }
        return false;
    }

    private int sentenceAt(int offset) {
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            if (sentences.get(s).charOffsets().first <= offset && offset < sentences.get(s).charOffsets().second) {
                return s;
            }
        }
        return -1;
    }

    private int words(int begin, int end) {
        return ContentCandidates.words(text, begin, end);
    }

    /** Trims white space and separating punctuation (not quote marks) from both ends. */
    private Span trim(Span span) {
        int begin = span.begin();
        int end = span.end();
        while (begin < end && separator(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && separator(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '-';
    }

    private static Span subtree(SemanticGraph graph, IndexedWord root, Set<IndexedWord> excludedRoots) {
        Set<IndexedWord> excluded = new HashSet<>();
        for (IndexedWord excludedRoot : excludedRoots) {
            excluded.addAll(graph.descendants(excludedRoot));
        }
        int begin = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (IndexedWord word : graph.descendants(root)) {
            if (!excluded.contains(word)) {
                begin = Math.min(begin, word.beginPosition());
                end = Math.max(end, word.endPosition());
            }
        }
        return begin > end ? new Span(root.beginPosition(), root.endPosition()) : new Span(begin, end);
    }

    private static IndexedWord child(SemanticGraph graph, IndexedWord head, String relation) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
            if (edge.getRelation().toString().equals(relation)) {
                return edge.getDependent();
            }
        }
        return null;
    }

    private static SemanticGraphEdge incoming(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
            return edge;
        }
        return null;
    }

    /** The verb's lemma, or with its particle for a phrasal verb of {@link Lexicon#PHRASAL_OBJECT_VERBS}. */
    private static String phrasalLemma(SemanticGraph graph, IndexedWord verb) {
        String lemma = lemma(verb);
        String particle = Lexicon.PHRASAL_OBJECT_VERBS.get(lemma);
        if (particle != null) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
                if (edge.getRelation().toString().equals("compound:prt")
                        && lemma(edge.getDependent()).equals(particle)) {
                    return lemma + " " + particle;
                }
            }
        }
        return lemma;
    }

    private static String lemma(IndexedWord word) {
        String lemma = word.lemma();
        return (lemma == null ? word.word() : lemma).toLowerCase(Locale.ROOT);
    }

}

package org.claimgraph.annotate.stances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.Stance.Position;
import org.claimgraph.model.Statement;

/**
 * Which statements of an article bear on one topic, and the position each takes: the contract's {@code stances}. The
 * holder of a position is the statement's speaker; a statement that reports another speaker's words inside its own
 * content (Kirby recalling what Biden said) is neutral for its speaker, since reporting a position is not holding it.
 * Pure and cheap (no parse): it runs on stored documents as well as at analysis time.
 *
 * <pre>{@code
 * TopicStances stances = new TopicStances(Topic.read(Path.of("troops.yaml")));
 * Document withStances = document.withAnnotations(document.annotations().withStances(stances.stances(document)));
 * }</pre>
 */
public final class TopicStances {

    /** Speakers that hold no position: the statement stage could not name them. */
    private static final Set<Statement.SpeakerType> NO_HOLDER = Set.of(Statement.SpeakerType.UNKNOWN);

    /** Statements longer than this many characters are judged on their first part only. */
    private static final int MAX_WINDOW = 2_000;

    private final Topic topic;
    /** The distinct content-word stems of each phrase. */
    private final List<Set<String>> phrases = new ArrayList<>();
    /** The stem of each phrase's head, which a statement must say to say the phrase. */
    private final List<String> heads = new ArrayList<>();
    private final List<List<String>> supportExamples = new ArrayList<>();
    private final List<List<String>> opposeExamples = new ArrayList<>();

    public TopicStances(Topic topic) {
        this.topic = topic;
        for (String phrase : topic.phrases()) {
            phrases.add(new java.util.LinkedHashSet<>(Words.contentStems(phrase)));
            heads.add(head(phrase));
        }
        topic.supportExamples().forEach(example -> supportExamples.add(Words.contentStems(example)));
        topic.opposeExamples().forEach(example -> opposeExamples.add(Words.contentStems(example)));
    }

    public Topic topic() {
        return topic;
    }

    /**
     * One statement that bears on the topic, with its position.
     *
     * @param phrase the topic phrase it says (most of)
     * @param bySentence true when only the statement's sentence, or the same speaker's statement just before it, says
     *     the phrase
     * @param reason the words that decided the position, for a person to check
     */
    public record Judged(Statement statement, Position position, double confidence, String phrase,
            boolean bySentence, String reason) {}

    /** The statements of {@code document} that bear on the topic, in text order, each with its position. */
    public List<Judged> judge(Document document) {
        String text = document.text();
        List<Statement> statements = document.annotations().statements();
        List<Judged> judged = new ArrayList<>();
        Judged previous = null;
        for (Statement statement : statements) {
            if (NO_HOLDER.contains(statement.speaker().type())) {
                continue;
            }
            String cue = statement.cue() == null ? "" : statement.cue().coveredText(text);
            String content = bounded(statement.content().coveredText(text));
            String phrase = matchedPhrase(cue + " " + content);
            boolean bySentence = false;
            if (phrase == null) {
                phrase = matchedPhrase(bounded(sentence(text, statement.content()).coveredText(text)));
                bySentence = true;
            }
            if (phrase == null && continues(previous, statement)) {
                phrase = previous.phrase(); // "He further warned that ...", a quote that goes on
            }
            if (phrase == null) {
                continue;
            }
            previous = judgeOne(statement, document, cue, content, phrase, bySentence);
            judged.add(previous);
        }
        return judged;
    }

    private Judged judgeOne(Statement statement, Document document, String cue, String content, String phrase,
            boolean bySentence) {
        String other = reportedInside(statement, document);
        if (other != null) {
            return new Judged(statement, Position.NEUTRAL, 0.7, phrase, bySentence, "reports " + other);
        }
        boolean onTopic = !bySentence || saysHead(cue + " " + content, phrase) || anaphoric(content);
        PositionRules.Verdict verdict = PositionRules.judge(cue, content, onTopic);
        if (verdict.position() == Position.NEUTRAL) {
            Position byExample = nearestExample(cue + " " + content);
            if (byExample != null) {
                return new Judged(statement, byExample, 0.5, phrase, bySentence,
                        "close to the topic's " + byExample.jsonName() + " examples");
            }
        }
        double confidence = bySentence ? verdict.confidence() * 0.8 : verdict.confidence();
        return new Judged(statement, verdict.position(), confidence, phrase, bySentence, verdict.reason());
    }

    /** A statement that denies or disputes another, as the article reports the two. */
    public record Denial(Statement denying, Statement denied) {}

    /**
     * The denials among {@code document}'s statements where one side bears on the topic ({@code judged}, from
     * {@link #judge}): a statement whose cue denies or disputes ("Okafor denied that", "the ministry rejected the
     * report") and the statement by another speaker before it, within a few sentences, that shares most words with it
     * (the latest of those).
     */
    public List<Denial> denials(Document document, List<Judged> judged) {
        Set<String> onTopic = new java.util.HashSet<>();
        judged.forEach(one -> onTopic.add(one.statement().id()));
        String text = document.text();
        List<Statement> statements = document.annotations().statements();
        List<Denial> denials = new ArrayList<>();
        for (Statement denying : statements) {
            if (denying.cue() == null || NO_HOLDER.contains(denying.speaker().type())
                    || Words.of(denying.cue().coveredText(text)).stream().noneMatch(w -> DENYING.contains(w.stem()))) {
                continue;
            }
            int before = denying.cue().begin();
            Set<String> denyingWords = new java.util.HashSet<>(Words.contentStems(denying.content().coveredText(text)));
            Statement denied = null;
            long deniedShared = -1;
            for (Statement other : statements) {
                if (other == denying || NO_HOLDER.contains(other.speaker().type())
                        || other.speaker().name().equals(denying.speaker().name())
                        || other.content().end() > before || before - other.content().end() > DENIAL_REACH) {
                    continue;
                }
                // the one that shares most words with the denial ("denied that any jobs would go"), else the latest
                long shared = Words.contentStems(other.content().coveredText(text)).stream().distinct()
                        .filter(denyingWords::contains).count();
                if (shared > deniedShared || shared == deniedShared && other.content().end() > denied.content().end()) {
                    denied = other;
                    deniedShared = shared;
                }
            }
            if (denied != null && (onTopic.contains(denying.id()) || onTopic.contains(denied.id()))) {
                denials.add(new Denial(denying, denied));
            }
        }
        return denials;
    }

    private static final Set<String> DENYING = Set.of("deny", "disput", "refut", "reject", "dismiss", "contest",
            "rebut", "contradict");

    /** How far (in characters) before a denial the statement it denies may end. */
    private static final int DENIAL_REACH = 400;

    /**
     * Whether a content stands for something its sentence names ("ruling out such an option", "rejected the idea",
     * "backed it"): then the words of the statement take a side on what the sentence says.
     */
    static boolean anaphoric(String content) {
        List<Words.Word> words = Words.of(content);
        if (words.isEmpty() || words.size() > 8) {
            return false;
        }
        String first = words.get(0).lower();
        if (ANAPHORS.contains(first)) {
            return true;
        }
        return first.equals("the") && words.size() > 1 && PROPOSAL_NOUNS.contains(words.get(1).lower());
    }

    private static final Set<String> ANAPHORS = Set.of("such", "this", "these", "those", "it", "them");

    private static final Set<String> PROPOSAL_NOUNS = Set.of("idea", "plan", "proposal", "option", "move",
            "prospect", "possibility", "suggestion", "scheme", "project");

    /** Whether {@code window} says the head of the topic phrase {@code phrase}. */
    private boolean saysHead(String window, String phrase) {
        String head = heads.get(topic.phrases().indexOf(phrase));
        return Words.of(window).stream().anyMatch(word -> word.stem().equals(head));
    }

    /** Whether {@code statement} goes on from {@code previous}: the same speaker, in the next sentence or two. */
    private static boolean continues(Judged previous, Statement statement) {
        return previous != null && previous.statement().speaker().name().equals(statement.speaker().name())
                && statement.content().begin() >= previous.statement().content().end()
                && statement.content().begin() - previous.statement().content().end() <= CONTINUATION;
    }

    /** How far (in characters) after a statement on the topic the same speaker's next one still continues it. */
    private static final int CONTINUATION = 300;

    /** The stances of {@code document}: one per holder and position, its statements as evidence. */
    public List<Stance> stances(Document document) {
        return group(judge(document), topic.name());
    }

    /** Judged statements grouped by holder and position, in the order each holder first appears. */
    public static List<Stance> group(List<Judged> judged, String topicName) {
        Map<String, List<Judged>> cells = new LinkedHashMap<>();
        for (Judged one : judged) {
            cells.computeIfAbsent(one.statement().speaker().name() + "\u0000" + one.position().name(),
                    key -> new ArrayList<>()).add(one);
        }
        List<Stance> stances = new ArrayList<>();
        for (List<Judged> cell : cells.values()) {
            Judged first = cell.get(0);
            List<String> evidence = new ArrayList<>();
            double confidence = 0;
            for (Judged one : cell) {
                evidence.add(one.statement().id());
                confidence = Math.max(confidence, one.confidence());
            }
            stances.add(new Stance(first.statement().speaker().name(), topicName, first.position(), evidence,
                    confidence));
        }
        return stances;
    }

    /**
     * The head of a phrase: its last content word before its first preposition ("troops" of "send troops to Ukraine",
     * "boots" of "boots on the ground"), else its last content word. The words after the head are the setting, which
     * many phrases share; the head says what the question is about.
     */
    static String head(String phrase) {
        String head = null;
        for (Words.Word word : Words.of(phrase)) {
            if (head != null && PREPOSITIONS.contains(word.lower())) {
                return head;
            }
            if (!Words.STOP.contains(word.lower())) {
                head = word.stem();
            }
        }
        return head;
    }

    private static final Set<String> PREPOSITIONS = Set.of("to", "in", "into", "on", "onto", "at", "for", "from",
            "with", "of", "by", "over", "across", "inside", "within", "near", "against", "about");

    /**
     * The topic phrase {@code window} says, or null: its head and all of its content words when it has one or two,
     * else its head and at least two thirds of them.
     */
    String matchedPhrase(String window) {
        Set<String> stems = new java.util.HashSet<>();
        Words.of(window).forEach(word -> stems.add(word.stem()));
        String best = null;
        double bestCoverage = 0;
        for (int i = 0; i < phrases.size(); i++) {
            Set<String> phrase = phrases.get(i);
            if (phrase.isEmpty() || !stems.contains(heads.get(i))) {
                continue;
            }
            long found = phrase.stream().filter(stems::contains).count();
            long distinct = phrase.size();
            long needed = distinct <= 2 ? distinct : (2 * distinct + 2) / 3;
            double coverage = (double) found / distinct;
            if (found >= needed && coverage > bestCoverage) {
                best = topic.phrases().get(i);
                bestCoverage = coverage;
            }
        }
        return best;
    }

    private Position nearestExample(String window) {
        if (supportExamples.isEmpty() && opposeExamples.isEmpty()) {
            return null;
        }
        Set<String> stems = new java.util.HashSet<>(Words.contentStems(window));
        double support = bestOverlap(stems, supportExamples);
        double oppose = bestOverlap(stems, opposeExamples);
        double best = Math.max(support, oppose);
        if (best < 0.3 || support == oppose) {
            return null;
        }
        return support > oppose ? Position.SUPPORT : Position.OPPOSE;
    }

    private static double bestOverlap(Set<String> stems, List<List<String>> examples) {
        double best = 0;
        for (List<String> example : examples) {
            Set<String> words = new java.util.HashSet<>(example);
            if (words.isEmpty()) {
                continue;
            }
            long shared = words.stream().filter(stems::contains).count();
            best = Math.max(best, (double) shared / (words.size() + stems.size() - shared));
        }
        return best;
    }

    /**
     * Whose position {@code statement} reports rather than holds, or null: another speaker's statement inside its
     * content ("Kirby recalled that Biden said ..."), or another entity named there as the subject of a verb of wanting
     * or asking ("Kirby claimed Zelensky does not ask for troops").
     */
    private static String reportedInside(Statement statement, Document document) {
        Span content = statement.content();
        for (Statement other : document.annotations().statements()) {
            if (other != statement && !NO_HOLDER.contains(other.speaker().type())
                    && !other.speaker().name().equals(statement.speaker().name())
                    && content.begin() <= other.content().begin() && other.content().end() <= content.end()) {
                return "what " + other.speaker().name() + " said";
            }
        }
        String text = document.text();
        for (Entity entity : document.annotations().entities()) {
            if (entity.id().equals(statement.speaker().entity()) || entity.name().equals(statement.speaker().name())) {
                continue;
            }
            for (Span mention : entity.mentions()) {
                if (content.begin() <= mention.begin() && mention.end() <= content.end()
                        && wantsAfter(text.substring(mention.end(), Math.min(content.end(), mention.end() + 40)))) {
                    return "what " + entity.name() + " wants";
                }
            }
        }
        return null;
    }

    /** Whether {@code after} starts with a verb of wanting or asking, perhaps after an auxiliary and a negation. */
    private static boolean wantsAfter(String after) {
        List<Words.Word> words = Words.of(after);
        for (int i = 0; i < Math.min(4, words.size()); i++) {
            String stem = words.get(i).stem();
            if (WANTING.contains(stem)) {
                return true;
            }
            if (!AUXILIARIES.contains(words.get(i).lower())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> WANTING = Set.of("want", "ask", "demand", "request", "seek", "wish", "insist",
            "call", "need", "expect", "hope", "plan", "intend");

    private static final Set<String> AUXILIARIES = Set.of("does", "do", "did", "is", "are", "was", "were", "has",
            "have", "had", "not", "never", "no", "longer", "also", "still", "just", "only", "really", "will", "would");

    /** The sentence or sentences around {@code span}: from the end of the sentence before to the end of the last. */
    static Span sentence(String text, Span span) {
        int begin = span.begin();
        while (begin > 0 && !sentenceEndsBefore(text, begin)) {
            begin--;
        }
        int end = span.end();
        while (end < text.length() && !sentenceEndsBefore(text, end)) {
            end++;
        }
        return new Span(begin, end);
    }

    private static boolean sentenceEndsBefore(String text, int at) {
        char before = text.charAt(at - 1);
        if (before == '\n') {
            return true;
        }
        return at < text.length() && Character.isWhitespace(text.charAt(at))
                && (before == '.' || before == '!' || before == '?');
    }

    private static String bounded(String text) {
        return text.length() <= MAX_WINDOW ? text : text.substring(0, MAX_WINDOW);
    }
}

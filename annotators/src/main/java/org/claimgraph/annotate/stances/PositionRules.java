package org.claimgraph.annotate.stances;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Stance.Position;

/**
 * The position a statement takes on a topic it bears on, from the words of its cue and content. General English rules
 * that name no side: the same words count for and against any proposal.
 *
 * <ul>
 *   <li>a rule-out that is itself negated ("nothing should be ruled out", "did not exclude") is conditional;
 *   <li>words of rejection and of harm ("ruled out", "legitimate target", "could lead to war") oppose, and so does a
 *       negated word of support ("would not send", "don't need");
 *   <li>words of support ("ready to", "suggested sending", "should") support, or are conditional under a modal or a
 *       condition ("could", "if");
 *   <li>words of openness alone ("would be possible", "an option") are conditional;
 *   <li>nothing of these is neutral: the statement bears on the topic without taking a side.
 * </ul>
 */
final class PositionRules {

    /** How a statement's position was decided: the position, a confidence and the words that decided it. */
    record Verdict(Position position, double confidence, String reason) {}

    private static final List<List<String>> RULE_OUT = phrases("rule out", "exclude", "excluded");

    private static final List<List<String>> OPPOSE = phrases("oppose", "opposition to", "against", "reject",
            "rejection", "refuse", "refusal", "condemn", "criticise", "criticize", "not helpful", "unhelpful",
            "unacceptable", "red line", "legitimate target", "target", "met with force", "retaliate", "retaliation",
            "danger", "dangerous", "threat", "threaten", "provocation", "provocative", "embroil", "catastrophe",
            "catastrophic", "reckless", "warn against", "caution against", "distance itself from",
            "distance themselves from", "no need", "mistake", "veto", "block", "concern", "alarm", "fear", "disavow", "renounce",
            "abandon", "scrap", "cancel", "shelve", "halt", "stop", "withdraw", "waste");

    /** Words of harm that oppose when something is said to lead to them, or when the cue is a warning. */
    private static final List<List<String>> HARM = phrases("war", "conflict", "confrontation", "escalation",
            "escalate", "consequences", "ramifications", "clash", "retaliation", "disaster");

    private static final Set<String> CAUSAL = stemSet("lead", "result", "risk", "trigger", "provoke", "drag", "mean",
            "cause", "spark", "could", "would", "will", "inevitable", "inevitability", "direct", "dire", "potential");

    private static final Set<String> WARNING_CUES = stemSet("warn", "caution", "fear", "concern", "alarm",
            "threaten");

    private static final List<List<String>> SUPPORT = phrases("support", "back", "endorse", "favour", "favor",
            "ready", "readiness", "willing", "willingness", "prepared to", "should", "must", "need", "necessary",
            "want to", "welcome", "approve", "commit to", "committed to", "agree to", "allow",
            "authorize", "authorise", "in favour", "in favor");

    /** The proposal's own actions: no side when said ("trainers will be sent"), against when negated. */
    private static final List<List<String>> ACTION = phrases("send", "deploy", "station", "contribute",
            "dispatch", "commit");

    /** Verbs of proposing: support when they take the proposal itself, not a "that" clause ("suggesting that"). */
    private static final List<List<String>> PROPOSE = phrases("suggest", "propose", "proposal", "urge", "call for",
            "push for", "advocate", "demand", "insist on", "idea of");

    private static final List<List<String>> OPENNESS = phrases("possible", "possibility", "open to", "option",
            "consider", "eventually", "under conditions", "under certain conditions", "in principle",
            "if necessary", "not impossible");

    private static final Set<String> MODAL = stemSet("could", "might", "may", "if", "unless", "would", "perhaps",
            "maybe");

    private static final Set<String> INVERSION_SUBJECTS = Set.of("such", "the", "a", "an", "this", "that", "these",
            "those", "it", "they", "we", "he", "she", "there", "any");

    private static final Set<String> NEGATION = stemSet("not", "no", "never", "nothing", "none", "neither", "nor",
            "without", "cannot", "nobody");

    private PositionRules() {}

    /**
     * The position of a statement whose cue and content are {@code cue} and {@code content} (the cue may be empty).
     *
     * @param onTopic whether the cue and content themselves say the topic (else only the sentence around them does):
     *     a verb of proposing or rejecting takes a side on the topic only when what it proposes or rejects is the topic
     */
    static Verdict judge(String cue, String content, boolean onTopic) {
        List<Words.Word> cueWords = Words.of(cue);
        List<Words.Word> words = Words.of(content);
        List<String> stems = new ArrayList<>(words.size());
        words.forEach(word -> stems.add(word.stem()));
        boolean clauseContent = !words.isEmpty() && words.get(0).lower().equals("that");
        boolean warningCue = cueWords.stream().anyMatch(word -> WARNING_CUES.contains(word.stem()));

        List<String> cueStems = new ArrayList<>();
        cueWords.forEach(word -> cueStems.add(word.stem()));
        boolean cueRulesOut = !occurrences(cueStems, RULE_OUT).isEmpty();
        boolean cueOpposes = cueRulesOut || !occurrences(cueStems, OPPOSE).isEmpty();
        List<Integer> ruleOuts = occurrences(stems, RULE_OUT);
        List<Integer> opposes = occurrences(stems, OPPOSE);
        List<Integer> openings = occurrences(stems, OPENNESS);
        if (cueRulesOut && negatedAnywhere(cueStems)) {
            return new Verdict(Position.CONDITIONAL, 0.8, "a negated rule-out: cue '" + cue.strip() + "'");
        }
        for (int at : ruleOuts) {
            if (negated(stems, at)) {
                return new Verdict(Position.CONDITIONAL, 0.8, "a negated rule-out: " + around(words, at));
            }
        }
        List<String> opposing = new ArrayList<>();
        List<String> supporting = new ArrayList<>();
        for (int at : ruleOuts) {
            opposing.add(around(words, at));
        }
        for (int at : opposes) {
            (negated(stems, at) ? supporting : opposing).add(around(words, at));
        }
        for (int at : occurrences(stems, HARM)) {
            if (warningCue || causalBefore(stems, at)) {
                opposing.add(around(words, at));
            }
        }
        List<Integer> against = new ArrayList<>(opposes);
        against.addAll(ruleOuts);
        for (int at : occurrences(stems, SUPPORT)) {
            if (!conditionalInversion(words, at) && !modalOf(stems, at, against)) {
                (negated(stems, at) ? opposing : supporting).add(around(words, at));
            }
        }
        for (int at : occurrences(stems, ACTION)) {
            if (negated(stems, at)) {
                opposing.add(around(words, at));
            }
        }
        for (int at : occurrences(stems, PROPOSE)) {
            if (onTopic && !followedByThat(words, at)) {
                (negated(stems, at) ? opposing : supporting).add(around(words, at));
            }
        }
        if (onTopic && !clauseContent && !occurrences(cueStems, PROPOSE).isEmpty()) {
            supporting.add("cue '" + cue.strip() + "'");
        }
        if (cueOpposes) {
            // "did not oppose", "refused to disavow": two refusals make support
            boolean twice = !opposes.isEmpty() && opposes.get(0) <= 1;
            if (twice) {
                opposing.remove(around(words, opposes.get(0)));
            }
            if (onTopic) {
                (negatedAnywhere(cueStems) != twice ? supporting : opposing).add("cue '" + cue.strip() + "'");
            }
        }
        boolean open = onTopic && !openings.isEmpty();
        boolean modal = stems.stream().anyMatch(MODAL::contains);

        if (opposing.size() > supporting.size()) {
            return new Verdict(Position.OPPOSE, supporting.isEmpty() ? 0.8 : 0.6, "against: " + opposing);
        }
        if (!supporting.isEmpty() && supporting.size() == opposing.size()) {
            return new Verdict(Position.CONDITIONAL, 0.5, "for and against: " + supporting + " " + opposing);
        }
        if (!supporting.isEmpty()) {
            return open || modal
                    ? new Verdict(Position.CONDITIONAL, 0.7, "for, under a condition: " + supporting)
                    : new Verdict(Position.SUPPORT, opposing.isEmpty() ? 0.8 : 0.6, "for: " + supporting);
        }
        if (open) {
            return new Verdict(Position.CONDITIONAL, 0.7, "open to it: " + around(words, openings.get(0)));
        }
        return new Verdict(Position.NEUTRAL, 0.5, "no side taken");
    }

    private static boolean negated(List<String> stems, int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (isNegation(stems, i)) {
                return true;
            }
        }
        // "nothing should be ruled out", "no troops will be sent": a negated subject further back
        for (int i = Math.max(0, at - 6); i < at - 3; i++) {
            String stem = stems.get(i);
            if (stem.equals("nothing") || stem.equals("no") || stem.equals("never")) {
                return true;
            }
        }
        return false;
    }

    /** "should be scrapped", "must be stopped": the obligation is the opposing word's, not support. */
    private static boolean modalOf(List<String> stems, int at, List<Integer> against) {
        if (!MODAL_SUPPORT.contains(stems.get(at))) {
            return false;
        }
        return against.stream().anyMatch(other -> other > at && other <= at + 3);
    }

    private static final Set<String> MODAL_SUPPORT = stemSet("should", "must", "need", "necessary", "ought");

    /** "should such a scenario unfold", "should the talks fail": a condition, not an obligation. */
    private static boolean conditionalInversion(List<Words.Word> words, int at) {
        String word = words.get(at).lower();
        return (word.equals("should") || word.equals("were") || word.equals("had")) && at + 1 < words.size()
                && INVERSION_SUBJECTS.contains(words.get(at + 1).lower());
    }

    private static boolean negatedAnywhere(List<String> stems) {
        for (int i = 0; i < stems.size(); i++) {
            if (isNegation(stems, i)) {
                return true;
            }
        }
        return false;
    }

    /** A negation at {@code i}, but not "not only" (which adds rather than denies). */
    private static boolean isNegation(List<String> stems, int i) {
        return NEGATION.contains(stems.get(i))
                && !(stems.get(i).equals("not") && i + 1 < stems.size() && stems.get(i + 1).equals("only"));
    }

    private static boolean causalBefore(List<String> stems, int at) {
        for (int i = Math.max(0, at - 4); i < at; i++) {
            if (CAUSAL.contains(stems.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByThat(List<Words.Word> words, int at) {
        for (int i = at + 1; i < Math.min(words.size(), at + 3); i++) {
            if (words.get(i).lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    private static String around(List<Words.Word> words, int at) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, at - 2); i < Math.min(words.size(), at + 3); i++) {
            out.append(out.length() == 0 ? "" : " ").append(words.get(i).lower());
        }
        return "'" + out + "'";
    }

    /** Where each of the phrases starts in {@code stems}, in text order. */
    static List<Integer> occurrences(List<String> stems, List<List<String>> phrases) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            for (List<String> phrase : phrases) {
                if (startsAt(stems, i, phrase)) {
                    found.add(i);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean startsAt(List<String> stems, int at, List<String> phrase) {
        if (at + phrase.size() > stems.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!stems.get(at + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> phrases(String... phrases) {
        List<List<String>> stemmed = new ArrayList<>();
        for (String phrase : phrases) {
            stemmed.add(List.copyOf(Words.stems(phrase)));
        }
        return List.copyOf(stemmed);
    }

    private static Set<String> stemSet(String... words) {
        Set<String> stems = new java.util.HashSet<>();
        for (String word : words) {
            stems.add(Words.stem(word));
        }
        return Set.copyOf(stems);
    }
}

package org.claimgraph.annotate.entities;

import java.util.Set;

/**
 * Finds the titles written next to a person's name: before it ("Kremlin spokesman Dmitry Peskov"), after it as an
 * apposition ("Dmitry Peskov, the Kremlin spokesman,") and as an apposition before it ("the deputy head of the
 * service, Colonel Ann Bell"). A role must hold a title word from the gazetteer.
 */
final class Roles {

    /** Token range [first, last] of a role phrase; {@code mentionFirst} is where the whole description starts. */
    record Range(int first, int last, int mentionFirst) {}

    private static final Set<String> LINKS = Set.of("of", "for", "in", "at", "to");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_TOKENS = 12;

    private final Tokens tokens;
    private final Gazetteer gazetteer;
    private final boolean[] personToken;

    Roles(Tokens tokens, Gazetteer gazetteer, boolean[] personToken) {
        this.tokens = tokens;
        this.gazetteer = gazetteer;
        this.personToken = personToken;
    }

    /** The title words right before the name that starts at token {@code first}, or null. */
    Range before(int first) {
        int start = first;
        boolean title = false;
        int i = first - 1;
        while (i >= 0 && first - i <= MAX_TOKENS && tokens.sentence(i) == tokens.sentence(first)) {
            String lower = tokens.lower(i);
            String tag = tokens.tag(i);
            if (personToken[i]) {
                break;
            }
            if (gazetteer.isTitle(lower)) {
                title = true;
            } else if (tokens.possessive(i) || tag.startsWith("NNP") || gazetteer.countryOfDemonym(lower) != null) {
                // part of an organisation or country naming the office: "Ukraine's", "Kremlin", "French"
            } else if (lower.equals("the") && i > 0 && (tokens.lower(i - 1).equals("of")
                    || tokens.lower(i - 1).equals("for"))) {
                // "Deputy of the Rada": keep going
            } else if ((lower.equals("of") || lower.equals("for") || lower.equals("in")) && i > 0
                    && (gazetteer.isTitle(tokens.lower(i - 1)) || tokens.capitalised(i - 1))) {
                // "Secretary of State", "Commander in Chief"
            } else if ((tag.startsWith("NN") || tag.startsWith("JJ")) && (title || tokens.capitalised(i))) {
                // lower-case modifiers of a title: "strategic communications coordinator"
            } else {
                break;
            }
            start = i;
            i--;
        }
        while (start < first && (LINKS.contains(tokens.lower(start)) || tokens.possessive(start)
                || tokens.lower(start).equals("the"))) {
            start++;
        }
        if (!title || start >= first || !hasTitle(start, first - 1)) {
            return null;
        }
        return new Range(start, first - 1, start);
    }

    /** An apposition after the name ending at token {@code last}: ", the Kremlin spokesman," or null. */
    Range after(int last) {
        int i = last + 1;
        if (i >= tokens.size() || !tokens.word(i).equals(",")) {
            return null;
        }
        i++;
        int mentionFirst = i;
        if (i < tokens.size() && DETERMINERS.contains(tokens.lower(i))) {
            i++;
        }
        int start = i;
        int end = -1;
        while (i < tokens.size() && i - start < MAX_TOKENS && tokens.sentence(i) == tokens.sentence(last)) {
            String tag = tokens.tag(i);
            if (tokens.punctuation(i) || tag.startsWith("VB") || tag.startsWith("W") || tag.equals("PRP")
                    || personToken[i]) {
                break;
            }
            end = i;
            i++;
        }
        if (end < start || !hasTitle(start, end) || !gazetteer.isTitle(tokens.lower(start))
                && !tokens.tag(start).startsWith("NN") && !tokens.tag(start).startsWith("JJ")) {
            return null;
        }
        boolean closed = i >= tokens.size() || tokens.punctuation(i);
        return closed ? new Range(start, end, mentionFirst) : null;
    }

    /** An apposition before the role or name starting at token {@code first}: "the head of X, " or null. */
    Range appositionBefore(int first) {
        int comma = first - 1;
        if (comma < 1 || !tokens.word(comma).equals(",")) {
            return null;
        }
        for (int i = comma - 1; i >= 0 && comma - i <= MAX_TOKENS; i--) {
            if (tokens.sentence(i) != tokens.sentence(first) || personToken[i]
                    || tokens.punctuation(i) || tokens.tag(i).startsWith("VB")) {
                return null;
            }
            if (DETERMINERS.contains(tokens.lower(i)) && (i == 0 || tokens.sentence(i - 1) != tokens.sentence(i)
                    || tokens.punctuation(i - 1))) {
                boolean titleFirst = gazetteer.isTitle(tokens.lower(i + 1)) || hasTitle(i + 1, Math.min(i + 3,
                        comma - 1));
                return titleFirst && i + 1 <= comma - 1 ? new Range(i + 1, comma - 1, i) : null;
            }
        }
        return null;
    }

    private boolean hasTitle(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (gazetteer.isTitle(tokens.lower(i))) {
                return true;
            }
        }
        return false;
    }
}

package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Titles that name one person at a time ("French President", "Kremlin spokesman", "UN Secretary-General"), told from
 * generic ones ("president", "a spokesman", "former minister", "deputy minister") that name many.
 */
final class RoleNames {

    /** The head nouns of titles; a title ends with one of them (possibly followed by "of X"). */
    private static final Set<String> HEADS = Set.of(
            "president", "minister", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson",
            "governor", "mayor", "king", "queen", "pope", "ambassador", "envoy", "commander", "chief", "head",
            "leader", "director", "chairman", "chairwoman", "chair", "ceo", "general", "speaker", "prosecutor",
            "ombudsman", "commissioner", "emir", "sultan", "monarch", "patriarch", "prince", "princess");

    /** Head nouns that are also common surnames ("John King"): a name ending with one is still a name. */
    private static final Set<String> ALSO_SURNAMES = Set.of(
            "king", "queen", "pope", "prince", "princess", "head", "chief", "general", "speaker", "chair", "leader",
            "mayor");

    /**
     * Words that make a title name several people or nobody in particular: determiners, the former and the acting
     * holders, deputies, and qualifiers that do not say whose title it is.
     */
    private static final Set<String> NOT_SPECIFIC = Set.of(
            "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "one", "another",
            "some", "former", "ex", "late", "acting", "interim", "deputy", "vice", "assistant", "junior", "senior",
            "first", "then", "new", "outgoing", "incoming", "local", "regional", "provincial", "state", "federal",
            "government", "party", "company", "military", "army", "police", "opposition", "union", "top", "foreign",
            "defence", "defense", "prime", "general", "press", "official", "spokesman", "of", "and", "for", "to",
            "in", "on");

    private RoleNames() {
    }

    /**
     * The normalised title when it names one person at a time ("French President" gives "french president"), else
     * "" (a bare head noun, a plural, a former or deputy holder, or no head noun at all).
     */
    static String specific(String role) {
        String normalised = Names.normalise(role);
        if (normalised.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(List.of(normalised.split(" ")));
        for (String word : words) {
            if (word.equals("former") || word.equals("ex") || word.equals("late") || word.equals("acting")
                    || word.equals("interim") || word.equals("deputy") || word.equals("vice")
                    || word.equals("assistant")) {
                return "";
            }
        }
        while (!words.isEmpty() && isDeterminer(words.get(0))) {
            words.remove(0);
        }
        int head = headIndex(words);
        if (head < 0) {
            return "";
        }
        boolean qualified = false;
        for (int i = 0; i < words.size(); i++) {
            if (i != head && !NOT_SPECIFIC.contains(words.get(i)) && !HEADS.contains(words.get(i))) {
                qualified = true;
            }
        }
        return qualified ? String.join(" ", words) : "";
    }

    /**
     * Whether a name reads as a title rather than a person's name ("French President", "the Kremlin spokesman",
     * "President"); a name ending with a head noun that is also a surname ("John King") is a name unless it starts
     * with "the".
     */
    static boolean isTitle(String name) {
        String normalised = Names.normalise(name);
        if (normalised.isEmpty()) {
            return false;
        }
        List<String> words = List.of(normalised.split(" "));
        int head = headIndex(words);
        return head >= 0 && (!ALSO_SURNAMES.contains(words.get(head)) || isDeterminer(words.get(0)));
    }

    /** The index of the head noun: the last word, or the word before "of" ("secretary of state"); -1 if none. */
    private static int headIndex(List<String> words) {
        int of = words.indexOf("of");
        int candidate = of > 0 ? of - 1 : words.size() - 1;
        return candidate >= 0 && HEADS.contains(words.get(candidate)) ? candidate : -1;
    }

    private static boolean isDeterminer(String word) {
        return word.equals("the") || word.equals("a") || word.equals("an");
    }
}

package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author names from bylines as articles write them: "By Jane Doe and John Roe", "written by Jane Doe", "Articles by:
 * Jane Doe", "Author: Jane Doe", "Jane Doe, Staff Writer", and from author notes at an article's foot ("Jane Doe is a
 * journalist based in Lyon.").
 */
public final class Bylines {

    /** A byline that announces itself: "By ...", "written by ...", "Author(s): ...". */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:written|posted|reported|words|story|text|report|articles?|compiled|edited)\\s+by|by|authors?|"
                    + "writers?|reporters?)\\s*[:\\-–—]?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** One name: capitalised words, initials, particles, hyphens and apostrophes ("Charles Q. Brown Jr."). */
    private static final Pattern NAME = Pattern.compile(
            "(?:(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.)(?:\\s+|$)|(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|"
                    + "el|la|le|du|dos|das|y|zu|ter|ten)\\s+){1,6}",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    /** Tails that follow names in bylines: "for The Times", "in Paris", "| Staff", ", Reuters". */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\s*(?:\\||\\s[-–—]\\s|\\bfor\\s+(?:the\\s+)?\\p{Lu}|\\bin\\s+\\p{Lu}\\p{L}+\\s*$|\\bon\\s+"
                    + "(?:\\p{Lu}\\p{L}+\\s+\\d|\\d)|\\bupdated\\b|\\bpublished\\b|\\d{1,2}:\\d{2}).*$");
    /** Words that are roles, not names. */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "reporter", "editor", "correspondent",
            "contributor", "columnist", "senior", "chief", "associate", "press", "news", "desk", "team", "admin",
            "guest", "special", "freelance", "photographer", "producer", "digital", "online", "wire", "staffer",
            "report", "editorial", "board", "service", "agency");
    /** An author note: "Jane Doe is a journalist ...", "Jane Doe is an independent researcher ...". */
    private static final Pattern NOTE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){1,3})\\s+(?:is|was|has been|writes|serves)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOTE_WORDS = Pattern.compile(
            "(?i)\\b(journalist|writer|author|editor|reporter|correspondent|columnist|contributor|researcher|analyst|"
                    + "commentator|blogger|expert|professor|fellow|scholar|freelance|based in|regular contributor|"
                    + "follow (?:him|her|them)|books?|website)\\b");

    private Bylines() {}

    /** The author names on a byline line; an empty list when the line is not a byline. */
    public static List<String> parse(String line) {
        if (line == null) {
            return List.of();
        }
        String text = line.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > 120) {
            return List.of();
        }
        Matcher lead = LEAD.matcher(text);
        if (!lead.matches()) {
            return List.of();
        }
        return names(lead.group(1));
    }

    /**
     * Names from text that should hold only names ("Jane Doe, John Roe and Ann Poe", "JANE DOE | Staff"); an empty list
     * when any part does not look like a name.
     */
    public static List<String> names(String text) {
        String rest = TAIL.matcher(text.strip()).replaceFirst("").strip();
        rest = rest.replaceAll("[,;:]+$", "");
        if (rest.endsWith(".") && !rest.matches("(?s).*\\b\\p{L}{1,3}\\.$")) {
            rest = rest.substring(0, rest.length() - 1); // a full stop, not the end of "Jr." or "Q."
        }
        if (rest.isEmpty()) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(rest)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (isRole(name)) {
                continue;
            }
            if (!looksLikeName(name)) {
                return List.of();
            }
            result.add(name);
        }
        return new ArrayList<>(result);
    }

    /**
     * The person an author note at an article's foot describes, or null: "Jane Doe is a journalist based in Lyon.
     * She writes for ...".
     */
    public static String authorOfNote(String paragraph) {
        if (paragraph == null || paragraph.length() > 600) {
            return null;
        }
        Matcher m = NOTE.matcher(paragraph.strip());
        if (!m.find() || !NOTE_WORDS.matcher(paragraph).find()) {
            return null;
        }
        String name = m.group(1);
        return looksLikeName(name) ? name : null;
    }

    static boolean looksLikeName(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 1 || words.length > 6 || !NAME.matcher(name + " ").matches()) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            }
        }
        // a single word is more often an agency or a desk ("REUTERS", "Staff") than a person
        return capitalised >= 2;
    }

    private static boolean isRole(String part) {
        for (String word : part.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!ROLE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}

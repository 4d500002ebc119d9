package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author names from bylines as articles and pages write them: "By Jane Doe and John Roe", "written by Jane Doe",
 * "Articles by: Jane Doe", "Author: Jane Doe", "Jane Roe, Staff Writer", author meta values, and author notes at an
 * article's foot ("Jane Doe is a journalist based in Lyon."). Drops the "By", role words, "for The X" and "| Staff"
 * tails, dates, handles and URLs.
 */
public final class Bylines {


    private static final Pattern LEAD = Pattern.compile(
            "^\\s*(?:(?:written|words|posted|reporting|story|text|photos?|articles?|published|compiled|edited)\\s+)?"
                    + "(?:by|from)\\s*:?\\s+|^\\s*(?:authors?|writers?|reporters?|bylines?|posted by)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;|/•·]|&|\\band\\b|\\bwith\\b)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern HANDLE_OR_EMAIL = Pattern.compile("\\S*@\\S*");
    private static final Pattern DATE_START = Pattern.compile(
            "\\b(?:updated|published|posted|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
                    + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{4}-\\d{2}|\\d{1,2}/\\d{1,2})",
            Pattern.CASE_INSENSITIVE);

    /** Words that describe a job, not a person: they end a name ("Jane Roe Staff Writer"). */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "writers", "reporter", "reporters",
            "correspondent", "correspondents", "editor", "editors", "contributor", "contributors", "columnist",
            "senior", "chief", "photographer", "producer", "journalist", "contributing", "associate", "deputy",
            "managing", "editorial", "desk", "bureau", "analyst", "opinion", "guest", "special", "follow", "email",
            "twitter", "updated", "published", "posted", "view", "more", "read", "bio", "profile", "author");
    /** Lower-case words allowed inside a name. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "di", "du", "la",
            "le", "van", "von", "bin", "bint", "al", "el", "y", "dos", "das", "ter", "ten", "op");
    /** Values that say nobody signed the article. */
    private static final Pattern NOBODY = Pattern.compile(
            "(?:no|unknown|anonymous)\\s*(?:author|byline|writer)?|anonymous|admin(?:istrator)?|null|none|n/a|guest",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.'’]+$");
    private static final int MAX_WORDS = 5;


    /**
     * Names in one author value from page metadata or a byline element ("By Jane Roe and John Doe, Staff
     * Writers"): lenient, keeping the parts that are names. Empty when it holds none.
     */
    public static List<String> fromValue(String raw) {
        List<String> names = new ArrayList<>();
        if (raw == null || raw.isBlank() || raw.length() > 300 || looksLikeUrl(raw)) {
            return names;
        }
        String text = SPACE.matcher(raw.replace('\u00a0', ' ')).replaceAll(" ").strip();
        if (NOBODY.matcher(text).matches()) {
            return names;
        }
        text = HANDLE_OR_EMAIL.matcher(text).replaceAll(" ");
        Matcher date = DATE_START.matcher(text);
        if (date.find() && date.start() > 0) {
            text = text.substring(0, date.start());
        }
        text = LEAD.matcher(text).replaceFirst("");
        for (String part : SEPARATORS.split(text)) {
            String name = name(part);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Adds names not yet present (compared without case), keeping the first spelling. */
    public static List<String> distinct(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        return new ArrayList<>(byKey.values());
    }

    private static String name(String part) {
        String cleaned = LEAD.matcher(part.strip()).replaceFirst("");
        String[] words = SPACE.split(cleaned.strip());
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            String bare = EDGE_PUNCTUATION.matcher(word).replaceAll("");
            if (bare.isEmpty()) {
                continue;
            }
            String lower = bare.toLowerCase(Locale.ROOT);
            if (ROLE_WORDS.contains(lower) || (lower.equals("for") || lower.equals("in") || lower.equals("at"))) {
                if (kept.isEmpty() && ROLE_WORDS.contains(lower)) {
                    continue; // a leading role: "Senior Reporter Jane Roe"
                }
                break;
            }
            if (!isNameWord(bare)) {
                return null;
            }
            kept.add(bare);
        }
        if (kept.isEmpty() || kept.size() > MAX_WORDS) {
            return null;
        }
        String name = String.join(" ", kept);
        return name.length() > 60 ? null : name;
    }

    private static boolean isNameWord(String word) {
        if (PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0))) {
            return true;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeUrl(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("www.")
                || lower.startsWith("/") || (lower.indexOf(' ') < 0 && lower.contains("/"));
    }

    /** A line of plain text that announces a byline: "By ...", "written by ...", "Author(s): ...". */
    private static final Pattern TEXT_LEAD = Pattern.compile(
            "^(?:(?:written|posted|reported|words|story|text|report|articles?|compiled|edited)\\s+by|by|authors?|"
                    + "writers?|reporters?)\\s*[:\\-–—]?\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE);
    /** An author note: "Jane Doe is a journalist ...", "Jane Doe is an independent researcher ...". */
    private static final Pattern NOTE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){1,3})\\s+(?:is|was|has been|writes|serves)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOTE_WORDS = Pattern.compile(
            "(?i)\\b(journalist|writer|author|editor|reporter|correspondent|columnist|contributor|researcher|analyst|"
                    + "commentator|blogger|expert|professor|fellow|scholar|freelance|based in|regular contributor|"
                    + "follow (?:him|her|them)|books?|website)\\b");

    private Bylines() {}

    /**
     * The author names on a line of plain text that is a byline; an empty list when the line is not one. Stricter
     * than {@link #fromValue}: every part must be a name of at least two words, so that "By contrast, ..." or "By
     * Monday, Smith had left" are not read as bylines.
     */
    public static List<String> parse(String line) {
        if (line == null) {
            return List.of();
        }
        String text = SPACE.matcher(line.strip()).replaceAll(" ");
        if (text.isEmpty() || text.length() > 120 || !TEXT_LEAD.matcher(text).matches()) {
            return List.of();
        }
        String names = LEAD.matcher(text).replaceFirst("");
        Matcher date = DATE_START.matcher(names);
        if (date.find() && date.start() > 0) {
            names = names.substring(0, date.start());
        }
        List<String> result = new ArrayList<>();
        for (String part : SEPARATORS.split(names.strip())) {
            if (part.isBlank() || isRoleOnly(part)) {
                continue;
            }
            String name = name(part);
            if (name == null || name.split(" ").length < 2) {
                return List.of();
            }
            result.add(name);
        }
        return distinct(result);
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
        String name = name(m.group(1));
        return name != null && name.split(" ").length >= 2 ? name : null;
    }

    private static boolean isRoleOnly(String part) {
        for (String word : SPACE.split(part.strip())) {
            String bare = EDGE_PUNCTUATION.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
            if (!bare.isEmpty() && !ROLE_WORDS.contains(bare)) {
                return false;
            }
        }
        return true;
    }
}

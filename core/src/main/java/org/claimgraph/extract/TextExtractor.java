package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Metadata;

/**
 * Plain-text articles, as copied from a page or saved by a scraper: the title, section label, byline and date lines at
 * the top and the author note, credit and URL lines at the foot become metadata; site furniture around the article
 * (share and donation pleas, newsletters, disclaimers, image credits, separators) is dropped; the body paragraphs are
 * kept in order, with Markdown link and emphasis marks removed and paragraphs broken mid-sentence joined again.
 *
 * <p>Only the edges of an article are searched for metadata, and inside the body only paragraphs that are clearly
 * furniture are dropped, so that reporting which happens to mention a newsletter or a donation stays.
 */
public final class TextExtractor {

    static final String STAGE = "extract";

    private static final Pattern URL_LINE = Pattern.compile("^<?(https?://[^\\s<>]+)>?$");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:www\\.)([a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,})\\b");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(?:originally|first)\\s+(?:published|appeared|posted)\\s+(?:on|in|at|by)\\s+(?:the\\s+website\\s+"
                    + "(?:of\\s+)?)?((?-i:\\p{Lu})[\\p{L}\\p{N}&'’.\\- ]{1,60}?)\\s*(?:[.,;!]|\\s+on\\s|\\s+in\\s|$)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\([^)\\s]*\\)");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(?<![\\w*])(\\*{1,2})([^*\\n]+?)\\1(?![\\w*])");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”’»)\\]]$");

    public Extraction extract(String input) {
        List<String> units = units(input);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Found found = new Found();
        int start = readHeader(units, found);
        int end = readFooter(units, start, found);
        List<String> body = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String unit = units.get(i);
            if (BoilerplateText.isBoilerplate(unit)) {
                found.dropped.add(unit);
                continue;
            }
            body.add(clean(unit));
        }
        body = joinBrokenParagraphs(body);
        Metadata metadata = new Metadata(found.title, new ArrayList<>(found.authors), found.published, found.url,
                null, null);
        metadata = metadata.withOutlet(outlet(input, found));
        if (metadata.published() == null && metadata.url() != null) {
            metadata = metadata.withPublished(dateInUrl(metadata.url()));
        }
        if (body.isEmpty()) {
            diagnostics.add(Diagnostic.warning(STAGE, "no body paragraphs found in the plain text"));
        }
        return new Extraction(String.join("\n\n", body), metadata, diagnostics);
    }

    /** What the edges of the article said about it. */
    private static final class Found {
        String title;
        final Set<String> authors = new LinkedHashSet<>();
        String published;
        String url;
        final List<String> dropped = new ArrayList<>();
    }

    /** Reads title, section label, byline, date and furniture lines from the top; returns where the body starts. */
    private static int readHeader(List<String> units, Found found) {
        int i = 0;
        for (; i < units.size(); i++) {
            String unit = units.get(i);
            if (BoilerplateText.isBoilerplate(unit)) {
                found.dropped.add(unit);
                continue;
            }
            List<String> byline = Bylines.parse(unit);
            if (!byline.isEmpty()) {
                found.authors.addAll(byline);
                continue;
            }
            String date = Dates.parse(unit);
            if (date != null) {
                if (found.published == null) {
                    found.published = date;
                }
                continue;
            }
            Matcher url = URL_LINE.matcher(unit);
            if (url.matches()) {
                found.url = found.url == null ? url.group(1) : found.url;
                continue;
            }
            if (found.title == null && isHeadline(unit)) {
                if (isSectionLabel(unit) && i + 1 < units.size() && isHeadline(units.get(i + 1))
                        && units.get(i + 1).length() > unit.length()) {
                    continue; // "Politics" above the real title
                }
                found.title = HEADING_MARKS.matcher(clean(unit)).replaceFirst("");
                continue;
            }
            break;
        }
        return i;
    }

    /** Reads author notes, bylines, credit, URL and furniture lines from the foot; returns where the body ends. */
    private static int readFooter(List<String> units, int start, Found found) {
        int end = units.size();
        List<String> footerAuthors = new ArrayList<>();
        while (end > start) {
            String unit = units.get(end - 1);
            Matcher url = URL_LINE.matcher(unit);
            List<String> byline = Bylines.parse(unit);
            String noteAuthor = Bylines.authorOfNote(unit);
            if (url.matches()) {
                found.url = url.group(1);
            } else if (!byline.isEmpty()) {
                footerAuthors.addAll(0, byline);
            } else if (noteAuthor != null && end - 1 > start) {
                footerAuthors.add(0, noteAuthor);
            } else if (BoilerplateText.isBoilerplate(unit)) {
                found.dropped.add(unit);
            } else {
                break;
            }
            end--;
        }
        if (found.authors.isEmpty()) {
            found.authors.addAll(footerAuthors);
        }
        return end;
    }

    /** The outlet: a credit line ("originally published on X"), else the site's name or domain. */
    private static String outlet(String input, Found found) {
        Matcher credit = CREDIT.matcher(input);
        if (credit.find()) {
            return credit.group(1).strip();
        }
        String domain = null;
        if (found.url != null) {
            Matcher m = DOMAIN.matcher(found.url.replaceFirst("(?i)^https?://(?!www\\.)", "https://www."));
            domain = m.find() ? SiteNames.registrableDomain(m.group(1)) : null;
        }
        if (domain == null) {
            for (String unit : found.dropped) {
                Matcher m = DOMAIN.matcher(unit);
                if (m.find()) {
                    domain = SiteNames.registrableDomain(m.group(1));
                    break;
                }
            }
        }
        if (domain == null) {
            return null;
        }
        String name = SiteNames.nameForDomain(domain, input);
        return name != null ? name : domain;
    }

    private static String dateInUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? Dates.find(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : null;
    }

    /** A short line without a closing full stop: a title or a section label. */
    private static boolean isHeadline(String unit) {
        String text = unit.strip();
        return text.length() <= 250 && text.split("\\s+").length <= 40 && !text.endsWith(".")
                && !text.contains("\n");
    }

    private static boolean isSectionLabel(String unit) {
        String text = unit.strip();
        return text.length() <= 30 && text.split("\\s+").length <= 3 && text.matches("[\\p{L}&/ '’\\-]+");
    }

    /**
     * Splits the input into paragraphs at blank lines. A block of several lines is one paragraph when its lines are
     * hard-wrapped prose, else each line is its own unit (a title above a byline, a label above a date).
     */
    static List<String> units(String input) {
        List<String> units = new ArrayList<>();
        for (String block : input.split("\\n[ \\t\\u00A0]*\\n")) {
            String[] lines = block.strip().split("\\n");
            if (lines.length == 1 || isWrappedProse(lines)) {
                String joined = String.join(" ", List.of(lines).stream().map(String::strip).toList()).strip();
                if (!joined.isEmpty()) {
                    units.add(joined);
                }
                continue;
            }
            for (String line : lines) {
                if (!line.isBlank()) {
                    units.add(line.strip());
                }
            }
        }
        return units;
    }

    private static boolean isWrappedProse(String[] lines) {
        int wrapped = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i].strip();
            if (line.length() >= 40 && !SENTENCE_END.matcher(line).find()) {
                wrapped++;
            }
        }
        return wrapped * 2 >= lines.length - 1;
    }

    /** Removes Markdown link and emphasis marks: "[Bloomberg News](#)" becomes "Bloomberg News". */
    static String clean(String unit) {
        String text = MARKDOWN_LINK.matcher(unit).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = MARKDOWN_EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        return text.replaceAll("[ \\t\\u00A0]{2,}", " ").strip();
    }

    /**
     * Joins a paragraph that stops mid-sentence with the next: after a comma, or without closing punctuation
     * before one that starts in lower case.
     */
    private static List<String> joinBrokenParagraphs(List<String> paragraphs) {
        List<String> result = new ArrayList<>();
        for (String paragraph : paragraphs) {
            int last = result.size() - 1;
            boolean broken = last >= 0 && result.get(last).length() > 40
                    && (result.get(last).endsWith(",")
                            || !SENTENCE_END.matcher(result.get(last)).find()
                                    && Character.isLowerCase(paragraph.codePointAt(0)));
            if (broken) {
                result.set(last, result.get(last) + " " + paragraph);
            } else {
                result.add(paragraph);
            }
        }
        return result;
    }
}

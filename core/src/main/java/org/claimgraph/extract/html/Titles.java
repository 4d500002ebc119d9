package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title: its visible {@code <h1>} headline when that agrees with a declared title, else the first
 * declared title ({@code og:title}, the JSON-LD headline, {@code twitter:title}, {@code <title>}), with a " | Site"
 * or "Site - " part cut off when it names the site.
 */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»•/]{1,2}\\s+");
    private static final int MAX_HEADINGS = 5;
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Titles() {}

    static String title(Document page, JsonLdReader.ArticleData jsonLd, String outlet) {
        List<String> siteNames = siteNames(page, outlet);
        String og = HtmlMetadataReader.meta(page, "meta[property=og:title], meta[name=og:title]");
        String twitter = HtmlMetadataReader.meta(page, "meta[name=twitter:title], meta[property=twitter:title]");
        List<String> declared = new ArrayList<>();
        for (String candidate : new String[] {og, HtmlMetadataReader.clean(jsonLd.headline()), twitter,
                HtmlMetadataReader.clean(page.title())}) {
            if (candidate != null) {
                String title = withoutSiteName(candidate, siteNames);
                if (!title.isEmpty()) {
                    declared.add(title);
                }
            }
        }
        String heading = heading(page, declared, siteNames);
        if (heading != null) {
            for (String title : declared) {
                // "Local News | Headline": a label inside the <h1>; the declared title is the headline alone.
                if (heading.length() > title.length() && heading.endsWith(title) || heading.startsWith(title)
                        && heading.length() > title.length() && SEPARATOR.matcher(heading).find(title.length())) {
                    return title;
                }
            }
            return heading;
        }
        return declared.isEmpty() ? null : declared.get(0);
    }

    /**
     * The visible headline: the first {@code <h1>} that shares most of its words with a declared title (so that a
     * logo or section name in an {@code <h1>} is passed over); any {@code <h1>} of two words or more when the page
     * declares no title. Editors often shorten the declared title for sharing; the headline is the article's own.
     */
    private static String heading(Document page, List<String> declared, List<String> siteNames) {
        int seen = 0;
        for (Element h1 : page.select("h1")) {
            if (seen++ >= MAX_HEADINGS) {
                break;
            }
            String text = HtmlMetadataReader.clean(h1.text());
            if (text == null || text.length() > 300 || namesSite(text, siteNames) || isLogo(h1)) {
                continue;
            }
            if (declared.isEmpty() ? text.indexOf(' ') > 0 : declared.stream().anyMatch(t -> similar(text, t))) {
                return text;
            }
        }
        return null;
    }

    /** Whether an {@code <h1>} holds the site's logo or name rather than a headline. */
    private static boolean isLogo(Element h1) {
        for (Element element : h1.getAllElements()) {
            for (String word : ClassNames.words(element)) {
                if (word.equals("logo") || word.equals("brand") || word.equals("masthead")) {
                    return true;
                }
            }
        }
        Element parent = h1.parent();
        return parent != null && ClassNames.words(parent).contains("logo");
    }

    /** Whether two titles share at least half of the words of the shorter one. */
    static boolean similar(String a, String b) {
        Set<String> wordsA = new HashSet<>(List.of(NOT_ALNUM.split(a.toLowerCase(Locale.ROOT))));
        Set<String> wordsB = new HashSet<>(List.of(NOT_ALNUM.split(b.toLowerCase(Locale.ROOT))));
        wordsA.remove("");
        wordsB.remove("");
        int smaller = Math.min(wordsA.size(), wordsB.size());
        if (smaller == 0) {
            return false;
        }
        wordsA.retainAll(wordsB);
        return wordsA.size() * 2 >= smaller && (smaller > 1 || wordsA.size() == Math.max(1, wordsB.size()));
    }

    private static List<String> siteNames(Document page, String outlet) {
        List<String> names = new ArrayList<>();
        addKey(names, outlet);
        addKey(names, HtmlMetadataReader.meta(page, "meta[property=og:site_name], meta[name=application-name]"));
        if (outlet != null && outlet.contains(".")) {
            addKey(names, outlet.substring(0, outlet.indexOf('.')));
        }
        return names;
    }

    private static void addKey(List<String> names, String value) {
        if (value != null) {
            String key = key(value);
            if (!key.isEmpty()) {
                names.add(key);
            }
        }
    }

    /** Cuts a leading or trailing part that names the site ("Headline | The Daily Example"). */
    static String withoutSiteName(String title, List<String> siteNames) {
        String result = title.strip();
        for (int round = 0; round < 2; round++) {
            Matcher matcher = SEPARATOR.matcher(result);
            int lastStart = -1;
            int lastEnd = -1;
            int firstStart = -1;
            int firstEnd = -1;
            while (matcher.find()) {
                if (firstStart < 0) {
                    firstStart = matcher.start();
                    firstEnd = matcher.end();
                }
                lastStart = matcher.start();
                lastEnd = matcher.end();
            }
            if (lastStart < 0) {
                break;
            }
            if (namesSite(result.substring(lastEnd), siteNames)) {
                result = result.substring(0, lastStart).strip();
            } else if (namesSite(result.substring(0, firstStart), siteNames)) {
                result = result.substring(firstEnd).strip();
            } else {
                break;
            }
        }
        return result;
    }

    private static boolean namesSite(String part, List<String> siteNames) {
        String key = key(part);
        if (key.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            if (key.equals(name) || (name.length() >= 4 && key.length() >= 4 && (key.contains(name) || name.contains(key))
                    && key.length() <= name.length() + 12)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case letters and digits only: "The Daily-Example" and "thedailyexample" compare equal. */
    private static String key(String value) {
        return NOT_ALNUM.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}

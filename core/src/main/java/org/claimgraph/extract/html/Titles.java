package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title: {@code og:title}, the JSON-LD headline, the article's {@code <h1>}, then {@code <title>};
 * a " | Site" or "Site - " part is cut off when it names the site.
 */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»•/]{1,2}\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Titles() {}

    static String title(Document page, JsonLdReader.ArticleData jsonLd, String outlet) {
        List<String> siteNames = siteNames(page, outlet);
        String heading = heading(page);
        String og = HtmlMetadataReader.meta(page, "meta[property=og:title], meta[name=og:title]");
        String twitter = HtmlMetadataReader.meta(page, "meta[name=twitter:title], meta[property=twitter:title]");
        String[] candidates = {og, HtmlMetadataReader.clean(jsonLd.headline()), twitter, heading,
            HtmlMetadataReader.clean(page.title())};
        for (String candidate : candidates) {
            if (candidate != null) {
                String title = withoutSiteName(candidate, siteNames);
                if (!title.isEmpty()) {
                    return title;
                }
            }
        }
        return null;
    }

    /** The text of the article's first {@code <h1>}, else the page's first {@code <h1>}. */
    private static String heading(Document page) {
        Element h1 = page.selectFirst("article h1, [itemprop=headline], main h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        return h1 == null ? null : HtmlMetadataReader.clean(h1.text());
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

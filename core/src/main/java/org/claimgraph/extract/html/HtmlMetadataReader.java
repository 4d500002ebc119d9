package org.claimgraph.extract.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.claimgraph.extract.Dates;
import org.claimgraph.extract.Bylines;

/**
 * Title, authors, publication date, canonical URL, outlet and language of a page, from its meta tags, JSON-LD,
 * microdata and visible header, most reliable source first. Reads the page as parsed, before any pruning.
 */
public final class HtmlMetadataReader {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String ARTICLE_SCOPE = "article, [itemprop=articleBody], main, [role=main]";

    private HtmlMetadataReader() {}

    /** What the page states about itself; fields it does not state are null. */
    public static Metadata read(Document page, String baseUri) {
        return read(page, baseUri, JsonLdReader.read(page));
    }

    static Metadata read(Document page, String baseUri, JsonLdReader.ArticleData jsonLd) {
        String url = canonicalUrl(page, jsonLd);
        String outlet = outlet(page, jsonLd, url != null ? url : baseUri);
        String title = Titles.title(page, jsonLd, outlet);
        return new Metadata(title, authors(page, jsonLd, outlet), published(page, jsonLd), url, outlet, language(page));
    }

    /** The first non-blank {@code content} of the meta tags matching {@code selector}, else null. */
    static String meta(Document page, String selector) {
        for (Element meta : page.select(selector)) {
            String content = clean(meta.attr("content"));
            if (content != null) {
                return content;
            }
        }
        return null;
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACE.matcher(value.replace('\u00a0', ' ')).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static List<String> authors(Document page, JsonLdReader.ArticleData jsonLd, String outlet) {
        List<String> found = new ArrayList<>(jsonLd.authors());
        if (found.isEmpty()) {
            for (Element meta : page.select("meta[name=author], meta[property=article:author], "
                    + "meta[name=article:author], meta[name=byl], meta[name=dc.creator], meta[name=DC.creator], "
                    + "meta[name=parsely-author], meta[name=sailthru.author]")) {
                found.addAll(Bylines.fromValue(meta.attr("content")));
            }
        }
        if (found.isEmpty()) {
            for (Element element : page.select("[itemprop=author] [itemprop=name], [rel=author], "
                    + "[itemprop=author]")) {
                found.addAll(Bylines.fromValue(spacedText(element)));
                if (!found.isEmpty()) {
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            found.addAll(bylineAuthors(page));
        }
        return withoutSiteName(Bylines.distinct(found), page, jsonLd, outlet);
    }

    /**
     * Drops the outlet itself ("BBC News" as author of a BBC page says nobody signed it) and a trailing site name
     * ("Jane Roe ExampleNews" from a byline reading "By Jane Roe, ExampleNews Staff").
     */
    private static List<String> withoutSiteName(List<String> names, Document page, JsonLdReader.ArticleData jsonLd,
            String outlet) {
        List<String> siteKeys = new ArrayList<>();
        for (String site : new String[] {outlet, jsonLd.publisher(),
                meta(page, "meta[property=og:site_name], meta[name=application-name]")}) {
            if (site != null) {
                siteKeys.add(key(site));
                if (site.contains(".")) {
                    siteKeys.add(key(site.substring(0, site.lastIndexOf('.'))));
                }
            }
        }
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (siteKeys.contains(key(name))) {
                continue;
            }
            int lastSpace = name.lastIndexOf(' ');
            if (lastSpace > 0 && siteKeys.contains(key(name.substring(lastSpace + 1)))) {
                name = name.substring(0, lastSpace);
            }
            result.add(name);
        }
        return result;
    }

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Names in the first short element whose class, id or test id says byline or author. */
    private static List<String> bylineAuthors(Document page) {
        for (Element element : page.select("[class~=(?i)byline|author], [id~=(?i)byline|author], "
                + "[data-testid~=(?i)byline|author]")) {
            String text = spacedText(element);
            if (text.isEmpty() || text.length() > 200 || insideFormOrComments(element)) {
                continue;
            }
            List<String> names = Bylines.fromValue(text);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The element's text with a space between every pair of text nodes ("By" and a name in adjacent spans). */
    static String spacedText(Element element) {
        StringBuilder text = new StringBuilder();
        for (TextNode node : allTextNodes(element)) {
            text.append(node.text()).append(' ');
        }
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static List<TextNode> allTextNodes(Element element) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        }, element);
        return nodes;
    }

    private static boolean insideFormOrComments(Element element) {
        for (Element parent = element; parent != null; parent = parent.parent()) {
            if (parent.nameIs("form") || parent.nameIs("footer") || parent.nameIs("aside")) {
                return true;
            }
            for (String word : ClassNames.words(parent)) {
                if (word.startsWith("comment") || word.equals("respond") || word.equals("reply")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String published(Document page, JsonLdReader.ArticleData jsonLd) {
        String[] candidates = {
            meta(page, "meta[property=article:published_time], meta[name=article:published_time]"),
            jsonLd.published(),
            itemprop(page, "datePublished"),
            headerTime(page),
            meta(page, "meta[name=date], meta[name=DC.date], meta[name=dc.date], meta[name=DC.date.issued], "
                    + "meta[name=dcterms.date], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], "
                    + "meta[name=sailthru.date], meta[name=parsely-pub-date], meta[property=og:published_time]"),
        };
        for (String candidate : candidates) {
            String date = Dates.normalizeMachineDate(candidate);
            if (date != null) {
                return date;
            }
        }
        return visibleDate(page);
    }

    private static String itemprop(Document page, String name) {
        for (Element element : page.select("[itemprop=" + name + "]")) {
            String value = element.hasAttr("content") ? element.attr("content")
                    : element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            if (!value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The first {@code <time datetime>} inside the article, else in the page. */
    private static String headerTime(Document page) {
        for (Element scope : page.select(ARTICLE_SCOPE)) {
            Element time = scope.selectFirst("time[datetime]");
            if (time != null) {
                return time.attr("datetime");
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    /** A date written in a short element near the main heading. */
    private static String visibleDate(Document page) {
        Element heading = page.selectFirst("h1");
        Element scope = heading == null ? page.body() : heading.parent();
        for (int level = 0; scope != null && level < 3; level++, scope = scope.parent()) {
            for (Element element : scope.select("time, [class~=(?i)date|time|publish]")) {
                String text = element.text();
                if (text.length() <= 80) {
                    String date = Dates.find(text);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static String canonicalUrl(Document page, JsonLdReader.ArticleData jsonLd) {
        for (Element link : page.select("link[rel~=(?i)^canonical$]")) {
            String url = absoluteHttp(link.absUrl("href"), link.attr("href"));
            if (url != null) {
                return url;
            }
        }
        Element ogUrl = page.selectFirst("meta[property=og:url], meta[name=og:url]");
        if (ogUrl != null) {
            String url = absoluteHttp(ogUrl.absUrl("content"), ogUrl.attr("content"));
            if (url != null) {
                return url;
            }
        }
        return absoluteHttp(null, jsonLd.url());
    }

    private static String absoluteHttp(String resolved, String raw) {
        String value = resolved != null && !resolved.isEmpty() ? resolved : raw;
        if (value == null) {
            return null;
        }
        value = value.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? value : null;
    }

    private static String outlet(Document page, JsonLdReader.ArticleData jsonLd, String url) {
        String siteName = meta(page, "meta[property=og:site_name], meta[name=og:site_name]");
        if (siteName != null) {
            return siteName;
        }
        if (jsonLd.publisher() != null) {
            return clean(jsonLd.publisher());
        }
        String application = meta(page, "meta[name=application-name], meta[name=apple-mobile-web-app-title]");
        if (application != null) {
            return application;
        }
        return registrableDomain(url);
    }

    /** {@code https://www.latimes.com/x} gives {@code latimes.com}; {@code news.bbc.co.uk} gives {@code bbc.co.uk}. */
    static String registrableDomain(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
        if (host == null || host.isEmpty() || Character.isDigit(host.charAt(host.length() - 1))) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length <= 2) {
            return String.join(".", labels);
        }
        int keep = 2;
        String second = labels[labels.length - 2];
        if (labels[labels.length - 1].length() == 2 && (second.length() <= 3 && List.of("co", "com", "org",
                "net", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic", "ltd", "plc", "sch", "mil").contains(second))) {
            keep = 3;
        }
        int from = Math.max(0, labels.length - keep);
        return String.join(".", java.util.Arrays.copyOfRange(labels, from, labels.length));
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String value = html == null ? "" : html.attr("lang");
        if (value.isBlank() && html != null) {
            value = html.attr("xml:lang");
        }
        if (value.isBlank()) {
            String meta = meta(page, "meta[http-equiv~=(?i)content-language], meta[name~=(?i)^language$], "
                    + "meta[property=og:locale]");
            value = meta == null ? "" : meta;
        }
        String first = value.split("[,;]", 2)[0].strip();
        if (!LANGUAGE_TAG.matcher(first).matches()) {
            return null;
        }
        return first.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}

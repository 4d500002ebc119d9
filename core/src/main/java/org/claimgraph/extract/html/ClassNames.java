package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's class and id say about it. Names are split into lower-case words at punctuation and at
 * camel-case humps ({@code "shareBar_top"} is {@code share, bar, top}), so that {@code "comments"} matches
 * {@code "post-comments"} but not {@code "commentary"}.
 */
final class ClassNames {

    /** Words that mark page furniture wherever they appear in a class or id. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "sociallinks",
            "related", "relatedlinks", "newsletter", "newsletters", "subscribe", "subscription", "subscriptions",
            "signup", "promo", "promos", "promotion", "promoted", "advert", "adverts", "advertisement",
            "advertising", "ad", "ads", "adv", "adslot", "adunit", "adsense", "dfp", "sponsor", "sponsored",
            "sponsors", "sidebar", "comment", "comments", "commentlist", "commenting", "disqus", "footer", "nav", "navbar", "navigation",
            "menu", "breadcrumb", "breadcrumbs", "byline", "bylines", "caption", "captions", "credit", "credits",
            "tags", "taglist", "tagged", "keywords", "popular", "mostpopular", "mostread", "recommend",
            "recommended", "recommendations", "trending", "outbrain", "taboola", "cookie", "cookies", "consent",
            "gdpr", "paywall", "donate", "donation", "login", "modal", "popup", "banner", "toolbar", "widget",
            "widgets", "author", "authors", "bio", "dateline", "timestamp", "date", "published", "pubdate",
            "meta", "print", "email", "rss", "pagination", "pager", "disclaimer", "skip", "jump", "masthead",
            "readmore", "seealso", "also", "upnext", "teaser", "teasers", "carousel", "slideshow", "gallery",
            "video", "player", "playlist", "podcast", "rail", "subnav", "topics", "hashtags", "reactions",
            "feedback", "survey", "cta", "copyright", "legal", "licence", "license");

    /** Prefixes of words that mark page furniture ({@code "advertorial"}, {@code "newsletterSignup"}). */
    private static final List<String> BOILERPLATE_PREFIXES = List.of("advert", "newsletter", "subscri", "sponsor",
            "recommend", "promo", "social", "share", "related", "breadcrumb", "outbrain", "taboola",
            "caption", "disclaimer", "cookie", "paywall", "donat", "trending", "popular", "byline");

    /** Words that mark the article itself; they cancel furniture words such as {@code "meta"} or {@code "date"}. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "blog", "prose", "richtext", "paragraph");

    /**
     * Furniture words that also turn up in the names of article wrappers ({@code "post-meta"} is furniture,
     * {@code "article-body video-story"} is not): they count only for short blocks or names without a content word.
     */
    private static final Set<String> WEAK_WORDS = Set.of("meta", "date", "published", "widget", "rail", "teaser",
            "banner", "video", "player", "gallery", "slideshow", "carousel", "topics", "print", "email", "legal",
            "dateline", "timestamp", "pubdate", "tags", "tagged", "keywords", "license", "licence", "copyright");

    private static final int SHORT_BLOCK_CHARS = 300;

    private ClassNames() {}

    /**
     * Whether the element's class or id names furniture rather than content.
     *
     * @param textLength characters of text in the element
     */
    static boolean isBoilerplate(Element element, int textLength) {
        List<String> words = words(element);
        if (words.isEmpty()) {
            return false;
        }
        boolean content = false;
        boolean weak = false;
        boolean strong = false;
        for (String word : words) {
            if (CONTENT_WORDS.contains(word)) {
                content = true;
            } else if (BOILERPLATE_WORDS.contains(word) || hasBoilerplatePrefix(word)) {
                if (WEAK_WORDS.contains(word)) {
                    weak = true;
                } else {
                    strong = true;
                }
            }
        }
        return strong || (weak && (!content || textLength < SHORT_BLOCK_CHARS));
    }

    /** Whether the element's class or id names article content ({@code "article-body"}, {@code "story"}). */
    static boolean isContent(Element element) {
        for (String word : words(element)) {
            if (CONTENT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBoilerplatePrefix(String word) {
        for (String prefix : BOILERPLATE_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-case words of the element's class names and id. Class names that describe a layout
     * ({@code "with-sidebar"}, {@code "sidebar-layout"}) say what sits next to the element, not what it is, and are
     * skipped.
     */
    static List<String> words(Element element) {
        List<String> words = new ArrayList<>();
        for (String name : element.classNames()) {
            if (!isLayoutName(name)) {
                split(name, words);
            }
        }
        if (!isLayoutName(element.id())) {
            split(element.id(), words);
        }
        return words;
    }

    private static boolean isLayoutName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("layout") || lower.startsWith("has-") || lower.startsWith("with-")
                || lower.startsWith("no-") || lower.startsWith("is-") && !lower.startsWith("is-hidden");
    }

    private static void split(String name, List<String> into) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            boolean hump = letterOrDigit && Character.isUpperCase(c) && i > 0
                    && Character.isLowerCase(name.charAt(i - 1));
            if (start >= 0 && (!letterOrDigit || hump)) {
                into.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letterOrDigit && start < 0) {
                start = i;
            }
        }
    }
}

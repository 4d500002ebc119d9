package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes the parts of a page that are never article body: code and embeds, forms and controls, hidden elements,
 * and blocks whose tag, ARIA role, class or id names navigation, sharing, promotion, comments, captions, bylines and
 * the like. Only general web conventions are used; no rule names a site.
 *
 * <p>A block that holds most of the page's text is kept even when its name looks like boilerplate (a wrapper called
 * {@code "content has-sidebar"}); its boilerplate children are still removed.
 */
final class BoilerplateRules {

    /** Tags whose content is never body text. */
    private static final Set<String> ALWAYS_REMOVED = Set.of("script", "style", "noscript", "template", "svg",
            "iframe", "object", "embed", "canvas", "video", "audio", "map", "select", "textarea", "input", "button",
            "label", "option", "link", "meta", "dialog", "math", "figcaption", "head");

    /** Tags whose text counts as prose when long enough and not made of links. */
    private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "blockquote");

    /** Tags that hold page furniture; kept only when they hold most of the page's text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "menu");

    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "alert");

    /** Classes that hide an element on every screen size. */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "is-hidden", "sr-only",
            "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only", "offscreen", "d-none");

    private static final double KEEP_SHARE = 0.5;
    private static final int KEEP_MIN_CHARS = 400;
    private static final int PROSE_MIN_CHARS = 60;
    private static final double PROSE_MAX_LINK_DENSITY = 0.3;

    private BoilerplateRules() {}

    /**
     * Removes boilerplate under {@code root} in place.
     *
     * @param byName whether class and id names count; without them only tags, roles and hiding remove a block
     */
    static void prune(Element root, boolean byName) {
        for (Element element : root.getAllElements()) {
            if (element != root && ALWAYS_REMOVED.contains(element.normalName())) {
                element.remove();
            }
        }
        TextStats stats = TextStats.of(root);
        Map<Element, Integer> prose = proseByElement(root, stats);
        int total = prose.getOrDefault(root, 0);
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> roots = new ArrayList<>();
        Elements all = root.getAllElements();
        for (Element element : all) {
            if (element == root || element.nameIs("body") || element.nameIs("html")) {
                continue;
            }
            Element parent = element.parent();
            if (parent != null && removed.contains(parent)) {
                removed.add(element);
                continue;
            }
            if (isBoilerplate(element, stats.text(element), byName)
                    && !holdsMostProse(prose.getOrDefault(element, 0), total)) {
                removed.add(element);
                roots.add(element);
            }
        }
        for (Element element : roots) {
            element.remove();
        }
    }

    private static boolean holdsMostProse(int prose, int total) {
        return prose >= KEEP_MIN_CHARS && prose >= KEEP_SHARE * total;
    }

    /**
     * Characters of prose under each element: paragraphs of some length with few links. Sidebars and link lists
     * have little prose even when they have much text, so this measures where the article is.
     */
    static Map<Element, Integer> proseByElement(Element root, TextStats stats) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Element element : root.getAllElements()) {
            if (!PROSE_TAGS.contains(element.normalName())) {
                continue;
            }
            int length = stats.text(element);
            if (length < PROSE_MIN_CHARS || stats.linkDensity(element) > PROSE_MAX_LINK_DENSITY) {
                continue;
            }
            for (Element ancestor = element; ancestor != null; ancestor = ancestor.parent()) {
                prose.merge(ancestor, length, Integer::sum);
                if (ancestor == root) {
                    break;
                }
            }
        }
        return prose;
    }

    static boolean isBoilerplate(Element element, int textLength, boolean byName) {
        String tag = element.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && !insideArticle(element)) {
            return true;
        }
        if (isHidden(element)) {
            return true;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role)) {
            return true;
        }
        if (!byName || isArticleBody(element)) {
            return false;
        }
        return ClassNames.isBoilerplate(element, textLength);
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty()) {
            String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
                return true;
            }
        }
        for (String name : element.classNames()) {
            if (HIDING_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean isArticleBody(Element element) {
        String itemprop = element.attr("itemprop");
        return itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text");
    }

    private static boolean insideArticle(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("article") || parent.nameIs("main") || "main".equals(parent.attr("role"))
                    || isArticleBody(parent)) {
                return true;
            }
        }
        return false;
    }
}

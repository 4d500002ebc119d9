package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the element that holds the article body, in the manner of Readability: every paragraph gives points to its
 * parent and, less, to its further ancestors (more for long paragraphs with commas); an ancestor's points are cut by
 * its link density; the best ancestor wins. Semantic markup ({@code itemprop=articleBody}, {@code <article>},
 * {@code <main>}) is preferred when it holds nearly all of the winner's text.
 */
final class ContentScorer {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd", "li", "h2",
            "h3");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "table", "ul",
            "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextStats stats;

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The element holding the article body under {@code body}, or {@code body} itself when nothing stands out. */
    static Element mainContent(Element body) {
        TextStats stats = TextStats.of(body);
        ContentScorer scorer = new ContentScorer(stats);
        Element best = scorer.best(body);
        if (best == null) {
            return body;
        }
        return scorer.preferSemantic(body, best);
    }

    private Element best(Element body) {
        for (Element element : body.getAllElements()) {
            if (!isParagraph(element)) {
                continue;
            }
            int length = stats.text(element) - stats.linkText(element);
            if (length < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + commas(element) + Math.min(length / 100, 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initialScore(ancestor) + points / divider, Double::sum);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = adjusted(entry.getKey());
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best == null ? null : climb(best, body);
    }

    /** Score without the base points of the tag, once the link density is counted. */
    private double adjusted(Element element) {
        Double raw = scores.get(element);
        return raw == null ? 0 : raw * (1 - stats.linkDensity(element));
    }

    /** Walks up while the parent scores nearly as well: the article is split into sibling blocks. */
    private Element climb(Element best, Element body) {
        Element current = best;
        double score = adjusted(best);
        while (current != body && current.parent() != null) {
            Element parent = current.parent();
            if (parent.childrenSize() == 1 && parent != body) {
                current = parent;
                continue;
            }
            double parentScore = adjusted(parent);
            if (parentScore < score * 0.9) {
                break;
            }
            current = parent;
            score = parentScore;
        }
        return current;
    }

    /** A semantic article element that holds nearly all of the chosen element's text, or the chosen element. */
    private Element preferSemantic(Element body, Element best) {
        int bestText = stats.text(best) - stats.linkText(best);
        List<Element> semantic = new ArrayList<>(body.select("[itemprop=articleBody], [itemprop=text]"));
        semantic.addAll(body.select("article, main, [role=main]"));
        for (Element candidate : semantic) {
            int text = stats.text(candidate) - stats.linkText(candidate);
            if (text < 200) {
                continue;
            }
            if (candidate == best) {
                return best;
            }
            if (isAncestor(candidate, best)) {
                // The winner sits inside the semantic element: take the whole of it when it adds little else.
                if (BoilerplateRules.isArticleBody(candidate) || text <= bestText * 1.25) {
                    return candidate;
                }
            } else if (isAncestor(best, candidate) && text >= bestText * 0.8) {
                return candidate;
            }
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private double initialScore(Element element) {
        if (scores.containsKey(element)) {
            return 0;
        }
        double score = 0;
        String tag = element.normalName();
        if (tag.equals("div") || tag.equals("article") || tag.equals("section") || tag.equals("main")) {
            score += 5;
        } else if (tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
            score += 3;
        } else if (tag.equals("ol") || tag.equals("ul") || tag.equals("dl") || tag.equals("li")
                || tag.equals("form") || tag.equals("address")) {
            score -= 3;
        } else if (tag.startsWith("h") && tag.length() == 2 || tag.equals("th")) {
            score -= 5;
        }
        if (BoilerplateRules.isArticleBody(element)) {
            score += 30;
        }
        if (ClassNames.isContent(element)) {
            score += 25;
        }
        return score;
    }

    private static boolean isParagraph(Element element) {
        String tag = element.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return !(tag.equals("li") || tag.equals("td")) || !hasBlockChild(element);
        }
        // A div with its own text and no block children acts as a paragraph.
        return tag.equals("div") && !hasBlockChild(element) && hasOwnText(element);
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static int commas(Element element) {
        int commas = 0;
        String text = element.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c') {
                commas++;
            }
        }
        return commas;
    }
}

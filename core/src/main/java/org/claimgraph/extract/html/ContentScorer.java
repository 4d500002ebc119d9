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

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "table", "ul",
            "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "td",
            "center");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextStats stats;

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /**
     * The elements holding the article body under {@code body}, in document order: the best-scoring element and
     * those of its siblings that continue it; {@code body} itself when nothing stands out.
     */
    static List<Element> mainContent(Element body) {
        TextStats stats = TextStats.of(body);
        ContentScorer scorer = new ContentScorer(stats);
        Element best = scorer.best(body);
        if (best == null) {
            return List.of(body);
        }
        List<Element> articleBodies = scorer.articleBodies(body, best);
        if (!articleBodies.isEmpty()) {
            return articleBodies;
        }
        Element semantic = scorer.preferSemantic(body, best);
        if (semantic != best || best == body || best.parent() == null) {
            return List.of(semantic);
        }
        return scorer.withSiblings(best);
    }

    /**
     * The outermost {@code itemprop=articleBody} elements when the best element is one of them, sits inside one,
     * or holds them and little else. Pages that split the body around ads mark every part.
     */
    private List<Element> articleBodies(Element body, Element best) {
        List<Element> parts = new ArrayList<>();
        int partsText = 0;
        boolean related = false;
        for (Element candidate : body.select("[itemprop=articleBody]")) {
            if (!parts.isEmpty() && isAncestor(parts.get(parts.size() - 1), candidate)) {
                continue;
            }
            parts.add(candidate);
            partsText += stats.text(candidate) - stats.linkText(candidate);
            related |= candidate == best || isAncestor(candidate, best);
        }
        int bestText = stats.text(best) - stats.linkText(best);
        if (partsText < 200) {
            return List.of();
        }
        if (!related) {
            boolean allInside = parts.stream().allMatch(part -> isAncestor(best, part));
            related = allInside && partsText >= 0.6 * bestText;
        }
        return related ? parts : List.of();
    }

    /** The best element and the siblings that look like more of the same article (Readability's rule). */
    private List<Element> withSiblings(Element best) {
        double bestScore = adjusted(best);
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> result = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best) {
                result.add(sibling);
                continue;
            }
            double bonus = !best.className().isEmpty() && best.className().equals(sibling.className())
                    ? bestScore * 0.2 : 0;
            if (scores.containsKey(sibling) && adjusted(sibling) + bonus >= threshold) {
                result.add(sibling);
            } else if (sibling.nameIs("p")) {
                int length = stats.text(sibling);
                double linkDensity = stats.linkDensity(sibling);
                String text = sibling.text();
                if (length > 80 && linkDensity < 0.25
                        || length > 0 && linkDensity == 0 && (text.endsWith(".") || text.contains(". "))) {
                    result.add(sibling);
                }
            }
        }
        return result;
    }

    private Element best(Element body) {
        for (Element element : body.getAllElements()) {
            if (isParagraph(element)) {
                int length = stats.text(element) - stats.linkText(element);
                if (length >= MIN_PARAGRAPH_CHARS) {
                    award(element.parent(), body, points(element.text(), length));
                }
            } else if (CONTAINER_TAGS.contains(element.normalName())) {
                // Text written straight into a container, lines split by <br>, is paragraphs of that container.
                String own = element.ownText();
                if (own.length() >= MIN_PARAGRAPH_CHARS) {
                    award(element, body, points(own, own.length()));
                }
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

    private static double points(String text, int length) {
        return 1 + commas(text) + Math.min(length / 100, 3);
    }

    private void award(Element parent, Element body, double points) {
        Element ancestor = parent;
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, initialScore(ancestor) + points / divider, Double::sum);
            if (ancestor == body) {
                break;
            }
            ancestor = ancestor.parent();
        }
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
        List<Element> semantic = new ArrayList<>(body.select("[itemprop=text]"));
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
            return !tag.equals("td") || !hasBlockChild(element);
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

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c') {
                commas++;
            }
        }
        return commas;
    }
}

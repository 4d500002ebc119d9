package org.claimgraph.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, computed in one walk so that scoring never re-reads a
 * subtree. Lengths count non-blank text characters after collapsing whitespace runs to one space.
 */
final class TextStats {

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextStats() {}

    /** Counts text under {@code root}; the counts are a snapshot and go stale once the tree is changed. */
    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    int length = collapsedLength(text.getWholeText());
                    if (length > 0) {
                        stats.add(text.parent(), root, length, linkDepth > 0);
                    }
                } else if (node instanceof Element element && element.nameIs("a")) {
                    linkDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.nameIs("a")) {
                    linkDepth--;
                }
            }
        }, root);
        return stats;
    }

    private void add(Node from, Element root, int length, boolean link) {
        Node node = from;
        while (node instanceof Element element) {
            int[] counts = lengths.computeIfAbsent(element, e -> new int[2]);
            counts[0] += length;
            if (link) {
                counts[1] += length;
            }
            if (element == root) {
                return;
            }
            node = element.parent();
        }
    }

    /** Characters of text under the element. */
    int text(Element element) {
        int[] counts = lengths.get(element);
        return counts == null ? 0 : counts[0];
    }

    /** Characters of text inside links under the element. */
    int linkText(Element element) {
        int[] counts = lengths.get(element);
        return counts == null ? 0 : counts[1];
    }

    /** Share of the element's text that sits inside links, 0 when it has no text. */
    double linkDensity(Element element) {
        int text = text(element);
        return text == 0 ? 0 : (double) linkText(element) / text;
    }

    /** Length of {@code text} once leading and trailing whitespace is dropped and inner runs count as one space. */
    static int collapsedLength(String text) {
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                pendingSpace = length > 0;
            } else {
                length += pendingSpace ? 2 : 1;
                pendingSpace = false;
            }
        }
        return length;
    }
}

package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the content element into paragraphs: every block element (paragraph, heading, list item, quote, table
 * cell...) and every line break ends a paragraph; whitespace inside a paragraph becomes single spaces. Each
 * paragraph remembers how much of it is link text and which block tag it came from, for {@link BlockFilter}.
 */
final class BlockWriter implements NodeVisitor {

    /** One paragraph of output. */
    record Block(String text, int linkChars, String tag, boolean inList) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
            "address", "details", "summary", "hr", "br", "center", "fieldset", "legend", "hgroup", "form");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final List<String> openBlocks = new ArrayList<>();
    private int linkDepth;
    private int listDepth;
    private int linkChars;
    private boolean pendingSpace;
    private boolean blockInList;
    private String blockTag = "div";

    private BlockWriter() {}

    /** The paragraphs under {@code root}, in document order, before any filtering. */
    static List<Block> blocks(Element root) {
        BlockWriter writer = new BlockWriter();
        NodeTraversor.traverse(writer, root);
        writer.flush();
        return writer.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                openBlocks.add(tag);
                if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
                    listDepth++;
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!openBlocks.isEmpty()) {
                    openBlocks.remove(openBlocks.size() - 1);
                }
                if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
                    listDepth--;
                }
            }
        }
    }

    private void append(String text) {
        if (current.length() == 0) {
            blockTag = innermostBlock();
            blockInList = listDepth > 0;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c)) {
                pendingSpace = current.length() > 0;
                continue;
            }
            if (c == '\u200b' || c == '\u200c' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (pendingSpace) {
                current.append(' ');
                if (linkDepth > 0) {
                    linkChars++;
                }
                pendingSpace = false;
            }
            current.append(c);
            if (linkDepth > 0) {
                linkChars++;
            }
        }
    }

    private String innermostBlock() {
        return openBlocks.isEmpty() ? "div" : openBlocks.get(openBlocks.size() - 1);
    }

    private void flush() {
        if (current.length() > 0) {
            blocks.add(new Block(current.toString(), linkChars, blockTag, blockInList));
        }
        current.setLength(0);
        linkChars = 0;
        pendingSpace = false;
    }
}

package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article in a parsed page: metadata from the whole page, then the body from what is left once boilerplate is
 * pruned. Changes the document it is given.
 */
public final class ArticleReader {

    /** The body text (paragraphs separated by blank lines) and metadata of one page. */
    public record Article(String text, Metadata metadata, boolean bodyFromJsonLd) {}

    /** Below this many characters the markup is taken to hold no article, and JSON-LD's articleBody is tried. */
    private static final int MIN_BODY_CHARS = 300;

    private ArticleReader() {}

    /**
     * @param page the parsed page; pruned in place
     * @param baseUri the page's address, or empty
     */
    public static Article read(Document page, String baseUri) {
        JsonLdReader.ArticleData jsonLd = JsonLdReader.read(page);
        Metadata metadata = HtmlMetadataReader.read(page, baseUri, jsonLd);
        String text = body(page);
        String jsonLdBody = jsonLd.body() == null ? "" : paragraphs(Parser.unescapeEntities(jsonLd.body(), false));
        if (text.length() < MIN_BODY_CHARS && jsonLdBody.length() > 2 * text.length()) {
            return new Article(jsonLdBody, metadata, true);
        }
        return new Article(text, metadata, false);
    }

    /**
     * The article body of a page, pruned in place. When pruning by class and id names leaves next to nothing (a
     * site that calls its article wrapper "sidebar-center"), the page is read again with those rules off.
     */
    static String body(Document page) {
        Element body = page.body();
        Element spare = body.clone();
        String text = body(body, true);
        if (text.length() < MIN_BODY_CHARS) {
            String lenient = body(spare, false);
            if (lenient.length() > 2 * text.length()) {
                return lenient;
            }
        }
        return text;
    }

    private static String body(Element body, boolean byName) {
        BoilerplateRules.prune(body, byName);
        List<BlockWriter.Block> blocks = new ArrayList<>();
        for (Element content : ContentScorer.mainContent(body)) {
            blocks.addAll(BlockWriter.blocks(content));
        }
        blocks = BlockFilter.keep(blocks);
        List<String> texts = new ArrayList<>(blocks.size());
        for (BlockWriter.Block block : blocks) {
            texts.add(block.text());
        }
        return String.join("\n\n", texts);
    }

    /** Plain text with its line breaks turned into paragraphs and inner whitespace collapsed. */
    private static String paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String line : text.split("\\R+")) {
            String collapsed = HtmlMetadataReader.clean(line);
            if (collapsed != null) {
                result.add(collapsed);
            }
        }
        return String.join("\n\n", result);
    }
}

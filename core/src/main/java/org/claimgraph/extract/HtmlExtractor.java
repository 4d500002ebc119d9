package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.extract.html.ArticleReader;
import org.claimgraph.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages: the article body without navigation and boilerplate, and the page's metadata.
 *
 * <p>The page is parsed once. Metadata is read first, from the whole page; then boilerplate is pruned, the element
 * holding the article is chosen by paragraph scoring and its text is written out as paragraphs separated by blank
 * lines. When that finds next to nothing, the JSON-LD {@code articleBody} is used instead. The headline is
 * metadata: a first paragraph that repeats the title is left out of the text.
 */
public final class HtmlExtractor {
    private static final String STAGE = "extract";

    /**
     * @param html the decoded page
     * @param baseUri the page's address if known (for resolving relative links), else empty
     */
    public Extraction extract(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        ArticleReader.Article article = ArticleReader.read(page, baseUri == null ? "" : baseUri);
        List<Diagnostic> diagnostics = article.bodyFromJsonLd()
                ? List.of(Diagnostic.info(STAGE,
                        "the page's markup holds little article text; the body is its JSON-LD articleBody"))
                : List.of();
        return new Extraction(withoutHeadline(article.text(), article.metadata().title()), article.metadata(),
                diagnostics);
    }

    /** The headline is metadata, as in plain-text articles: a first paragraph that repeats it is dropped. */
    static String withoutHeadline(String text, String title) {
        if (title == null || title.isBlank()) {
            return text;
        }
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        if (!squeeze(first).equals(squeeze(title))) {
            return text;
        }
        return end < 0 ? "" : text.substring(end + 2);
    }

    private static String squeeze(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

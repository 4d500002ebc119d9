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
 * lines. When that finds next to nothing, the JSON-LD {@code articleBody} is used instead.
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
        return new Extraction(article.text(), article.metadata(), diagnostics);
    }
}

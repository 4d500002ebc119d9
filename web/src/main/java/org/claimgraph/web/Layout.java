package org.claimgraph.web;

import static org.claimgraph.web.Html.escape;

/** The frame every page shares: head, navigation, search box; the page's own HTML goes inside {@code <main>}. */
final class Layout {

    private Layout() {}

    /**
     * A whole page. {@code title} is text (escaped here); {@code body} is HTML whose every piece of article-derived
     * text the caller has escaped already.
     */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · claimgraph</title>"
                + "<link rel=\"stylesheet\" href=\"/static/style.css\">"
                + "<script src=\"/static/app.js\" defer></script></head><body>"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">claimgraph</a><nav>"
                + "<a href=\"/\">Articles</a><a href=\"/statements\">Statements</a><a href=\"/entities\">Entities</a></nav>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Search: words, &quot;a phrase&quot;, speaker:Name\" "
                + "aria-label=\"Search\"><button type=\"submit\">Search</button></form></header>"
                + "<main>" + body + "</main>"
                + "<footer>claimgraph reports what was said; it never rules on what is true. "
                + "<a href=\"/openapi.json\">API (OpenAPI)</a></footer></body></html>\n";
    }

    /** "CSV · JSON Lines" download links for an API list, its query string kept ({@code query} starts with ? or is empty). */
    static String exports(String apiPath, String query, boolean claimReview) {
        String join = query.isEmpty() ? "?" : query + "&";
        StringBuilder links = new StringBuilder("<p class=\"exports\">Export: ");
        links.append(link(apiPath + join + "format=csv", "CSV")).append(" · ")
                .append(link(apiPath + join + "format=jsonl", "JSON Lines"));
        if (claimReview) {
            links.append(" · ").append(link(apiPath + join + "format=claimreview", "ClaimReview JSON-LD"));
        }
        return links.append("</p>").toString();
    }

    /** A link; {@code href} and {@code text} are escaped here. */
    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** Previous / next links for a paged list at {@code path} (its other parameters in {@code query}, escaped here). */
    static String pager(String path, String query, Page page, int total) {
        StringBuilder links = new StringBuilder("<p class=\"pager\">");
        int last = Math.min(total, page.offset() + page.limit());
        links.append(total == 0 ? "Nothing found." : "Showing " + (page.offset() + 1) + "–" + last + " of " + total
                + ". ");
        String join = query.isEmpty() ? "?" : query + "&";
        if (page.offset() > 0) {
            links.append(link(path + join + "offset=" + Math.max(0, page.offset() - page.limit()) + "&limit="
                    + page.limit(), "← previous")).append(' ');
        }
        if (last < total) {
            links.append(link(path + join + "offset=" + last + "&limit=" + page.limit(), "next →"));
        }
        return links.append("</p>").toString();
    }
}

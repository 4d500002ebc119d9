package org.claimgraph.analyze;

/**
 * How {@link Analyzer} treats each article.
 *
 * @param clean false keeps the decoded input unchanged as the document's text ({@code --no-clean})
 * @param published reference publication date (ISO-8601) for articles that state none; null for none
 * @param maxBytes bound on the bytes of one input, after decompression
 */
public record AnalyzeOptions(boolean clean, String published, long maxBytes) {
    public static AnalyzeOptions defaults() {
        return new AnalyzeOptions(true, null, org.claimgraph.read.InputLoader.DEFAULT_MAX_BYTES);
    }
}

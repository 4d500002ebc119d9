package org.claimgraph.bench;

import java.util.List;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.claimgraph.eval.ExtractionEvaluation.Extracted;
import org.claimgraph.read.Decoder;
import org.claimgraph.read.InputFormat;

/**
 * Readability4J 1.0.8 (a Kotlin port of Mozilla's Readability.js) on the page decoded by claimgraph's {@link Decoder}:
 * body from {@code textContent}, title from {@code title}, author from {@code byline} with a leading "By" removed
 * (the byline is the line as printed, "By Jane Doe"; the gold set has the bare name).
 */
public final class Readability4jExtractor implements BodyExtractor {

    private static final Pattern LEADING_BY = Pattern.compile("^\\s*by\\s+", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "Readability4J";
    }

    @Override
    public boolean givesTitle() {
        return true;
    }

    @Override
    public boolean givesAuthors() {
        return true;
    }

    @Override
    public boolean threadSafe() {
        return true; // a new Readability4J per page
    }

    @Override
    public Extracted extract(BenchPage page) throws Exception {
        String html = Decoder.decode(page.source(), page.bytes(), InputFormat.HTML).text();
        String uri = page.source().startsWith("http") ? page.source() : "http://localhost/";
        Article article = new Readability4J(uri, html).parse();
        return new Extracted(article.getTextContent(), article.getTitle(), authors(article.getByline()));
    }

    static List<String> authors(String byline) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        String name = LEADING_BY.matcher(byline.strip()).replaceFirst("");
        return name.isEmpty() ? List.of() : List.of(name);
    }
}

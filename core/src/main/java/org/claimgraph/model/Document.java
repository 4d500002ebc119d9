package org.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One analysed article, the Java form of {@code contract/document.schema.json}. Offsets inside Java are UTF-16; the
 * JSON writer converts them to code points.
 *
 * @param id stable: a hash of the input bytes
 * @param source the input as given: a path, a URL, or {@code -} for standard input
 * @param text the article body after boilerplate removal (or the decoded input with {@code --no-clean})
 */
public record Document(
        String id,
        String source,
        Metadata metadata,
        String text,
        List<Diagnostic> diagnostics) {

    public static final String SCHEMA = "claimgraph.document/1";

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        diagnostics = List.copyOf(diagnostics);
    }
}

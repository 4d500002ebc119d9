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
 * @param annotations entities, statements, times and quantities found in {@code text}
 */
public record Document(
        String id,
        String source,
        Metadata metadata,
        String text,
        Annotations annotations,
        List<Diagnostic> diagnostics) {

    public static final String SCHEMA = "claimgraph.document/1";

    /** A copy of this document with the given annotations. */
    public Document withAnnotations(Annotations value) {
        return new Document(id, source, metadata, text, value, diagnostics);
    }

    /** A copy of this document with more diagnostics. */
    public Document withMoreDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new Document(id, source, metadata, text, annotations, all);
    }

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotations, "annotations");
        diagnostics = List.copyOf(diagnostics);
    }
}

package org.claimgraph.read;

import java.util.List;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Metadata;

/**
 * An input after reading and decoding, before text extraction.
 *
 * @param id stable id: derived from the input bytes only (the same bytes always give the same id)
 * @param format what the content is; {@link InputFormat#JSONL} means {@code text} is already extracted
 * @param text the decoded content, line ends normalised to LF (for JSONL, the record's {@code text} as it is)
 * @param given metadata stated by the input itself (JSONL fields); {@link Metadata#EMPTY} otherwise
 * @param diagnostics problems met while reading and decoding (an encoding guess, replaced bytes)
 */
public record Loaded(
        String source, String id, InputFormat format, String text, Metadata given, List<Diagnostic> diagnostics) {
    public Loaded {
        diagnostics = List.copyOf(diagnostics);
    }
}

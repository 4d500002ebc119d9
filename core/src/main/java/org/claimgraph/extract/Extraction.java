package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Metadata;

/** The article body and the metadata found while extracting it from a page or a plain-text file. */
public record Extraction(String text, Metadata metadata, List<Diagnostic> diagnostics) {
    public Extraction {
        diagnostics = List.copyOf(diagnostics);
    }
}

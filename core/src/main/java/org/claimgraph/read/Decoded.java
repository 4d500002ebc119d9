package org.claimgraph.read;

import java.util.List;
import org.claimgraph.model.Diagnostic;

/** Text decoded from bytes, the charset used, and any warning about how it was chosen. */
public record Decoded(String text, String charset, List<Diagnostic> diagnostics) {
    public Decoded {
        diagnostics = List.copyOf(diagnostics);
    }
}

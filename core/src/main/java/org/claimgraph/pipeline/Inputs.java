package org.claimgraph.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Document;

/**
 * What one stage sees of an article: its document (text and metadata) and the layers it declared. Reading a layer
 * that was not declared fails, so every test run checks the declarations.
 */
public final class Inputs {

    private final Document document;
    private final Map<Layer<?>, List<?>> layers;
    private final Annotator<?> stage;
    private final List<Diagnostic> diagnostics;

    Inputs(Document document, Map<Layer<?>, List<?>> layers, Annotator<?> stage, List<Diagnostic> diagnostics) {
        this.document = document;
        this.layers = layers;
        this.stage = stage;
        this.diagnostics = diagnostics;
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        Set<Layer<?>> declared = stage.requires();
        if (!declared.contains(layer)) {
            throw new IllegalStateException("Stage '%s' read layer '%s' without declaring it in requires()"
                    .formatted(stage.name(), layer.name()));
        }
        return (List<T>) layers.get(layer);
    }

    /** Records a per-article problem met by this stage. */
    public void report(Diagnostic.Severity severity, String message) {
        diagnostics.add(new Diagnostic(severity, stage.name(), message));
    }
}

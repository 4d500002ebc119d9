package org.claimgraph.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Document;

/** Stages run in order over one article; the order is checked when the pipeline is built. */
public final class Pipeline {

    private final List<Annotator<?>> stages;

    private Pipeline(List<Annotator<?>> stages) {
        this.stages = stages;
    }

    public static Pipeline of(List<Annotator<?>> stages) {
        Set<Layer<?>> available = new LinkedHashSet<>();
        for (Annotator<?> stage : stages) {
            Set<Layer<?>> missing = new LinkedHashSet<>(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new PipelineConfigException(("Stage '%s' needs %s, which no earlier stage produces. "
                        + "Add a stage that produces it before '%1$s', or remove '%1$s'.")
                        .formatted(stage.name(), missing.stream().map(Layer::name).collect(Collectors.joining(", "))));
            }
            available.add(stage.produces());
        }
        return new Pipeline(List.copyOf(stages));
    }

    public List<Annotator<?>> stages() {
        return stages;
    }

    /** Runs every stage; a stage that throws is reported as a diagnostic and its layer left empty. */
    public Annotated run(Document document) {
        Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Annotator<?> stage : stages) {
            Inputs inputs = new Inputs(document, layers, stage, diagnostics);
            List<?> produced;
            try {
                produced = List.copyOf(stage.annotate(inputs));
            } catch (RuntimeException e) {
                diagnostics.add(Diagnostic.error(stage.name(), "stage failed on this article (" + e
                        + "); its layer is empty. This is a bug in claimgraph; please report it."));
                produced = List.of();
            }
            layers.put(stage.produces(), produced);
        }
        return new Annotated(layers, diagnostics);
    }

    /** The layers one run produced, and the problems its stages reported. */
    public record Annotated(Map<Layer<?>, List<?>> layers, List<Diagnostic> diagnostics) {
        @SuppressWarnings("unchecked")
        public <T> List<T> get(Layer<T> layer) {
            List<?> values = layers.get(layer);
            return values == null ? List.of() : (List<T>) values;
        }
    }
}

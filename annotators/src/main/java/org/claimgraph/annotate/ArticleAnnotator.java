package org.claimgraph.annotate;

import java.util.List;
import java.util.function.UnaryOperator;
import org.claimgraph.annotate.entities.EntitiesAnnotator;
import org.claimgraph.annotate.loaded.LoadedAnnotator;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.speakers.SpeakerResolver;
import org.claimgraph.annotate.quantities.QuantitiesAnnotator;
import org.claimgraph.annotate.statements.StatementsAnnotator;
import org.claimgraph.annotate.times.TimesAnnotator;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.pipeline.Pipeline;

/**
 * The article pipeline: parses a document once and runs the stages that fill its annotations. One instance serves all
 * threads; the CoreNLP models load on the first article with text.
 *
 * <pre>{@code
 * ArticleAnnotator annotator = new ArticleAnnotator();
 * Document annotated = annotator.apply(document);   // times, statements and loaded wording filled, diagnostics added
 * }</pre>
 */
public final class ArticleAnnotator implements UnaryOperator<Document> {

    private final Pipeline pipeline;

    public ArticleAnnotator() {
        this(Pipeline.of(List.of(new CoreNlpAnnotator(), new TimesAnnotator(), new EntitiesAnnotator(),
                new StatementsAnnotator(), new SpeakerResolver(), new QuantitiesAnnotator(), new LoadedAnnotator())));
    }

    public ArticleAnnotator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The process's one default pipeline: the models (about a gigabyte of heap) load once, on its first article, and
     * every run and thread in the process shares them read-only.
     */
    public static ArticleAnnotator shared() {
        return SharedInstance.INSTANCE;
    }

    private static final class SharedInstance {
        static final ArticleAnnotator INSTANCE = new ArticleAnnotator();
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The document with its annotations filled from the stages' layers and the stages' diagnostics added. */
    @Override
    public Document apply(Document document) {
        if (document.text().isBlank()) {
            return document.withAnnotations(Annotations.EMPTY);
        }
        Pipeline.Annotated annotated = pipeline.run(document);
        Annotations annotations = new Annotations(
                annotated.get(Layers.ENTITIES),
                annotated.layers().containsKey(Layers.STATEMENTS)
                        ? annotated.get(Layers.STATEMENTS)
                        : annotated.get(Layers.ATTRIBUTIONS),
                annotated.get(Layers.TIMES),
                annotated.get(Layers.QUANTITIES));
        if (annotated.layers().containsKey(Layers.LOADED)) {
            annotations = annotations.withLoaded(annotated.get(Layers.LOADED));
        }
        return document.withAnnotations(annotations).withMoreDiagnostics(annotated.diagnostics());
    }
}

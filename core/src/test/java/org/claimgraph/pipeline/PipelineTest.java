package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Document;
import org.claimgraph.model.Metadata;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static final Layer<String> WORDS = new Layer<>("words", String.class);
    private static final Layer<Integer> LENGTHS = new Layer<>("lengths", Integer.class);

    /** Splits the text into words. */
    private static final class WordStage implements Annotator<String> {
        public String name() { return "words"; }
        public Set<Layer<?>> requires() { return Set.of(); }
        public Layer<String> produces() { return WORDS; }
        public List<String> annotate(Inputs in) { return List.of(in.text().split(" ")); }
    }

    /** Word lengths; declares what it reads unless told to cheat. */
    private static final class LengthStage implements Annotator<Integer> {
        private final boolean declare;
        LengthStage(boolean declare) { this.declare = declare; }
        public String name() { return "lengths"; }
        public Set<Layer<?>> requires() { return declare ? Set.of(WORDS) : Set.of(); }
        public Layer<Integer> produces() { return LENGTHS; }
        public List<Integer> annotate(Inputs in) { return in.get(WORDS).stream().map(String::length).toList(); }
    }

    private static final Document DOCUMENT = new Document("id", "test", Metadata.EMPTY, "three small words",
            Annotations.EMPTY, List.of());

    @Test
    void stagesRunInOrder() {
        Pipeline.Annotated result = Pipeline.of(List.of(new WordStage(), new LengthStage(true))).run(DOCUMENT);
        assertEquals(List.of(5, 5, 5), result.get(LENGTHS));
        assertEquals(List.of("three", "small", "words"), result.get(WORDS));
    }

    @Test
    void aStageBeforeWhatItNeedsIsRefusedWhenBuilt() {
        PipelineConfigException e = assertThrows(PipelineConfigException.class,
                () -> Pipeline.of(List.of(new LengthStage(true), new WordStage())));
        assertTrue(e.getMessage().contains("Stage 'lengths' needs words"), e.getMessage());
    }

    @Test
    void readingAnUndeclaredLayerIsReportedNotHidden() {
        Pipeline.Annotated result = Pipeline.of(List.of(new WordStage(), new LengthStage(false))).run(DOCUMENT);
        assertEquals(List.of(), result.get(LENGTHS));
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.ERROR, diagnostic.severity());
        assertTrue(diagnostic.message().contains("read layer 'words' without declaring it"), diagnostic.message());
    }
}

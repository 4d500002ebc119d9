package org.claimgraph.annotate.statements;

import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Layers;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.model.Statement;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Finds who said what: direct quotes and reported speech, with speaker, cue and content spans. Rules over quote
 * marks and CoreNLP dependency parses; see the package documentation. Stateless and shared by all threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(List.of(new CoreNlpAnnotator(), new StatementsAnnotator()));
 * List<Statement> statements = pipeline.run(document).get(Layers.ATTRIBUTIONS);
 * }</pre>
 */
public final class StatementsAnnotator implements Annotator<Statement> {

    private final CueModel model;
    private final CueModel contentModel;

    /** With the cue and content models shipped in the resources. */
    public StatementsAnnotator() {
        this(CueModel.standard(), CueModel.standardContent());
    }

    /**
     * With other models (ones just trained, for instance); {@code contentModel} may be null, and then contents keep
     * the rules' boundaries.
     */
    public StatementsAnnotator(CueModel model, CueModel contentModel) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.contentModel = contentModel;
        if (model.kind() != CueModel.Kind.CUE || contentModel != null && contentModel.kind() != CueModel.Kind.CONTENT) {
            throw new IllegalArgumentException("StatementsAnnotator needs a cue model and a content model, got "
                    + model.kind() + " and " + (contentModel == null ? "none" : contentModel.kind()));
        }
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PARSE);
    }

    @Override
    public Layer<Statement> produces() {
        return Layers.ATTRIBUTIONS;
    }

    @Override
    public List<Statement> annotate(Inputs in) {
        List<ParsedText> parsed = in.get(Layers.PARSE);
        if (parsed.isEmpty()) {
            return List.of();
        }
        return find(in.text(), parsed.get(0));
    }

    /** The statements in one parsed text, in text order of their content, with ids s1, s2, ... */
    public List<Statement> find(String text, ParsedText parsed) {
        return new StatementFinder(text, parsed.document(), model, contentModel).find();
    }

    /**
     * The content candidates of each reported statement in one parsed text (what the content model chooses among),
     * for training it: the first candidate of each list is the span the rules found.
     */
    public List<List<ContentCandidates.Candidate>> contentChoices(String text, ParsedText parsed) {
        StatementFinder finder = new StatementFinder(text, parsed.document(), model, null);
        finder.find();
        return finder.contentChoices();
    }
}

package org.claimgraph.annotate.quantities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Layers;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Numbers claimed in the text, with value, unit, bound and the statement that claims them. CoreNLP's number, money
 * and percent tags find them; {@link NumberWords}, {@link Bounds} and the dependency parse give the rest. See the
 * package documentation for what it reads, writes and skips.
 *
 * <pre>{@code
 * String text = "Officials said approximately 1,000 foreign personnel are there.";
 * List<Quantity> found = new QuantitiesAnnotator().extract(text, nlp.parse(text, null), List.of());
 * // one quantity: "approximately 1,000", 1000.0, unit "personnel", APPROXIMATE
 * }</pre>
 */
public final class QuantitiesAnnotator implements Annotator<Quantity> {

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PARSE, Layers.STATEMENTS);
    }

    @Override
    public Layer<Quantity> produces() {
        return Layers.QUANTITIES;
    }

    @Override
    public List<Quantity> annotate(Inputs in) {
        List<ParsedText> parses = in.get(Layers.PARSE);
        if (parses.isEmpty()) {
            return List.of();
        }
        return extract(in.text(), parses.get(0), in.get(Layers.STATEMENTS));
    }

    /** The quantities of one parsed text, in text order, each linked to the innermost statement containing it. */
    public List<Quantity> extract(String text, ParsedText parsed, List<Statement> statements) {
        List<CoreMap> sentences = parsed.document().annotation().get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return List.of();
        }
        List<Quantity> found = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph graph =
                    sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            for (QuantityReader.Read read : new QuantityReader(tokens, graph).read()) {
                Span span = new Span(read.begin(), read.end());
                found.add(new Quantity(span, read.value(), read.unit(), read.bound(), statement(span, statements)));
            }
        }
        found.sort(Comparator.comparing(Quantity::span));
        return List.copyOf(found);
    }

    /** The id of the statement with the smallest content span containing {@code span}, or null. */
    static String statement(Span span, List<Statement> statements) {
        Statement best = null;
        for (Statement statement : statements) {
            if (statement.content().contains(span)
                    && (best == null || statement.content().length() < best.content().length())) {
                best = statement;
            }
        }
        return best == null ? null : best.id();
    }
}

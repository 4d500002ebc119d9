package org.claimgraph.annotate;

import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.model.Entity;
import org.claimgraph.model.LoadedWording;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeExpression;
import org.claimgraph.pipeline.Layer;

/** The layers claimgraph's stages read and write. */
public final class Layers {
    /** CoreNLP's analysis of the text: one element per article. */
    public static final Layer<ParsedText> PARSE = new Layer<>("parse", ParsedText.class);
    public static final Layer<Entity> ENTITIES = new Layer<>("entities", Entity.class);
    public static final Layer<TimeExpression> TIMES = new Layer<>("times", TimeExpression.class);
    public static final Layer<Quantity> QUANTITIES = new Layer<>("quantities", Quantity.class);
    /** Statements as the text attributes them: speaker as written ("he", "the spokesman"). */
    public static final Layer<Statement> ATTRIBUTIONS = new Layer<>("attributions", Statement.class);
    /** Statements with speakers resolved to canonical entities: what the document's {@code statements} holds. */
    public static final Layer<Statement> STATEMENTS = new Layer<>("statements", Statement.class);

    /** Loaded language and name-calling: what the document's {@code loaded} holds. */
    public static final Layer<LoadedWording> LOADED = new Layer<>("loaded", LoadedWording.class);

    private Layers() {}
}

package org.claimgraph.model;

import java.util.List;

/** What the analysis stages found in one article. Empty after {@code --only text}. */
public record Annotations(
        List<Entity> entities, List<Statement> statements, List<TimeExpression> times, List<Quantity> quantities) {

    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
    }
}

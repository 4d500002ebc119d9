package org.claimgraph.model;

import java.util.List;

/** What the analysis stages found in one article. Empty after {@code --only text}. */
public record Annotations(
        List<Entity> entities,
        List<Statement> statements,
        List<TimeExpression> times,
        List<Quantity> quantities,
        List<Stance> stances,
        List<LoadedWording> loaded) {

    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        stances = List.copyOf(stances);
        loaded = List.copyOf(loaded);
    }

    /** Annotations without stances or loaded wording. */
    public Annotations(
            List<Entity> entities, List<Statement> statements, List<TimeExpression> times, List<Quantity> quantities) {
        this(entities, statements, times, quantities, List.of(), List.of());
    }

    /** A copy with the given stances. */
    public Annotations withStances(List<Stance> value) {
        return new Annotations(entities, statements, times, quantities, value, loaded);
    }

    /** A copy with the given loaded wording. */
    public Annotations withLoaded(List<LoadedWording> value) {
        return new Annotations(entities, statements, times, quantities, stances, value);
    }
}

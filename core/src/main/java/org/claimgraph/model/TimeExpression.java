package org.claimgraph.model;

import java.util.Objects;

/**
 * A date, time, duration or set written in the text, with its TIMEX3 value anchored at the publication date.
 *
 * @param value TIMEX3 value ("2024-05-28", "2024-W22", "P3Y", "PRESENT_REF"); null where it cannot be resolved
 */
public record TimeExpression(Span span, Type type, String value) {

    public enum Type {
        DATE,
        TIME,
        DURATION,
        SET
    }

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}

package org.claimgraph.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A number claimed in the text: its value, what it counts, how it is bounded, and the statement that claims it.
 *
 * @param unit what is counted or measured ("personnel", "km", "USD"); null when the text does not say
 * @param statement id of the statement that claims it; null when no statement does
 */
public record Quantity(Span span, double value, String unit, Bound bound, String statement) {

    public enum Bound {
        EXACT,
        APPROXIMATE,
        AT_LEAST,
        AT_MOST,
        RANGE;

        /** The contract's spelling: "exact", "approximate", "at-least", "at-most", "range". */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(bound, "bound");
    }
}

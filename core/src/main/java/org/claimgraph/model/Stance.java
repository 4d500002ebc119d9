package org.claimgraph.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a holder stands on a topic the user named, as its statements in one article show it.
 *
 * @param holder the holder's canonical name (the speaker of the evidence)
 * @param topic the topic's name, as its topic file gives it
 * @param evidence ids of the statements that show the position, in text order
 * @param confidence how sure the classification is, in [0, 1]
 */
public record Stance(String holder, String topic, Position position, List<String> evidence, double confidence) {

    public enum Position {
        SUPPORT,
        OPPOSE,
        /** For it under conditions, or not ruling it out. */
        CONDITIONAL,
        /** Bearing on the topic without taking a side, or reporting someone else's side. */
        NEUTRAL;

        /** The contract's spelling: "support", "oppose", "conditional", "neutral". */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Stance {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(position, "position");
        evidence = List.copyOf(evidence);
    }
}

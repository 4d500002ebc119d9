package org.claimgraph.pipeline;

import java.util.Objects;

/**
 * A named kind of annotation over one article ("entities", "statements"), holding a list of {@code T}. Annotators
 * declare the layers they read and the one they write; {@link Pipeline#of} checks the order when it is built.
 */
public record Layer<T>(String name, Class<T> type) {
    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.claimgraph.model;

import java.util.Objects;

/**
 * A span of loaded wording: emotionally charged words or a label pinned on someone, named by its technique in the
 * SemEval-2020 Task 11 sense ("loaded-language", "name-calling"). It says how something is put, not whether it is
 * true, and the same rules apply to every side.
 */
public record LoadedWording(Span span, String technique) {

    public static final String LOADED_LANGUAGE = "loaded-language";
    public static final String NAME_CALLING = "name-calling";

    public LoadedWording {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(technique, "technique");
    }
}

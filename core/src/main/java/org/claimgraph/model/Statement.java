package org.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Something someone is reported to have said: a direct quote, reported speech, or reported speech with quoted
 * fragments, with who said it, through whom it reached the article, and how it is hedged.
 *
 * @param cue the reporting words ("said", "warned", "according to"); null when there are none
 * @param via the reporting chain from the speaker outwards ("Brown said X, according to the Times")
 * @param channel where it was said ("Telegram", "press conference"); null when the text does not say
 * @param date ISO-8601 date of the utterance where the text gives it; else null
 */
public record Statement(
        String id,
        Kind kind,
        Speaker speaker,
        Span cue,
        Span content,
        List<Via> via,
        String channel,
        String date,
        List<String> hedges,
        double confidence) {

    public enum Kind {
        DIRECT,
        INDIRECT,
        MIXED
    }

    /** Who said it. {@code entity} is the id of the entity it resolves to, {@code mention} the words naming it. */
    public record Speaker(String name, SpeakerType type, String entity, Span mention) {
        public Speaker {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public enum SpeakerType {
        PERSON,
        ORGANIZATION,
        COUNTRY,
        MEDIA,
        GROUP,
        ANONYMOUS,
        UNKNOWN
    }

    /** One link of the reporting chain. */
    public record Via(String name, Span mention) {
        public Via {
            Objects.requireNonNull(name, "name");
        }
    }

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(content, "content");
        via = List.copyOf(via);
        hedges = List.copyOf(hedges);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
        }
    }
}

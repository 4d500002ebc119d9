package org.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, country, place, medium or group the article mentions, under its canonical name, with
 * every mention.
 *
 * @param name canonical name: "Emmanuel Macron", not "the French president"
 * @param roles titles seen with the entity: "Kremlin spokesman"
 */
public record Entity(String id, String name, Type type, List<String> aliases, List<String> roles, List<Span> mentions) {

    public enum Type {
        PERSON,
        ORGANIZATION,
        COUNTRY,
        LOCATION,
        MEDIA,
        GROUP,
        OTHER
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}

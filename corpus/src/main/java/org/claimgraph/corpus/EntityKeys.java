package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;

/**
 * The keys under which an entity found in one article meets the same entity in others. Two entities that share a key
 * are the same real-world entity; the first key is the entity's own (its canonical name), the rest come from its
 * aliases. Keys carry a coarse kind (person, group, or any other named thing), because named-entity types of the same
 * organisation or place vary between articles.
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    /** The keys of an entity of an article with the given metadata, strongest first; empty if it has no usable name. */
    public static List<String> of(Entity entity, Metadata metadata) {
        Set<String> keys = new LinkedHashSet<>();
        String kind = kind(entity.type());
        add(keys, kind, entity.name());
        for (String alias : entity.aliases()) {
            if (alias.trim().indexOf(' ') > 0) {
                add(keys, kind, alias);
            }
        }
        return new ArrayList<>(keys);
    }

    /** The key a user's query name ("--name macron") is looked up under, for an entity of any kind. */
    public static String ofName(String name) {
        return Names.normalise(name);
    }

    /** The name part of a key ("person:emmanuel macron" gives "emmanuel macron"). */
    public static String namePart(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    private static void add(Set<String> keys, String kind, String name) {
        String normalised = Names.normalise(name);
        if (!normalised.isEmpty()) {
            keys.add(kind + ":" + normalised);
        }
    }

    private static String kind(Entity.Type type) {
        switch (type) {
            case PERSON:
                return "person";
            case GROUP:
                return "group";
            default:
                return "named";
        }
    }
}

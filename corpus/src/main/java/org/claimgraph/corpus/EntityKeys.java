package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;

/**
 * The keys under which an entity found in one article meets the same entity in others. Keys carry a coarse kind
 * (person, group, or any other named thing), because named-entity types of the same organisation or place vary
 * between articles. There are two strengths of key.
 *
 * <p><b>Strong keys</b> (every key that does not start with {@code weak:}): two entities that share a strong key are
 * the same real-world entity. In order, strongest first:
 * <ol>
 *   <li>{@code person:emmanuel macron}: the canonical name, normalised (case, accents, punctuation, possessive);
 *   <li>the same for each alias of two or more words;
 *   <li>{@code person~:imanuil macron}: the transliteration skeleton of the name and of those aliases, so that
 *       spellings of one Cyrillic name meet ("Kyiv" and "Kiev", "Zelensky" and "Zelenskyy");
 *   <li>{@code role:french president@2024}: for a person, each title that names one holder at a time (from
 *       {@link Entity#roles()}, or the name itself when the name is such a title), with the year the article was
 *       published; none without a publication year, and none for generic titles ("president", "spokesman",
 *       "former minister", "deputy minister").
 * </ol>
 *
 * <p><b>Weak keys</b> ({@code weak:person:macron}, see {@link #isWeak}): the transliteration skeleton of a person's
 * surname ("Zelenskyy" and "Zelensky" both give {@code weak:person:zilinski}), carried both by full names ("Emmanuel
 * Macron") and by short names ("Macron"). The contract for a store that joins on keys:
 * <ul>
 *   <li>a weak key never merges two groups that each hold a full name: "Joe Biden" and "Hunter Biden" share
 *       {@code weak:person:bidin} and stay apart;
 *   <li>an entity with a short name ({@link #isShortName}: its first key's name is one word) whose strong keys join
 *       no stored group joins, through its weak key, the one group holding a full name with that weak key, if there
 *       is exactly one such group in the store; with none or with two or more, it stays on its own;
 *   <li>when a full name arrives and becomes the only full-name group carrying a weak key, the store may join to it
 *       the short-name groups that carry that weak key (so the order of ingestion does not matter); it must not when
 *       a second full name with that weak key is already stored.
 * </ul>
 * Titles are never taken for names: a person named by a title ("French President", "the Kremlin spokesman",
 * "President") gets only its dated role key, if the title is specific and the year known, and no name, skeleton or
 * surname key, because a title names different people in different years (the list is then empty or starts with the
 * role key).
 */
public final class EntityKeys {

    /** The prefix of weak keys. */
    public static final String WEAK = "weak:";

    private EntityKeys() {
    }

    /**
     * The keys of an entity of an article with the given metadata, strongest first; empty if it has no usable name
     * (or is a person named by a generic title, or by a specific one in an article without a publication date).
     */
    public static List<String> of(Entity entity, Metadata metadata) {
        String kind = kind(entity.type());
        boolean person = entity.type() == Entity.Type.PERSON;
        boolean title = person && RoleNames.isTitle(entity.name());
        List<String> names = new ArrayList<>();
        if (!title) {
            names.add(entity.name());
        }
        for (String alias : entity.aliases()) {
            if (alias.trim().indexOf(' ') > 0 && !(person && RoleNames.isTitle(alias))) {
                names.add(alias);
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String normalised = Names.normalise(name);
            if (!normalised.isEmpty()) {
                keys.add(kind + ":" + normalised);
            }
        }
        for (String name : names) {
            String skeleton = Transliteration.skeleton(name);
            if (!skeleton.isEmpty()) {
                keys.add(kind + "~:" + skeleton);
            }
        }
        if (person) {
            keys.addAll(roleKeys(entity, title, metadata));
            if (!title) {
                String surname = surname(entity.name());
                if (!surname.isEmpty()) {
                    keys.add(WEAK + "person:" + surname);
                }
            }
        }
        return new ArrayList<>(keys);
    }

    /** The dated keys of a person's specific titles, the name included when the name is a title. */
    private static List<String> roleKeys(Entity entity, boolean title, Metadata metadata) {
        String year = year(metadata.published());
        List<String> keys = new ArrayList<>();
        if (year == null) {
            return keys;
        }
        List<String> roles = new ArrayList<>(entity.roles());
        if (title) {
            roles.add(entity.name());
        }
        for (String role : roles) {
            String specific = RoleNames.specific(role);
            if (!specific.isEmpty()) {
                keys.add("role:" + specific + "@" + year);
            }
        }
        return keys;
    }

    /** The key a user's query name ("--name macron") is looked up under, for an entity of any kind. */
    public static String ofName(String name) {
        return Names.normalise(name);
    }

    /**
     * The name part of a key: "person:emmanuel macron" gives "emmanuel macron", "weak:person:macron" gives "macron",
     * "role:french president@2024" gives "french president@2024".
     */
    public static String namePart(String key) {
        return key.substring(key.lastIndexOf(':') + 1);
    }

    /** Whether a key is weak (a surname): see the class comment for how a store joins on it. */
    public static boolean isWeak(String key) {
        return key.startsWith(WEAK);
    }

    /**
     * Whether an entity, given its keys as {@link #of} returns them, goes by a short name: a person whose canonical
     * name is one word ("Macron"). Only such entities join through a weak key.
     */
    public static boolean isShortName(List<String> keys) {
        return !keys.isEmpty() && keys.get(0).startsWith("person:") && namePart(keys.get(0)).indexOf(' ') < 0;
    }

    /** The skeleton of the last word of a person's name, without a generational suffix ("Jr"); "" for none. */
    private static String surname(String name) {
        String[] words = Names.normalise(name).split(" ");
        int last = words.length - 1;
        while (last > 0 && isSuffix(words[last])) {
            last--;
        }
        String word = words[last];
        return word.length() < 2 || word.chars().allMatch(Character::isDigit) ? "" : Transliteration.skeleton(word);
    }

    private static boolean isSuffix(String word) {
        return word.equals("jr") || word.equals("sr") || word.equals("ii") || word.equals("iii") || word.equals("iv");
    }

    /** The four-digit year an ISO-8601 date starts with; null when there is none. */
    private static String year(String published) {
        if (published == null || published.length() < 4) {
            return null;
        }
        String year = published.substring(0, 4);
        return year.chars().allMatch(c -> c >= '0' && c <= '9') ? year : null;
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

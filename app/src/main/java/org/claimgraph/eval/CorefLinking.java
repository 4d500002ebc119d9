package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.corpus.EntityKeys;
import org.claimgraph.eval.CorefGold.Doc;
import org.claimgraph.eval.CorefGold.Mention;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;

/**
 * The clusterings scored on ECB+ gold mentions, each within one topic: the same-string and same-head-lemma baselines,
 * and claimgraph's linking, which applies the corpus module's keys to the gold mentions (an adapter makes each entity
 * mention an {@link Entity} and joins on {@link EntityKeys} as the store does; an event mention joins another with the
 * same head lemma when both are in one document or when an entity of its sentence is linked to one of the other's
 * sentence).
 */
final class CorefLinking {

    /** The lemma and part of speech of every token of a document. */
    interface Lemmatizer {
        List<Tagged> tag(Doc document);
    }

    record Tagged(String lemma, String pos) {
    }

    /** Words that never name anything by themselves: pronouns and the like get no key (they stay singletons). */
    private static final Set<String> PRONOUNS = Set.of(
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their", "who", "whom", "whose", "which", "that", "this", "these", "those", "himself", "herself",
            "itself", "themselves", "one", "there", "here", "what");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");

    private CorefLinking() {
    }

    /** Mention ids (indexes into {@code mentions}) clustered by the head lemma of each mention. */
    static List<Set<Integer>> headLemma(List<Placed> mentions) {
        Map<String, Set<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            clusters.computeIfAbsent(mentions.get(i).headLemma(), k -> new HashSet<>()).add(i);
        }
        return new ArrayList<>(clusters.values());
    }

    /** Mention ids clustered by their words, lower case, without punctuation. */
    static List<Set<Integer>> sameString(List<Placed> mentions) {
        Map<String, Set<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            String normalised = EntityKeys.ofName(mentions.get(i).text());
            clusters.computeIfAbsent(normalised.isEmpty() ? "#" + i : normalised, k -> new HashSet<>()).add(i);
        }
        return new ArrayList<>(clusters.values());
    }

    /** A gold mention with what the systems read of it: its words, head lemma and sentence. */
    record Placed(Mention mention, String text, String headLemma) {
    }

    static List<Placed> place(Doc document, List<Tagged> tagged) {
        List<Placed> placed = new ArrayList<>();
        for (Mention mention : document.mentions()) {
            placed.add(new Placed(mention, document.text(mention), head(mention, tagged)));
        }
        return placed;
    }

    /** The head: the last content word before a preposition that follows the first word, else the last one. */
    static String head(Mention mention, List<Tagged> tagged) {
        List<Integer> tokens = mention.tokens();
        int end = tokens.size();
        for (int i = 1; i < tokens.size(); i++) {
            String pos = tagged.get(tokens.get(i)).pos();
            if (pos.equals("IN") || pos.equals("TO")) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= 0; i--) {
            Tagged token = tagged.get(tokens.get(i));
            if (Character.isLetterOrDigit(token.pos().isEmpty() ? ' ' : token.pos().charAt(0))
                    && !token.pos().equals("DT") && !token.pos().equals("POS")) {
                return token.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return tagged.get(tokens.get(tokens.size() - 1)).lemma().toLowerCase(Locale.ROOT);
    }

    /** Claimgraph's entity linking over the entity mentions of one topic: strong keys, then weak keys by contract. */
    static int[] entities(List<Placed> mentions) {
        UnionFind groups = new UnionFind(mentions.size());
        List<List<String>> keys = new ArrayList<>();
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            List<String> own = keys(mentions.get(i));
            keys.add(own);
            for (String key : own) {
                if (!EntityKeys.isWeak(key)) {
                    Integer first = firstWithKey.putIfAbsent(key, i);
                    if (first != null) {
                        groups.union(first, i);
                    }
                }
            }
        }
        Map<String, Set<Integer>> fullNameGroups = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (!EntityKeys.isShortName(keys.get(i))) {
                for (String key : keys.get(i)) {
                    if (EntityKeys.isWeak(key)) {
                        fullNameGroups.computeIfAbsent(key, k -> new HashSet<>()).add(groups.find(i));
                    }
                }
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            if (EntityKeys.isShortName(keys.get(i))) {
                for (String key : keys.get(i)) {
                    Set<Integer> carriers = fullNameGroups.getOrDefault(key, Set.of());
                    if (EntityKeys.isWeak(key) && carriers.size() == 1) {
                        groups.union(carriers.iterator().next(), i);
                    }
                }
            }
        }
        return groups.roots();
    }

    /** The keys of an entity mention, made an entity of its tag's type; none for a pronoun. */
    static List<String> keys(Placed placed) {
        String name = name(placed);
        if (PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Entity entity = new Entity(placed.mention().document(), name, type(placed.mention().tag()), List.of(),
                List.of(), List.of());
        return EntityKeys.of(entity, Metadata.EMPTY);
    }

    /** The words of a mention without a leading article or demonstrative. */
    static String name(Placed placed) {
        String[] words = placed.text().split(" ");
        int first = 0;
        while (first < words.length - 1 && DETERMINERS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", List.of(words).subList(first, words.length));
    }

    static Entity.Type type(String tag) {
        if (tag.equals("HUMAN_PART_PER")) {
            return Entity.Type.PERSON;
        } else if (tag.equals("HUMAN_PART_ORG")) {
            return Entity.Type.ORGANIZATION;
        } else if (tag.equals("HUMAN_PART_GPE")) {
            return Entity.Type.COUNTRY;
        } else if (tag.startsWith("HUMAN_PART")) {
            return Entity.Type.GROUP;
        } else if (tag.startsWith("LOC")) {
            return Entity.Type.LOCATION;
        }
        return Entity.Type.OTHER;
    }

    /**
     * Event mentions of one topic linked by head lemma and a shared argument: a mention's keys are its head lemma
     * paired with the entity group of each entity mention in its sentence (the head lemma alone when the sentence has
     * none), and its head lemma paired with its document (one article's "attack" is one attack); mentions sharing a
     * key join.
     */
    static int[] events(List<Placed> events, List<Placed> entities, int[] entityGroups) {
        Map<String, Set<Integer>> groupsBySentence = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Mention mention = entities.get(i).mention();
            if (!keys(entities.get(i)).isEmpty()) {
                groupsBySentence.computeIfAbsent(mention.document() + "#" + mention.sentence(), k -> new HashSet<>())
                        .add(entityGroups[i]);
            }
        }
        UnionFind groups = new UnionFind(events.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Placed event = events.get(i);
            Set<Integer> arguments = groupsBySentence.getOrDefault(
                    event.mention().document() + "#" + event.mention().sentence(), Set.of());
            List<String> keys = new ArrayList<>();
            keys.add(event.headLemma() + "@" + event.mention().document());
            if (arguments.isEmpty()) {
                keys.add(event.headLemma());
            }
            for (int argument : arguments) {
                keys.add(event.headLemma() + "|" + argument);
            }
            for (String key : keys) {
                Integer first = firstWithKey.putIfAbsent(key, i);
                if (first != null) {
                    groups.union(first, i);
                }
            }
        }
        return groups.roots();
    }

    /** Clusters of mention ids from each mention's group. */
    static List<Set<Integer>> clusters(int[] groups) {
        Map<Integer, Set<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            clusters.computeIfAbsent(groups[i], k -> new HashSet<>()).add(i);
        }
        return new ArrayList<>(clusters.values());
    }

    /** Union-find over 0..n-1 with path halving. */
    static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA != rootB) {
                parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }

        int[] roots() {
            int[] roots = new int[parent.length];
            for (int i = 0; i < parent.length; i++) {
                roots[i] = find(i);
            }
            return roots;
        }
    }
}

package org.claimgraph.annotate.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Span;

/**
 * The entities of one article: CoreNLP's name mentions with their boundaries repaired, grouped into one entity per
 * person, organisation, country or place, with canonical names, aliases, roles and every mention, including role
 * descriptions ("the French president") resolved to the person they describe. See the package documentation.
 */
final class EntityFinder {

    /** A mention under construction: tokens [first, last]; {@code description} for "the spokesman" kinds. */
    static final class Mention {
        int first;
        int last;
        Entity.Type type;
        boolean description;
        Cluster cluster;

        Mention(int first, int last, Entity.Type type) {
            this.first = first;
            this.last = last;
            this.type = type;
        }
    }

    /** One entity under construction. */
    static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        Entity.Type type;
        String key;
        String country;

        Cluster(Entity.Type type, String key) {
            this.type = type;
            this.key = key;
        }

        void add(Mention mention) {
            mentions.add(mention);
            mention.cluster = this;
        }
    }

    private final String text;
    private final Tokens tokens;
    private final CoreDocument document;
    private final Gazetteer gazetteer = Gazetteer.get();
    private final NameMentions names;

    EntityFinder(String text, CoreDocument document) {
        this.text = text;
        this.document = document;
        this.tokens = new Tokens(text, document);
        this.names = new NameMentions(tokens, gazetteer);
    }

    List<Entity> find() {
        List<Mention> mentions = names.repaired(rawMentions());
        List<Cluster> clusters = new ArrayList<>();
        clusterPeople(mentions, clusters);
        clusterOthers(mentions, clusters);
        addNameRepeats(clusters);
        boolean[] personToken = personTokens(clusters);
        Roles roles = new Roles(tokens, gazetteer, personToken);
        List<int[]> roleRanges = addRoles(clusters, roles);
        new MediaRules(tokens, document).retype(clusters);
        new Descriptions(tokens, gazetteer).resolve(clusters, roleRanges);
        new Groups(tokens, document).find(clusters);
        return entities(clusters);
    }

    private List<Mention> rawMentions() {
        List<Mention> raw = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            Entity.Type type = typeOf(mention.entityType());
            List<CoreLabel> inside = mention.tokens();
            if (type == null || inside.isEmpty()) {
                continue;
            }
            boolean pronoun = inside.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
            int first = tokens.startingAt(inside.get(0).beginPosition());
            int last = tokens.startingAt(inside.get(inside.size() - 1).beginPosition());
            if (pronoun || first < 0 || last < first) {
                continue;
            }
            raw.add(new Mention(first, last, type));
        }
        raw.sort(Comparator.comparingInt(m -> m.first));
        return raw;
    }

    private static Entity.Type typeOf(String nerType) {
        if (nerType == null) {
            return null;
        }
        if (nerType.equals("PERSON")) {
            return Entity.Type.PERSON;
        }
        if (nerType.equals("ORGANIZATION")) {
            return Entity.Type.ORGANIZATION;
        }
        if (nerType.equals("LOCATION")) {
            return Entity.Type.LOCATION;
        }
        if (nerType.equals("MISC")) {
            return Entity.Type.OTHER;
        }
        return null;
    }

    /** Full names first; a one-word name joins the full name whose surname or given name it is. */
    private void clusterPeople(List<Mention> mentions, List<Cluster> clusters) {
        List<Mention> single = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.type != Entity.Type.PERSON) {
                continue;
            }
            List<String> words = nameWords(mention);
            if (words.size() < 2) {
                single.add(mention);
                continue;
            }
            String key = "person:" + words.get(0) + " " + words.get(words.size() - 1);
            Cluster cluster = find(clusters, key);
            if (cluster == null) {
                cluster = new Cluster(Entity.Type.PERSON, key);
                clusters.add(cluster);
            }
            cluster.add(mention);
        }
        for (Mention mention : single) {
            List<String> words = nameWords(mention);
            String word = words.isEmpty() ? tokens.word(mention.first) : words.get(0);
            Cluster best = personWithName(clusters, word, mention.first);
            if (best == null) {
                best = find(clusters, "person:" + word);
            }
            if (best == null) {
                best = new Cluster(Entity.Type.PERSON, "person:" + word);
                clusters.add(best);
            }
            best.add(mention);
        }
        // a one-word mention of another type that is a person's surname here ("Macron" tagged as a place)
        for (Mention mention : mentions) {
            if (mention.type != Entity.Type.PERSON && mention.first == mention.last) {
                String word = tokens.word(mention.first);
                Cluster person = personWithName(clusters, word, mention.first);
                if (person != null && gazetteer.country(word) == null && gazetteer.countryOfCapital(word) == null) {
                    mention.type = Entity.Type.PERSON;
                    person.add(mention);
                }
            }
        }
    }

    /** The person cluster with a full name whose last or first word is {@code word}, nearest before a token. */
    private Cluster personWithName(List<Cluster> clusters, String word, int before) {
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster cluster : clusters) {
            if (cluster.type != Entity.Type.PERSON || !cluster.key.contains(" ")) {
                continue;
            }
            String[] parts = cluster.key.substring("person:".length()).split(" ");
            if (!parts[parts.length - 1].equals(word) && !parts[0].equals(word)) {
                continue;
            }
            for (Mention mention : cluster.mentions) {
                int distance = mention.first <= before ? before - mention.first : Integer.MAX_VALUE / 2;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = cluster;
                }
            }
        }
        return best;
    }

    /** The words of a person's name without initials and suffixes ("Charles Q. Brown Jr." -> Charles, Brown). */
    private List<String> nameWords(Mention mention) {
        List<String> words = new ArrayList<>();
        for (int i = mention.first; i <= mention.last; i++) {
            String word = tokens.word(i);
            if (Gazetteer.NAME_SUFFIXES.contains(word.toLowerCase(Locale.ROOT)) || word.matches("\\p{Lu}\\.?")
                    || tokens.punctuation(i)) {
                continue;
            }
            words.add(word);
        }
        return words;
    }

    private void clusterOthers(List<Mention> mentions, List<Cluster> clusters) {
        for (Mention mention : mentions) {
            if (mention.cluster != null || mention.type == Entity.Type.PERSON) {
                continue;
            }
            String surface = stripThe(tokens.text(mention.first, mention.last));
            String country = gazetteer.country(surface);
            String key;
            if (country != null) {
                mention.type = Entity.Type.COUNTRY;
                key = "country:" + country;
            } else if (gazetteer.isSeatOfGovernment(surface)) {
                mention.type = Entity.Type.ORGANIZATION;
                key = "org:" + surface.toLowerCase(Locale.ROOT);
            } else if (mention.type == Entity.Type.OTHER && notAName(surface)) {
                continue;
            } else {
                key = mention.type.name() + ":" + surface.toLowerCase(Locale.ROOT);
            }
            Cluster cluster = find(clusters, key);
            if (cluster == null) {
                cluster = new Cluster(mention.type, key);
                cluster.country = country;
                clusters.add(cluster);
            }
            cluster.add(mention);
        }
    }

    /** Demonyms and other adjectives CoreNLP tags MISC: "French", "Western", "pro-Russian", "U.S.-led". */
    private boolean notAName(String surface) {
        String word = surface.startsWith("pro-") ? surface.substring(4) : surface;
        return gazetteer.countryOfDemonym(word) != null || word.endsWith("-led") || word.endsWith("s")
                && gazetteer.countryOfDemonym(word.substring(0, word.length() - 1)) != null
                || Set.of("Western", "Eastern", "Northern", "Southern", "European", "African", "Asian", "Arab",
                        "Latin", "Nordic", "Baltic", "Balkan", "West", "East").contains(word)
                || word.matches("(?i)neo-.*|.*-backed|.*-supplied|.*-based");
    }

    /** Later mentions of a person's surname or full name that CoreNLP did not tag. */
    private void addNameRepeats(List<Cluster> clusters) {
        boolean[] taken = new boolean[tokens.size()];
        for (Cluster cluster : clusters) {
            for (Mention mention : cluster.mentions) {
                for (int i = mention.first; i <= mention.last; i++) {
                    taken[i] = true;
                }
            }
        }
        for (Cluster cluster : clusters) {
            if (cluster.type != Entity.Type.PERSON || !cluster.key.contains(" ")) {
                continue;
            }
            String[] parts = cluster.key.substring("person:".length()).split(" ");
            String surname = parts[parts.length - 1];
            int firstMention = cluster.mentions.stream().mapToInt(m -> m.first).min().orElse(0);
            for (int i = firstMention; i < tokens.size(); i++) {
                if (!taken[i] && tokens.word(i).equals(surname) && personWithName(clusters, surname, i) == cluster) {
                    Mention mention = new Mention(i, i, Entity.Type.PERSON);
                    cluster.add(mention);
                    taken[i] = true;
                }
            }
        }
    }

    private boolean[] personTokens(List<Cluster> clusters) {
        boolean[] person = new boolean[tokens.size()];
        for (Cluster cluster : clusters) {
            if (cluster.type == Entity.Type.PERSON) {
                for (Mention mention : cluster.mentions) {
                    for (int i = mention.first; i <= mention.last; i++) {
                        person[i] = true;
                    }
                }
            }
        }
        return person;
    }

    /** Roles next to each person's name mentions; returns the token ranges used, so descriptions skip them. */
    private List<int[]> addRoles(List<Cluster> clusters, Roles roles) {
        List<int[]> used = new ArrayList<>();
        for (Cluster cluster : clusters) {
            if (cluster.type != Entity.Type.PERSON) {
                continue;
            }
            for (Mention mention : List.copyOf(cluster.mentions)) {
                Roles.Range before = roles.before(mention.first);
                int start = mention.first;
                if (before != null) {
                    addRole(cluster, before);
                    used.add(new int[] {before.first(), before.last()});
                    start = before.first();
                }
                Roles.Range apposition = roles.appositionBefore(start);
                if (apposition != null) {
                    addRole(cluster, apposition);
                    addDescription(cluster, apposition.mentionFirst(), apposition.last());
                    used.add(new int[] {apposition.mentionFirst(), apposition.last()});
                }
                Roles.Range after = roles.after(mention.last);
                if (after != null) {
                    addRole(cluster, after);
                    addDescription(cluster, after.mentionFirst(), after.last());
                    used.add(new int[] {after.mentionFirst(), after.last()});
                }
            }
        }
        return used;
    }

    private void addRole(Cluster cluster, Roles.Range range) {
        cluster.roles.add(tokens.text(range.first(), range.last()));
        for (int i = range.first(); i <= range.last(); i++) {
            String country = gazetteer.anyCountry(tokens.word(i));
            if (country != null) {
                cluster.countries.add(country);
            }
        }
    }

    private static void addDescription(Cluster cluster, int first, int last) {
        Mention description = new Mention(first, last, cluster.type);
        description.description = true;
        cluster.add(description);
    }

    private List<Entity> entities(List<Cluster> clusters) {
        List<Cluster> kept = new ArrayList<>();
        for (Cluster cluster : clusters) {
            if (!cluster.mentions.isEmpty()) {
                cluster.mentions.sort(Comparator.comparingInt((Mention m) -> m.first).thenComparingInt(m -> m.last));
                kept.add(cluster);
            }
        }
        kept.sort(Comparator.comparingInt((Cluster c) -> tokens.begin(c.mentions.get(0).first)));
        List<Entity> entities = new ArrayList<>();
        for (Cluster cluster : kept) {
            String name = canonicalName(cluster);
            Set<String> aliases = new LinkedHashSet<>();
            Set<Span> spans = new LinkedHashSet<>();
            for (Mention mention : cluster.mentions) {
                spans.add(new Span(tokens.begin(mention.first), tokens.end(mention.last)));
                String surface = tokens.text(mention.first, mention.last);
                if (!mention.description && !surface.equals(name)) {
                    aliases.add(surface);
                }
            }
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.naturalOrder());
            entities.add(new Entity("e" + (entities.size() + 1), name, cluster.type, List.copyOf(aliases),
                    List.copyOf(cluster.roles), sorted));
        }
        return entities;
    }

    private String canonicalName(Cluster cluster) {
        if (cluster.type == Entity.Type.COUNTRY && cluster.country != null) {
            return cluster.country;
        }
        Mention longest = null;
        for (Mention mention : cluster.mentions) {
            if (!mention.description && (longest == null || mention.last - mention.first > longest.last - longest.first)) {
                longest = mention;
            }
        }
        if (longest == null) {
            longest = cluster.mentions.get(0);
        }
        String name = tokens.text(longest.first, longest.last);
        if (cluster.type == Entity.Type.MEDIA) {
            boolean withThe = name.startsWith("The ");
            for (Mention mention : cluster.mentions) {
                withThe |= mention.first > 0 && tokens.lower(mention.first - 1).equals("the");
            }
            name = stripThe(name);
            return withThe && longest.last > longest.first ? "The " + name : name;
        }
        return stripThe(name);
    }

    static String stripThe(String surface) {
        return surface.startsWith("the ") || surface.startsWith("The ") ? surface.substring(4) : surface;
    }

    private static Cluster find(List<Cluster> clusters, String key) {
        for (Cluster cluster : clusters) {
            if (cluster.key.equals(key)) {
                return cluster;
            }
        }
        return null;
    }
}

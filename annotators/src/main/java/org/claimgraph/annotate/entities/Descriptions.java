package org.claimgraph.annotate.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.entities.EntityFinder.Cluster;
import org.claimgraph.annotate.entities.EntityFinder.Mention;
import org.claimgraph.model.Entity;

/**
 * Role descriptions without a name ("the French president", "the spokesperson", "the deputy's claims") as mentions
 * of the person they describe: the person mentioned most recently before them whose roles hold the title (or, for
 * "leader" and "spokesperson", a title of the same office) and, when the description names a country, whose roles
 * name that country. A description that fits no one is left out.
 */
final class Descriptions {

    private static final int MAX_SENTENCES_BACK = 12;

    private final Tokens tokens;
    private final Gazetteer gazetteer;

    Descriptions(Tokens tokens, Gazetteer gazetteer) {
        this.tokens = tokens;
        this.gazetteer = gazetteer;
    }

    void resolve(List<Cluster> clusters, List<int[]> roleRanges) {
        boolean[] taken = new boolean[tokens.size()];
        for (int[] range : roleRanges) {
            mark(taken, range[0], range[1]);
        }
        for (Cluster cluster : clusters) {
            for (Mention mention : cluster.mentions) {
                if (!mention.description) {
                    mark(taken, mention.first, mention.last);
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.lower(i).equals("the") || taken[i]) {
                continue;
            }
            int j = i + 1;
            String country = null;
            if (gazetteer.countryOfDemonym(tokens.word(j)) != null) {
                country = gazetteer.countryOfDemonym(tokens.word(j));
                j++;
            } else if (j + 1 < tokens.size() && tokens.possessive(j + 1) && gazetteer.country(tokens.word(j)) != null) {
                country = gazetteer.country(tokens.word(j));
                j += 2;
            }
            if (country == null && j + 1 < tokens.size() && tokens.tag(j).startsWith("NNP")
                    && !gazetteer.isTitle(tokens.lower(j)) && gazetteer.isTitle(tokens.lower(j + 1))) {
                j++; // an institution naming the office: "the Kremlin spokesman"
            }
            int title = -1;
            for (int k = j; k < tokens.size() && k - j < 3; k++) {
                if (gazetteer.isTitle(tokens.lower(k))) {
                    title = k;
                } else if (tokens.capitalised(k) || !tokens.tag(k).startsWith("NN") && !tokens.tag(k).startsWith("JJ")) {
                    break;
                }
            }
            if (title < 0 || taken[title]) {
                continue;
            }
            int next = title + 1;
            if (next < tokens.size() && (tokens.capitalised(next) && tokens.tag(next).startsWith("NNP")
                    || Set.of("of", "for", "at", "in").contains(tokens.lower(next))
                    || tokens.tag(next).startsWith("NN"))) {
                continue;
            }
            Cluster person = describedPerson(clusters, i, tokens.lower(title), country);
            if (person != null) {
                Mention description = new Mention(i, title, Entity.Type.PERSON);
                description.description = true;
                person.add(description);
                mark(taken, i, title);
            }
        }
    }

    private Cluster describedPerson(List<Cluster> clusters, int at, String title, String country) {
        Cluster best = null;
        int bestFirst = -1;
        for (Cluster cluster : clusters) {
            if (cluster.type != Entity.Type.PERSON || country != null && !cluster.countries.contains(country)
                    || !holds(cluster, title)) {
                continue;
            }
            for (Mention mention : cluster.mentions) {
                if (mention.last < at && mention.first > bestFirst
                        && tokens.sentence(at) - tokens.sentence(mention.first) <= MAX_SENTENCES_BACK) {
                    bestFirst = mention.first;
                    best = cluster;
                }
            }
        }
        return best;
    }

    /** Whether one of the cluster's roles is this title or a title of the same office. */
    private static boolean holds(Cluster cluster, String title) {
        String wanted = spelling(title);
        for (String role : cluster.roles) {
            for (String word : role.toLowerCase(Locale.ROOT).split("[\\s\u2019']+")) {
                String have = spelling(word);
                if (have.equals(wanted)
                        || Gazetteer.LEADER_WORDS.contains(wanted) && Gazetteer.LEADER_WORDS.contains(have)
                        || Gazetteer.SPOKES_WORDS.contains(wanted) && Gazetteer.SPOKES_WORDS.contains(have)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String spelling(String word) {
        return word.replace("defence", "defense").replace("-", "");
    }

    private static void mark(boolean[] taken, int first, int last) {
        for (int i = Math.max(0, first); i <= last && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}

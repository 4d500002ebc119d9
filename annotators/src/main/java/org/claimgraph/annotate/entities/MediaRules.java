package org.claimgraph.annotate.entities;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.entities.EntityFinder.Cluster;
import org.claimgraph.annotate.entities.EntityFinder.Mention;
import org.claimgraph.model.Entity;

/**
 * Which organisations are news outlets: a name with an outlet word ("Times", "News", "Radio") and no authority word
 * ("Ministry", "Service"), or an organisation that is the subject of "report", "publish" or "write". A short name
 * that ends a longer outlet's name ("the Times") joins that outlet.
 */
final class MediaRules {

    private static final Set<String> PUBLISHING_VERBS = Set.of("report", "publish", "write", "run", "broadcast");

    private final Tokens tokens;
    private final CoreDocument document;

    MediaRules(Tokens tokens, CoreDocument document) {
        this.tokens = tokens;
        this.document = document;
    }

    void retype(List<Cluster> clusters) {
        Set<Integer> publishers = publishingSubjects();
        for (Cluster cluster : clusters) {
            if (cluster.type != Entity.Type.ORGANIZATION && cluster.type != Entity.Type.OTHER
                    && cluster.type != Entity.Type.PERSON && cluster.type != Entity.Type.LOCATION) {
                continue;
            }
            Set<String> words = words(cluster);
            boolean authority = words.stream().anyMatch(Gazetteer.AUTHORITY_WORDS::contains)
                    || cluster.key.startsWith("org:");
            boolean outletName = words.stream().anyMatch(Gazetteer.MEDIA_NAME_WORDS::contains);
            boolean publishes = cluster.mentions.stream().anyMatch(m -> !m.description
                    && publishers.stream().anyMatch(p -> p >= m.first && p <= m.last));
            if (authority || cluster.type == Entity.Type.PERSON && !outletName) {
                continue;
            }
            if (outletName || publishes && cluster.type == Entity.Type.ORGANIZATION) {
                cluster.type = Entity.Type.MEDIA;
            }
        }
        for (Cluster cluster : clusters) {
            if (cluster.type != Entity.Type.MEDIA && cluster.type != Entity.Type.ORGANIZATION) {
                continue;
            }
            Cluster longer = outletEndingWith(clusters, cluster);
            if (longer != null) {
                for (Mention mention : List.copyOf(cluster.mentions)) {
                    longer.add(mention);
                }
                cluster.mentions.clear();
            }
        }
    }

    /** The one outlet whose name ends with all of this cluster's name, or null. */
    private Cluster outletEndingWith(List<Cluster> clusters, Cluster shorter) {
        String name = EntityFinder.stripThe(tokens.text(shorter.mentions.get(0).first, shorter.mentions.get(0).last));
        Cluster found = null;
        for (Cluster cluster : clusters) {
            if (cluster == shorter || cluster.type != Entity.Type.MEDIA || cluster.mentions.isEmpty()) {
                continue;
            }
            for (Mention mention : cluster.mentions) {
                String other = EntityFinder.stripThe(tokens.text(mention.first, mention.last));
                if (other.length() > name.length() && other.endsWith(" " + name)) {
                    if (found != null && found != cluster) {
                        return null;
                    }
                    found = cluster;
                }
            }
        }
        return found;
    }

    private Set<String> words(Cluster cluster) {
        Set<String> words = new HashSet<>();
        for (Mention mention : cluster.mentions) {
            if (!mention.description) {
                for (int i = mention.first; i <= mention.last; i++) {
                    words.add(tokens.word(i).toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** Token indices of the subjects of publishing verbs ("the Herald reported"). */
    private Set<Integer> publishingSubjects() {
        Set<Integer> subjects = new HashSet<>();
        for (CoreSentence sentence : document.sentences()) {
            SemanticGraph graph = sentence.dependencyParse();
            if (graph == null) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                IndexedWord verb = edge.getGovernor();
                String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
                if (edge.getRelation().getShortName().startsWith("nsubj") && PUBLISHING_VERBS.contains(lemma)) {
                    int index = tokens.startingAt(edge.getDependent().beginPosition());
                    if (index >= 0) {
                        subjects.add(index);
                    }
                }
            }
        }
        return subjects;
    }
}

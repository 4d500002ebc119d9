package org.claimgraph.annotate.entities;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.entities.EntityFinder.Cluster;
import org.claimgraph.annotate.entities.EntityFinder.Mention;
import org.claimgraph.model.Entity;

/**
 * Anonymous and collective speakers ("analysts warned", "officials said", "a source told"): a common noun for
 * sources, officials or experts that is the subject of a verb of saying becomes a GROUP entity named by its words
 * ("Western officials"). Nouns that are not speakers are not entities.
 */
final class Groups {

    static final Set<String> SAYING_VERBS = Set.of("say", "tell", "warn", "claim", "state", "report", "note",
            "argue", "believe", "suggest", "caution", "fear", "predict", "estimate", "insist", "add", "write",
            "confirm", "deny", "explain", "point", "acknowledge", "admit", "assert", "expect", "allege", "stress",
            "speculate", "contend", "describe", "reveal", "indicate", "maintain", "emphasise", "emphasize");

    /**
     * Nouns that name a collective speaker only with a modifier before them: "public figures", "senior figures",
     * "opposition figures" (a bare "figures" are numbers).
     */
    static final Set<String> MODIFIED_COLLECTIVE_NOUNS = Set.of("figure");

    private final Tokens tokens;
    private final CoreDocument document;

    Groups(Tokens tokens, CoreDocument document) {
        this.tokens = tokens;
        this.document = document;
    }

    void find(List<Cluster> clusters) {
        boolean[] taken = new boolean[tokens.size()];
        for (Cluster cluster : clusters) {
            for (Mention mention : cluster.mentions) {
                for (int i = mention.first; i <= mention.last; i++) {
                    taken[i] = true;
                }
            }
        }
        for (CoreSentence sentence : document.sentences()) {
            SemanticGraph graph = sentence.dependencyParse();
            if (graph == null) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                String relation = edge.getRelation().getShortName();
                IndexedWord noun;
                IndexedWord verb;
                if (relation.startsWith("nsubj")) {
                    noun = edge.getDependent();
                    verb = edge.getGovernor();
                } else if (relation.equals("acl")) {
                    noun = edge.getGovernor();
                    verb = edge.getDependent();
                } else {
                    continue;
                }
                boolean modified = MODIFIED_COLLECTIVE_NOUNS.contains(lemma(noun));
                if (!SAYING_VERBS.contains(lemma(verb))
                        || !Gazetteer.COLLECTIVE_NOUNS.contains(lemma(noun)) && !modified
                        || noun.tag() == null || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")) {
                    continue;
                }
                int head = tokens.startingAt(noun.beginPosition());
                if (head < 0 || taken[head]) {
                    continue;
                }
                int first = head;
                while (first > 0 && tokens.sentence(first - 1) == tokens.sentence(head) && !taken[first - 1]
                        && (modifier(first - 1)
                                // "Ukrainian and pro-Ukrainian officials": adjectives joined by "and" or "or"
                                || tokens.tag(first - 1).equals("CC") && first - 1 > 0
                                        && tokens.sentence(first - 2) == tokens.sentence(head) && !taken[first - 2]
                                        && tokens.tag(first - 2).startsWith("JJ") && first < head + 1
                                        && tokens.tag(first).startsWith("JJ"))) {
                    first--;
                }
                if (modified && first == head) {
                    continue;
                }
                String key = "group:" + tokens.text(first, head).toLowerCase(Locale.ROOT);
                Cluster cluster = null;
                for (Cluster existing : clusters) {
                    if (existing.key.equals(key)) {
                        cluster = existing;
                    }
                }
                if (cluster == null) {
                    cluster = new Cluster(Entity.Type.GROUP, key);
                    clusters.add(cluster);
                }
                cluster.add(new Mention(first, head, Entity.Type.GROUP));
                for (int i = first; i <= head; i++) {
                    taken[i] = true;
                }
            }
        }
    }

    /** A word that may stand before a collective noun in its name: adjective, participle, noun or demonym. */
    private boolean modifier(int token) {
        String tag = tokens.tag(token);
        return tag.startsWith("JJ") || tag.equals("VBN") || tag.startsWith("NN") && !tag.startsWith("NNP")
                || tag.startsWith("NNP") && Gazetteer.get().countryOfDemonym(tokens.word(token)) != null;
    }

    private static String lemma(IndexedWord word) {
        String lemma = word.lemma() != null ? word.lemma() : word.word();
        return lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
    }
}

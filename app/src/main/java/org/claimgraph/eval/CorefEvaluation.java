package org.claimgraph.eval;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.eval.CorefGold.Doc;
import org.claimgraph.eval.CorefGold.Token;
import org.claimgraph.eval.CorefLinking.Placed;
import org.claimgraph.eval.CorefLinking.Tagged;
import org.claimgraph.eval.CorefMetrics.Counts;

/**
 * Cross-document coreference on ECB+ gold mentions, within each topic, for entities and events separately: MUC,
 * B-cubed, CEAF-e and CoNLL F1 (the mean of the three F1s) of two baselines (the same words, the same head lemma) and
 * of claimgraph's linking
 * ({@link CorefLinking}). Counts add up over the topics before they are divided, as scoring all topics in one run of
 * the reference scorer does (no cluster spans two topics).
 */
public final class CorefEvaluation {

    /** Which mentions: entities or events. */
    public enum Kind {
        ENTITIES,
        EVENTS,
        /** Whole documents grouped by the event they report (ECB+ subtopics). */
        DOCUMENTS
    }

    /** Which clustering. */
    public enum Method {
        /** Documents only: every document of a topic in one group. */
        WHOLE_TOPIC,
        SAME_STRING,
        HEAD_LEMMA,
        CLAIMGRAPH
    }

    /** The figures of one method on one kind of mention. */
    public record Report(Kind kind, Method method, int mentions, int goldClusters, int responseClusters, Counts muc,
            Counts bcubed, Counts ceafe) {

        /** The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1. */
        public double conll() {
            return (muc.score().f1() + bcubed.score().f1() + ceafe.score().f1()) / 3;
        }
    }

    private CorefEvaluation() {
    }

    /** Scores every method on both kinds, topic by topic (by topic name), with CoreNLP's lemmas. */
    public static Map<String, List<Report>> byTopic(List<Doc> documents) {
        return byTopic(documents, new CoreNlpLemmatizer());
    }

    static Map<String, List<Report>> byTopic(List<Doc> documents, CorefLinking.Lemmatizer lemmatizer) {
        Map<String, List<Doc>> topics = new TreeMap<>();
        for (Doc document : documents) {
            topics.computeIfAbsent(document.topic(), k -> new ArrayList<>()).add(document);
        }
        Map<String, List<Report>> reports = new LinkedHashMap<>();
        for (Map.Entry<String, List<Doc>> topic : topics.entrySet()) {
            List<Placed> entities = new ArrayList<>();
            List<Placed> events = new ArrayList<>();
            List<Placed> allEntities = new ArrayList<>();
            for (Doc document : topic.getValue()) {
                for (Placed placed : CorefLinking.place(document, lemmatizer.tag(document))) {
                    if (!placed.mention().event()) {
                        allEntities.add(placed);
                    }
                    if (placed.mention().selected()) {
                        (placed.mention().event() ? events : entities).add(placed);
                    }
                }
            }
            int[] entityGroups = CorefLinking.entities(entities);
            List<Doc> topicDocuments = topic.getValue();
            List<Set<Integer>> wholeTopic = CorefLinking.clusters(new int[topicDocuments.size()]);
            reports.put(topic.getKey(), List.of(
                    report(Kind.ENTITIES, Method.SAME_STRING, entities, CorefLinking.sameString(entities)),
                    report(Kind.ENTITIES, Method.HEAD_LEMMA, entities, CorefLinking.headLemma(entities)),
                    report(Kind.ENTITIES, Method.CLAIMGRAPH, entities, CorefLinking.clusters(entityGroups)),
                    report(Kind.EVENTS, Method.SAME_STRING, events, CorefLinking.sameString(events)),
                    report(Kind.EVENTS, Method.HEAD_LEMMA, events, CorefLinking.headLemma(events)),
                    report(Kind.EVENTS, Method.CLAIMGRAPH, events,
                            CorefLinking.clusters(CorefLinking.events(events, entities, entityGroups))),
                    scored(Kind.DOCUMENTS, Method.WHOLE_TOPIC, CorefDocuments.gold(topicDocuments), wholeTopic),
                    scored(Kind.DOCUMENTS, Method.CLAIMGRAPH, CorefDocuments.gold(topicDocuments),
                            CorefLinking.clusters(CorefDocuments.events(topicDocuments, allEntities,
                                    CorefLinking.entities(allEntities))))));
        }
        return reports;
    }

    /** The reports of all topics added up, one per kind and method. */
    public static List<Report> total(Map<String, List<Report>> byTopic) {
        Map<String, Report> totals = new LinkedHashMap<>();
        for (List<Report> reports : byTopic.values()) {
            for (Report report : reports) {
                totals.merge(report.kind() + "/" + report.method(), report, (a, b) -> new Report(a.kind(),
                        a.method(), a.mentions() + b.mentions(), a.goldClusters() + b.goldClusters(),
                        a.responseClusters() + b.responseClusters(), a.muc().plus(b.muc()),
                        a.bcubed().plus(b.bcubed()), a.ceafe().plus(b.ceafe())));
            }
        }
        return new ArrayList<>(totals.values());
    }

    private static Report report(Kind kind, Method method, List<Placed> mentions, List<Set<Integer>> response) {
        Map<String, Set<Integer>> gold = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            gold.computeIfAbsent(mentions.get(i).mention().cluster(), k -> new HashSet<>()).add(i);
        }
        return scored(kind, method, new ArrayList<>(gold.values()), response);
    }

    private static Report scored(Kind kind, Method method, List<Set<Integer>> key, List<Set<Integer>> response) {
        int items = key.stream().mapToInt(Set::size).sum();
        return new Report(kind, method, items, key.size(), response.size(), CorefMetrics.muc(key, response),
                CorefMetrics.bcubed(key, response), CorefMetrics.ceafe(key, response));
    }

    /**
     * Lemmas and parts of speech from CoreNLP (tokenize on white space, one sentence a line, pos, lemma), so the
     * tokens are ECB+'s own. Falls back to the lower-case token when CoreNLP splits a line differently.
     */
    static final class CoreNlpLemmatizer implements CorefLinking.Lemmatizer {

        private final CoreNlpAnnotator parser;

        CoreNlpLemmatizer() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
            properties.setProperty("tokenize.whitespace", "true");
            properties.setProperty("ssplit.eolonly", "true");
            parser = new CoreNlpAnnotator(properties);
        }

        @Override
        public List<Tagged> tag(Doc document) {
            StringBuilder text = new StringBuilder();
            int sentence = Integer.MIN_VALUE;
            for (Token token : document.tokens()) {
                if (token.sentence() != sentence && text.length() > 0) {
                    text.append('\n');
                } else if (text.length() > 0) {
                    text.append(' ');
                }
                sentence = token.sentence();
                String word = token.text().strip().replaceAll("\\s+", "_");
                text.append(word.isEmpty() ? "_" : word);
            }
            ParsedText parsed = parser.parse(text.toString(), null);
            List<CoreLabel> labels = parsed.document().annotation().get(
                    edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
            List<Tagged> tagged = new ArrayList<>();
            if (labels.size() == document.tokens().size()) {
                for (CoreLabel label : labels) {
                    tagged.add(new Tagged(label.lemma(), label.tag()));
                }
                return tagged;
            }
            for (Token token : document.tokens()) {
                tagged.add(new Tagged(token.text().toLowerCase(java.util.Locale.ROOT), "NN"));
            }
            return tagged;
        }
    }
}

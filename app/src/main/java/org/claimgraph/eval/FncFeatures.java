package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the FNC-1 rules read from a headline and a body. Relatedness: the TF-IDF cosine of their content-word stems
 * (IDF over the bodies given to the constructor: no labels are read), the IDF-weighted share of the headline's stems
 * found in the body's first sentences, and the share of the headline's named tokens (capitalised words, numbers) that
 * the body also names. Stance: counts of refuting, hedging and confirming cues and of negations near shared words, in
 * the body sentences that share the most with the headline, and the hedges of the headline itself.
 *
 * <p>Each body is analysed once and kept; an instance is meant for one thread.
 */
public final class FncFeatures {

    /** How many of the body's best-overlapping sentences the stance cues are counted in, each on its own. */
    static final int STANCE_SENTENCES = 3;
    /** How many of the body's first sentences the lead overlap reads. */
    static final int LEAD_SENTENCES = 3;
    /** How many words either side of a shared word a negation counts. */
    static final int NEGATION_WINDOW = 3;

    /** The figures for one pair. */
    record Features(double cosine, double lead, double named, double coverage, List<Cues> best,
            boolean headlineRefutes, int headlineHedges, double bodyRefuting, double bodyHedging) {
        Features {
            best = List.copyOf(best);
        }

        /** The cues of the {@code sentences} best-overlapping sentences, summed. */
        Cues best(int sentences) {
            Cues sum = new Cues(0, 0, 0, 0);
            for (Cues cues : best.subList(0, Math.min(sentences, best.size()))) {
                sum = new Cues(sum.refuting() + cues.refuting(), sum.negations() + cues.negations(),
                        sum.hedges() + cues.hedges(), sum.confirming() + cues.confirming());
            }
            return sum;
        }
    }

    /** Cue counts in one sentence: refuting cues, negations near shared words, hedges, confirming cues. */
    record Cues(int refuting, int negations, int hedges, int confirming) {}

    /** A cue list, stemmed once. */
    record CueList(Set<String> words, List<List<String>> phrases) {
        static CueList of(List<String> words, List<String> phrases) {
            Set<String> stems = new HashSet<>();
            for (String word : words) {
                stems.add(FncText.stem(word));
            }
            List<List<String>> phraseStems = new ArrayList<>();
            for (String phrase : phrases) {
                phraseStems.add(FncText.tokens(phrase).stream().map(FncText.Token::stem).toList());
            }
            return new CueList(Set.copyOf(stems), List.copyOf(phraseStems));
        }
    }

    static final CueList REFUTING = CueList.of(FncCues.REFUTING, FncCues.REFUTING_PHRASES);
    static final CueList HEDGING = CueList.of(FncCues.HEDGING, FncCues.HEDGING_PHRASES);
    static final CueList CONFIRMING = CueList.of(FncCues.CONFIRMING, List.of());

    private record Sentence(List<FncText.Token> tokens, Set<String> stems) {}

    /** A body's sentences, term counts, named stems, and its refuting and hedging cues per sentence. */
    private record Body(List<Sentence> sentences, Map<String, Integer> termCounts, Set<String> named,
            double refuting, double hedging) {}

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;
    private final Map<String, Body> bodies = new HashMap<>();

    /** Counts document frequencies over the given bodies (the texts the pairs will be asked about). */
    public FncFeatures(Collection<String> bodyTexts) {
        Set<String> distinct = new LinkedHashSet<>(bodyTexts);
        documents = distinct.size();
        for (String text : distinct) {
            for (String stem : body(text).termCounts().keySet()) {
                documentFrequency.merge(stem, 1, Integer::sum);
            }
        }
    }

    double idf(String stem) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(stem, 0) + 1.0)) + 1;
    }

    private Body body(String text) {
        return bodies.computeIfAbsent(text, FncFeatures::analyse);
    }

    private static Body analyse(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (String sentence : FncText.sentences(text)) {
            List<FncText.Token> tokens = FncText.tokens(sentence);
            Set<String> stems = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                FncText.Token token = tokens.get(i);
                if (isContent(token)) {
                    stems.add(token.stem());
                    counts.merge(token.stem(), 1, Integer::sum);
                    if (token.named() && (i > 0 || Character.isDigit(token.lower().charAt(0)))) {
                        named.add(token.stem());
                    }
                }
            }
            sentences.add(new Sentence(tokens, stems));
        }
        int refuting = 0;
        int hedging = 0;
        for (Sentence sentence : sentences) {
            refuting += cues(sentence.tokens(), REFUTING);
            hedging += cues(sentence.tokens(), HEDGING);
        }
        int size = Math.max(1, sentences.size());
        return new Body(sentences, counts, named, (double) refuting / size, (double) hedging / size);
    }

    private static boolean isContent(FncText.Token token) {
        return !FncCues.STOPWORDS.contains(token.lower()) && (token.lower().length() > 1
                || Character.isDigit(token.lower().charAt(0)));
    }

    Features of(String headline, String bodyText) {
        Body body = body(bodyText);
        List<FncText.Token> headlineTokens = FncText.tokens(headline);
        Map<String, Integer> headlineCounts = new HashMap<>();
        Set<String> headlineNamed = new HashSet<>();
        for (FncText.Token token : headlineTokens) {
            if (isContent(token)) {
                headlineCounts.merge(token.stem(), 1, Integer::sum);
                if (token.named()) {
                    headlineNamed.add(token.stem());
                }
            }
        }
        Set<String> headlineStems = headlineCounts.keySet();
        List<Sentence> ranked = new ArrayList<>(body.sentences());
        ranked.sort(Comparator.comparingDouble((Sentence s) -> -weightedShare(headlineStems, s.stems())));
        List<Sentence> best = ranked.subList(0, Math.min(STANCE_SENTENCES, ranked.size())).stream()
                .filter(s -> weightedShare(headlineStems, s.stems()) > 0).toList();
        List<Cues> cues = new ArrayList<>();
        for (Sentence sentence : best) {
            cues.add(new Cues(cues(sentence.tokens(), REFUTING), negationsNear(sentence.tokens(), headlineStems),
                    cues(sentence.tokens(), HEDGING), cues(sentence.tokens(), CONFIRMING)));
        }
        Set<String> lead = new HashSet<>();
        for (Sentence sentence : body.sentences().subList(0, Math.min(LEAD_SENTENCES, body.sentences().size()))) {
            lead.addAll(sentence.stems());
        }
        double coverage = best.isEmpty() ? 0 : share(headlineStems, best.get(0).stems());
        return new Features(cosine(headlineCounts, body.termCounts()), weightedShare(headlineStems, lead),
                share(headlineNamed, body.named()), coverage, cues,
                cues(headlineTokens, REFUTING) > 0,
                cues(headlineTokens, HEDGING) + (headline.contains("?") ? 1 : 0), body.refuting(), body.hedging());
    }

    private double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        double normA = 0;
        for (Map.Entry<String, Integer> entry : a.entrySet()) {
            double weight = entry.getValue() * idf(entry.getKey());
            normA += weight * weight;
            Integer other = b.get(entry.getKey());
            if (other != null) {
                dot += weight * other * idf(entry.getKey());
            }
        }
        double normB = 0;
        for (Map.Entry<String, Integer> entry : b.entrySet()) {
            double weight = entry.getValue() * idf(entry.getKey());
            normB += weight * weight;
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    /** The IDF-weighted share of {@code wanted} found in {@code found}. */
    private double weightedShare(Set<String> wanted, Set<String> found) {
        double total = 0;
        double shared = 0;
        for (String stem : wanted) {
            total += idf(stem);
            if (found.contains(stem)) {
                shared += idf(stem);
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    private static double share(Set<String> wanted, Set<String> found) {
        if (wanted.isEmpty()) {
            return 0;
        }
        return (double) wanted.stream().filter(found::contains).count() / wanted.size();
    }

    /** How many times a cue word or phrase occurs in the tokens (phrases compared stem by stem). */
    static int cues(List<FncText.Token> tokens, CueList cues) {
        int count = 0;
        for (FncText.Token token : tokens) {
            if (cues.words().contains(token.stem())) {
                count++;
            }
        }
        for (List<String> phrase : cues.phrases()) {
            for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
                boolean match = true;
                for (int j = 0; j < phrase.size() && match; j++) {
                    match = tokens.get(i + j).stem().equals(phrase.get(j));
                }
                if (match) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Negations within {@link #NEGATION_WINDOW} words of a word the sentence shares with the headline. */
    static int negationsNear(List<FncText.Token> tokens, Set<String> headlineStems) {
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!FncCues.NEGATIONS.contains(tokens.get(i).lower())) {
                continue;
            }
            for (int j = Math.max(0, i - NEGATION_WINDOW); j <= Math.min(tokens.size() - 1, i + NEGATION_WINDOW); j++) {
                if (j != i && headlineStems.contains(tokens.get(j).stem())) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}

package org.claimgraph.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceNeedsTest {

    static final SentenceNeeds NEEDS = SentenceNeeds.standard();

    /** A sentence from "word/TAG/lemma" triples. */
    static CoreMap sentence(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String triple : tagged.split(" ")) {
            String[] parts = triple.split("/");
            CoreLabel token = new CoreLabel();
            token.setWord(parts[0]);
            token.setValue(parts[0]);
            token.setTag(parts[1]);
            token.setLemma(parts[2]);
            tokens.add(token);
        }
        Annotation sentence = new Annotation(tagged);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

    @Test
    void timeWordsNumbersAndNumberWordsMayHoldTime() {
        assertTrue(NEEDS.mayHoldTime(sentence("She/PRP/she left/VBD/leave on/IN/on Friday/NNP/Friday ./././")));
        assertTrue(NEEDS.mayHoldTime(sentence("Prices/NNS/price rose/VBD/rise in/IN/in 2016/CD/2016")));
        assertTrue(NEEDS.mayHoldTime(sentence("Sales/NNS/sale fell/VBD/fall for/IN/for months/NNS/month")));
        assertTrue(NEEDS.mayHoldTime(sentence("a/DT/a dozen/NN/dozen ships/NNS/ship sailed/VBD/sail")));
        assertTrue(NEEDS.mayHoldTime(sentence("It/PRP/it is/VBZ/be over/RB/over now/RB/now")));
    }

    @Test
    void sentencesWithoutTimeWordsOrNumbersSkipSutime() {
        assertFalse(NEEDS.mayHoldTime(sentence("The/DT/the plan/NN/plan failed/VBD/fail ./././")));
        assertFalse(NEEDS.mayHoldTime(sentence("They/PRP/they may/MD/may go/VB/go ./././")),
                "the modal 'may' is not the month");
    }

    @Test
    void cuesQuotesColonsNumbersAndTenseSensitiveDatesNeedTheParse() {
        assertTrue(NEEDS.needsParse(sentence("He/PRP/he said/VBD/say no/DT/no ./././")));
        assertTrue(NEEDS.needsParse(sentence("``/``/`` No/DT/no ./././ ''/''/''")));
        assertTrue(NEEDS.needsParse(sentence("The/DT/the answer/NN/answer :/:/: no/DT/no")));
        assertTrue(NEEDS.needsParse(sentence("About/RB/about 40/CD/40 boats/NNS/boat sank/VBD/sink")));
        assertTrue(NEEDS.needsParse(sentence("They/PRP/they arrive/VBP/arrive on/IN/on Friday/NNP/Friday")));
    }

    @Test
    void otherSentencesAndApostrophesSkipTheParse() {
        assertFalse(NEEDS.needsParse(sentence("The/DT/the river/NN/river froze/VBD/freeze ./././")));
        assertFalse(NEEDS.needsParse(sentence("She/PRP/she sat/VBD/sit down/RP/down")), "'sat' is not Saturday");
        assertTrue(NEEDS.needsParse(sentence("She/PRP/she arrived/VBD/arrive on/IN/on Sat/NNP/Sat")));
        assertFalse(NEEDS.needsParse(sentence("The/DT/the city/NN/city 's/POS/'s river/NN/river froze/VBD/freeze")));
        assertFalse(SentenceNeeds.isQuoteOrColon("n't"));
        assertTrue(SentenceNeeds.isQuoteOrColon("\u201C"));
    }

    @Test
    void theCueListHoldsEveryCueWordOfTheStatementRules() throws ReflectiveOperationException {
        var cues = SentenceNeeds.words(SentenceNeeds.CUE_LEMMAS);
        for (String set : CueLemmasTool.LEXICON_SETS) {
            for (String lemma : CueLemmasTool.packageSet("org.claimgraph.annotate.statements.Lexicon", set)) {
                assertTrue(cues.contains(lemma), "Lexicon." + set + " has '" + lemma + "', missing from "
                        + SentenceNeeds.CUE_LEMMAS + ": regenerate it (DEVELOPMENT.md)");
            }
        }
        for (String lemma : CueLemmasTool.packageSet("org.claimgraph.annotate.statements.CueCandidates", "NOUN_CUES")) {
            assertTrue(cues.contains(lemma), "CueCandidates.NOUN_CUES has '" + lemma + "', missing from "
                    + SentenceNeeds.CUE_LEMMAS + ": regenerate it (DEVELOPMENT.md)");
        }
    }
}

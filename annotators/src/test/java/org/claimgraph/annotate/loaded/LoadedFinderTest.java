package org.claimgraph.annotate.loaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.LoadedWording;
import org.claimgraph.model.Span;
import org.claimgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; the names and events in them are invented. */
class LoadedFinderTest {

    private static final LoadedFinder RULES = LoadedFinder.rulesOnly();

    /** The finder's spans of {@code text} as "technique: covered text", after the checks every output must pass. */
    static List<String> found(LoadedFinder finder, String text) {
        List<LoadedWording> found = finder.find(text);
        assertEquals(found, finder.find(text), "same output on a second run");
        List<String> described = new ArrayList<>();
        Span previous = null;
        for (LoadedWording wording : found) {
            Span span = wording.span();
            assertTrue(span.end() <= text.length() && span.length() > 0, "span inside the text: " + span);
            assertTrue(previous == null || previous.end() <= span.begin(), "sorted, not overlapping: " + found);
            String covered = span.coveredText(text);
            assertEquals(covered.strip(), covered, "no white space at the ends of '" + covered + "'");
            described.add(wording.technique() + ": " + covered);
            previous = span;
        }
        return described;
    }

    private static void assertFound(String text, String... expected) {
        List<String> found = found(RULES, text);
        for (String one : expected) {
            if (!found.contains(one)) {
                fail("expected '" + one + "' in " + found + " for: " + text);
            }
        }
    }

    @Test
    void chargedAdjectiveTakesTheNounItQualifies() {
        assertFound("The council made a disastrous decision on Tuesday.", "loaded-language: disastrous decision");
    }

    @Test
    void intensifierJoinsTheChargedWord() {
        assertFound("Residents said it was an utterly absurd plan.", "loaded-language: utterly absurd plan");
    }

    @Test
    void soCalledLabelsTheNounAfterIt() {
        assertFound("The so-called experts were wrong again.", "name-calling: The so-called experts");
    }

    @Test
    void labelNounTakesItsQualifierAndDeterminer() {
        assertFound("The mayor said the town was run by the greedy cronies of the developer.",
                "name-calling: the greedy cronies");
    }

    @Test
    void functionWordsAndVerbsStayOutsideALabel() {
        assertEquals(List.of("name-calling: cowards"), found(RULES, "It is no time to be cowards, she said."));
        assertEquals(List.of("name-calling: so-called envoys"),
                found(RULES, "The minister was sending so-called envoys abroad."));
    }

    @Test
    void scareQuotedLabelAfterALabellingWord() {
        assertFound("Officials branded the protesters “troublemakers” on Monday.",
                "name-calling: “troublemakers”");
        assertFound("The minister dismissed the “experts” who wrote it.", "name-calling: the “experts”");
    }

    @Test
    void longQuotationIsSpeechNotALabel() {
        List<String> found = found(RULES, "She said “we will open the new library in May” to the press.");
        assertEquals(List.of(), found);
    }

    @Test
    void plainReportingHasNoLoadedWording() {
        assertEquals(List.of(), found(RULES,
                "The committee met on Tuesday and approved the budget for the new library, officials said."));
        assertEquals(List.of(), found(RULES, ""));
    }

    @Test
    void spansNeverCrossPunctuation() {
        List<String> found = found(RULES, "It was shocking. Reports followed, outrageous ones.");
        assertTrue(found.contains("loaded-language: shocking"), found.toString());
        assertTrue(found.contains("loaded-language: outrageous ones"), found.toString());
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void offsetsAreUtf16AfterAstralCharacters() {
        String text = "\uD835\uDC9C \uD83D\uDE42 A horrific night.";
        List<LoadedWording> found = RULES.find(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(text.indexOf("horrific"), found.get(0).span().begin());
        assertEquals("horrific night", found.get(0).span().coveredText(text));
    }

    @Test
    void annotatorNeedsNoParseAndRunsInAPipeline() {
        LoadedAnnotator annotator = new LoadedAnnotator(RULES);
        assertTrue(annotator.requires().isEmpty());
        Pipeline pipeline = Pipeline.of(List.of(annotator));
        assertFalse(pipeline.toString().isEmpty());
        assertEquals("loaded", annotator.name());
    }

    @Test
    void shippedLexiconAddsToTheRules() {
        LoadedFinder shipped = LoadedFinder.shipped();
        String text = "The committee met on Tuesday and approved the budget for the new library, officials said.";
        assertEquals(List.of(), found(shipped, text), "plain reporting stays plain with the lexicon too");
        assertTrue(found(shipped, "It was a disastrous, shameful betrayal.").size() >= 1);
    }
}

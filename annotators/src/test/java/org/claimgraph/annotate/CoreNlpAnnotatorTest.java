package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.CoreEntityMention;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

    static final CoreNlpAnnotator NLP = SharedNlp.NLP;

    @Test
    void offsetsIndexTheTextAndDatesAreAnchored() {
        String text = "🙂 Mayor Elsa Strand said on May 2 that about 40 boats left Valmora.\n\nShe left on Friday.";
        ParsedText parsed = NLP.parse(text, "2025-05-09");
        assertEquals(2, parsed.document().sentences().size(), "a blank line ends a sentence");
        boolean person = false;
        boolean date = false;
        for (CoreEntityMention mention : parsed.document().entityMentions()) {
            String covered = text.substring(mention.charOffsets().first, mention.charOffsets().second);
            assertEquals(mention.text(), covered);
            person |= mention.entityType().equals("PERSON") && covered.equals("Elsa Strand");
            date |= mention.entityType().equals("DATE") && "2025-05-02".equals(
                    mention.coreMap().get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        }
        assertTrue(person, "Elsa Strand is a PERSON");
        assertTrue(date, "May 2 resolves to 2025-05-02 with the publication date");
        assertTrue(parsed.document().sentences().get(0).dependencyParse().edgeCount() > 5);
    }

    @Test
    void sentencesThatNeedNoParseGetTheirWordsWithoutEdgesAndStillTheirEntities() {
        String text = "Elsa Strand sat on the bridge.\n\nThe mayor said the boats left Valmora on Friday.";
        ParsedText parsed = NLP.parse(text, "2025-05-09");
        var first = parsed.document().sentences().get(0);
        var second = parsed.document().sentences().get(1);
        assertEquals(0, first.dependencyParse().edgeCount(), "no cue, quote, number or time word: not parsed");
        assertEquals(first.tokens().size(), first.dependencyParse().vertexSet().size(), "every word is in the graph");
        assertEquals(first.tokens().size(), first.dependencyParse().getRoots().size(), "every word is a root");
        assertEquals(first.dependencyParse(), first.coreMap().get(
                edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        assertEquals("PERSON", first.tokens().get(0).ner(), "NER without SUTime still tags names");
        assertTrue(second.dependencyParse().edgeCount() > 5, "a sentence with a cue is parsed");
        boolean friday = false;
        for (var token : second.tokens()) {
            friday |= token.word().equals("Friday")
                    && token.get(edu.stanford.nlp.time.TimeAnnotations.TimexAnnotation.class) != null;
        }
        assertTrue(friday, "SUTime ran on the sentence with a weekday");
    }
}

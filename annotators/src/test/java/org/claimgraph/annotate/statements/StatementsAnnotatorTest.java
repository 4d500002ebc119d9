package org.claimgraph.annotate.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.claimgraph.annotate.SharedNlp;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; the names and events in them are invented. */
class StatementsAnnotatorTest {

    /** One CoreNLP instance for the whole test JVM (the models take seconds to load). */
    static final CoreNlpAnnotator NLP = SharedNlp.NLP;
    static final StatementsAnnotator STATEMENTS = new StatementsAnnotator();

    private static List<Statement> statements(String text) {
        List<Statement> found = STATEMENTS.find(text, NLP.parse(text, "2025-03-04"));
        assertEquals(found, STATEMENTS.find(text, NLP.parse(text, "2025-03-04")), "same output on a second run");
        for (Statement statement : found) {
            assertSpanInside(text, statement.content());
            assertSpanInside(text, statement.cue());
            assertSpanInside(text, statement.speaker().mention());
        }
        return found;
    }

    private static void assertSpanInside(String text, Span span) {
        if (span != null) {
            assertTrue(span.end() <= text.length() && span.length() > 0, "span " + span + " inside the text");
            String covered = span.coveredText(text);
            assertEquals(covered.strip(), covered, "span has no white space at its ends: '" + covered + "'");
        }
    }

    /** The statement whose content covers exactly {@code content}. */
    private static Statement withContent(List<Statement> found, String text, String content) {
        for (Statement statement : found) {
            if (statement.content().coveredText(text).equals(content)) {
                return statement;
            }
        }
        fail("no statement with content '" + content + "' in " + describe(found, text));
        return null;
    }

    private static String describe(List<Statement> found, String text) {
        StringBuilder out = new StringBuilder();
        for (Statement s : found) {
            out.append("\n  ").append(s.kind()).append(" speaker=")
                    .append(s.speaker().mention() == null ? "-" : s.speaker().mention().coveredText(text))
                    .append(" cue=").append(s.cue() == null ? "-" : s.cue().coveredText(text)).append(" content=")
                    .append(s.content().coveredText(text));
        }
        return out.toString();
    }

    private static String speaker(Statement statement, String text) {
        assertNotNull(statement.speaker().mention(), "the statement has a speaker mention");
        return statement.speaker().mention().coveredText(text);
    }

    private static String cue(Statement statement, String text) {
        assertNotNull(statement.cue(), "the statement has a cue");
        return statement.cue().coveredText(text);
    }

    @Test
    void quoteAfterCue() {
        String text = "Mayor Elsa Strand said: “The harbour will reopen on Monday.”";
        Statement statement = withContent(statements(text), text, "“The harbour will reopen on Monday.”");
        assertEquals(Statement.Kind.DIRECT, statement.kind());
        assertEquals("Mayor Elsa Strand", speaker(statement, text));
        assertEquals("said", cue(statement, text));
        assertEquals(Statement.SpeakerType.PERSON, statement.speaker().type());
    }

    @Test
    void quoteBeforeCue() {
        String text = "“We have no money left for the bridge,” the treasurer said on Tuesday.";
        Statement statement = withContent(statements(text), text, "“We have no money left for the bridge,”");
        assertEquals(Statement.Kind.DIRECT, statement.kind());
        assertEquals("the treasurer", speaker(statement, text));
        assertEquals("said", cue(statement, text));
    }

    @Test
    void splitQuoteKeepsSpeakerAndCueForBothHalves() {
        String text = "“The river is rising,” said Tomas Brill, the engineer. “We must close the road tonight.”";
        List<Statement> found = statements(text);
        Statement first = withContent(found, text, "“The river is rising,”");
        Statement second = withContent(found, text, "“We must close the road tonight.”");
        assertEquals("Tomas Brill, the engineer", speaker(first, text));
        assertEquals(first.speaker().mention(), second.speaker().mention());
        assertEquals(first.cue(), second.cue());
    }

    @Test
    void singleQuotedQuoteIsFoundAndApostrophesAreNot() {
        String text = "The minister's aide said: 'The talks haven't failed, they are only paused.'";
        Statement statement = withContent(statements(text), text,
                "'The talks haven't failed, they are only paused.'");
        assertEquals(Statement.Kind.DIRECT, statement.kind());
        assertEquals("The minister's aide", speaker(statement, text));
    }

    @Test
    void quoteOverSeveralParagraphsIsOne() {
        String text = "Ana Ruiz, the head of the union, said:\n\n"
                + "“The workers have waited three years for this agreement.\n\n"
                + "“Now the company must keep its word and pay what it owes.”";
        Statement statement = withContent(statements(text), text,
                "“The workers have waited three years for this agreement.\n\n"
                        + "“Now the company must keep its word and pay what it owes.”");
        assertEquals("Ana Ruiz, the head of the union", speaker(statement, text));
    }

    @Test
    void accordingTo() {
        String text = "The factory will close in June, according to the Valmora Herald.";
        Statement statement = withContent(statements(text), text, "The factory will close in June");
        assertEquals("according to", cue(statement, text));
        assertEquals("the Valmora Herald", speaker(statement, text));
        assertEquals(Statement.Kind.INDIRECT, statement.kind());
    }

    @Test
    void reportedSpeechWithWarnedThat() {
        String text = "Senator Ilse Marr warned that the new tax would hurt small farms.";
        Statement statement = withContent(statements(text), text, "that the new tax would hurt small farms");
        assertEquals(Statement.Kind.INDIRECT, statement.kind());
        assertEquals("Senator Ilse Marr", speaker(statement, text));
        assertEquals("warned", cue(statement, text));
    }

    @Test
    void reportedSpeechWithQuotedFragmentIsMixed() {
        String text = "Coach Peter Lund said that he \"fully\" stood by his decision.";
        Statement statement = withContent(statements(text), text, "that he \"fully\" stood by his decision");
        assertEquals(Statement.Kind.MIXED, statement.kind());
        assertEquals("Coach Peter Lund", speaker(statement, text));
        assertEquals(1, statements(text).size(), "the one-word quote is not a statement of its own");
    }

    @Test
    void anonymousSource() {
        String text = "Two officials said the convoy had left the port before dawn.";
        Statement statement = withContent(statements(text), text, "the convoy had left the port before dawn");
        assertEquals(Statement.SpeakerType.ANONYMOUS, statement.speaker().type());
        assertEquals("Two officials", speaker(statement, text));
    }

    @Test
    void hedgeIsRecorded() {
        String text = "The governor reportedly told aides that she would not run again.";
        Statement statement = withContent(statements(text), text, "that she would not run again");
        assertTrue(statement.hedges().contains("reportedly"), "hedges: " + statement.hedges());
        assertTrue(statement.cue().coveredText(text).endsWith("told"));
    }

    @Test
    void declaringMartialLawIsNotAStatement() {
        String text = "The army declared martial law in the northern provinces.";
        List<Statement> found = statements(text);
        assertTrue(found.isEmpty(), "no statement expected, got" + describe(found, text));
    }

    @Test
    void pronounSpeakerTakesTheNearestPersonBeforeIt() {
        String text = "Elsa Strand spoke to the council on Monday. She said the budget was balanced.";
        Statement statement = withContent(statements(text), text, "the budget was balanced");
        assertEquals("She", speaker(statement, text));
        assertEquals("Elsa Strand", statement.speaker().name());
        assertFalse(statement.confidence() <= 0 || statement.confidence() > 1);
    }

    @Test
    void idsFollowTextOrder() {
        String text = "Ana Ruiz said the strike was over. Tomas Brill said the trains would run again on Friday.";
        List<Statement> found = statements(text);
        assertEquals(2, found.size(), describe(found, text));
        assertEquals("s1", found.get(0).id());
        assertEquals("s2", found.get(1).id());
        assertTrue(found.get(0).content().begin() < found.get(1).content().begin());
    }

    // ---------------------------------------------------------------- rules and the cue model

    @Test
    void nounCueWithThatClause() {
        String text = "The mayor's claim that the harbour was safe angered the fishermen.";
        Statement statement = withContent(statements(text), text, "that the harbour was safe");
        assertEquals("claim", cue(statement, text));
        assertEquals("The mayor's", speaker(statement, text));
    }

    @Test
    void pollShows() {
        String text = "A new poll shows that most residents oppose the parking fee.";
        Statement statement = withContent(statements(text), text, "that most residents oppose the parking fee");
        assertEquals("shows", cue(statement, text));
        assertEquals("A new poll", speaker(statement, text));
    }

    @Test
    void speechReportedInsideAQuotation() {
        String text = "“My neighbour told me that the river had flooded the lower road,” said Ada Lind.";
        List<Statement> found = statements(text);
        Statement outer = withContent(found, text,
                "“My neighbour told me that the river had flooded the lower road,”");
        assertEquals("Ada Lind", speaker(outer, text));
        Statement inner = withContent(found, text, "that the river had flooded the lower road");
        assertEquals("told", cue(inner, text));
        assertEquals("My neighbour", speaker(inner, text));
    }

    @Test
    void beliefVerbWithAClauseIsAcceptedByTheModel() {
        String text = "Governor Lena Park thinks that the new dam will protect the valley.";
        Statement statement = withContent(statements(text), text, "that the new dam will protect the valley");
        assertEquals("thinks", cue(statement, text));
        assertEquals("Governor Lena Park", speaker(statement, text));
    }

    @Test
    void beliefVerbWithAThatClauseIsAcceptedAndWithoutOneRejected() {
        String text = "Councillor Ruth Okafor feels that the new parking fee is unfair.";
        Statement statement = withContent(statements(text), text, "that the new parking fee is unfair");
        assertEquals("feels", cue(statement, text));
        assertEquals("Councillor Ruth Okafor", speaker(statement, text));
        String plain = "The old coat feels soft and warm.";
        List<Statement> found = statements(plain);
        assertTrue(found.isEmpty(), "no statement expected, got" + describe(found, plain));
    }

    @Test
    void verbWithoutReportIsRejectedByTheModel() {
        String text = "The workers painted the old bridge green last summer.";
        List<Statement> found = statements(text);
        assertTrue(found.isEmpty(), "no statement expected, got" + describe(found, text));
    }

    @Test
    void modelLoadsAndPredictsTheSameTwice() throws java.io.IOException {
        String text = "Senator Ilse Marr said the new tax would hurt small farms.";
        List<CueCandidates.Candidate> candidates = CueCandidates.find(text, NLP.parse(text, "2025-03-04"));
        CueModel first;
        CueModel second;
        try (java.io.InputStream in = CueModel.class.getResourceAsStream(CueModel.RESOURCE)) {
            assertNotNull(in, "the model is in the resources");
            first = CueModel.read(in);
        }
        try (java.io.InputStream in = CueModel.class.getResourceAsStream(CueModel.RESOURCE)) {
            second = CueModel.read(in);
        }
        assertTrue(first.size() > 1000, "weights: " + first.size());
        assertEquals(first.size(), second.size());
        boolean sawSaid = false;
        for (CueCandidates.Candidate candidate : candidates) {
            double p = first.probability(candidate.features());
            assertEquals(p, second.probability(candidate.features()));
            assertEquals(p, CueModel.standard().probability(candidate.features()));
            if (candidate.span().coveredText(text).equals("said")) {
                sawSaid = true;
                assertTrue(p > 0.5, "said is a cue: " + p);
            } else if (candidate.span().coveredText(text).equals("hurt")) {
                assertTrue(p < 0.5, "hurt is not a cue: " + p);
            }
        }
        assertTrue(sawSaid, "said is a candidate");
    }

    @Test
    void contentCandidatesStartWithTheRulesSpanAndCutWholeConstituents() {
        String text = "Mayor Tilda Brenn said the bridge would reopen in May, adding weeks of detours to the commute.";
        List<List<ContentCandidates.Candidate>> choices = STATEMENTS.contentChoices(text, NLP.parse(text, "2025-03-04"));
        assertFalse(choices.isEmpty(), "a reported statement to choose a content for");
        List<ContentCandidates.Candidate> candidates = choices.get(0);
        assertEquals("none", candidates.get(0).features().get(0), "the rules' span comes first");
        boolean cutAtComma = false;
        for (ContentCandidates.Candidate candidate : candidates) {
            String covered = candidate.span().coveredText(text);
            assertEquals(covered.strip(), covered, "no white space at the ends: '" + covered + "'");
            assertTrue(candidates.get(0).span().contains(candidate.span()), "inside the rules' span: " + covered);
            cutAtComma |= covered.equals("the bridge would reopen in May");
        }
        assertTrue(cutAtComma, "a candidate without the trailing participle clause: " + candidates);
    }

    @Test
    void contentModelIsAContentModelAndTheCueModelRefusesIt() {
        CueModel content = CueModel.standardContent();
        assertEquals(CueModel.Kind.CONTENT, content.kind());
        assertTrue(content.size() > 1000, "weights: " + content.size());
        assertThrows(IllegalArgumentException.class, () -> new StatementsAnnotator(content, null));
    }

    @Test
    void madeItClearReportsItsClause() {
        String text = "The mayor of Lindqvist made it clear that the harbour would stay closed until June.";
        List<Statement> found = statements(text);
        Statement statement = withContent(found, text, "that the harbour would stay closed until June");
        assertEquals("made it clear", cue(statement, text));
        assertEquals("The mayor of Lindqvist", speaker(statement, text));
    }

    @Test
    void sourceAfterTheReportAtTheEndOfTheSentence() {
        String text = "The ferry company is preparing to cut its winter routes, reported the Harbour Gazette on Monday.";
        List<Statement> found = statements(text);
        Statement statement = withContent(found, text, "The ferry company is preparing to cut its winter routes");
        assertEquals("the Harbour Gazette", speaker(statement, text));
        assertEquals("reported", cue(statement, text));
    }

    @Test
    void participleOfAStatementNounHasTheNounsAuthor() {
        String text = "Recent remarks by Governor Alma Brisk, warning that the fleet would shrink, have angered the crews.";
        List<Statement> found = statements(text);
        Statement statement = withContent(found, text, "that the fleet would shrink");
        assertEquals("Governor Alma Brisk", speaker(statement, text));
    }

    @Test
    void quoteSplitByTheVerbHasTheVerbsSubjectAsSpeaker() {
        String text = "\"My hope,\" he said, \"is that the new ferry can run before the winter.\"";
        List<Statement> found = statements(text);
        assertFalse(found.isEmpty(), "statements expected");
        for (Statement statement : found) {
            if (statement.speaker().mention() != null) {
                assertEquals("he", speaker(statement, text), describe(found, text));
            }
        }
    }

    @Test
    void dayRightAfterTheVerbJoinsTheCue() {
        String text = "The harbour master said Friday that the ferry would not sail in the storm.";
        Statement statement = withContent(statements(text), text, "that the ferry would not sail in the storm");
        assertEquals("said Friday", cue(statement, text));
    }

    @Test
    void aClauseWithoutThatAfterAPronounIsTheContentNotThePronoun() {
        String text = "The ferry board, which met on Monday, said it \"fully\" backed a new timetable but would not "
                + "raise fares.";
        List<Statement> found = statements(text);
        Statement statement = withContent(found, text,
                "it \"fully\" backed a new timetable but would not raise fares");
        assertEquals(Statement.Kind.MIXED, statement.kind());
    }
}


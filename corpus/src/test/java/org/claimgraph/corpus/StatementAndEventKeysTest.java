package org.claimgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

class StatementAndEventKeysTest {

    private static final String FULL = "\u201cWe will not give up a single metre of our land, and we will keep "
            + "defending the city for as long as our soldiers have the ammunition they need,\u201d he said.";
    private static final String TRIMMED = "He said that \"we will keep defending the city for as long as our "
            + "soldiers have the ammunition they need\".";
    private static final String EXTENDED = "\u00abWe will not give up a single metre of our land, and we will keep "
            + "defending the city for as long as our soldiers have the ammunition they need. Our partners know "
            + "what is at stake this winter and we don\u2019t doubt them\u00bb, the commander added.";
    private static final String OTHER = "\"We will keep the schools open for as long as the heating works, and "
            + "parents should not worry about the exams,\" the mayor told reporters.";

    private static boolean shareAKey(List<String> a, List<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return !shared.isEmpty();
    }

    @Test
    void trimmedAndExtendedReportsOfOneQuoteShareAKeyAndMatch() {
        List<String> full = StatementKeys.ofContent(FULL);
        assertTrue(shareAKey(full, StatementKeys.ofContent(TRIMMED)));
        assertTrue(shareAKey(full, StatementKeys.ofContent(EXTENDED)));
        assertTrue(StatementKeys.sameUtterance(FULL, TRIMMED));
        assertTrue(StatementKeys.sameUtterance(EXTENDED, FULL));
        assertTrue(NearDuplicates.resemblance(FULL, TRIMMED) < 0.8, "resemblance alone would miss the trimmed one");
    }

    @Test
    void anotherUtteranceWithAStockPhraseDoesNotMatch() {
        assertFalse(StatementKeys.sameUtterance(FULL, OTHER));
        assertFalse(shareAKey(StatementKeys.ofContent(FULL), StatementKeys.ofContent(OTHER)));
    }

    @Test
    void quoteMarksApostrophesAndCaseDoNotChangeTheKeys() {
        assertEquals(StatementKeys.ofContent("\u201cWe don\u2019t know yet what happened in the port,\u201d"),
                StatementKeys.ofContent("'WE DON'T KNOW YET WHAT HAPPENED IN THE PORT'"));
    }

    @Test
    void aShortPhraseIsNoUtteranceOfItsOwn() {
        assertEquals(List.of(), StatementKeys.ofContent("\u201cNo comment,\u201d"));
        assertEquals(List.of(), StatementKeys.ofContent("a terrorist state"));
        assertFalse(StatementKeys.sameUtterance("No comment.", "\"No comment\""));
    }

    @Test
    void aStatementIsCutFromItsArticleByItsSpan() {
        String article = "Intro. " + FULL;
        Statement statement = new Statement("s1", Statement.Kind.DIRECT,
                new Statement.Speaker("he", Statement.SpeakerType.PERSON, null, null), null,
                new Span(7, 7 + FULL.indexOf(',') + 1), List.of(), null, null, List.of(), 0.9);
        assertTrue(StatementKeys.content(statement, article).startsWith("\u201cWe will not"));
        assertEquals(StatementKeys.ofContent(StatementKeys.content(statement, article)),
                StatementKeys.of(statement, article));
    }

    @Test
    void anchorsGrowWithTheTextButStayBounded() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add("w" + i);
        }
        assertEquals(StatementKeys.MAX_ANCHORS, StatementKeys.anchors(words).size());
        assertEquals(List.of(), StatementKeys.anchors(List.of("too", "short")));
    }

    private static Entity entity(String name, Entity.Type type, int mentions) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            spans.add(new Span(i * 10, i * 10 + 4));
        }
        return new Entity("e-" + name, name, type, List.of(), List.of(), spans);
    }

    private static Document article(String text, String published, Entity... entities) {
        return new Document("d", "test", Metadata.EMPTY.withPublished(published), text,
                new Annotations(List.of(entities), List.of(), List.of(), List.of()), List.of());
    }

    @Test
    void articlesAboutOneEventMeetWithinADayButNotAWeekLater() {
        Document first = article("The army said the bridge was hit overnight.", "2024-02-17T08:00:00Z",
                entity("Avdiivka", Entity.Type.LOCATION, 4), entity("Oleksandr Syrskyi", Entity.Type.PERSON, 3),
                entity("Reuters", Entity.Type.MEDIA, 5), entity("Moscow", Entity.Type.LOCATION, 1));
        Document next = article("Troops withdrew from the town, the commander said.", "2024-02-18",
                entity("Avdeyevka", Entity.Type.LOCATION, 2), entity("Oleksandr Sirsky", Entity.Type.PERSON, 2));
        Document later = article("Troops withdrew from the town, the commander said.", "2024-02-25",
                entity("Avdeyevka", Entity.Type.LOCATION, 2), entity("Oleksandr Sirsky", Entity.Type.PERSON, 2));
        Document otherStory = article("Farm prices rose.", "2024-02-17",
                entity("Avdiivka", Entity.Type.LOCATION, 2), entity("Reuters", Entity.Type.MEDIA, 2));
        assertTrue(shareAKey(EventKeys.of(first), EventKeys.of(next)));
        assertFalse(shareAKey(EventKeys.of(first), EventKeys.of(later)));
        assertFalse(shareAKey(EventKeys.of(first), EventKeys.of(otherStory)), "one place and an outlet are not an event");
        assertEquals(List.of("named~:avdivka", "person~:oliksandr sirski"), EventKeys.salient(first));
    }

    @Test
    void twoCountriesInTheNewsOnOneDayAreNotAnEvent() {
        Document one = article("Talks stalled.", "2024-02-17", entity("Russia", Entity.Type.COUNTRY, 5),
                entity("Ukraine", Entity.Type.COUNTRY, 4));
        Document other = article("Grain exports fell.", "2024-02-17", entity("Russia", Entity.Type.COUNTRY, 3),
                entity("Ukraine", Entity.Type.COUNTRY, 6));
        assertFalse(shareAKey(EventKeys.of(one), EventKeys.of(other)));
    }

    @Test
    void syndicatedCopiesMeetEvenWithoutADate() {
        String text = "The council voted on Tuesday to close the old harbour bridge to lorries from March, after "
                + "engineers found corrosion in two of its steel cables.";
        assertTrue(shareAKey(EventKeys.of(article(text, null)), EventKeys.of(article(text + " More soon.", "x"))));
        assertTrue(EventKeys.of(article(text, "not a date")).stream().allMatch(k -> k.startsWith("text:")));
    }
}

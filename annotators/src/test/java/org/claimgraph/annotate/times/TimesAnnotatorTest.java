package org.claimgraph.annotate.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.annotate.SharedNlp;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.TimeExpression;
import org.claimgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests, published on Monday 3 June 2024 unless said otherwise. */
class TimesAnnotatorTest {

    private static final String MONDAY = "2024-06-03";
    private static final TimesAnnotator TIMES = new TimesAnnotator();

    private static List<TimeExpression> times(String text, String published) {
        List<TimeExpression> found = TIMES.extract(SharedNlp.NLP.parse(text, published), text, published);
        for (TimeExpression time : found) {
            String covered = time.span().coveredText(text);
            assertEquals(covered.strip(), covered, "a span has no surrounding blanks: '" + covered + "'");
            assertFalse(covered.isEmpty());
        }
        return found;
    }

    /** The one expression covering exactly {@code words}. */
    private static TimeExpression find(String text, List<TimeExpression> found, String words) {
        List<TimeExpression> matching =
                found.stream().filter(t -> t.span().coveredText(text).equals(words)).toList();
        assertEquals(1, matching.size(), "one expression '" + words + "' in " + describe(text, found));
        return matching.get(0);
    }

    private static String describe(String text, List<TimeExpression> found) {
        return found.stream().map(t -> "'" + t.span().coveredText(text) + "'=" + t.value())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void datesAreAnchoredAtThePublicationDate() {
        String text = "The ministers met on May 28 and again earlier this month. Last year the same vote failed.";
        List<TimeExpression> found = times(text, MONDAY);
        assertEquals("2024-05-28", find(text, found, "May 28").value());
        assertEquals("2024-06", find(text, found, "earlier this month").value());
        TimeExpression lastYear = find(text, found, "Last year");
        assertEquals("2023", lastYear.value());
        assertEquals(TimeExpression.Type.DATE, lastYear.type());
    }

    @Test
    void weekdaysFollowTheTenseOfTheirVerb() {
        String text = "The talks ended on Friday. The ministers will meet again on Friday.";
        List<TimeExpression> found = times(text, MONDAY);
        assertEquals(2, found.size(), describe(text, found));
        assertEquals("2024-05-31", found.get(0).value(), "past tense: the Friday before");
        assertEquals("2024-06-07", found.get(1).value(), "future tense: the Friday after");
    }

    @Test
    void theLastTwoYearsIsOneDurationAndNoBareThe() {
        String text = "Prices rose over the last two years, the report said.";
        List<TimeExpression> found = times(text, MONDAY);
        TimeExpression years = find(text, found, "the last two years");
        assertEquals("P2Y", years.value());
        assertEquals(TimeExpression.Type.DURATION, years.type());
        assertTrue(found.stream().noneMatch(t -> t.span().coveredText(text).toLowerCase(Locale.ROOT).equals("the")),
                describe(text, found));
    }

    @Test
    void aRangeOfYearsIsTwoYearsNotHours() {
        String text = "He led the party from 1946-1954 and then retired.";
        List<TimeExpression> found = times(text, MONDAY);
        assertEquals("1946", find(text, found, "1946").value());
        assertEquals("1954", find(text, found, "1954").value());
        for (TimeExpression time : found) {
            assertNotEquals(TimeExpression.Type.DURATION, time.type(), describe(text, found));
            assertFalse(time.value() != null && time.value().startsWith("PT"), describe(text, found));
        }
    }

    @Test
    void withoutAPublicationDateRelativeDatesHaveNoValue() {
        String text = "The ministers met on May 28, and the treaty was signed in 1998.";
        List<TimeExpression> found = times(text, null);
        assertNull(find(text, found, "May 28").value(), "no year to give it: null, not XXXX-05-28");
        assertEquals("1998", find(text, found, "1998").value(), "a written year needs no anchor");
    }

    @Test
    void agesAreNotDurations() {
        String text = "A 6-year-old boy was rescued after five hours at sea.";
        List<TimeExpression> found = times(text, MONDAY);
        assertEquals(1, found.size(), describe(text, found));
        assertEquals("PT5H", find(text, found, "five hours").value());
    }

    @Test
    void spansIndexTheOriginalTextAfterAstralCharacters() {
        String text = "🙂🙂 Talks resume Friday morning, officials said.";
        List<TimeExpression> found = times(text, MONDAY);
        TimeExpression friday = find(text, found, "Friday morning");
        assertTrue(friday.value() != null && friday.value().endsWith("TMO"), describe(text, found));
    }

    @Test
    void emptyAndBlankDocumentsGetNoTimes() {
        ArticleAnnotator articles = new ArticleAnnotator(Pipeline.of(List.of(SharedNlp.NLP, TIMES)));
        for (String text : List.of("", "  \n ")) {
            Document document = new Document("id", "-", Metadata.EMPTY, text, Annotations.EMPTY, List.of());
            Document annotated = articles.apply(document);
            assertEquals(List.of(), annotated.annotations().times());
            assertEquals(List.of(), annotated.diagnostics());
        }
    }

    @Test
    void theArticlePipelineFillsTimesFromThePublicationDate() {
        ArticleAnnotator articles = new ArticleAnnotator(Pipeline.of(List.of(SharedNlp.NLP, TIMES)));
        Metadata metadata = new Metadata(null, List.of(), "2024-06-03T09:30:00Z", null, null, "en");
        String text = "The council voted on May 28.";
        Document annotated = articles.apply(new Document("id", "-", metadata, text, Annotations.EMPTY, List.of()));
        List<TimeExpression> times = annotated.annotations().times();
        assertEquals(1, times.size());
        assertEquals("May 28", times.get(0).span().coveredText(text));
        assertEquals("2024-05-28", times.get(0).value());
        assertEquals(List.of(), annotated.diagnostics());
    }
}

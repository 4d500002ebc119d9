package org.claimgraph.annotate.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.claimgraph.annotate.times.TimexValues.Tense;
import org.junit.jupiter.api.Test;

/** One case per rule of {@link TimexValues}, without CoreNLP. Anchor: Monday 3 June 2024. */
class TimexValuesTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);

    private static String normalise(String value, Tense tense) {
        return TimexValues.normalise(value, null, MONDAY, tense);
    }

    @Test
    void resolvedValuesPassThrough() {
        assertEquals("2024-05-28", normalise("2024-05-28", Tense.PAST));
        assertEquals("P2Y", normalise("P2Y", Tense.UNKNOWN));
        assertEquals("PRESENT_REF", normalise("PRESENT_REF", Tense.UNKNOWN));
        assertEquals("1998-Q3", normalise("1998-Q3", Tense.UNKNOWN));
        assertEquals("2024-05-31TMO", normalise("2024-05-31TMO", Tense.UNKNOWN));
    }

    @Test
    void compositeValuesAreUnresolved() {
        assertNull(normalise("PREV P1W INTERSECT 2024-06-W23", Tense.UNKNOWN));
    }

    @Test
    void thisUnitIsTheAnchorsUnit() {
        assertEquals("2024", normalise("THIS P1Y", Tense.UNKNOWN));
        assertEquals("2024-06", normalise("THIS P1M", Tense.UNKNOWN));
        assertEquals("2024-W23", normalise("THIS P1W", Tense.UNKNOWN));
        assertEquals("2024-06-03", normalise("THIS P1D", Tense.UNKNOWN));
    }

    @Test
    void previousNextAndOffsetsMoveByTheirUnit() {
        assertEquals("2023", normalise("OFFSET P-1Y", Tense.UNKNOWN));
        assertEquals("2024-W22", normalise("PREV P1W", Tense.UNKNOWN));
        assertEquals("2024-07", normalise("NEXT P1M", Tense.UNKNOWN));
        assertEquals("2023", normalise("THIS P1Y OFFSET P-1Y", Tense.UNKNOWN));
    }

    @Test
    void seasonsAndPartsOfToday() {
        assertEquals("2023-FA", normalise("PREV FA", Tense.UNKNOWN));
        assertEquals("2024-SP", normalise("PREV SP", Tense.UNKNOWN));
        assertEquals("2024-SU", normalise("THIS SU", Tense.UNKNOWN));
        assertEquals("2024-WI", normalise("NEXT WI", Tense.UNKNOWN));
        assertEquals("2024-06-03TNI", normalise("THIS NI", Tense.UNKNOWN));
    }

    @Test
    void unknownYearTakesTheNearestOrTheTensesSide() {
        assertEquals("2024-05-28", normalise("XXXX-05-28", Tense.UNKNOWN));
        assertEquals("2024-06-14", normalise("XXXX-06-14", Tense.FUTURE));
        assertEquals("2023-10", normalise("XXXX-10", Tense.PAST), "October, told in the past tense in June");
        assertEquals("2024-10", normalise("XXXX-10", Tense.FUTURE));
        assertEquals("2025-01-14", TimexValues.normalise("XXXX-01-14", null, LocalDate.of(2024, 12, 28), Tense.PAST),
                "within two months the nearest wins over the tense");
    }

    @Test
    void weekdaysResolveByTense() {
        assertEquals("2024-05-31", normalise("XXXX-WXX-5", Tense.PAST));
        assertEquals("2024-06-07", normalise("XXXX-WXX-5", Tense.FUTURE));
        assertEquals("2024-06-03", normalise("XXXX-WXX-1", Tense.FUTURE), "today counts on both sides");
        assertEquals("2024-06-03", normalise("XXXX-WXX-1", Tense.PAST));
        assertEquals("2024-05-31", normalise("2024-05-28-WXX-5", Tense.PAST), "SUTime's dated weekday form");
        assertEquals("2024-06-04T09:00", normalise("XXXX-WXX-2T09:00", Tense.FUTURE));
    }

    @Test
    void timeWithoutDateTakesTheAnchorsDate() {
        assertEquals("2024-06-03T12:00", normalise("T12:00", Tense.UNKNOWN));
    }

    @Test
    void timeMlSpellings() {
        assertEquals("2024-W7", normalise("2024-02-W07", Tense.UNKNOWN), "month-week to week, no leading zero");
        assertEquals("2000-W7", normalise("2000-W07", Tense.UNKNOWN));
        assertEquals("2000-W14-WE", normalise("2000-W14-WE", Tense.UNKNOWN));
        assertEquals("199", normalise("199X", Tense.UNKNOWN));
        assertEquals("19", normalise("19XX", Tense.UNKNOWN));
        assertEquals("2000-04-04T09:00", normalise("2000-04-04T09:00-0500", Tense.UNKNOWN));
    }

    @Test
    void valuesOutsideTheTimex3GrammarAreNull() {
        assertNull(normalise("P1D-#1", Tense.UNKNOWN));
        assertNull(normalise("1997-04-03/2003-04-03", Tense.UNKNOWN));
        assertNull(normalise("2024/******03/2024/******05", Tense.UNKNOWN));
    }

    @Test
    void withoutAnAnchorNothingRelativeIsGuessed() {
        assertNull(TimexValues.normalise("XXXX-05-28", null, null, Tense.PAST));
        assertNull(TimexValues.normalise("THIS P1Y", null, null, Tense.PAST));
        assertNull(TimexValues.normalise("OFFSET P-1Y", null, null, Tense.PAST));
        assertNull(TimexValues.normalise(null, "THIS P1M", null, Tense.PAST));
        assertEquals("1998", TimexValues.normalise("1998", null, null, Tense.PAST));
    }
}

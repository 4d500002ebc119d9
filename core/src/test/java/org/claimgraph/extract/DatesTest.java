package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void writtenDates() {
        assertEquals("2024-05-28", Dates.parse("May 28, 2024"));
        assertEquals("2024-05-28", Dates.parse("28 May 2024"));
        assertEquals("2024-05-28", Dates.parse("Tuesday, May 28, 2024"));
        assertEquals("2025-09-05", Dates.parse("Sept. 5, 2025"));
        assertEquals("2025-09-05", Dates.parse("5th of September, 2025"));
        assertEquals("2020-02-19", Dates.parse("Published: Feb. 19, 2020 10:30 am EST"));
        assertEquals("2024-05-28", Dates.parse("28.05.2024"));
        assertEquals("2024-05-28", Dates.parse("2024/05/28"));
    }

    @Test
    void aSentenceWithADateIsNotADateLine() {
        assertNull(Dates.parse("The council met on May 28, 2024 to discuss the bridge."));
        assertEquals("2024-05-28", Dates.find("The council met on May 28, 2024 to discuss the bridge."));
    }

    @Test
    void impossibleOrAmbiguousDatesAreNotRead() {
        assertNull(Dates.parse("February 30, 2024"));
        assertNull(Dates.find("05/06/2024"));
        assertNull(Dates.find("May 2024"));
        assertNull(Dates.parse(""));
        assertNull(Dates.find("Markets 12, 2020 were calm"));
    }

    @Test
    void dateLinesMayCarryAFewWords() {
        assertEquals("2020-02-19", Dates.parse("Updated: Feb. 19, 2020 9:00 AM"));
        assertEquals("2023-09-05", Dates.parse("Tue 5 Sept 2023"));
        assertEquals("2024-05-28", Dates.parse("Published: 28th May 2024, 10:00"));
        assertNull(Dates.parse("On May 28, 2024 the council met to vote on the budget for the year"));
    }

    @Test
    void machineDatesKeepTheirZone() {
        assertEquals("2025-04-12T07:45:00+02:00", Dates.normalizeMachineDate("2025-04-12T07:45:00+02:00"));
        assertEquals("2020-02-19T15:00:00Z", Dates.normalizeMachineDate("2020-02-19T15:00:00.123Z"));
        assertEquals("2020-02-19T10:00:00-05:00", Dates.normalizeMachineDate("2020-02-19T10:00:00-0500"));
        assertEquals("2020-02-19", Dates.normalizeMachineDate("2020-02-19T10:00:00"));
        assertEquals("2020-02-19", Dates.normalizeMachineDate("2020-02-19"));
        assertEquals("2020-02-19", Dates.normalizeMachineDate("20200219"));
        assertEquals("2020-02-19", Dates.normalizeMachineDate("2020/02/19"));
        assertEquals("2024-05-28", Dates.normalizeMachineDate("May 28, 2024"));
        assertNull(Dates.normalizeMachineDate("2020-02-31"));
        assertNull(Dates.normalizeMachineDate("yesterday"));
        assertNull(Dates.normalizeMachineDate(""));
    }
}

package org.claimgraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateValuesTest {

    @Test
    void machineDatesKeepTheirZone() {
        assertEquals("2020-02-19T08:00:00-05:00", DateValues.normalize("2020-02-19T08:00:00-0500"));
        assertEquals("2020-02-19T08:00:00Z", DateValues.normalize("2020-02-19T08:00:00.123Z"));
        assertEquals("2020-02-19", DateValues.normalize("2020-02-19T08:00:00"));
        assertEquals("2020-02-19", DateValues.normalize("2020-02-19"));
        assertEquals("2020-02-19", DateValues.normalize("20200219"));
        assertEquals("2020-02-19", DateValues.normalize("2020/02/19"));
    }

    @Test
    void visibleDates() {
        assertEquals("2024-05-28", DateValues.normalize("May 28, 2024"));
        assertEquals("2024-05-28", DateValues.parseVisible("Published: 28th May 2024, 10:00"));
        assertEquals("2020-02-19", DateValues.parseVisible("Updated Feb. 19, 2020 3 AM PT"));
        assertEquals("2023-09-05", DateValues.parseVisible("Tue 5 Sept 2023"));
    }

    @Test
    void rejectsNonDates() {
        assertNull(DateValues.normalize("2020-02-31"));
        assertNull(DateValues.normalize("yesterday"));
        assertNull(DateValues.normalize(""));
        assertNull(DateValues.parseVisible("Markets 12, 2020 were calm"));
    }

    @Test
    void bareDateLines() {
        assertTrue(DateValues.isBareDate("Updated: Feb. 19, 2020 9:00 AM"));
        assertFalse(DateValues.isBareDate("On May 28, 2024 the council met to vote on the budget for the year"));
    }
}

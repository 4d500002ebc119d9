package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void bylines() {
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.parse("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), Bylines.parse("By Jane Doe, John Roe and Ann Poe"));
        assertEquals(List.of("Jane Doe"), Bylines.parse("written by Jane Doe"));
        assertEquals(List.of("Jane Doe"), Bylines.parse("Articles by: Jane Doe"));
        assertEquals(List.of("Jane Doe"), Bylines.parse("Author: Jane Doe"));
        assertEquals(List.of("Charles Q. Brown Jr."), Bylines.parse("By Charles Q. Brown Jr."));
        assertEquals(List.of("Jan van der Berg"), Bylines.parse("By Jan van der Berg"));
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe | Staff Writer"));
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe for The Daily Example"));
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe, Staff Writer"));
    }

    @Test
    void sentencesAreNotBylines() {
        assertEquals(List.of(), Bylines.parse("By the end of the year the bridge will be finished."));
        assertEquals(List.of(), Bylines.parse("By contrast, the council said nothing."));
        assertEquals(List.of(), Bylines.parse("Jane Doe said the bridge would cost more."));
        assertEquals(List.of(), Bylines.parse(null));
    }

    @Test
    void authorNotes() {
        assertEquals("Jane Doe", Bylines.authorOfNote("Jane Doe is a journalist based in Lyon. She writes on energy."));
        assertEquals("Jan Novak", Bylines.authorOfNote("Jan Novak is a researcher and a regular contributor."));
        assertNull(Bylines.authorOfNote("Jane Doe is expected to resign on Monday, officials said."));
        assertNull(Bylines.authorOfNote("The council is a body of nine members elected every four years."));
    }
}

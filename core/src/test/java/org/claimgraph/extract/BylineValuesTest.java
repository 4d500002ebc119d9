package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineValuesTest {

    @Test
    void splitsListsAndDropsBy() {
        assertEquals(List.of("Ana Lima", "Joe Park", "Kim Yu"), Bylines.fromValue("By Ana Lima, Joe Park and Kim Yu"));
        assertEquals(List.of("Ana Lima", "Joe Park"), Bylines.fromValue("Written by Ana Lima & Joe Park"));
    }

    @Test
    void dropsRolesOutletsAndDates() {
        assertEquals(List.of("Ana Lima"), Bylines.fromValue("By Ana Lima, Senior Reporter"));
        assertEquals(List.of("Ana Lima"), Bylines.fromValue("Ana Lima for The Valley Post"));
        assertEquals(List.of("Ana Lima"), Bylines.fromValue("Ana Lima | Staff"));
        assertEquals(List.of("Ana Lima"), Bylines.fromValue("By Ana Lima Updated March 3, 2021 10:00 AM"));
        assertEquals(List.of("J.R. de Souza"), Bylines.fromValue("by J.R. de Souza @jrsouza"));
    }

    @Test
    void rejectsWhatIsNoName() {
        assertEquals(List.of(), Bylines.fromValue("https://example.org/author/ana"));
        assertEquals(List.of(), Bylines.fromValue("No Author"));
        assertEquals(List.of(), Bylines.fromValue("the quick brown fox jumps over the lazy dog"));
        assertEquals(List.of(), Bylines.fromValue(""));
        assertEquals(List.of(), Bylines.fromValue(null));
    }

    @Test
    void distinctIgnoresCase() {
        assertEquals(List.of("Ana Lima", "Joe Park"), Bylines.distinct(List.of("Ana Lima", "ANA LIMA", "Joe Park")));
    }
}

package org.claimgraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void splitsListsAndDropsBy() {
        assertEquals(List.of("Ana Lima", "Joe Park", "Kim Yu"), AuthorNames.parse("By Ana Lima, Joe Park and Kim Yu"));
        assertEquals(List.of("Ana Lima", "Joe Park"), AuthorNames.parse("Written by Ana Lima & Joe Park"));
    }

    @Test
    void dropsRolesOutletsAndDates() {
        assertEquals(List.of("Ana Lima"), AuthorNames.parse("By Ana Lima, Senior Reporter"));
        assertEquals(List.of("Ana Lima"), AuthorNames.parse("Ana Lima for The Valley Post"));
        assertEquals(List.of("Ana Lima"), AuthorNames.parse("Ana Lima | Staff"));
        assertEquals(List.of("Ana Lima"), AuthorNames.parse("By Ana Lima Updated March 3, 2021 10:00 AM"));
        assertEquals(List.of("J.R. de Souza"), AuthorNames.parse("by J.R. de Souza @jrsouza"));
    }

    @Test
    void rejectsWhatIsNoName() {
        assertEquals(List.of(), AuthorNames.parse("https://example.org/author/ana"));
        assertEquals(List.of(), AuthorNames.parse("No Author"));
        assertEquals(List.of(), AuthorNames.parse("the quick brown fox jumps over the lazy dog"));
        assertEquals(List.of(), AuthorNames.parse(""));
        assertEquals(List.of(), AuthorNames.parse(null));
    }

    @Test
    void distinctIgnoresCase() {
        assertEquals(List.of("Ana Lima", "Joe Park"), AuthorNames.distinct(List.of("Ana Lima", "ANA LIMA", "Joe Park")));
    }
}

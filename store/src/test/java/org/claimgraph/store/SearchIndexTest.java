package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.model.Entity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Full-text search follows the store: latest versions only, copies once, ranked, with the matching sentence. */
class SearchIndexTest {

    @TempDir
    Path folder;

    private static final String DAM = "The reservoir dam at Kellmoor will be inspected after heavy rain. Engineers "
            + "found a hairline crack in the spillway last winter. Hydrologist Sunniva Ek said the crack posed no "
            + "danger to the valley but that repairs should start before the autumn storms. Residents were invited "
            + "to a meeting in the village hall on Friday evening.";

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void searchFindsCurrentArticlesAndStatementsOnce(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder); SearchIndex index = SearchIndex.open(folder.resolve("idx"))) {
            store.ingest(Documents.article("dam.txt", DAM).metadata("Dam inspection", null, "Valley Post", null)
                    .entity("Sunniva Ek", Entity.Type.PERSON, "Sunniva Ek")
                    .statement("Sunniva Ek", "e1", "the crack posed no danger to the valley but that repairs should "
                            + "start before the autumn storms", null)
                    .build());
            store.ingest(Documents.article("copy.txt", DAM + " Originally published by the Valley Post.").build());
            store.ingest(Documents.article("other.txt", "A new ferry timetable starts in June, with crossings every "
                    + "forty minutes at weekends and a later last boat on Saturdays.").build());
            assertEquals(3, index.update(store));
            assertEquals(0, index.update(store), "nothing new: nothing read");

            List<SearchIndex.Hit> hits = index.search("spillway crack", 10).stream()
                    .filter(hit -> hit.kind().equals("article")).toList();
            assertEquals(1, hits.size(), "the copy is left out: " + hits);
            assertEquals("article", hits.get(0).kind());
            assertEquals("Engineers found a hairline crack in the spillway last winter.", hits.get(0).sentence());
            assertEquals("Valley Post", hits.get(0).outlet());

            List<SearchIndex.Hit> said = index.search("speaker:Ek AND storms", 10);
            assertEquals(1, said.size(), said.toString());
            assertEquals("statement", said.get(0).kind());
            assertEquals("Sunniva Ek", said.get(0).speaker());

            store.ingest(Documents.article("other.txt", "The ferry timetable was withdrawn after complaints; the "
                    + "old crossings stay in place until further notice.").build());
            assertEquals(1, index.update(store));
            assertEquals(0, index.search("forty minutes", 10).size(), "the old version is no longer searchable");
            assertEquals(1, index.search("withdrawn", 10).size());

            assertThrows(IllegalArgumentException.class, () -> index.search("\"unclosed AND (", 10));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void anIndexBuiltFromScratchMatchesTheStore(Databases.Kind kind) {
        Path indexFolder = folder.resolve("idx");
        try (Store store = Databases.open(kind, folder)) {
            store.ingest(Documents.article("dam.txt", DAM).build());
            try (SearchIndex index = SearchIndex.open(indexFolder)) {
                index.update(store);
            }
            store.ingest(Documents.article("more.txt", "Hydrologists will publish the spillway report in May, "
                    + "after a second survey of the crack by divers.").build());
            try (SearchIndex reopened = SearchIndex.open(indexFolder)) {
                assertEquals(1, reopened.update(store), "resumes after its last commit");
                List<SearchIndex.Hit> hits = reopened.search("spillway", 10);
                assertEquals(2, hits.size());
                assertTrue(hits.stream().allMatch(hit -> hit.sentence().contains("spillway")), hits.toString());
            }
        }
    }
}

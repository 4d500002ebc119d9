package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.claimgraph.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statements as JSON lines (written from the stored JSON without parsing it) are the text the objects give, in the
 * same order, and pages cut the same list.
 */
class StatementLinesTest {

    @TempDir
    Path folder;

    /** Titles, sources and outlets that need escaping, and absent values, so every appended field is exercised. */
    private static void fill(Store store) {
        String[] titles = {"Plain title", "A \"quoted\" title \\ with a backslash", "Tab\there, line\nbreak, \u0001",
            "\u00c9t\u00e9 \u6f22\u5b57 \ud83d\ude00 \u2028 </script>", null};
        String[] outlets = {"Coast Weekly", null, "The \"Ledger\"", "\u00d6sterreich Zeitung", null};
        for (int i = 0; i < 12; i++) {
            String text = "Lena Brandt said the depot number " + i + " would \"close\" in May. Tomas Ilve said the "
                    + "queue \\ number " + i + " was longer than ever.";
            store.ingest(Documents.article("news/depot-" + i + ".txt", text)
                    .metadata(titles[i % titles.length], i % 3 == 0 ? null : "https://example.org/" + i,
                            outlets[i % outlets.length], i % 4 == 0 ? null : "2025-05-" + (10 + i))
                    .entity("Lena Brandt", Entity.Type.PERSON, "Lena Brandt", "Brandt")
                    .statement("Lena Brandt", "e1", "the depot number " + i + " would \"close\" in May",
                            i % 2 == 0 ? "2025-04-" + (10 + i) : null)
                    .statement("Tomas Ilve", null, "queue \\ number " + i + " was longer than ever", null)
                    .build());
        }
    }

    private static final List<StatementFilter> FILTERS = List.of(StatementFilter.ALL,
            new StatementFilter("Brandt", null, null, null), new StatementFilter("tomas ilve", null, null, null),
            new StatementFilter(null, "close", null, null), new StatementFilter(null, null, "2025-04-15", null));

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void linesAreTheObjectsTextInTheSameOrder(Databases.Kind kind) {
        onFilledStore(kind, queries -> {
            for (StatementFilter filter : FILTERS) {
                assertEquals(collected(sink -> queries.statements(filter, node -> sink.accept(node.toString()))),
                        collected(sink -> queries.statementLines(filter, Page.ALL, sink)), "statements " + filter);
                assertEquals(collected(sink -> queries.timeline(filter, node -> sink.accept(node.toString()))),
                        collected(sink -> queries.timelineLines(filter, Page.ALL, sink)), "timeline " + filter);
            }
            List<String> all = collected(sink -> queries.statementLines(StatementFilter.ALL, Page.ALL, sink));
            assertEquals(24, all.size());
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void pagesCutTheSameList(Databases.Kind kind) {
        onFilledStore(kind, queries -> {
            assertPages((page, sink) -> queries.statementLines(StatementFilter.ALL, page, sink));
            assertPages((page, sink) -> queries.statementLines(new StatementFilter("Brandt", null, null, null), page,
                    sink));
            assertPages((page, sink) -> queries.timelineLines(StatementFilter.ALL, page, sink));
            assertPages((page, sink) -> queries.statements(new StatementFilter("Brandt", null, null, null), page,
                    node -> sink.accept(node.toString())));
            assertPages((page, sink) -> queries.timeline(StatementFilter.ALL, page,
                    node -> sink.accept(node.toString())));
        });
    }

    private void onFilledStore(Databases.Kind kind, Consumer<StoreQueries> test) {
        try (Store store = Databases.open(kind, folder)) {
            fill(store);
            test.accept(store.queries());
        }
    }

    private static List<String> collected(Consumer<Consumer<String>> query) {
        List<String> lines = new ArrayList<>();
        query.accept(lines::add);
        return lines;
    }

    private static void assertPages(BiConsumer<Page, Consumer<String>> query) {
        List<String> all = new ArrayList<>();
        query.accept(Page.ALL, all::add);
        assertTrue(all.size() >= 10, "enough statements to page through: " + all.size());
        List<String> first = new ArrayList<>();
        query.accept(new Page(0, 5), first::add);
        assertEquals(all.subList(0, 5), first);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size() + 5; offset += 5) {
            query.accept(new Page(offset, 5), paged::add);
        }
        assertEquals(all, paged, "pages of 5, one after the other, give the whole list");
        List<String> rest = new ArrayList<>();
        query.accept(new Page(3, 0), rest::add);
        assertEquals(all.subList(3, all.size()), rest, "an offset alone skips");
        List<String> beyond = new ArrayList<>();
        query.accept(new Page(all.size(), 1), beyond::add);
        assertEquals(List.of(), beyond);
    }

    @Test
    void aStoredObjectHoldingAnAddedKeyTakesTheSlowPath() {
        assertTrue(StoreQueries.appendable("{\"id\":\"s1\",\"content\":{\"text\":\"the \\\"cluster\\\": grew\"}}"),
                "a key's name inside a string value is no key");
        assertFalse(StoreQueries.appendable("{\"id\":\"s1\",\"cluster\":\"x\"}"));
        assertFalse(StoreQueries.appendable("{\"id\":\"s1\",\"via\":[{\"article\":1}]}"));
        assertFalse(StoreQueries.appendable("[]"));
    }

    @Test
    void aPageNeedsNoNegativeNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Page(-1, 5));
        assertTrue(e.getMessage().contains("offset -1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Page(0, -2));
    }

}

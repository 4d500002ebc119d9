package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code claimgraph statements}: what it writes by default, and {@code --limit} and {@code --offset}. */
class StatementsCommandTest {

    @TempDir
    Path folder;

    /** Stores {@code count} made-up articles, each with one statement by the same person (no language analysis). */
    private static void fill(TestStores.TestStore testStore, int count) {
        try (Store store = testStore.open()) {
            for (int i = 0; i < count; i++) {
                String name = "Vera Lindqvist";
                String words = "the \"ferry\" line " + i + " would run all winter";
                String text = name + " said " + words + ". Article " + i + ".";
                int at = text.indexOf(words);
                Entity speaker = new Entity("e1", name, Entity.Type.PERSON, List.of("Lindqvist"), List.of(),
                        List.of(new Span(0, name.length())));
                Statement statement = new Statement("s1", Statement.Kind.INDIRECT,
                        new Statement.Speaker(name, Statement.SpeakerType.PERSON, "e1", null), null,
                        new Span(at, at + words.length()), List.of(), null, null, List.of(), 0.9);
                Metadata metadata = new Metadata("Ferry \\ report " + i, List.of(), "2025-06-" + (10 + i % 20),
                        i % 2 == 0 ? null : "https://example.org/ferry/" + i, "Harbour \"News\"", "en");
                store.ingest(new Document(String.format("%064x", i + 1), "made-up/ferry-" + i + ".txt", metadata,
                        text, new Annotations(List.of(speaker), List.of(statement), List.of(), List.of()),
                        List.of()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void defaultIsEveryStatementAsTheStoreGivesIt(TestStores.Kind kind) {
        TestStores.TestStore store = TestStores.create(kind, folder);
        fill(store, 12);
        List<String> expected = new ArrayList<>();
        try (Store opened = store.open()) {
            opened.queries().statements(new StatementFilter("Lindqvist", null, null, null),
                    node -> expected.add(node.toString()));
        }
        Cli.Result all = Cli.run(store.args("statements", "--speaker", "Lindqvist"));
        assertEquals(0, all.exitCode(), all.err());
        assertEquals(12, expected.size());
        assertEquals(expected, all.lines(), "every statement, in stored order, each the object's JSON text");

        Cli.Result limited = Cli.run(store.args("statements", "--speaker", "Lindqvist", "--limit", "5"));
        assertEquals(0, limited.exitCode(), limited.err());
        assertEquals(expected.subList(0, 5), limited.lines());
        Cli.Result next = Cli.run(store.args("statements", "--speaker", "Lindqvist", "--limit", "5", "--offset", "5"));
        assertEquals(expected.subList(5, 10), next.lines());
        Cli.Result rest = Cli.run(store.args("statements", "--speaker", "Lindqvist", "--offset", "10"));
        assertEquals(expected.subList(10, 12), rest.lines());

        Cli.Result text = Cli.run(store.args("statements", "--limit", "3", "--format", "text"));
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().endsWith("3 statements" + System.lineSeparator()), text.out());
        Cli.Result csv = Cli.run(store.args("statements", "--limit", "2", "--offset", "11", "--format", "csv"));
        assertEquals(2, csv.lines().size(), "a header and the one statement left: " + csv.out());
    }

    @Test
    void badLimitAndOffsetSayWhatToDo() {
        Path store = folder.resolve("store");
        Cli.Result zero = Cli.run("statements", "--limit", "0", "--store", store.toString());
        assertEquals(ExitCode.USAGE, zero.exitCode(), zero.err());
        assertTrue(zero.err().contains("--limit must be 1 or more; got 0"), zero.err());
        Cli.Result negative = Cli.run("statements", "--offset", "-3", "--store", store.toString());
        assertEquals(ExitCode.USAGE, negative.exitCode(), negative.err());
        assertTrue(negative.err().contains("--offset must be 0 or more; got -3"), negative.err());
    }

    @Test
    void helpListsTheLimit() {
        Cli.Result help = Cli.run("statements", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--limit=N") && help.out().contains("--offset=N"), help.out());
    }
}

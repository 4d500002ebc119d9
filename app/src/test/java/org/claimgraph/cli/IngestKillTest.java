package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kill -9 an ingest at random moments, several times, then run the same command again: every article is stored exactly
 * once and the store is consistent. The ingest runs in a child JVM, killed with {@code destroyForcibly}.
 */
class IngestKillTest {

    private static final int ARTICLES = 240;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void killedIngestFinishesOnTheNextRun(TestStores.Kind kind) throws Exception {
        Path articles = folder.resolve("articles");
        CorpusArticles.write(articles, ARTICLES, 42);
        TestStores.TestStore store = TestStores.create(kind, folder);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> storedAfterKills = new ArrayList<>();
        long base = 1500; // the child JVM needs a moment to start; while a kill finds nothing new stored, wait longer
        long previous = 0;
        boolean landedMidway = false;
        for (int kill = 0; kill < 12 && (kill < 4 || !landedMidway); kill++) {
            Process child = start(command(store, articles), kill);
            long delay = base + random.nextInt((int) base);
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            try (Store opened = store.open()) {
                long stored = opened.queries().counts().get("versions");
                storedAfterKills.add(stored);
                assertEquals(List.of(), opened.queries().consistencyProblems(), "after kill " + kill);
                if (finished && !landedMidway) {
                    // the whole ingest ran before the kill: start again on an empty store, killing sooner
                    store = TestStores.create(kind, folder);
                    base = Math.max(100, base / 2);
                    previous = 0;
                    continue;
                }
                base += stored == previous ? 500 : 0;
                previous = stored;
                landedMidway |= stored > 0 && stored < ARTICLES;
            }
        }
        System.out.println("IngestKillTest " + kind + ": stored after each kill " + storedAfterKills);
        assertTrue(landedMidway, "at least one kill must land in the middle of the ingest: " + storedAfterKills
                + " (seed " + seed + ")");
        Process last = start(command(store, articles), 99);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the last run ends");
        assertEquals(0, last.exitValue(), "the last run succeeds (seed " + seed + "): "
                + Files.readString(folder.resolve("err-99.txt")));

        try (Store opened = store.open()) {
            assertEquals((long) ARTICLES, opened.queries().counts().get("versions"), "seed " + seed);
            assertEquals((long) ARTICLES, opened.queries().counts().get("articles"), "seed " + seed);
            assertEquals(List.of(), opened.queries().consistencyProblems(), "seed " + seed);
            Set<String> sources = new HashSet<>();
            opened.queries().articles(document -> sources.add(document.get("source").asText()));
            assertEquals(ARTICLES, sources.size(), "every article exactly once (seed " + seed + ")");
        }
    }

    private static List<String> command(TestStores.TestStore store, Path articles) {
        return List.of(store.args("ingest", "--only", "text", "--no-progress", "--threads", "2", articles.toString()));
    }

    private Process start(List<String> arguments, int run) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(folder.resolve("out-" + run + ".txt").toFile())
                .redirectError(folder.resolve("err-" + run + ".txt").toFile()).start();
        process.getOutputStream().close();
        return process;
    }
}

package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.eval.ExtractionEvaluation.Extracted;
import org.claimgraph.eval.ExtractionEvaluation.GoldPage;
import org.junit.jupiter.api.Test;

class ExtractionBenchTest {

    private static final String KEEP = "the minister said the new rail line would open in the autumn";

    /** Echoes the page bytes as its text; fails on pages whose source contains "bad". */
    private static final class EchoExtractor implements BodyExtractor {
        final boolean threadSafe;

        EchoExtractor(boolean threadSafe) {
            this.threadSafe = threadSafe;
        }

        @Override
        public String name() {
            return "echo";
        }

        @Override
        public boolean givesTitle() {
            return false;
        }

        @Override
        public boolean givesAuthors() {
            return false;
        }

        @Override
        public boolean threadSafe() {
            return threadSafe;
        }

        @Override
        public Extracted extract(BenchPage page) {
            if (page.source().contains("bad")) {
                throw new IllegalStateException("cannot parse " + page.source());
            }
            return new Extracted(new String(page.bytes(), StandardCharsets.UTF_8), null, List.of());
        }
    }

    private static List<BenchPage> pages(int good, int bad) {
        List<BenchPage> pages = new ArrayList<>();
        for (int i = 0; i < good + bad; i++) {
            String url = "https://news.example/" + (i < good ? "good" : "bad") + i;
            GoldPage gold = new GoldPage(url, Path.of(i + ".html"), List.of(KEEP), List.of(), null, null);
            pages.add(BenchPage.of(gold, KEEP.getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    @Test
    void anErrorOnOnePageIsCountedAsEmptyOutputAndTheRunGoesOn() {
        ExtractionBench bench = new ExtractionBench(pages(3, 1), 1, 2, message -> {});
        List<ExtractionBench.Result> results = bench.run(List.of(
                new ExtractionBench.Contestant("echo", new EchoExtractor(true), 1),
                new ExtractionBench.Contestant("echo (2 threads)", new EchoExtractor(true), 2)));
        for (ExtractionBench.Result result : results) {
            assertEquals(1, result.errors(), result.contestant().label());
            assertTrue(result.firstError().contains("bad3"), result.firstError());
            assertEquals(0.75, result.report().keptSegmentShare(), 1e-9, result.contestant().label());
            assertEquals(2, result.speed().pagesPerSecond().size());
        }
        assertTrue(bench.sink() > 0);
        String table = ResultTable.markdown("Run header", results);
        assertTrue(table.contains("Errors (each counted as empty output for its page): echo 1, echo (2 threads) 1."),
                table);
        assertTrue(table.contains("First error of echo: https://news.example/bad3: java.lang.IllegalStateException"),
                table);
    }

    @Test
    void aToolThatIsNotThreadSafeRunsOnOneThreadOnly() {
        assertThrows(IllegalArgumentException.class,
                () -> new ExtractionBench.Contestant("echo", new EchoExtractor(false), 2));
    }

    @Test
    void tableHasOneRowPerContestantAndNaForMissingFields() {
        List<ExtractionBench.Result> results = new ExtractionBench(pages(2, 0), 0, 1, message -> {})
                .run(List.of(new ExtractionBench.Contestant("echo", new EchoExtractor(true), 1)));
        String table = ResultTable.markdown("Run header", results);
        assertTrue(table.startsWith("Run header\n\n| tool | P | R | F1 | kept | dropped | title acc | author acc |"
                + " pages/s |\n"), table);
        assertTrue(table.contains("| echo | 1.000 | 1.000 | 1.000 | 1.000 | 0.000 | n/a | n/a | "), table);
    }
}

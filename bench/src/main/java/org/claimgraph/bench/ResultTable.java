package org.claimgraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimgraph.bench.ExtractionBench.Result;
import org.claimgraph.eval.ExtractionEvaluation.Report;

/** The Markdown table of an extraction benchmark run, with a header line saying where and how it was made. */
public final class ResultTable {

    private ResultTable() {}

    /**
     * @param header the line above the table (date, machine, Java, pages, command)
     */
    public static String markdown(String header, List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(header).append("\n\n");
        out.append("| tool | P | R | F1 | kept | dropped | title acc | author acc | pages/s |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result result : results) {
            Report report = result.report();
            BodyExtractor extractor = result.contestant().extractor();
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %s | %s |%n",
                    result.contestant().label(), report.precision(), report.recall(), report.f1(),
                    report.keptSegmentShare(), report.droppedSegmentShare(),
                    extractor.givesTitle() ? share(report.titleAccuracy()) : "n/a",
                    extractor.givesAuthors() ? share(report.authorAccuracy()) : "n/a",
                    speed(result.speed())));
        }
        out.append('\n');
        Report any = results.get(0).report();
        out.append(String.format(Locale.ROOT,
                "P, R, F1: word 4-gram shingles of the must-keep (R) and must-drop (P) segments, summed over %d pages. "
                        + "kept / dropped: share of must-keep segments found / must-drop segments absent. "
                        + "title acc over %d pages with a gold title, author acc over %d pages with gold authors. "
                        + "pages/s: median timed round (slowest-fastest round), single-threaded unless the tool "
                        + "name gives threads.%n",
                any.pages().size(), any.titlePages(), any.authorPages()));
        out.append('\n');
        out.append("Errors (each counted as empty output for its page): ");
        out.append(results.stream().map(r -> r.contestant().label() + " " + r.errors())
                .collect(Collectors.joining(", "))).append(".\n");
        for (Result result : results) {
            if (result.firstError() != null) {
                out.append("First error of ").append(result.contestant().label()).append(": ")
                        .append(oneLine(result.firstError())).append("  \n");
            }
        }
        return out.toString();
    }

    static String speed(Speed speed) {
        return String.format(Locale.ROOT, "%s (%s-%s)", number(speed.median()), number(speed.min()),
                number(speed.max()));
    }

    private static String number(double pagesPerSecond) {
        return String.format(Locale.ROOT, pagesPerSecond >= 100 ? "%.0f" : "%.1f", pagesPerSecond);
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").replace("|", "\\|");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}

package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores a body-text extractor against the trafilatura-style gold set in {@code eval/extraction-en-news}: for each page
 * a list of segments that must appear in the body ({@code with}), segments that must not ({@code without}), and for
 * most pages the title and author.
 *
 * <p>Body text is compared as sets of word 4-gram shingles (lower-cased letter and digit runs; a segment of fewer
 * than four words is one shingle). Summed over all pages: true positives are must-keep shingles found in the output,
 * false negatives must-keep shingles missing, false positives must-drop shingles found. A segment counts as present
 * when at least half of its shingles are in the output.
 */
public final class ExtractionEvaluation {

    /** What an extractor returned for one page. */
    public record Extracted(String text, String title, List<String> authors) {}

    /** One page of the gold set. */
    public record GoldPage(
            String url, Path html, List<String> with, List<String> without, String title, List<String> authors) {}

    /** Scores for one page. */
    public record PageScore(GoldPage page, int truePositives, int falseNegatives, int falsePositives,
            int keptSegmentsFound, int dropSegmentsDropped, Boolean titleRight, Boolean authorsRight) {}

    /** Totals over the gold set. */
    public record Report(List<PageScore> pages) {
        public double precision() {
            int tp = sum(PageScore::truePositives);
            int fp = sum(PageScore::falsePositives);
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            int tp = sum(PageScore::truePositives);
            int fn = sum(PageScore::falseNegatives);
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double keptSegmentShare() {
            int total = pages.stream().mapToInt(s -> s.page().with().size()).sum();
            return total == 0 ? 0 : (double) sum(PageScore::keptSegmentsFound) / total;
        }

        public double droppedSegmentShare() {
            int total = pages.stream().mapToInt(s -> s.page().without().size()).sum();
            return total == 0 ? 0 : (double) sum(PageScore::dropSegmentsDropped) / total;
        }

        public int titlePages() {
            return (int) pages.stream().filter(s -> s.titleRight() != null).count();
        }

        public double titleAccuracy() {
            return share(pages.stream().filter(s -> s.titleRight() != null).map(PageScore::titleRight).toList());
        }

        public int authorPages() {
            return (int) pages.stream().filter(s -> s.authorsRight() != null).count();
        }

        public double authorAccuracy() {
            return share(pages.stream().filter(s -> s.authorsRight() != null).map(PageScore::authorsRight).toList());
        }

        private static double share(List<Boolean> values) {
            return values.isEmpty() ? 0 : values.stream().filter(v -> v).count() / (double) values.size();
        }

        private int sum(java.util.function.ToIntFunction<PageScore> field) {
            return pages.stream().mapToInt(field).sum();
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b)\\s*",
            Pattern.CASE_INSENSITIVE);

    private ExtractionEvaluation() {}

    /** Reads {@code gold.json} and the page list from a gold directory. */
    public static List<GoldPage> readGold(Path goldDirectory) throws IOException {
        Path goldFile = goldDirectory.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            throw new IOException("no gold.json in " + goldDirectory
                    + ". Pass the extraction gold folder, e.g. --gold ../shared/eval/extraction-en-news");
        }
        JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
        List<GoldPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode page = entry.getValue();
            String file = page.path("file").asText();
            Path html = goldDirectory.resolve("html").resolve(file + ".gz");
            if (!Files.exists(html)) {
                html = goldDirectory.resolve("html").resolve(file);
            }
            String url = entry.getKey().startsWith("http") ? entry.getKey() : "";
            String title = page.hasNonNull("title") ? page.get("title").asText() : null;
            List<String> authors = null;
            if (page.has("author")) {
                authors = new ArrayList<>();
                JsonNode author = page.get("author");
                if (author.isArray()) {
                    for (JsonNode a : author) {
                        authors.add(a.asText());
                    }
                } else if (!author.isNull()) {
                    authors.add(author.asText());
                }
            }
            pages.add(new GoldPage(url, html, strings(page.path("with")), strings(page.path("without")), title,
                    authors));
        }
        return pages;
    }

    /** Reads one gold page's HTML as bytes (the pages are stored gzip-compressed). */
    public static byte[] readPage(GoldPage page) throws IOException {
        try (InputStream raw = Files.newInputStream(page.html());
                InputStream in = page.html().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        }
    }

    public static PageScore score(GoldPage page, Extracted extracted) {
        Set<String> output = shingles(extracted.text() == null ? "" : extracted.text());
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int keptFound = 0;
        int dropped = 0;
        Set<String> keep = new HashSet<>();
        for (String segment : page.with()) {
            Set<String> segmentShingles = shingles(segment);
            keep.addAll(segmentShingles);
            if (present(segmentShingles, output)) {
                keptFound++;
            }
        }
        for (String shingle : keep) {
            if (output.contains(shingle)) {
                tp++;
            } else {
                fn++;
            }
        }
        Set<String> drop = new HashSet<>();
        for (String segment : page.without()) {
            Set<String> segmentShingles = shingles(segment);
            drop.addAll(segmentShingles);
            if (!present(segmentShingles, output)) {
                dropped++;
            }
        }
        drop.removeAll(keep);
        for (String shingle : drop) {
            if (output.contains(shingle)) {
                fp++;
            }
        }
        Boolean titleRight = page.title() == null || page.title().isBlank()
                ? null
                : normalize(page.title()).equals(normalize(extracted.title()));
        Boolean authorsRight = page.authors() == null
                ? null
                : names(page.authors()).equals(names(extracted.authors() == null ? List.of() : extracted.authors()));
        return new PageScore(page, tp, fn, fp, keptFound, dropped, titleRight, authorsRight);
    }

    private static boolean present(Set<String> segmentShingles, Set<String> output) {
        if (segmentShingles.isEmpty()) {
            return false;
        }
        long found = segmentShingles.stream().filter(output::contains).count();
        return found * 2 >= segmentShingles.size();
    }

    /** Word 4-gram shingles of a text; a text of one to three words is one shingle. */
    public static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> result = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return result;
        }
        if (words.size() < 4) {
            result.add(String.join(" ", words));
            return result;
        }
        for (int i = 0; i + 4 <= words.size(); i++) {
            result.add(String.join(" ", words.subList(i, i + 4)));
        }
        return result;
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return String.join(" ", words);
    }

    /** Author names as a set of normalized names, splitting lists written as "A, B and C". */
    static Set<String> names(List<String> authors) {
        Set<String> result = new HashSet<>();
        for (String author : authors) {
            for (String part : NAME_SEPARATORS.split(author)) {
                String name = normalize(part);
                if (!name.isEmpty()) {
                    result.add(name);
                }
            }
        }
        return result;
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}

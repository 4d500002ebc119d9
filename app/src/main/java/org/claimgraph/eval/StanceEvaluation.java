package org.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the stance of article bodies toward headlines on FNC-1 (Fake News Challenge stage 1): a folder with a
 * {@code *stances*.csv} (Headline, Body ID, Stance) and a {@code *bodies*.csv} (Body ID, articleBody).
 *
 * <p>The official FNC-1 metric, per pair: +0.25 when gold and prediction agree on unrelated vs related (agree, disagree
 * or discuss); +0.75 more when the gold is related and the label is exactly right. The maximum is 0.25 per unrelated
 * and 1.0 per related gold pair; the relative score (score / maximum) is what "FNC score 75.2%" means. Beside it: the
 * 4 x 4 confusion matrix, per-class precision, recall and F1, and macro-F1 over the four classes.
 */
public final class StanceEvaluation {

    /** The four FNC-1 labels, in the order of the official confusion matrix. */
    public enum Stance {
        AGREE("agree"),
        DISAGREE("disagree"),
        DISCUSS("discuss"),
        UNRELATED("unrelated");

        private final String label;

        Stance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean related() {
            return this != UNRELATED;
        }

        /** The stance for a label as FNC-1 writes it, or null when it is none of the four. */
        public static Stance ofLabel(String label) {
            for (Stance stance : values()) {
                if (stance.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return stance;
                }
            }
            return null;
        }
    }

    /** One headline-body pair with its gold stance. */
    public record Pair(String headline, int bodyId, Stance stance) {}

    /** A gold set: its pairs in file order and the bodies by id. */
    public record Gold(List<Pair> pairs, Map<Integer, String> bodies) {
        public Gold {
            pairs = List.copyOf(pairs);
            bodies = Map.copyOf(bodies);
        }

        public String body(Pair pair) {
            return bodies.get(pair.bodyId());
        }
    }

    /** The figures for one list of predictions against the gold stances (same order, same length). */
    public static final class Report {
        private final int[][] confusion;

        private Report(int[][] confusion) {
            this.confusion = confusion;
        }

        /** Counts gold (rows) against predicted (columns) stances. */
        public static Report of(List<Stance> gold, List<Stance> predicted) {
            if (gold.size() != predicted.size()) {
                throw new IllegalArgumentException("%d gold stances but %d predictions: one prediction per pair needed"
                        .formatted(gold.size(), predicted.size()));
            }
            int[][] confusion = new int[4][4];
            for (int i = 0; i < gold.size(); i++) {
                confusion[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
            }
            return new Report(confusion);
        }

        public int count(Stance gold, Stance predicted) {
            return confusion[gold.ordinal()][predicted.ordinal()];
        }

        public int pairs() {
            int total = 0;
            for (Stance gold : Stance.values()) {
                total += goldCount(gold);
            }
            return total;
        }

        public int goldCount(Stance gold) {
            int total = 0;
            for (Stance predicted : Stance.values()) {
                total += count(gold, predicted);
            }
            return total;
        }

        public int predictedCount(Stance predicted) {
            int total = 0;
            for (Stance gold : Stance.values()) {
                total += count(gold, predicted);
            }
            return total;
        }

        /** The official FNC-1 score, summed over the pairs. */
        public double score() {
            double score = 0;
            for (Stance gold : Stance.values()) {
                for (Stance predicted : Stance.values()) {
                    score += count(gold, predicted) * pairScore(gold, predicted);
                }
            }
            return score;
        }

        /** The score of a perfect prediction: 0.25 per unrelated and 1.0 per related gold pair. */
        public double maxScore() {
            double score = 0;
            for (Stance gold : Stance.values()) {
                score += goldCount(gold) * pairScore(gold, gold);
            }
            return score;
        }

        /** score / maximum, in [0, 1]; 0 when there are no pairs. */
        public double relativeScore() {
            double max = maxScore();
            return max == 0 ? 0 : score() / max;
        }

        public double precision(Stance stance) {
            return TimexEvaluation.ratio(count(stance, stance), predictedCount(stance));
        }

        public double recall(Stance stance) {
            return TimexEvaluation.ratio(count(stance, stance), goldCount(stance));
        }

        public double f1(Stance stance) {
            return TimexEvaluation.f1(precision(stance), recall(stance));
        }

        /** The unweighted mean of the four classes' F1. */
        public double macroF1() {
            double sum = 0;
            for (Stance stance : Stance.values()) {
                sum += f1(stance);
            }
            return sum / Stance.values().length;
        }
    }

    private StanceEvaluation() {}

    /**
     * The official FNC-1 weighting for one pair, written as its scorer does: 0.25 for the same label, 0.50 more when
     * that label is related, and 0.25 when both are related; so an exact related match scores 1.0, a related pair
     * given the wrong related label 0.25, and an unrelated pair rightly called unrelated 0.25.
     */
    public static double pairScore(Stance gold, Stance predicted) {
        double score = 0;
        if (gold == predicted) {
            score += 0.25;
            if (gold.related()) {
                score += 0.50;
            }
        }
        if (gold.related() && predicted.related()) {
            score += 0.25;
        }
        return score;
    }

    /** Every pair "unrelated": the trivial lower reference. */
    public static List<Stance> allUnrelated(List<Pair> pairs) {
        return pairs.stream().map(p -> Stance.UNRELATED).toList();
    }

    /** Relatedness exactly right and every related pair "discuss": the upper reference for a related-only rule set. */
    public static List<Stance> perfectRelatednessDiscuss(List<Pair> pairs) {
        return pairs.stream().map(p -> p.stance().related() ? Stance.DISCUSS : Stance.UNRELATED).toList();
    }

    /** Reads the one {@code *stances*.csv} and the one {@code *bodies*.csv} of a folder. */
    public static Gold readGold(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("'" + folder + "' is not a folder. Pass the FNC-1 folder that holds the stances and "
                    + "bodies CSV files with --gold.");
        }
        Path stancesFile = onlyFile(folder, "stances");
        Path bodiesFile = onlyFile(folder, "bodies");
        Map<Integer, String> bodies = readBodies(bodiesFile);
        List<Pair> pairs = readStances(stancesFile, bodies, bodiesFile.getFileName().toString());
        return new Gold(pairs, bodies);
    }

    private static Path onlyFile(Path folder, String kind) throws IOException {
        List<Path> found;
        try (Stream<Path> listing = Files.list(folder)) {
            found = listing.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".csv") && name.contains(kind);
            }).sorted().toList();
        }
        if (found.size() != 1) {
            throw new IOException(("%s has %d files named *%s*.csv %s; it needs exactly one (FNC-1's "
                    + "competition_test_%s.csv or a subset of it)").formatted(folder, found.size(), kind,
                    found.stream().map(p -> p.getFileName().toString()).toList(), kind));
        }
        return found.get(0);
    }

    static Map<Integer, String> readBodies(Path file) throws IOException {
        List<FncCsv.Row> rows = readCsv(file);
        Map<String, Integer> columns = columns(file, rows, "Body ID", "articleBody");
        Map<Integer, String> bodies = new LinkedHashMap<>();
        for (FncCsv.Row row : rows.subList(1, rows.size())) {
            int id = bodyId(file, row, field(file, row, columns.get("Body ID")));
            if (bodies.put(id, field(file, row, columns.get("articleBody"))) != null) {
                throw new IOException("%s line %d: Body ID %d appears a second time; each body needs its own id"
                        .formatted(file.getFileName(), row.line(), id));
            }
        }
        return bodies;
    }

    static List<Pair> readStances(Path file, Map<Integer, String> bodies, String bodiesName) throws IOException {
        List<FncCsv.Row> rows = readCsv(file);
        Map<String, Integer> columns = columns(file, rows, "Headline", "Body ID", "Stance");
        List<Pair> pairs = new ArrayList<>();
        for (FncCsv.Row row : rows.subList(1, rows.size())) {
            int id = bodyId(file, row, field(file, row, columns.get("Body ID")));
            if (!bodies.containsKey(id)) {
                throw new IOException(("%s line %d: Body ID %d is not in %s. Use the stances and bodies files of the "
                        + "same FNC-1 split, or add the body.").formatted(file.getFileName(), row.line(), id, bodiesName));
            }
            String label = field(file, row, columns.get("Stance"));
            Stance stance = Stance.ofLabel(label);
            if (stance == null) {
                throw new IOException("%s line %d: unknown stance '%s'; FNC-1 uses agree, disagree, discuss, unrelated"
                        .formatted(file.getFileName(), row.line(), label));
            }
            pairs.add(new Pair(field(file, row, columns.get("Headline")), id, stance));
        }
        return pairs;
    }

    private static List<FncCsv.Row> readCsv(Path file) throws IOException {
        try {
            List<FncCsv.Row> rows = FncCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (rows.isEmpty()) {
                throw new IOException(file.getFileName() + " is empty; it needs a header line and one line per record");
            }
            return rows;
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + " " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columns(Path file, List<FncCsv.Row> rows, String... names) throws IOException {
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String name : names) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IOException("%s line 1: no column '%s' in the header %s; the file needs the columns %s"
                        .formatted(file.getFileName(), name, header, List.of(names)));
            }
            columns.put(name, index);
        }
        return columns;
    }

    private static String field(Path file, FncCsv.Row row, int index) throws IOException {
        if (index >= row.fields().size()) {
            throw new IOException("%s line %d: %d fields, fewer than the header's; quote a field that holds a comma"
                    .formatted(file.getFileName(), row.line(), row.fields().size()));
        }
        return row.fields().get(index);
    }

    private static int bodyId(Path file, FncCsv.Row row, String value) throws IOException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IOException("%s line %d: Body ID '%s' is not a whole number".formatted(file.getFileName(),
                    row.line(), value), e);
        }
    }

    /**
     * Writes predictions as FNC-1 does (Headline, Body ID, Stance), atomically: to a temporary file beside the target,
     * then moved over it.
     */
    public static void writePredictions(Path file, List<Pair> pairs, List<Stance> predicted) throws IOException {
        StringBuilder csv = new StringBuilder(FncCsv.format(List.of("Headline", "Body ID", "Stance"))).append('\n');
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            csv.append(FncCsv.format(List.of(pair.headline(), Integer.toString(pair.bodyId()),
                    predicted.get(i).label()))).append('\n');
        }
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, csv, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

package org.claimgraph.annotate.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic-regression model over named features. Two of them ship: the cue model tells whether a word heads an
 * attribution cue ("said", "believes", "his claim that", "a poll shows"), from the features {@link CueCandidates}
 * computes; the content model tells whether a candidate span is the content of a statement, from the features
 * {@link ContentCandidates} computes. Weights are kept by feature name, so the model file (gzipped lines
 * {@code feature TAB weight} after a header naming the kind) can be read. Immutable once built; shared by all threads.
 *
 * <p>Trained by {@link #train} (stochastic gradient descent with L2 regularisation); the models shipped in the
 * resources are retrained by {@code claimgraph train attribution}, see docs/QUALITY.md.
 */
public final class CueModel {

    /** The cue model in the resources, next to this class. */
    public static final String RESOURCE = "cue-model.tsv.gz";
    /** The content model in the resources, next to this class. */
    public static final String CONTENT_RESOURCE = "content-model.tsv.gz";

    /** What a model scores: cue candidates or content candidates. */
    public enum Kind {
        CUE,
        CONTENT
    }

    private final Kind kind;
    private final Map<String, Double> weights;

    private CueModel(Kind kind, Map<String, Double> weights) {
        this.kind = kind;
        this.weights = Map.copyOf(weights);
    }

    private static String header(Kind kind) {
        return "# claimgraph attribution " + kind.name().toLowerCase(Locale.ROOT) + " model v1";
    }

    /** What the model scores. */
    public Kind kind() {
        return kind;
    }

    /** The probability that a candidate with these features is a cue (or, for content, the right span). */
    public double probability(List<String> features) {
        return 1 / (1 + Math.exp(-score(features)));
    }

    /** The sum of the features' weights (the log-odds). */
    public double score(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            Double weight = weights.get(feature);
            if (weight != null) {
                sum += weight;
            }
        }
        return sum;
    }

    /** How many features have a weight. */
    public int size() {
        return weights.size();
    }

    /** The cue model shipped with claimgraph. */
    public static CueModel standard() {
        return Holder.STANDARD;
    }

    /** The content model shipped with claimgraph. */
    public static CueModel standardContent() {
        return ContentHolder.STANDARD;
    }

    private static final class Holder {
        static final CueModel STANDARD = loadResource(RESOURCE, Kind.CUE);
    }

    private static final class ContentHolder {
        static final CueModel STANDARD = loadResource(CONTENT_RESOURCE, Kind.CONTENT);
    }

    private static CueModel loadResource(String resource, Kind kind) {
        try (InputStream in = CueModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the attribution model " + resource + " is missing from the"
                        + " class path; rebuild claimgraph or retrain it with 'claimgraph train attribution'");
            }
            CueModel model = read(in);
            if (model.kind != kind) {
                throw new IllegalStateException("the attribution model " + resource + " is a " + model.kind
                        + " model, not a " + kind + " model; retrain it with 'claimgraph train attribution'");
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution model " + resource, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static CueModel read(InputStream gzipped) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String line = reader.readLine();
        Kind kind = null;
        for (Kind candidate : Kind.values()) {
            if (header(candidate).equals(line)) {
                kind = candidate;
            }
        }
        if (kind == null) {
            throw new IOException("not a claimgraph attribution model (first line '" + line + "')");
        }
        while ((line = reader.readLine()) != null) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        }
        return new CueModel(kind, weights);
    }

    /** Writes the model, features in sorted order (so that a retrained model diffs cleanly). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
        writer.write(header(kind));
        writer.write('\n');
        List<String> names = new ArrayList<>(weights.keySet());
        Collections.sort(names);
        for (String name : names) {
            writer.write(name);
            writer.write('\t');
            writer.write(String.format(Locale.ROOT, "%.4f", weights.get(name)));
            writer.write('\n');
        }
        writer.flush();
        gzip.finish();
    }

    /**
     * Trains on examples (features, whether a cue): {@code epochs} passes of stochastic gradient descent in an order
     * fixed by {@code seed}, learning rate decaying from {@code rate}, L2 penalty {@code l2} per example; weights
     * smaller than {@code prune} are dropped at the end.
     */
    public static CueModel train(Kind kind, List<List<String>> features, List<Boolean> labels, int epochs, double rate,
            double l2, double prune, long seed) {
        Map<String, Integer> index = new HashMap<>();
        List<int[]> rows = new ArrayList<>(features.size());
        for (List<String> example : features) {
            rows.add(row(index, example));
        }
        double[] w = new double[index.size()];
        // lazy L2: each weight shrinks by scale; the true weight is w[i] * scale
        double scale = 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int e : order) {
                double eta = rate / (1 + rate * l2 * step++);
                int[] row = rows.get(e);
                double sum = 0;
                for (int i : row) {
                    sum += w[i];
                }
                sum *= scale;
                double p = 1 / (1 + Math.exp(-sum));
                double gradient = (labels.get(e) ? 1 : 0) - p;
                scale *= 1 - eta * l2;
                if (scale < 1e-6) {
                    for (int i = 0; i < w.length; i++) {
                        w[i] *= scale;
                    }
                    scale = 1;
                }
                for (int i : row) {
                    w[i] += eta * gradient / scale;
                }
            }
        }
        return new CueModel(kind, pruned(index, w, scale, prune));
    }

    /**
     * Trains a ranking model on groups of alternatives of which one or more are right (a conditional log-linear
     * model: softmax over the alternatives of a group, raising the probability of the right ones): {@code epochs}
     * passes of stochastic gradient descent over the groups in an order fixed by {@code seed}, learning rate decaying
     * from {@code rate}, L2 penalty {@code l2} per group; weights smaller than {@code prune} are dropped. Choose
     * with the highest {@link #probability} in a group (the order of the scores is the model's).
     */
    public static CueModel trainRanking(Kind kind, List<List<List<String>>> groups, List<List<Boolean>> labels,
            int epochs, double rate, double l2, double prune, long seed) {
        Map<String, Integer> index = new HashMap<>();
        List<int[][]> rows = new ArrayList<>(groups.size());
        for (List<List<String>> group : groups) {
            int[][] alternatives = new int[group.size()][];
            for (int a = 0; a < alternatives.length; a++) {
                alternatives[a] = row(index, group.get(a));
            }
            rows.add(alternatives);
        }
        double[] w = new double[index.size()];
        double scale = 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int g : order) {
                double eta = rate / (1 + rate * l2 * step++);
                int[][] alternatives = rows.get(g);
                List<Boolean> right = labels.get(g);
                double[] scores = new double[alternatives.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < alternatives.length; a++) {
                    double sum = 0;
                    for (int i : alternatives[a]) {
                        sum += w[i];
                    }
                    scores[a] = sum * scale;
                    max = Math.max(max, scores[a]);
                }
                double total = 0;
                double rightTotal = 0;
                for (int a = 0; a < alternatives.length; a++) {
                    scores[a] = Math.exp(scores[a] - max);
                    total += scores[a];
                    rightTotal += right.get(a) ? scores[a] : 0;
                }
                if (rightTotal == 0) {
                    continue;
                }
                scale *= 1 - eta * l2;
                if (scale < 1e-6) {
                    for (int i = 0; i < w.length; i++) {
                        w[i] *= scale;
                    }
                    scale = 1;
                }
                for (int a = 0; a < alternatives.length; a++) {
                    // gradient of log(sum of right p): p(a | right) - p(a)
                    double gradient = (right.get(a) ? scores[a] / rightTotal : 0) - scores[a] / total;
                    if (gradient != 0) {
                        for (int i : alternatives[a]) {
                            w[i] += eta * gradient / scale;
                        }
                    }
                }
            }
        }
        return new CueModel(kind, pruned(index, w, scale, prune));
    }

    /** The features' numbers, new features numbered as they come. */
    private static int[] row(Map<String, Integer> index, List<String> example) {
        int[] row = new int[example.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = index.computeIfAbsent(example.get(i), k -> index.size());
        }
        return row;
    }

    /** The weights by feature name (true weight {@code w[i] * scale}), rounded, without those under {@code prune}. */
    private static Map<String, Double> pruned(Map<String, Integer> index, double[] w, double scale, double prune) {
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            double weight = w[entry.getValue()] * scale;
            if (Math.abs(weight) >= prune) {
                weights.put(entry.getKey(), Math.round(weight * 1e4) / 1e4);
            }
        }
        return weights;
    }
}

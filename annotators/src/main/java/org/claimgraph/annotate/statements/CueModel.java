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
 * A logistic-regression model that tells whether a word heads an attribution cue ("said", "believes", "his claim
 * that", "a poll shows"), from the features {@link CueCandidates} computes. Weights are kept by feature name, so the
 * model file (gzipped lines {@code feature TAB weight}) can be read. Immutable once built; shared by all threads.
 *
 * <p>Trained by {@link #train} (stochastic gradient descent with L2 regularisation); the model shipped in the
 * resources is retrained by {@code claimgraph train attribution}, see docs/QUALITY.md.
 */
public final class CueModel {

    /** The model in the resources, next to this class. */
    public static final String RESOURCE = "cue-model.tsv.gz";

    private static final String HEADER = "# claimgraph attribution cue model v1";

    private final Map<String, Double> weights;

    private CueModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The probability that a candidate with these features is a cue. */
    public double probability(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            Double weight = weights.get(feature);
            if (weight != null) {
                sum += weight;
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** How many features have a weight. */
    public int size() {
        return weights.size();
    }

    /** The model shipped with claimgraph. */
    public static CueModel standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CueModel STANDARD = loadResource();

        private static CueModel loadResource() {
            try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the attribution cue model " + RESOURCE + " is missing from the"
                            + " class path; rebuild claimgraph or retrain it with 'claimgraph train attribution'");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the attribution cue model " + RESOURCE, e);
            }
        }
    }

    /** Reads a model written by {@link #write}. */
    public static CueModel read(InputStream gzipped) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || !line.equals(HEADER)) {
            throw new IOException("not a claimgraph cue model (first line '" + line + "')");
        }
        while ((line = reader.readLine()) != null) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        }
        return new CueModel(weights);
    }

    /** Writes the model, features in sorted order (so that a retrained model diffs cleanly). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
        writer.write(HEADER);
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
    public static CueModel train(List<List<String>> features, List<Boolean> labels, int epochs, double rate,
            double l2, double prune, long seed) {
        Map<String, Integer> index = new HashMap<>();
        List<int[]> rows = new ArrayList<>(features.size());
        for (List<String> example : features) {
            int[] row = new int[example.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = index.computeIfAbsent(example.get(i), k -> index.size());
            }
            rows.add(row);
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
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            double weight = w[entry.getValue()] * scale;
            if (Math.abs(weight) >= prune) {
                weights.put(entry.getKey(), Math.round(weight * 1e4) / 1e4);
            }
        }
        return new CueModel(weights);
    }
}

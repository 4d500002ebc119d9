package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.annotate.statements.CueCandidates;
import org.claimgraph.annotate.statements.CueModel;
import org.claimgraph.eval.AttributionEvaluation;
import org.claimgraph.eval.AttributionParses;
import org.claimgraph.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph train ...}: retrains the models claimgraph ships from gold data made by other people. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Retrains a model claimgraph ships from a gold data set (see docs/QUALITY.md).",
        subcommands = {TrainAttributionCommand.Attribution.class})
public final class TrainAttributionCommand implements Runnable {

    @Override
    public void run() {
        throw new UserException("train needs the name of a model, e.g. 'train attribution --gold DIR --out FILE'. "
                + "See ./claimgraph train --help.");
    }

    @Command(
            name = "attribution",
            mixinStandardHelpOptions = true,
            description = {
                "Trains the attribution cue model (logistic regression over the cue candidates of the statements",
                "annotator) on PolNeAR-style brat gold: a candidate word is positive when it lies inside a gold Cue.",
            },
            footer = {"", "Example:", "  ./claimgraph train attribution --gold ../shared/eval/attribution-polnear-train \\",
                "      --out annotators/src/main/resources/org/claimgraph/annotate/statements/cue-model.tsv.gz"})
    static final class Attribution implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder (text/, attributions/).")
        Path gold;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
        Path out;

        @Option(names = "--limit", paramLabel = "N", description = "Train on the first N gold documents only.")
        int limit;

        @Option(names = "--parse-cache", paramLabel = "DIR",
                description = "Keep the CoreNLP parses in DIR and reuse them in later runs.")
        Path parseCache;

        @Option(names = "--epochs", defaultValue = "8", description = "Passes over the data (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--l2", defaultValue = "1e-4", description = "L2 penalty (default ${DEFAULT-VALUE}).")
        double l2;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<AttributionEvaluation.GoldDocument> documents;
            try {
                documents = AttributionEvaluation.readGold(gold, limit);
            } catch (IOException e) {
                throw new UserException("cannot read the gold set: " + e.getMessage());
            }
            PrintWriter console = spec.commandLine().getOut();
            // the cues of every annotation of a text count for it
            Map<String, List<Span>> cues = new LinkedHashMap<>();
            for (AttributionEvaluation.GoldDocument document : documents) {
                List<Span> spans = cues.computeIfAbsent(document.text(), t -> new ArrayList<>());
                for (AttributionEvaluation.Relation relation : document.relations()) {
                    spans.addAll(relation.cue());
                }
            }
            AttributionParses parses = new AttributionParses(new CoreNlpAnnotator(), parseCache);
            List<List<String>> features = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            int positives = 0;
            int goldWordsSeen = 0;
            for (Map.Entry<String, List<Span>> entry : cues.entrySet()) {
                ParsedText parsed = parses.parse(entry.getKey());
                for (CueCandidates.Candidate candidate : CueCandidates.find(entry.getKey(), parsed)) {
                    boolean cue = false;
                    for (Span span : entry.getValue()) {
                        cue |= span.overlaps(candidate.span());
                    }
                    features.add(candidate.features());
                    labels.add(cue);
                    positives += cue ? 1 : 0;
                }
                goldWordsSeen += entry.getValue().size();
            }
            long start = System.nanoTime();
            CueModel model = CueModel.train(features, labels, epochs, 0.1, l2, 1e-3, 17);
            int correct = 0;
            int truePositive = 0;
            int predictedPositive = 0;
            for (int i = 0; i < features.size(); i++) {
                boolean predicted = model.probability(features.get(i)) >= 0.5;
                correct += predicted == labels.get(i) ? 1 : 0;
                predictedPositive += predicted ? 1 : 0;
                truePositive += predicted && labels.get(i) ? 1 : 0;
            }
            try {
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                try (OutputStream stream = Files.newOutputStream(out)) {
                    model.write(stream);
                }
            } catch (IOException e) {
                throw new EnvironmentException("cannot write " + out + ": " + e.getMessage(), e);
            }
            console.printf(Locale.ROOT, "texts %d (%s), gold cue fragments %d%n", cues.size(), parses.summary(),
                    goldWordsSeen);
            console.printf(Locale.ROOT, "candidates %d, positive %d; trained in %.1f s, %d weights%n",
                    features.size(), positives, (System.nanoTime() - start) / 1e9, model.size());
            console.printf(Locale.ROOT, "on the training data at 0.5: accuracy %.1f%%, precision %.1f%%, recall %.1f%%%n",
                    100.0 * correct / Math.max(1, features.size()), 100.0 * truePositive / Math.max(1, predictedPositive),
                    100.0 * truePositive / Math.max(1, positives));
            console.printf(Locale.ROOT, "wrote %s%n", out);
            return ExitCode.OK;
        }
    }
}

package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.annotate.statements.ContentCandidates;
import org.claimgraph.annotate.statements.CueCandidates;
import org.claimgraph.annotate.statements.CueModel;
import org.claimgraph.annotate.statements.StatementsAnnotator;
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
        subcommands = {TrainAttributionCommand.Attribution.class, TrainLoadedCommand.class})
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
                "With --content-out, then trains the content model (logistic regression over the candidate content",
                "spans of each reported statement found with the new cue model): a candidate is positive when it",
                "equals a gold Content of its text, as the evaluation normalises spans.",
            },
            footer = {"", "Example:", "  ./claimgraph train attribution --gold ../shared/eval/attribution-polnear-train \\",
                "      --out annotators/src/main/resources/org/claimgraph/annotate/statements/cue-model.tsv.gz \\",
                "      --content-out annotators/src/main/resources/org/claimgraph/annotate/statements/content-model.tsv.gz"})
    static final class Attribution implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder (text/, attributions/).")
        Path gold;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
        Path out;

        @Option(names = "--content-out", paramLabel = "FILE",
                description = "Also train the content model and write it here.")
        Path contentOut;

        @Option(names = "--limit", paramLabel = "N", description = "Train on the first N gold documents only.")
        int limit;

        @Option(names = "--parse-cache", paramLabel = "DIR",
                description = "Keep the CoreNLP parses in DIR and reuse them in later runs.")
        Path parseCache;

        @Option(names = "--epochs", defaultValue = "8", description = "Passes over the data (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--l2", defaultValue = "1e-4", description = "L2 penalty (default ${DEFAULT-VALUE}).")
        double l2;

        @Option(names = "--content-epochs", defaultValue = "8",
                description = "Passes over the data for the content model (default ${DEFAULT-VALUE}).")
        int contentEpochs;

        @Option(names = "--content-l2", defaultValue = "1e-3",
                description = "L2 penalty of the content model (default ${DEFAULT-VALUE}).")
        double contentL2;

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
            // the cues (and contents) of every annotation of a text count for it
            Map<String, List<Span>> cues = new LinkedHashMap<>();
            Map<String, Set<Span>> contents = new HashMap<>();
            for (AttributionEvaluation.GoldDocument document : documents) {
                List<Span> spans = cues.computeIfAbsent(document.text(), t -> new ArrayList<>());
                for (AttributionEvaluation.Relation relation : document.relations()) {
                    spans.addAll(relation.cue());
                }
                contents.computeIfAbsent(document.text(), t -> new HashSet<>()).addAll(AttributionEvaluation
                        .unitsOf(document.text(), document.relations(), AttributionEvaluation.Role.CONTENT));
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
            CueModel model = CueModel.train(CueModel.Kind.CUE, features, labels, epochs, 0.1, l2, 1e-3, 17);
            int correct = 0;
            int truePositive = 0;
            int predictedPositive = 0;
            for (int i = 0; i < features.size(); i++) {
                boolean predicted = model.probability(features.get(i)) >= 0.5;
                correct += predicted == labels.get(i) ? 1 : 0;
                predictedPositive += predicted ? 1 : 0;
                truePositive += predicted && labels.get(i) ? 1 : 0;
            }
            write(model, out);
            console.printf(Locale.ROOT, "texts %d (%s), gold cue fragments %d%n", cues.size(), parses.summary(),
                    goldWordsSeen);
            console.printf(Locale.ROOT, "candidates %d, positive %d; trained in %.1f s, %d weights%n",
                    features.size(), positives, (System.nanoTime() - start) / 1e9, model.size());
            console.printf(Locale.ROOT, "on the training data at 0.5: accuracy %.1f%%, precision %.1f%%, recall %.1f%%%n",
                    100.0 * correct / Math.max(1, features.size()), 100.0 * truePositive / Math.max(1, predictedPositive),
                    100.0 * truePositive / Math.max(1, positives));
            console.printf(Locale.ROOT, "wrote %s%n", out);
            if (contentOut != null) {
                trainContent(model, cues.keySet(), contents, parses, console);
            }
            return ExitCode.OK;
        }

        /**
         * The content model: for each reported statement the rules find (with the new cue model), its candidate
         * spans, positive when one equals a gold content of the text. Statements none of whose candidates is right
         * teach nothing about boundaries and are left out.
         */
        private void trainContent(CueModel cueModel, Set<String> texts, Map<String, Set<Span>> gold,
                AttributionParses parses, PrintWriter console) {
            StatementsAnnotator annotator = new StatementsAnnotator(cueModel, null);
            List<List<List<String>>> groups = new ArrayList<>();
            List<List<Boolean>> labels = new ArrayList<>();
            int statements = 0;
            int candidateCount = 0;
            int firstRight = 0;
            for (String text : texts) {
                Set<Span> goldContents = gold.getOrDefault(text, Set.of());
                for (List<ContentCandidates.Candidate> candidates : annotator.contentChoices(text, parses.parse(text))) {
                    statements++;
                    List<Boolean> right = new ArrayList<>();
                    for (ContentCandidates.Candidate candidate : candidates) {
                        right.add(goldContents.contains(AttributionEvaluation.normalise(text, candidate.span())));
                    }
                    if (!right.contains(true)) {
                        continue;
                    }
                    firstRight += right.get(0) ? 1 : 0;
                    List<List<String>> group = new ArrayList<>();
                    for (ContentCandidates.Candidate candidate : candidates) {
                        group.add(candidate.features());
                    }
                    groups.add(group);
                    labels.add(right);
                    candidateCount += candidates.size();
                }
            }
            long start = System.nanoTime();
            CueModel model = CueModel.trainRanking(CueModel.Kind.CONTENT, groups, labels, contentEpochs, 0.1,
                    contentL2, 1e-3, 17);
            int chosenRight = 0;
            for (int g = 0; g < groups.size(); g++) {
                int best = 0;
                for (int i = 0; i < groups.get(g).size(); i++) {
                    if (model.probability(groups.get(g).get(i)) > model.probability(groups.get(g).get(best))) {
                        best = i;
                    }
                }
                chosenRight += labels.get(g).get(best) ? 1 : 0;
            }
            write(model, contentOut);
            console.printf(Locale.ROOT, "content: %d reported statements, %d with a right candidate (%d candidates);"
                    + " trained in %.1f s, %d weights%n", statements, groups.size(), candidateCount,
                    (System.nanoTime() - start) / 1e9, model.size());
            console.printf(Locale.ROOT, "content on the training data: the rules' span right in %d, the model's"
                    + " choice right in %d of %d%n", firstRight, chosenRight, groups.size());
            console.printf(Locale.ROOT, "wrote %s%n", contentOut);
        }

        private static void write(CueModel model, Path file) {
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                try (OutputStream stream = Files.newOutputStream(file)) {
                    model.write(stream);
                }
            } catch (IOException e) {
                throw new EnvironmentException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }
}

package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.eval.FncCrossValidation;
import org.claimgraph.eval.FncFeatures;
import org.claimgraph.eval.FncPredictor;
import org.claimgraph.eval.StanceEvaluation;
import org.claimgraph.eval.StanceEvaluation.Stance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "stance",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        description = {
            "Stance of an article body toward a headline on FNC-1 (Fake News Challenge stage 1): a folder with",
            "a *stances*.csv (Headline, Body ID, Stance) and a *bodies*.csv (Body ID, articleBody). The rules'",
            "thresholds are chosen by k-fold cross-validation over Body IDs (fixed seed): each fold is predicted",
            "by thresholds chosen on the other folds. Prints the official FNC-1 score (score / maximum),",
            "the confusion matrix, per-class precision, recall and F1, macro-F1, and references: all",
            "'unrelated'; relatedness exactly right with every related pair 'discuss'; and the rules' own",
            "relatedness with every related pair 'discuss' (what the agree / disagree rules add).",
        },
        footer = {"", "Examples:",
            "  ./claimgraph eval stance --gold ../shared/eval/stance-fnc1",
            "  ./claimgraph eval stance --gold ../shared/eval/stance-fnc1 --predictions fnc-predictions.csv",
            "  ./claimgraph eval stance --gold ../shared/eval/stance-fnc1 --folds 10"})
final class EvalStanceCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "The FNC-1 folder (one *stances*.csv and one *bodies*.csv).")
    Path gold;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write the cross-validated predictions to FILE as CSV (Headline, Body ID, Stance).")
    Path predictions;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
            description = "Cross-validation folds over Body IDs (default: ${DEFAULT-VALUE}).")
    int folds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StanceEvaluation.Gold goldSet;
        try {
            goldSet = StanceEvaluation.readGold(gold);
        } catch (IOException e) {
            throw new UserException("cannot read the FNC-1 gold set at " + gold + ": " + e.getMessage());
        }
        int bodies = (int) goldSet.pairs().stream().map(StanceEvaluation.Pair::bodyId).distinct().count();
        if (folds < 2 || folds > bodies) {
            throw new UserException("--folds %d: needs 2 to %d (the number of bodies with pairs); the default is 5"
                    .formatted(folds, bodies));
        }
        FncFeatures features = new FncFeatures(goldSet.bodies().values());
        FncCrossValidation.Result<FncPredictor> result = FncCrossValidation.run(goldSet.pairs(), goldSet.bodies(),
                folds, FncCrossValidation.SEED, training -> FncPredictor.fit(features, training, goldSet.bodies()));
        if (predictions != null) {
            try {
                StanceEvaluation.writePredictions(predictions, goldSet.pairs(), result.predicted());
            } catch (IOException e) {
                throw new EnvironmentException("cannot write the predictions to " + predictions + ": " + e
                        + ". Pass a path in a writable folder with --predictions.", e);
            }
        }
        List<Stance> goldStances = goldSet.pairs().stream().map(StanceEvaluation.Pair::stance).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "pairs %d, bodies %d, %d folds over Body IDs (seed %d)%n", goldStances.size(), bodies,
                folds, FncCrossValidation.SEED);
        for (int i = 0; i < result.folds().size(); i++) {
            out.printf(Locale.ROOT, "  fold %d (%d bodies held out): %s%n", i + 1,
                    result.folds().get(i).heldOutBodies().size(), result.folds().get(i).predictor().parameters());
        }
        printReport(out, "rules (cross-validated)", StanceEvaluation.Report.of(goldStances, result.predicted()));
        printReport(out, "reference: all unrelated",
                StanceEvaluation.Report.of(goldStances, StanceEvaluation.allUnrelated(goldSet.pairs())));
        printReport(out, "reference: relatedness right, related = discuss", StanceEvaluation.Report.of(goldStances,
                StanceEvaluation.perfectRelatednessDiscuss(goldSet.pairs())));
        printReport(out, "reference: the rules' relatedness, related = discuss", StanceEvaluation.Report.of(
                goldStances, result.predicted().stream().map(s -> s.related() ? Stance.DISCUSS : s).toList()));
        if (predictions != null) {
            out.printf(Locale.ROOT, "predictions written to %s%n", predictions);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void printReport(PrintWriter out, String title, StanceEvaluation.Report report) {
        out.printf(Locale.ROOT, "%n%s%n", title);
        out.printf(Locale.ROOT, "  FNC score %.2f of %.2f = %.1f%%, macro-F1 %.3f%n", report.score(),
                report.maxScore(), 100 * report.relativeScore(), report.macroF1());
        out.printf(Locale.ROOT, "  %-10s %9s %9s %9s %9s | %6s %6s %6s%n", "gold\\pred", "agree", "disagree",
                "discuss", "unrelated", "P", "R", "F1");
        for (Stance gold : Stance.values()) {
            out.printf(Locale.ROOT, "  %-10s", gold.label());
            for (Stance predicted : Stance.values()) {
                out.printf(Locale.ROOT, " %9d", report.count(gold, predicted));
            }
            out.printf(Locale.ROOT, " | %6.3f %6.3f %6.3f%n", report.precision(gold), report.recall(gold),
                    report.f1(gold));
        }
    }
}

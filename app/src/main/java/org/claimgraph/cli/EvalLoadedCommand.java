package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.loaded.LoadedFinder;
import org.claimgraph.annotate.loaded.LoadedLexicon;
import org.claimgraph.eval.LoadedEvaluation;
import org.claimgraph.eval.LoadedGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "loaded",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        description = {
            "Loaded language and name-calling on the Propaganda Techniques Corpus (SemEval-2020 Task 11):",
            "a folder with train-articles/articleNNN.txt and one *.labels file (article id, technique,",
            "start, end; tab-separated; offsets in code points). Only Loaded_Language and",
            "Name_Calling,Labeling are scored; the other techniques' lines are skipped.",
            "",
            "Prints, per technique and for both together (technique ignored), the task's span-identification",
            "precision, recall and F1 (partial credit for the characters a span shares with gold spans) and",
            "exact-span F1: first for the general rules alone, then for the rules with a lexicon learned on",
            "k-1 folds of articles and scored on the held-out fold (cross-validation by article, fixed seed).",
            "Needs no parse: the 371 PTC articles take a few seconds.",
        },
        footer = {"", "Examples:",
            "  ./claimgraph eval loaded --gold ../shared/eval/loaded-language-ptc-train",
            "  ./claimgraph eval loaded --gold ../shared/eval/loaded-language-ptc-train --folds 10 --seed 3",
            "  ./claimgraph eval loaded --gold DIR --threshold 0.4 --grow 0.2     # fewer, surer spans",
            "", "The shipped lexicon is retrained with ./claimgraph train loaded (see DEVELOPMENT.md)."})
final class EvalLoadedCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "The gold folder (train-articles/, one *.labels file).")
    Path gold;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Folds of articles for the cross-validation (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "17", paramLabel = "N",
            description = "Seed of the shuffle that deals the articles into folds (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-count", defaultValue = "2", paramLabel = "N",
            description = "Keep a lexicon word or pair seen at least N times (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--threshold", defaultValue = "0.3", paramLabel = "P",
            description = "Score a word needs to start a span (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--grow", defaultValue = "0.15", paramLabel = "P",
            description = "Score a neighbouring word needs to join a span (default ${DEFAULT-VALUE}).")
    double grow;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedGold.GoldSet goldSet = readGold(gold);
        int articles = goldSet.articles().size();
        if (folds < 2 || folds > articles) {
            throw new UserException("--folds " + folds + " is out of range: it needs 2 <= K <= " + articles
                    + " (the number of articles in " + gold + "). Pass, e.g., --folds 5.");
        }
        LoadedFinder.Thresholds thresholds = thresholds(threshold, grow);
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Map<LoadedEvaluation.Category, LoadedEvaluation.Score> rules =
                LoadedEvaluation.evaluate(goldSet.articles(), new LoadedFinder(
                        LoadedLexicon.EMPTY, thresholds));
        Map<LoadedEvaluation.Category, LoadedEvaluation.Score> learned =
                LoadedEvaluation.crossValidate(goldSet.articles(), folds, seed, minCount, thresholds);
        out.printf(Locale.ROOT, "articles %d; gold spans %d %s, %d %s; lines of other techniques skipped: %d%n",
                articles, rules.get(LoadedEvaluation.Category.LOADED_LANGUAGE).distinctGold(),
                LoadedGold.LOADED_LANGUAGE, rules.get(LoadedEvaluation.Category.NAME_CALLING).distinctGold(),
                LoadedGold.NAME_CALLING, goldSet.otherTechniques());
        out.printf(Locale.ROOT, "%-28s %9s %6s %6s %6s %8s%n", "", "predicted", "SI P", "SI R", "SI F1", "exact F1");
        print(out, "rules only", rules);
        print(out, "rules + lexicon, " + folds + "-fold cross-validated (seed " + seed + ")", learned);
        out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
        out.flush();
        return ExitCode.OK;
    }

    static LoadedGold.GoldSet readGold(Path gold) {
        try {
            return LoadedGold.read(gold);
        } catch (LoadedGold.GoldException e) {
            throw new UserException("cannot read the gold set: " + e.getMessage());
        } catch (IOException e) {
            throw new EnvironmentException("cannot read the gold set at " + gold + ": " + e.getMessage()
                    + ". Check that the folder and its files are readable.", e);
        }
    }

    private static LoadedFinder.Thresholds thresholds(double seedThreshold, double growThreshold) {
        try {
            return new LoadedFinder.Thresholds(seedThreshold, growThreshold);
        } catch (IllegalArgumentException e) {
            throw new UserException("--threshold " + seedThreshold + " and --grow " + growThreshold
                    + " do not fit: they need 0 < grow <= threshold <= 1. Pass, e.g., --threshold 0.3 --grow 0.15.");
        }
    }

    private static void print(PrintWriter out, String title, Map<LoadedEvaluation.Category, LoadedEvaluation.Score> scores) {
        out.println(title);
        for (Map.Entry<LoadedEvaluation.Category, LoadedEvaluation.Score> entry : scores.entrySet()) {
            LoadedEvaluation.Score score = entry.getValue();
            out.printf(Locale.ROOT, "  %-26s %9d %6.3f %6.3f %6.3f %8.3f%n", entry.getKey().label(),
                    score.distinctPredicted(), score.precision(), score.recall(), score.f1(), score.exactF1());
        }
    }
}

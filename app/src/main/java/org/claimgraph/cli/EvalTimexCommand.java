package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.annotate.times.TimesAnnotator;
import org.claimgraph.eval.TimexEvaluation;
import org.claimgraph.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "timex",
        mixinStandardHelpOptions = true,
        description = {
            "Time expressions (TIMEX3) on TimeML gold files (TempEval-3). Each document is parsed with its",
            "creation time as publication date; prints relaxed span precision, recall and F1 (overlapping",
            "spans, one to one), strict span F1 (exact offsets), type accuracy on the matched expressions,",
            "and value precision, recall and F1 (matched with the same value / predicted, / gold).",
        },
        footer = {"", "Example:", "  ./claimgraph eval timex --gold ../shared/eval/timex-aquaint-dev"})
final class EvalTimexCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder of TimeML .tml files.")
    Path gold;

    @Option(names = "--pages", description = "Also print each document's figures and its disagreements.")
    boolean pages;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<TimexEvaluation.GoldDocument> documents;
        try {
            documents = TimexEvaluation.readGold(gold);
        } catch (IOException e) {
            throw new UserException("cannot read the gold set at " + gold + ": " + e.getMessage()
                    + ". Pass a folder of TimeML .tml files with --gold.");
        }
        CoreNlpAnnotator nlp = new CoreNlpAnnotator();
        TimesAnnotator times = new TimesAnnotator();
        PrintWriter out = spec.commandLine().getOut();
        List<TimexEvaluation.DocumentScore> scores = new ArrayList<>();
        for (TimexEvaluation.GoldDocument document : documents) {
            ParsedText parsed = nlp.parse(document.text(), document.creationTime());
            List<TimexEvaluation.Timex> predicted = new ArrayList<>();
            for (TimeExpression time : times.extract(parsed, document.text(), document.creationTime())) {
                predicted.add(new TimexEvaluation.Timex(
                        time.span().begin(), time.span().end(), time.type().name(), time.value()));
            }
            TimexEvaluation.DocumentScore score =
                    TimexEvaluation.score(document.name(), document.timexes(), document.scored(predicted));
            scores.add(score);
            if (pages) {
                printDocument(out, document, score);
            }
        }
        TimexEvaluation.Report report = new TimexEvaluation.Report(scores);
        out.printf(Locale.ROOT, "documents                 %d%n", scores.size());
        out.printf(Locale.ROOT, "gold / predicted          %d / %d%n", report.gold(), report.predicted());
        out.printf(Locale.ROOT, "relaxed span P / R / F1   %.1f / %.1f / %.1f%n", 100 * report.relaxedPrecision(),
                100 * report.relaxedRecall(), 100 * report.relaxedF1());
        out.printf(Locale.ROOT, "strict span P / R / F1    %.1f / %.1f / %.1f%n", 100 * report.strictPrecision(),
                100 * report.strictRecall(), 100 * report.strictF1());
        out.printf(Locale.ROOT, "type accuracy (matched)   %.1f (%d of %d)%n", 100 * report.typeAccuracy(),
                report.typeRight(), report.relaxed());
        out.printf(Locale.ROOT, "value P / R / F1          %.1f / %.1f / %.1f%n", 100 * report.valuePrecision(),
                100 * report.valueRecall(), 100 * report.valueF1());
        out.flush();
        return ExitCode.OK;
    }

    private static void printDocument(
            PrintWriter out, TimexEvaluation.GoldDocument document, TimexEvaluation.DocumentScore score) {
        out.printf(Locale.ROOT, "%s (created %s): gold %d, predicted %d, matched %d, strict %d, value %d%n",
                document.name(), document.creationTime(), score.gold().size(), score.predicted().size(),
                score.matches().size(), score.strict(), score.valueRight());
        String text = document.text();
        for (TimexEvaluation.Match match : score.matches()) {
            if (!match.sameValue() || !match.sameType() || !match.gold().equals(match.predicted())) {
                out.printf(Locale.ROOT, "  %s gold '%s' %s %s | got '%s' %s %s%n",
                        match.sameValue() ? "~" : "!", covered(text, match.gold()), match.gold().type(),
                        match.gold().value(), covered(text, match.predicted()), match.predicted().type(),
                        match.predicted().value());
            }
        }
        for (TimexEvaluation.Timex missed : score.missed()) {
            out.printf(Locale.ROOT, "  - missed '%s' %s %s%n", covered(text, missed), missed.type(), missed.value());
        }
        for (TimexEvaluation.Timex spurious : score.spurious()) {
            out.printf(Locale.ROOT, "  + spurious '%s' %s %s%n", covered(text, spurious), spurious.type(),
                    spurious.value());
        }
    }

    private static String covered(String text, TimexEvaluation.Timex timex) {
        return text.substring(timex.begin(), timex.end()).replace('\n', ' ');
    }
}

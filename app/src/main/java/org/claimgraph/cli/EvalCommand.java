package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.eval.ExtractionEvaluation;
import org.claimgraph.model.Document;
import org.claimgraph.read.Input;
import org.claimgraph.read.InputException;
import org.claimgraph.read.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Reproduces a quality figure on a gold data set made by other people.",
        subcommands = {
            EvalCommand.Extraction.class,
            EvalTimexCommand.class,
            EvalAttributionCommand.class,
            EvalCorefCommand.class,
            EvalStanceCommand.class,
            EvalLoadedCommand.class,
            // each gold set's command is registered here, one line each
        },
        footer = {"", "Example:", "  ./claimgraph eval extraction --gold ../shared/eval/extraction-en-news"})
public final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new UserException("eval needs the name of a gold set, e.g. 'eval extraction --gold DIR'. "
                + "See ./claimgraph eval --help.");
    }

    @Command(
            name = "extraction",
            mixinStandardHelpOptions = true,
            description = {
                "Body-text extraction on news pages with must-keep and must-drop segments, titles and authors",
                "(the trafilatura evaluation format). Prints word 4-gram shingle precision, recall and F1 of the",
                "must-keep text, the share of must-drop segments dropped, and title and author accuracy.",
            },
            footer = {"", "Example:", "  ./claimgraph eval extraction --gold ../shared/eval/extraction-en-news"})
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder (gold.json, html/).")
        Path gold;

        @Option(names = "--pages", description = "Also print the figures for each page.")
        boolean pages;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<ExtractionEvaluation.GoldPage> goldPages;
            try {
                goldPages = ExtractionEvaluation.readGold(gold);
            } catch (IOException e) {
                throw new UserException("cannot read the gold set: " + e.getMessage());
            }
            Analyzer analyzer = new Analyzer(AnalyzeOptions.defaults());
            List<ExtractionEvaluation.PageScore> scores = new ArrayList<>();
            PrintWriter out = spec.commandLine().getOut();
            for (ExtractionEvaluation.GoldPage page : goldPages) {
                ExtractionEvaluation.Extracted extracted;
                try {
                    byte[] bytes = ExtractionEvaluation.readPage(page);
                    String source = page.url().isEmpty() ? page.html().toString() : page.url();
                    Document document = analyzer.analyze(new Input.BytesInput(source, bytes, InputFormat.HTML));
                    extracted = new ExtractionEvaluation.Extracted(document.text(), document.metadata().title(),
                            document.metadata().authors());
                } catch (IOException | InputException e) {
                    spec.commandLine().getErr().println("claimgraph: " + page.html() + ": " + e.getMessage());
                    extracted = new ExtractionEvaluation.Extracted("", null, List.of());
                }
                ExtractionEvaluation.PageScore score = ExtractionEvaluation.score(page, extracted);
                scores.add(score);
                if (pages) {
                    out.printf(Locale.ROOT, "%-60s tp=%d fn=%d fp=%d title=%s authors=%s%n",
                            page.html().getFileName(), score.truePositives(), score.falseNegatives(),
                            score.falsePositives(), score.titleRight(), score.authorsRight());
                }
            }
            ExtractionEvaluation.Report report = new ExtractionEvaluation.Report(scores);
            out.printf(Locale.ROOT, "pages                      %d%n", scores.size());
            out.printf(Locale.ROOT, "body shingle precision     %.3f%n", report.precision());
            out.printf(Locale.ROOT, "body shingle recall        %.3f%n", report.recall());
            out.printf(Locale.ROOT, "body shingle F1            %.3f%n", report.f1());
            out.printf(Locale.ROOT, "must-keep segments kept    %.3f%n", report.keptSegmentShare());
            out.printf(Locale.ROOT, "must-drop segments dropped %.3f%n", report.droppedSegmentShare());
            out.printf(Locale.ROOT, "title accuracy             %.3f (%d pages with a gold title)%n",
                    report.titleAccuracy(), report.titlePages());
            out.printf(Locale.ROOT, "author accuracy            %.3f (%d pages with gold authors)%n",
                    report.authorAccuracy(), report.authorPages());
            out.flush();
            return ExitCode.OK;
        }
    }
}

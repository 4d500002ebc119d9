package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.eval.CorefEvaluation;
import org.claimgraph.eval.CorefGold;
import org.claimgraph.eval.CorefMetrics.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "coref",
        mixinStandardHelpOptions = true,
        description = {
            "Cross-document coreference on ECB+ (CROMER XML) gold mentions, within each topic, for entity and",
            "event mentions separately. Prints MUC, B-cubed and CEAF-e recall, precision and F1 and the CoNLL F1",
            "(their mean) of two baselines (same words, same head lemma) and of claimgraph's linking keys.",
        },
        footer = {"", "Example:", "  ./claimgraph eval coref --gold ../shared/eval/events-ecbplus"})
final class EvalCorefCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "The ECB+ folder (ECB+/ with one folder per topic, ECBplus_coreference_sentences.csv).")
    Path gold;

    @Option(names = "--topics", description = "Also print the figures of each topic.")
    boolean topics;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CorefGold.Doc> documents;
        try {
            documents = CorefGold.read(gold);
        } catch (IOException e) {
            throw new UserException("cannot read the gold set at " + gold + ": " + e.getMessage());
        }
        Map<String, List<CorefEvaluation.Report>> byTopic = CorefEvaluation.byTopic(documents);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "documents %d, topics %d%n", documents.size(), byTopic.size());
        if (topics) {
            for (Map.Entry<String, List<CorefEvaluation.Report>> topic : byTopic.entrySet()) {
                out.printf(Locale.ROOT, "%ntopic %s%n", topic.getKey());
                print(out, topic.getValue());
            }
            out.printf(Locale.ROOT, "%nall topics%n");
        }
        print(out, CorefEvaluation.total(byTopic));
        out.flush();
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, List<CorefEvaluation.Report> reports) {
        out.printf(Locale.ROOT, "%-9s %-11s %8s %8s %8s  %-17s %-17s %-17s %6s%n", "mentions", "method", "count",
                "gold", "response", "MUC R/P/F1", "B3 R/P/F1", "CEAF-e R/P/F1", "CoNLL");
        for (CorefEvaluation.Report report : reports) {
            out.printf(Locale.ROOT, "%-9s %-11s %8d %8d %8d  %s %s %s %6.1f%n",
                    report.kind().name().toLowerCase(Locale.ROOT),
                    report.method().name().toLowerCase(Locale.ROOT).replace('_', '-'), report.mentions(),
                    report.goldClusters(), report.responseClusters(), format(report.muc().score()),
                    format(report.bcubed().score()), format(report.ceafe().score()), 100 * report.conll());
        }
    }

    private static String format(Score score) {
        return String.format(Locale.ROOT, "%5.1f/%5.1f/%5.1f", 100 * score.recall(), 100 * score.precision(),
                100 * score.f1());
    }
}

package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.loaded.LoadedLexicon;
import org.claimgraph.eval.LoadedGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph train loaded}: learns the loaded-wording lexicon from the PTC gold set. */
@Command(
        name = "loaded",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        description = {
            "Learns the loaded-wording lexicon from the Propaganda Techniques Corpus (train-articles/ and",
            "one *.labels file): every word and pair of adjacent words is counted, and counted inside",
            "Loaded_Language or Name_Calling,Labeling when it overlaps a gold span of that technique. Names",
            "and words naming a political side are left out. The file holds the counts; the loaded stage",
            "turns them into smoothed shares. Takes a few seconds, needs no parse.",
        },
        footer = {"", "Example:",
            "  ./claimgraph train loaded --gold ../shared/eval/loaded-language-ptc-train \\",
            "      --out annotators/src/main/resources/org/claimgraph/annotate/loaded/loaded-model.tsv.gz",
            "", "Measure it first, cross-validated: ./claimgraph eval loaded --gold DIR"})
final class TrainLoadedCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "The gold folder (train-articles/, one *.labels file).")
    Path gold;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the lexicon.")
    Path out;

    @Option(names = "--min-count", defaultValue = "2", paramLabel = "N",
            description = "Keep a word or pair seen at least N times (default ${DEFAULT-VALUE}).")
    int minCount;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedGold.GoldSet goldSet = EvalLoadedCommand.readGold(gold);
        List<LoadedLexicon.Example> examples = new ArrayList<>();
        int spans = 0;
        for (LoadedGold.Article article : goldSet.articles()) {
            examples.add(article.example());
            spans += article.spans().size();
        }
        LoadedLexicon lexicon = LoadedLexicon.learn(examples, minCount);
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                lexicon.write(stream);
            }
        } catch (IOException e) {
            throw new EnvironmentException("cannot write the lexicon to " + out + ": " + e.getMessage()
                    + ". Pass a writable path with --out.", e);
        }
        PrintWriter console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "articles %d, gold spans %d; lexicon of %d words and pairs%n",
                examples.size(), spans, lexicon.size());
        console.printf(Locale.ROOT, "wrote %s%n", out);
        console.flush();
        return ExitCode.OK;
    }
}

package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.statements.ContentCandidates;
import org.claimgraph.annotate.statements.CueModel;
import org.claimgraph.annotate.statements.StatementsAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.eval.AttributionEvaluation;
import org.claimgraph.eval.AttributionParses;
import org.claimgraph.eval.AttributionEvaluation.Relation;
import org.claimgraph.eval.AttributionEvaluation.Role;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "attribution",
        mixinStandardHelpOptions = true,
        description = {
            "Attribution relations (who said what) on PolNeAR-style brat gold: text/NAME.txt and",
            "attributions/NAME_ANNOTATOR.ann. Runs the statements annotator over each text and prints exact",
            "precision, recall and F1 of Source, Cue and Content spans, overlap F1, and published figures.",
        },
        footer = {"", "Example:", "  ./claimgraph eval attribution --gold ../shared/eval/attribution-polnear-dev"})
final class EvalAttributionCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder (text/, attributions/).")
    Path gold;

    @Option(names = "--pages", description = "Also print the figures for each gold document.")
    boolean pages;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N gold documents.")
    int limit;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "Write each document's unmatched gold and predicted spans to FILE (for error analysis).")
    Path misses;

    @Option(names = "--parse-cache", paramLabel = "DIR",
            description = "Keep the CoreNLP parses in DIR and reuse them in later runs (e.g. /tmp/claimgraph-parses).")
    Path parseCache;

    @Option(names = "--cue-model", paramLabel = "FILE",
            description = "Use this cue model (from 'train attribution') instead of the one claimgraph ships.")
    Path cueModel;

    @Option(names = "--content-model", paramLabel = "FILE",
            description = "Use this content model (from 'train attribution --content-out') instead of the shipped one.")
    Path contentModel;

    @Option(names = "--no-content-model",
            description = "Keep the rules' content boundaries (no content model), to measure what the model adds.")
    boolean noContentModel;

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
        long start = System.nanoTime();
        AttributionParses parses = new AttributionParses(new CoreNlpAnnotator(), parseCache);
        CueModel cues = cueModel == null ? CueModel.standard() : readModel(cueModel, CueModel.Kind.CUE);
        CueModel contents = noContentModel ? null
                : contentModel == null ? CueModel.standardContent() : readModel(contentModel, CueModel.Kind.CONTENT);
        StatementsAnnotator annotator = new StatementsAnnotator(cues, contents);
        long[] statementNanos = new long[1];
        Map<String, List<Statement>> predictions = new HashMap<>();
        AttributionEvaluation.Report report = new AttributionEvaluation.Report();
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder missed = new StringBuilder();
        int statements = 0;
        for (AttributionEvaluation.GoldDocument document : documents) {
            List<Statement> predicted = predictions.computeIfAbsent(document.text(), text -> {
                ParsedText parsed = parses.parse(text);
                long before = System.nanoTime();
                List<Statement> found = annotator.find(text, parsed);
                statementNanos[0] += System.nanoTime() - before;
                return found;
            });
            statements += predicted.size();
            List<Relation> predictedRelations = AttributionEvaluation.relations(predicted);
            Map<Role, AttributionEvaluation.Counts> score =
                    AttributionEvaluation.score(document.text(), document.relations(), predictedRelations);
            report.add(score);
            if (pages) {
                out.printf(Locale.ROOT, "%-60s source %d/%d/%d cue %d/%d/%d content %d/%d/%d (exact/gold/pred)%n",
                        document.name(), score.get(Role.SOURCE).exact(), score.get(Role.SOURCE).gold(),
                        score.get(Role.SOURCE).predicted(), score.get(Role.CUE).exact(), score.get(Role.CUE).gold(),
                        score.get(Role.CUE).predicted(), score.get(Role.CONTENT).exact(),
                        score.get(Role.CONTENT).gold(), score.get(Role.CONTENT).predicted());
            }
            if (misses != null) {
                describeMisses(document, predictedRelations, missed);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.print(AttributionEvaluation.table(report, statements, seconds));
        if (contents != null) {
            out.print(contentChoices(documents, parses, new StatementsAnnotator(cues, null), contents));
        }
        out.printf(Locale.ROOT, "%nstatements stage %.1f ms per text (%d texts; parses: %s)%n",
                predictions.isEmpty() ? 0 : statementNanos[0] / 1e6 / predictions.size(), predictions.size(),
                parses.summary());
        out.flush();
        if (misses != null) {
            try {
                Files.writeString(misses, missed, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EnvironmentException("cannot write " + misses + ": " + e.getMessage(), e);
            }
        }
        return ExitCode.OK;
    }

    /**
     * How the content model does on the reported statements: of those with a candidate equal to a gold content of
     * their text (any annotation), how many the rules' span and the model's choice get right.
     */
    private static String contentChoices(List<AttributionEvaluation.GoldDocument> documents, AttributionParses parses,
            StatementsAnnotator rulesOnly, CueModel contents) {
        Map<String, Set<Span>> gold = new java.util.LinkedHashMap<>();
        for (AttributionEvaluation.GoldDocument document : documents) {
            gold.computeIfAbsent(document.text(), t -> new java.util.HashSet<>()).addAll(
                    AttributionEvaluation.unitsOf(document.text(), document.relations(), Role.CONTENT));
        }
        int statements = 0;
        int reachable = 0;
        int rules = 0;
        int chosen = 0;
        for (Map.Entry<String, Set<Span>> entry : gold.entrySet()) {
            String text = entry.getKey();
            for (List<ContentCandidates.Candidate> candidates : rulesOnly.contentChoices(text, parses.parse(text))) {
                statements++;
                ContentCandidates.Candidate best = candidates.get(0);
                boolean any = false;
                for (ContentCandidates.Candidate candidate : candidates) {
                    any |= entry.getValue().contains(AttributionEvaluation.normalise(text, candidate.span()));
                    if (contents.probability(candidate.features()) > contents.probability(best.features())) {
                        best = candidate;
                    }
                }
                reachable += any ? 1 : 0;
                rules += entry.getValue().contains(AttributionEvaluation.normalise(text, candidates.get(0).span())) ? 1 : 0;
                chosen += entry.getValue().contains(AttributionEvaluation.normalise(text, best.span())) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%ncontent boundaries: %d reported statements, %d with a candidate equal to a"
                + " gold content; right: the rules' span %d, the content model's choice %d%n", statements, reachable,
                rules, chosen);
    }

    private static CueModel readModel(Path file, CueModel.Kind kind) {
        CueModel model;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            model = CueModel.read(in);
        } catch (IOException e) {
            throw new UserException("cannot read the model " + file + ": " + e.getMessage()
                    + ". Pass a file written by 'claimgraph train attribution'.");
        }
        if (model.kind() != kind) {
            throw new UserException("the model " + file + " is a " + model.kind() + " model, not a " + kind
                    + " model. Pass --cue-model the --out file and --content-model the --content-out file of"
                    + " 'claimgraph train attribution'.");
        }
        return model;
    }

    private static void describeMisses(AttributionEvaluation.GoldDocument document, List<Relation> predicted,
            StringBuilder out) {
        out.append("## ").append(document.name()).append('\n');
        for (Role role : Role.values()) {
            Set<Span> goldUnits = AttributionEvaluation.unitsOf(document.text(), document.relations(), role);
            Set<Span> predictedUnits = AttributionEvaluation.unitsOf(document.text(), predicted, role);
            for (Span span : goldUnits) {
                if (!predictedUnits.contains(span)) {
                    out.append("FN ").append(role).append(' ').append(clip(document.text(), span)).append('\n');
                }
            }
            for (Span span : predictedUnits) {
                if (goldUnits.contains(span)) {
                    out.append("TP ").append(role).append(' ').append(clip(document.text(), span)).append('\n');
                } else {
                    out.append("FP ").append(role).append(' ').append(clip(document.text(), span)).append('\n');
                }
            }
        }
    }

    private static String clip(String text, Span span) {
        String covered = span.coveredText(text);
        if (covered.length() > 160) {
            covered = covered.substring(0, 160) + "…";
        }
        String before = text.substring(Math.max(0, span.begin() - 60), span.begin());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 40));
        return (covered + "\t" + before + "[" + covered + "]" + after).replace('\n', ' ');
    }
}

package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.json.DocumentJson;
import org.claimgraph.model.Document;
import org.claimgraph.read.InputWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Analyses news articles: extracts the article body and its metadata (title, authors, publication",
            "date, canonical URL, outlet, language) and writes one JSON object per article, in the shape of",
            "contract/document.schema.json.",
            "",
            "PATH is a file, a directory (read recursively, in name order), or - for standard input.",
            "Inputs: .txt and .html/.htm articles, gzip of either (.gz), and JSON Lines (.jsonl: one article",
            "a line with a required \"text\" and optional source, url, title, authors, published, outlet).",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  Analyse the shipped samples, one JSON object per line:",
            "    ./claimgraph analyze samples/articles",
            "  A readable report for one page:",
            "    ./claimgraph analyze --format text page.html",
            "  A whole folder to a file (written atomically), dates anchored for undated articles:",
            "    ./claimgraph analyze --published 2024-05-28 --out out.jsonl corpus/",
            "  Text and metadata only, from standard input:",
            "    curl -s https://example.org/story | ./claimgraph analyze --only text -",
            "",
            "A bad article never stops the run: it is reported on standard error and counted. The exit code",
            "is 0 when at least one article was analysed, 2 when every input failed or on bad usage (or at the",
            "first failure with --fail-fast), 1 when the environment failed (for example, --out not writable).",
        })
public final class AnalyzeCommand implements Callable<Integer> {


    /** Output formats. */
    public enum Format {
        jsonl,
        text
    }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (one JSON object per article, the default) or text (a report for people).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output. It is replaced only when the run ends.")
    java.nio.file.Path out;

    @Mixin
    AnalysisOptions analysis;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AnalyzeOptions options = analysis.analyzeOptions();
        try (OutputTarget target = OutputTarget.open(out, spec.commandLine().getOut());
                InputWalker walker = new InputWalker(paths, System.in, options.maxBytes())) {
            if (!analysis.textOnly() && System.console() != null) {
                spec.commandLine().getErr().println("claimgraph: the language models load with the first article "
                        + "(about 20 s, once per run); --only text skips them.");
            }
            CorpusRun run = analysis.corpusRun(options, analysis.annotation(), spec.commandLine().getErr());
            CorpusRun.Summary summary = run.run(walker, document -> write(target.writer(), document));
            summary.report(spec.commandLine().getErr());
            if (summary.stoppedEarly() || (summary.analysed() == 0)) {
                target.abandon();
                return ExitCode.USAGE;
            }
            target.commit();
            return ExitCode.OK;
        } catch (UncheckedIOException e) {
            throw new EnvironmentException("cannot write the output" + (out == null ? "" : " to " + out) + " ("
                    + e.getCause().getMessage() + "). Check the disk space and the permissions of the folder.", e);
        } catch (IOException e) {
            throw new EnvironmentException("cannot write the output" + (out == null ? "" : " to " + out) + " ("
                    + e.getMessage() + "). Check the disk space and the permissions of the folder.", e);
        }
    }

    private void write(Writer writer, Document document) {
        try {
            if (format == Format.text) {
                writer.write(TextReport.render(document));
            } else {
                writer.write(DocumentJson.toLine(document));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

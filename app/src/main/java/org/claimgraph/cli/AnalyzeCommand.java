package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.json.DocumentJson;
import org.claimgraph.model.Document;
import org.claimgraph.read.InputWalker;
import picocli.CommandLine.Command;
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

    /** The stages a run can stop after. */
    public enum Stage {
        text
    }

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

    @Option(names = "--only", paramLabel = "STAGE",
            description = "Stop after STAGE. 'text': body text and metadata only, the fastest run.")
    Stage only;

    @Option(names = "--no-clean", negatable = false,
            description = "Keep the decoded input as the text (no boilerplate removal), so offsets index the "
                    + "input as decoded (line ends as LF). Metadata is still extracted.")
    boolean noClean;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO-8601, e.g. 2024-05-28) for articles that state none; relative "
                    + "dates are anchored at it.")
    String published;

    @Option(names = "--fail-fast", description = "Stop at the first input that cannot be analysed (exit code 2).")
    boolean failFast;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "16MB",
            description = "Largest input accepted, after decompression (default ${DEFAULT-VALUE}); e.g. 500KB, 64MB.")
    String maxBytes;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on standard error when many inputs are analysed in a terminal "
                    + "(--no-progress to hide it).")
    boolean progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, got " + threads + ".");
        }
        AnalyzeOptions options = new AnalyzeOptions(!noClean, validDate(published), parseSize(maxBytes));
        Analyzer analyzer = new Analyzer(options);
        try (OutputTarget target = OutputTarget.open(out, spec.commandLine().getOut());
                InputWalker walker = new InputWalker(paths, System.in, options.maxBytes())) {
            UnaryOperator<Document> annotate = only == Stage.text ? UnaryOperator.identity() : ArticleAnnotator.shared();
            if (only == null && System.console() != null) {
                spec.commandLine().getErr().println("claimgraph: the language models load with the first article "
                        + "(about 20 s, once per run); --only text skips them.");
            }
            CorpusRun run = new CorpusRun(analyzer, annotate, threads, failFast, spec.commandLine().getErr(),
                    progress && System.console() != null);
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

    static String validDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value).toString();
            } catch (DateTimeParseException notADateTime) {
                throw new UserException("--published needs an ISO-8601 date such as 2024-05-28 (or a date-time "
                        + "such as 2024-05-28T09:30:00Z), got '" + value + "'.");
            }
        }
    }

    static long parseSize(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long factor = 1;
        if (text.endsWith("KB") || text.endsWith("K")) {
            factor = 1024;
        } else if (text.endsWith("MB") || text.endsWith("M")) {
            factor = 1024 * 1024;
        } else if (text.endsWith("GB") || text.endsWith("G")) {
            factor = 1024L * 1024 * 1024;
        }
        String digits = text.replaceAll("[KMGB]+$", "");
        try {
            long size = Long.parseLong(digits) * factor;
            if (size <= 0) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new UserException("--max-bytes needs a size such as 500KB, 16MB or 1GB, got '" + value + "'.");
        }
    }
}

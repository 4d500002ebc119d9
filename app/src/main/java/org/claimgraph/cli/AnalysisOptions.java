package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.annotate.stances.Topic;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.model.Document;
import picocli.CommandLine.Option;

/** How articles are read and analysed, shared by {@code analyze} and {@code ingest} (a picocli mixin). */
final class AnalysisOptions {

    /** Where an analysis may stop early. */
    enum Stage {
        text
    }

    @Option(names = "--only", paramLabel = "STAGE",
            description = "Stop after STAGE. 'text': body text and metadata only, no language analysis (the fastest run).")
    Stage only;

    @Option(names = "--no-clean", negatable = false,
            description = "Keep the decoded input as the text (no boilerplate removal), so offsets index the "
                    + "input as decoded (line ends as LF). Metadata is still extracted.")
    boolean noClean;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO-8601, e.g. 2024-05-28) for articles that state none; relative "
                    + "dates are anchored at it.")
    String published;

    @Option(names = "--topic", paramLabel = "FILE",
            description = "A topic file (JSON or YAML: name, phrases, optional examples; see 'claimgraph stances "
                    + "--help'): fills each article's stances on it. Repeat for several topics.")
    List<Path> topics = new ArrayList<>();

    @Option(names = "--fail-fast", description = "Stop at the first input that cannot be analysed (exit code 2).")
    boolean failFast;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "16MB",
            description = "Largest input accepted, after decompression (default ${DEFAULT-VALUE}); e.g. 500KB, 64MB.")
    String maxBytes;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on standard error when many inputs are analysed in a terminal "
                    + "(--no-progress to hide it).")
    boolean progress;

    /** The reading and extraction options, checked: a bad value is a {@link UserException} naming the option. */
    AnalyzeOptions analyzeOptions() {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, got " + threads + ".");
        }
        return new AnalyzeOptions(!noClean, validDate(published), parseSize(maxBytes));
    }

    /**
     * The language analysis after extraction: none with {@code --only text}; with {@code --topic}, the stances on each
     * topic after the other stages.
     */
    UnaryOperator<Document> annotation() {
        if (textOnly()) {
            if (!topics.isEmpty()) {
                throw new UserException("--topic needs the statements that --only text skips; drop one of them.");
            }
            return UnaryOperator.identity();
        }
        List<TopicStances> stances = new ArrayList<>();
        for (Path file : topics) {
            stances.add(readTopic(file));
        }
        if (stances.isEmpty()) {
            return ArticleAnnotator.shared();
        }
        return document -> {
            Document annotated = ArticleAnnotator.shared().apply(document);
            List<org.claimgraph.model.Stance> found = new ArrayList<>();
            stances.forEach(topic -> found.addAll(topic.stances(annotated)));
            return annotated.withAnnotations(annotated.annotations().withStances(found));
        };
    }

    /** The topic of a topic file, or a {@link UserException} that names the file and what is wrong with it. */
    static TopicStances readTopic(Path file) {
        try {
            return new TopicStances(Topic.read(file));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + ".");
        }
    }

    boolean textOnly() {
        return only == Stage.text;
    }

    /** A corpus run that extracts with {@code options} (from {@link #analyzeOptions}) and then applies {@code annotate}. */
    CorpusRun corpusRun(AnalyzeOptions options, UnaryOperator<Document> annotate, PrintWriter err) {
        return new CorpusRun(new Analyzer(options), annotate, threads, failFast, err,
                progress && System.console() != null);
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

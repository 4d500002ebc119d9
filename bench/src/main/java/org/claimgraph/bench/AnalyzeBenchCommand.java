package org.claimgraph.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.bench.AnalyzeBenchChild.Contender;
import org.claimgraph.cli.EnvironmentException;
import org.claimgraph.cli.ExitCode;
import org.claimgraph.cli.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Full analysis: claimgraph's 'analyze' vs CoreNLP's own pipeline",
            "(" + AnalyzeBenchChild.CORENLP_ANNOTATORS + ", default settings)",
            "on the same articles: the first --limit .txt files of DIR in name order. Each",
            "system runs in a fresh child JVM (-Xmx from --heap) with N threads sharing one",
            "loaded pipeline: model load, one cold pass (also the warm-up), one timed warm",
            "pass. Reports load time, warm tokens per second, whole-process time (JVM start",
            "to the end of the cold pass), peak heap and CPU use, and the ratios. Tokens are",
            "counted once, by CoreNLP's tokenizer on the article files, for both systems.",
        },
        footer = {
            "",
            "Example:",
            "  ./claimgraph bench analyze --limit 20 --out bench-analyze.md \\",
            "      --articles ../shared/eval/attribution-polnear-dev/text",
        })
final class AnalyzeBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "A folder of .txt articles.")
    Path articles;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Articles to use, the first in name order (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads per system, sharing its one pipeline (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "3g",
            description = "-Xmx of each child JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--systems", paramLabel = "LIST", split = ",", defaultValue = "claimgraph,corenlp",
            description = "Which systems to run: claimgraph, corenlp or both (default: ${DEFAULT-VALUE}).")
    List<Contender> systems;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the table to this file.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (limit < 1 || threads < 1) {
            throw new UserException("--limit and --threads must be at least 1, got " + limit + " and " + threads);
        }
        if (!heap.matches("[0-9]+[kKmMgG]?")) {
            throw new UserException("--heap needs a JVM size such as 3g or 2500m, got '" + heap + "'");
        }
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Path> files = articleFiles(articles, limit);
        PrintWriter err = spec.commandLine().getErr();
        long tokens = countTokens(files);
        err.printf(Locale.ROOT, "bench: %d articles, %,d tokens%n", files.size(), tokens);
        err.flush();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<AnalyzeRun.Measurement> measurements = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Contender system : systems) {
            err.println("bench: measuring " + system + " in a child JVM (-Xmx" + heap + ", " + threads
                    + " threads)...");
            err.flush();
            ChildResult result = runChild(AnalyzeBenchChild.command(java, heap, classPath, system, threads, files));
            AnalyzeRun.Measurement measurement = AnalyzeRun.Measurement.parse(result.output());
            if (measurement == null) {
                failures.add(system + " failed (exit code " + result.exitCode() + "): " + lastLines(result.output()));
            } else {
                measurements.add(measurement);
            }
        }
        String table = AnalyzeTable.markdown(header(started, loadAverage, files.size(), tokens), measurements,
                tokens, failures);
        TableOutput.print(table, spec.commandLine().getOut(), out);
        return failures.isEmpty() ? ExitCode.OK : ExitCode.ENVIRONMENT;
    }

    /** The first {@code limit} {@code .txt} files of {@code folder}, in name order. */
    static List<Path> articleFiles(Path folder, int limit) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted().limit(limit).toList();
            if (files.isEmpty()) {
                throw new UserException("no .txt articles in '" + folder + "'. Pass a folder of plain-text "
                        + "articles with --articles.");
            }
            return files;
        } catch (IOException e) {
            throw new UserException("cannot list the articles in '" + folder + "': " + e.getMessage()
                    + ". Pass a readable folder with --articles.");
        }
    }

    /** Tokens of the article files by CoreNLP's English tokenizer: the one yardstick for both systems. */
    static long countTokens(List<Path> files) {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize");
        properties.setProperty("tokenize.language", "en");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(properties);
        long tokens = 0;
        for (Path file : files) {
            CoreDocument document = new CoreDocument(AnalyzeBenchChild.read(file));
            tokenizer.annotate(document);
            tokens += document.tokens().size();
        }
        return tokens;
    }

    record ChildResult(int exitCode, String output) {}

    /** Runs a child JVM; its standard error passes through, its standard output is kept. */
    private static ChildResult runChild(List<String> command) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process process = builder.start();
            String output;
            try (InputStream stdout = process.getInputStream()) {
                output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new ChildResult(process.waitFor(), output);
        } catch (IOException e) {
            throw new EnvironmentException("cannot start a child JVM (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    private static String lastLines(String output) {
        String[] lines = output.strip().split("\n");
        return Stream.of(lines).skip(Math.max(0, lines.length - 3)).collect(Collectors.joining(" / "));
    }

    private String header(ZonedDateTime started, double load, int articleCount, long tokens) {
        String date = started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
                Locale.ROOT));
        int cores = Runtime.getRuntime().availableProcessors();
        String loadText = load < 0 ? "" : String.format(Locale.ROOT, ", load average %.1f at the start", load);
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        String command = "./claimgraph bench " + String.join(" ", args);
        return String.format(Locale.ROOT, "Run %s on %d cores (%s %s%s), Java %s, %d articles, %,d tokens, -Xmx%s, "
                        + "%d threads per system. Command: `%s`",
                date, cores, System.getProperty("os.name"), System.getProperty("os.arch"), loadText,
                System.getProperty("java.version"), articleCount, tokens, heap, threads, command);
    }
}

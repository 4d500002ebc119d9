package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.claimgraph.cli.ExitCode;
import org.claimgraph.cli.UserException;
import org.claimgraph.eval.ExtractionEvaluation;
import org.claimgraph.eval.ExtractionEvaluation.GoldPage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "extraction",
        mixinStandardHelpOptions = true,
        description = {
            "Body-text extraction: claimgraph vs boilerpipe (ArticleExtractor) vs",
            "Readability4J on the same gold pages, read into memory first and decoded the",
            "same way for all three. Reports the quality figures of 'claimgraph eval",
            "extraction' for each tool, and pages per second: every tool on one thread,",
            "plus claimgraph on all cores. Prints a Markdown table. An error of a tool on a",
            "page counts as empty output for that page; the errors are counted under it.",
        },
        footer = {
            "",
            "Example:",
            "  ./claimgraph bench extraction --gold ../shared/eval/extraction-en-news \\",
            "      --rounds 5 --out bench.md",
        })
final class ExtractionBenchCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder (gold.json, html/).")
    Path gold;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed rounds over all pages per tool (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
            description = "Untimed warm-up rounds per tool after the scored pass (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the table to this file.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rounds < 1 || warmup < 0) {
            throw new UserException("--rounds must be at least 1 and --warmup at least 0, got " + rounds + " and "
                    + warmup);
        }
        List<BenchPage> pages = readPages();
        int cores = Runtime.getRuntime().availableProcessors();
        List<ExtractionBench.Contestant> contestants = new ArrayList<>();
        ClaimgraphExtractor claimgraph = new ClaimgraphExtractor();
        contestants.add(new ExtractionBench.Contestant("claimgraph", claimgraph, 1));
        contestants.add(new ExtractionBench.Contestant("boilerpipe", new BoilerpipeExtractor(), 1));
        contestants.add(new ExtractionBench.Contestant("Readability4J", new Readability4jExtractor(), 1));
        contestants.add(new ExtractionBench.Contestant("claimgraph (" + cores + " threads)", claimgraph, cores));

        PrintWriter err = spec.commandLine().getErr();
        ExtractionBench bench = new ExtractionBench(pages, warmup, rounds, message -> {
            err.println("bench: " + message);
            err.flush();
        });
        List<ExtractionBench.Result> results = bench.run(contestants);
        String table = ResultTable.markdown(header(pages.size(), cores), results);

        TableOutput.print(table, spec.commandLine().getOut(), out);
        return ExitCode.OK;
    }

    private List<BenchPage> readPages() {
        List<GoldPage> goldPages;
        try {
            goldPages = ExtractionEvaluation.readGold(gold);
        } catch (IOException e) {
            throw new UserException("cannot read the gold set: " + e.getMessage());
        }
        List<BenchPage> pages = new ArrayList<>();
        for (GoldPage page : goldPages) {
            try {
                pages.add(BenchPage.of(page, ExtractionEvaluation.readPage(page)));
            } catch (IOException e) {
                throw new UserException("cannot read gold page '" + page.html() + "': " + e.getMessage()
                        + ". Check that the gold folder is complete.");
            }
        }
        if (pages.isEmpty()) {
            throw new UserException("the gold set in '" + gold + "' lists no pages");
        }
        return pages;
    }

    private String header(int pageCount, int cores) {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
                Locale.ROOT));
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")";
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String loadText = load < 0 ? "" : String.format(Locale.ROOT, ", load average %.1f at the start", load);
        return String.format(Locale.ROOT, "Run %s on %d cores (%s %s%s), Java %s, %d pages, %d warm-up and %d "
                        + "timed rounds. Command: `%s`",
                date, cores, System.getProperty("os.name"), System.getProperty("os.arch"), loadText, java, pageCount,
                warmup, rounds, command());
    }

    /** The command as typed, as far as the arguments tell it. */
    private String command() {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        return "./claimgraph bench "
                + args.stream().map(ExtractionBenchCommand::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        return arg.matches("[\\w./:=@+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}

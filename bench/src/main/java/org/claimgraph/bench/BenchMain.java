package org.claimgraph.bench;

import org.claimgraph.cli.ExceptionMapper;
import org.claimgraph.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgraph bench} command: side-by-side comparisons with other tools. Only {@link #main} exits. */
@Command(
        name = "claimgraph bench",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Compares claimgraph with other tools on the same inputs, in one run, on one machine.",
        subcommands = {ExtractionBenchCommand.class, AnalyzeBenchCommand.class, CorpusBenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {
            "",
            "Example:",
            "  ./claimgraph bench extraction --gold ../shared/eval/extraction-en-news \\",
            "      --out bench.md",
            "  ./claimgraph bench analyze --articles ../shared/eval/attribution-polnear-dev/text \\",
            "      --limit 20 --out bench-analyze.md",
            "  ./claimgraph bench corpus --out bench-corpus.md",
            "",
            "Exit codes: 0 done, 2 bad usage or input, 1 environment (files, disk, memory).",
        })
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BenchMain());
        commandLine.setExecutionExceptionHandler(new ExceptionMapper("claimgraph bench"));
        return commandLine;
    }

    /** Runs the command line and returns the exit code, without exiting. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}

package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgraph} command. Only {@link #main} calls {@code System.exit}. */
@Command(
        name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Turns news articles into a sourced record of who said what, about whom, when and through whom.",
            "It reports what was said; it never rules on what is true.",
        },
        subcommands = {AnalyzeCommand.class, IngestCommand.class, StatementsCommand.class, EntitiesCommand.class,
            TimelineCommand.class, StancesCommand.class, ExportCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class, TrainAttributionCommand.class, CommandLine.HelpCommand.class},
        footer = {
            "",
            "Examples:",
            "  ./claimgraph analyze samples/articles                  # JSON Lines on standard output",
            "  ./claimgraph analyze --format text article.html        # a readable report",
            "  ./claimgraph eval extraction --gold ../shared/eval/extraction-en-news",
            "",
            "Exit codes: 0 done, 2 bad usage or input, 1 environment (files, disk, memory).",
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ExceptionMapper("claimgraph"));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
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

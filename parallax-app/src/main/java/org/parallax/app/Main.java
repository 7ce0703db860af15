package org.parallax.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "parallax 0.1.0",
        description = "Reads news articles from many outlets and builds the whole picture of each story.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, ServeCommand.class, DemoCommand.class,
                ListCommand.class, ShowCommand.class, SearchCommand.class, ExportCommand.class, EvalCommand.class,
                BenchCommand.class, ReanalyzeCommand.class, ImportCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("parallax: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }
}

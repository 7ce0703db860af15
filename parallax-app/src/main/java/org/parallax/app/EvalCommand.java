package org.parallax.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.eval.CleaningEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a pipeline stage on a public data set with that set's metric. Tasks: cleaning.")
final class EvalCommand implements Callable<Integer> {
    enum Task { cleaning }

    @Parameters(paramLabel = "TASK", description = "what to score: ${COMPLETION-CANDIDATES}")
    Task task;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data set folder (default: ../shared/datasets/<set> beside the project)")
    Path data;

    @Option(names = "--errors", paramLabel = "FILE", description = "also write each page's misses and extras here")
    Path errors;

    @Override
    public Integer call() throws IOException {
        Path dir = data != null ? data : Path.of("..", "shared", "datasets", "cleaning-dev");
        if (!Files.isDirectory(dir)) {
            System.err.println("parallax: no data set at " + dir.toAbsolutePath() + " (give it with --data)");
            return 2;
        }
        CleaningEvaluation.Report report = CleaningEvaluation.run(dir);
        System.out.println(report);
        if (errors != null) {
            StringBuilder sb = new StringBuilder();
            for (CleaningEvaluation.PageResult r : report.results()) {
                if (r.score().falsePositives() + r.score().falseNegatives() > 0) {
                    sb.append("== ").append(r.page().url()).append("  ").append(r.score()).append('\n');
                }
            }
            Files.writeString(errors, sb);
        }
        return 0;
    }
}

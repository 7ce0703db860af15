package org.parallax.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.eval.CleaningEvaluation;
import org.parallax.eval.ClusteringEvaluation;
import org.parallax.eval.ExtractionEvaluation;
import org.parallax.model.ArticleEntities;
import org.parallax.nlp.EntityFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a pipeline stage on a public data set with that set's metric: P, R and F1.")
final class EvalCommand implements Callable<Integer> {
    enum Task {
        /** Cleaning scraped whole-page text (cleaning-dev). */
        cleaning("cleaning-dev"),
        /** Main-text extraction from HTML pages (extraction-dev). */
        extraction("extraction-dev"),
        /** Stories and storylines against gold clusters (clustering-dev, or any folder of labelled subfolders). */
        clustering("clustering-dev");

        final String dataset;

        Task(String dataset) {
            this.dataset = dataset;
        }
    }

    @Parameters(paramLabel = "TASK", description = "what to score: ${COMPLETION-CANDIDATES}")
    Task task;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data set folder (default: ../shared/datasets/<set> beside the project)")
    Path data;

    @Option(names = "--errors", paramLabel = "FILE", description = "also write each page's misses and extras here")
    Path errors;

    @Option(names = "--no-entities",
            description = "clustering: leave out the entities the pipeline finds in each article before its story stage")
    boolean noEntities;

    @Option(names = "--topic-length", paramLabel = "N", defaultValue = "0",
            description = "clustering: also score storylines against topics, a topic being the first N characters of"
                    + " a gold label (stories-dev: 2, its events 01a and 01b are topic 01)")
    int topicLength;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        Path dir = data != null ? data : Path.of("..", "shared", "datasets", task.dataset);
        if (!Files.isDirectory(dir)) {
            System.err.println("parallax: no data set at " + dir.toAbsolutePath() + " (give it with --data)");
            return 2;
        }
        List<CleaningEvaluation.PageResult> results;
        if (task == Task.cleaning) {
            CleaningEvaluation.Report report = CleaningEvaluation.run(dir);
            System.out.println(report);
            results = report.results();
        } else if (task == Task.clustering) {
            EntityFinder finder = new EntityFinder();
            ClusteringEvaluation.Options options = new ClusteringEvaluation.Options(
                    !noEntities ? a -> finder.find(a.id(), a.text()) : a -> ArticleEntities.none(a.id()), true, topicLength);
            System.out.println(ClusteringEvaluation.run(dir, threads, options));
            return 0;
        } else {
            ExtractionEvaluation.Report report = ExtractionEvaluation.run(dir, threads);
            System.out.println(report);
            results = report.results();
        }
        if (errors != null) {
            StringBuilder sb = new StringBuilder();
            for (CleaningEvaluation.PageResult r : results) {
                if (r.score().falsePositives() + r.score().falseNegatives() == 0) {
                    continue;
                }
                sb.append("=== ").append(r.page().url()).append("  ").append(r.score()).append('\n');
                String text = r.text().replaceAll("\\s+", " ");
                for (String s : r.page().with()) {
                    if (!text.contains(s.replaceAll("\\s+", " ").strip())) {
                        sb.append("  MISSING: ").append(s).append('\n');
                    }
                }
                for (String s : r.page().without()) {
                    if (text.contains(s.replaceAll("\\s+", " ").strip())) {
                        sb.append("  EXTRA: ").append(s).append('\n');
                    }
                }
            }
            Files.writeString(errors, sb);
        }
        return 0;
    }
}

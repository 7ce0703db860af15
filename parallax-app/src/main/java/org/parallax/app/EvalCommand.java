package org.parallax.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.eval.ClaimEvaluation;
import org.parallax.eval.ClaimPairs;
import org.parallax.eval.CleaningEvaluation;
import org.parallax.eval.ClusteringEvaluation;
import org.parallax.eval.DateEvaluation;
import org.parallax.eval.ExtractionEvaluation;
import org.parallax.eval.MetadataEvaluation;
import org.parallax.eval.QuoteEvaluation;
import org.parallax.eval.StanceEvaluation;
import org.parallax.eval.TimeEvaluation;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.nlp.Annotation;
import org.parallax.nlp.ArticleGist;
import org.parallax.nlp.EntityFinder;
import org.parallax.nlp.TimeFinder;
import org.parallax.store.Store;
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
        clustering("clustering-dev"),
        /**
         * What people are reported to have said, and who said it (quotes-dev, PolNeAR; or a BASIL folder such as
         * stances-dev); without --data, both sets, those present.
         */
        quotes("quotes-dev"),
        /** Time expressions and their TimeML values (temporal-dev: TempEval-3's TimeBank and AQUAINT). */
        time("temporal-dev"),
        /** Who stands where: speaker, target and polarity of BASIL's quotes (stances-dev). */
        stances("stances-dev"),
        /** Whether a text supports or contradicts a claim: MRPC and SummEdits pairs (claims-dev, DIR/pairs.tsv). */
        claims("claims-dev"),
        /** Headline, authors, publication day and main text of news pages against their publishers' own (metadata-dev). */
        metadata("metadata-dev"),
        /**
         * The publication days found for dated news given as text alone (stances-dev's articles.tsv, temporal-dev's
         * creation times); without --data, both sets.
         */
        dates("stances-dev");

        final String dataset;

        Task(String dataset) {
            this.dataset = dataset;
        }
    }

    @Parameters(paramLabel = "TASK", description = "what to score: ${COMPLETION-CANDIDATES}")
    Task task;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data set folder (default: ../shared/datasets/<set> beside the project; quotes: both"
                    + " quotes-dev and stances-dev, and with --data a PolNeAR folder (attributions/) or a BASIL folder"
                    + " (annotations.jsonl))")
    Path data;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "also write each page's misses and extras here (quotes: each article's missed, extra and"
                    + " misattributed quotes, gold against predicted; time: each document's missed and extra time"
                    + " expressions and wrong values; stances: each gold stance missed, with the stances found on its"
                    + " span, and the stances on no gold span; clustering: each gold cluster split over stories and each"
                    + " story that joins gold clusters, with every article's headline and why it was placed there)")
    Path errors;

    @Option(names = "--no-entities",
            description = "clustering: leave out the entities the pipeline finds in each article before its story stage")
    boolean noEntities;

    @Option(names = "--topic-length", paramLabel = "N", defaultValue = "0",
            description = "clustering: also score storylines against topics, a topic being the first N characters of"
                    + " a gold label (stories-dev: 2, its events 01a and 01b are topic 01)")
    int topicLength;

    @Option(names = "--out", paramLabel = "FILE",
            description = "claims: write one prediction per pair here (id, label, score; tab-separated)")
    Path out;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The quote data sets scored when no --data is given: PolNeAR's attributions, then BASIL's quotes. */
    private static final List<String> QUOTE_SETS = List.of("quotes-dev", "stances-dev");

    @Override
    public Integer call() throws IOException {
        if (task == Task.quotes) {
            return quotes();
        }
        if (task == Task.dates) {
            return dates();
        }
        Path dir = data != null ? data : Path.of("..", "shared", "datasets", task.dataset);
        if (!Files.isDirectory(dir)) {
            System.err.println("parallax: no data set at " + dir.toAbsolutePath() + " (give it with --data)");
            return 2;
        }
        if (task == Task.time) {
            return time(dir);
        }
        if (task == Task.stances) {
            return stances(dir);
        }
        if (task == Task.claims) {
            return claims(dir);
        }
        if (task == Task.metadata) {
            MetadataEvaluation.Report report = MetadataEvaluation.run(dir, threads);
            System.out.println(report);
            if (errors != null) {
                Files.writeString(errors, report.errors());
            }
            return 0;
        }
        List<CleaningEvaluation.PageResult> results;
        if (task == Task.cleaning) {
            CleaningEvaluation.Report report = CleaningEvaluation.run(dir);
            System.out.println(report);
            results = report.results();
        } else if (task == Task.clustering) {
            EntityFinder finder = new EntityFinder();
            ClusteringEvaluation.Options options = new ClusteringEvaluation.Options(
                    !noEntities ? a -> finder.find(a.id(), a.text()) : a -> ArticleEntities.none(a.id()), true, topicLength,
                    ArticleGist::of);
            ClusteringEvaluation.Report report = ClusteringEvaluation.run(dir, threads, options);
            System.out.println(report);
            if (errors != null) {
                Files.writeString(errors, report.errors());
            }
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

    /**
     * Scores the time finder on a folder of TimeML documents: each document's text goes straight to the finder as an
     * article published at the document's creation time (the finder needs only the text and that date, not the rest
     * of the annotation stage).
     */
    private int time(Path dir) throws IOException {
        if (!TimeEvaluation.isTimeMl(dir)) {
            System.err.println("parallax: no TimeML documents (*.tml) at " + dir.toAbsolutePath());
            return 2;
        }
        TimeFinder finder = new TimeFinder();
        TimeEvaluation.Report report = TimeEvaluation.run(dir, finder::find);
        System.out.println(report);
        if (errors != null) {
            Files.writeString(errors, report.errors());
        }
        return 0;
    }

    /**
     * Scores the stances of the annotation stage on a BASIL folder: span, actor, issue and position P/R/F1 and the
     * polarity accuracy of the stances paired on span and issue, with the time it took.
     */
    private int stances(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("annotations.jsonl"))) {
            System.err.println("parallax: no stance data set at " + dir.toAbsolutePath() + " (a BASIL folder holds"
                    + " annotations.jsonl)");
            return 2;
        }
        long started = System.nanoTime();
        StanceEvaluation.Report report = StanceEvaluation.run(dir, threads, new Annotation());
        System.out.println(report);
        System.out.printf(Locale.ROOT, "  (annotated and scored in %.1f s)%n", (System.nanoTime() - started) / 1e9);
        if (errors != null) {
            Files.writeString(errors, report.errors());
        }
        return 0;
    }

    /**
     * Judges every pair of {@code DIR/pairs.tsv} (the premise text against the claim), writes the predictions to
     * --out, and prints claims-dev's measures over the labelled pairs, ending with its Summary line. A line that
     * cannot be read is reported with its file and line number; the others are judged, and the exit code is 1.
     */
    private int claims(Path dir) throws IOException {
        Path file = dir.resolve("pairs.tsv");
        if (!Files.isRegularFile(file)) {
            System.err.println("parallax: no claim pairs at " + file.toAbsolutePath() + " (a claims folder holds pairs.tsv)");
            return 2;
        }
        ClaimPairs.Read read = ClaimPairs.read(file);
        read.errors().forEach(e -> System.err.println("parallax: " + e));
        long started = System.nanoTime();
        Map<String, ClaimPairs.Prediction> predictions = ClaimJudging.judge(read.pairs(), Math.max(1, threads),
                (id, e) -> System.err.println("parallax: " + file + ": pair " + id + ": " + e));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (out != null) {
            try (java.io.Writer w = Files.newBufferedWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                ClaimPairs.write(w, read.pairs(), predictions);
            }
        }
        ClaimEvaluation.Report report = ClaimEvaluation.score(read.pairs(), predictions, read.errors().size());
        if (report.labelled() > 0) {
            System.out.println(report);
        } else {
            System.out.println("claims: " + read.pairs().size() + " pairs, none labelled"
                    + (out != null ? "; predictions written to " + out : ""));
        }
        System.out.printf(Locale.ROOT, "  (judged %d pairs in %.1f s on %d threads, %.1f ms a pair)%n", read.pairs().size(),
                seconds, Math.max(1, threads), read.pairs().isEmpty() ? 0 : seconds * 1000 / read.pairs().size());
        int[] aligned = ClaimJudging.align(read.pairs());
        if (aligned[0] > 0) {
            double p = aligned[1] / (double) Math.max(1, aligned[1] + aligned[2]);
            double r = aligned[1] / (double) Math.max(1, aligned[1] + aligned[3]);
            System.out.printf(Locale.ROOT, "  alignment (each mrpc pair as two reports of one story): same claim P %.3f R %.3f"
                    + " F1 %.3f over %d pairs, %d marked as disputing each other%n", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
                    aligned[0], aligned[4]);
        }
        return read.errors().isEmpty() && predictions.size() == read.pairs().size() ? 0 : 1;
    }

    /**
     * Scores the quotes of the annotation stage: on the --data folder (PolNeAR or BASIL, told by its files), or on
     * each of quotes-dev and stances-dev that lies beside the project; one report each, errors of all in one file.
     */
    private int quotes() throws IOException {
        List<Path> dirs = data != null ? List.of(data)
                : QUOTE_SETS.stream().map(s -> Path.of("..", "shared", "datasets", s)).filter(Files::isDirectory).toList();
        if (dirs.isEmpty() || !Files.isDirectory(dirs.get(0))) {
            Path missing = data != null ? data : Path.of("..", "shared", "datasets", task.dataset);
            System.err.println("parallax: no data set at " + missing.toAbsolutePath() + " (give it with --data)");
            return 2;
        }
        for (Path dir : dirs) {
            if (QuoteEvaluation.format(dir) == null) {
                System.err.println("parallax: no quote data set at " + dir.toAbsolutePath() + " (a PolNeAR folder holds"
                        + " text/ and attributions/, a BASIL folder annotations.jsonl)");
                return 2;
            }
        }
        Annotation annotation = new Annotation();
        StringBuilder errorLines = new StringBuilder();
        for (Path dir : dirs) {
            long started = System.nanoTime();
            QuoteEvaluation.Report report = QuoteEvaluation.run(dir, threads, annotation);
            System.out.println(report);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "  (annotated and scored in %.1f s)%n", seconds);
            errorLines.append(report.errors());
        }
        if (errors != null) {
            Files.writeString(errors, errorLines);
        }
        return 0;
    }

    /**
     * Scores the publication days that a whole run of {@code analyze} (metadata, then the story-dates stage) finds
     * for dated news given as text alone, on the --data folder or on each of stances-dev and temporal-dev; then again
     * with every third article's day stated, as other outlets' pages would, scoring the others (what their stories
     * lend them). Each run has a store of its own in a temporary folder, removed after.
     */
    private int dates() throws IOException {
        List<Path> dirs = data != null ? List.of(data) : DateEvaluation.SETS.stream()
                .map(s -> Path.of("..", "shared", "datasets", s)).filter(Files::isDirectory).toList();
        if (dirs.isEmpty()) {
            System.err.println("parallax: no data set at " + Path.of("..", "shared", "datasets").toAbsolutePath()
                    + " (give it with --data)");
            return 2;
        }
        StringBuilder errorLines = new StringBuilder();
        for (Path dir : dirs) {
            Path work = Files.createTempDirectory("parallax-eval-dates");
            try {
                Map<String, String> gold;
                if (TimeEvaluation.isTimeMl(dir)) {
                    gold = DateEvaluation.writeTimeMlTexts(dir, work.resolve("texts"));
                } else if (Files.isRegularFile(dir.resolve(ClusteringEvaluation.LABELS))) {
                    gold = DateEvaluation.labelledDays(dir);
                } else {
                    System.err.println("parallax: no dated news at " + dir.toAbsolutePath() + " (a folder with "
                            + ClusteringEvaluation.LABELS + " and its date column, or TimeML documents)");
                    return 2;
                }
                String name = dir.getFileName().toString();
                DateEvaluation.Report report = DateEvaluation.score(name + ", as text alone", gold,
                        givenDays(new ArrayList<>(gold.keySet()), work.resolve("store")));
                Path records = work.resolve("records.jsonl");
                Map<String, String> undated = DateEvaluation.writeRecords(gold, records, DATED_EVERY);
                DateEvaluation.Report lent = DateEvaluation.score(name + " again, every third article dated by its"
                        + " page, the others scored", undated, givenDays(List.of(records.toString()), work.resolve("lent")));
                System.out.println(report);
                System.out.println(lent);
                errorLines.append(report.errors()).append(lent.errors());
            } finally {
                BenchCommand.delete(work);
            }
        }
        if (errors != null) {
            Files.writeString(errors, errorLines);
        }
        return 0;
    }

    /** In the second measure of {@code eval dates}, one article in this many states its day as its page would. */
    private static final int DATED_EVERY = 3;

    /** The day {@code analyze} gives each of these files, the page's own or inferred, by the file's path. */
    private Map<String, DateEvaluation.Given> givenDays(List<String> files, Path storeFolder) {
        Map<String, DateEvaluation.Given> given = new HashMap<>();
        try (Store store = Store.open(storeFolder, Clock.systemUTC())) {
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            for (String id : Analysis.run(files, store, quiet, threads).articleIds()) {
                Article a = store.article(id).orElseThrow().article();
                if (a.published() != null) {
                    given.put(a.source(), new DateEvaluation.Given(a.published().day(),
                            a.published().inferred() ? "its text, inferred" : "its page", a.published().evidence().text()));
                } else {
                    store.inferredDate(id).ifPresent(d -> given.put(a.source(),
                            new DateEvaluation.Given(d.day(), d.basis().name().toLowerCase(Locale.ROOT), d.evidence())));
                }
            }
        }
        given.values().removeIf(g -> g.day().length() != 10);
        return given;
    }
}

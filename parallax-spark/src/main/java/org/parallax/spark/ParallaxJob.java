package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parallax.clean.ChromeProfile;
import org.parallax.corpus.CorpusIndex;
import org.parallax.ingest.Ingest;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.InferredDate;
import org.parallax.model.RawDocument;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.model.TimeExpression;
import org.parallax.nlp.Annotation;
import org.parallax.nlp.TimeFinder;
import org.parallax.pipeline.Extraction;
import org.parallax.pipeline.LayerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The pipeline of {@code parallax analyze} as a Spark job, from WARC, WARC.gz and JSON Lines files (and any other
 * input {@code analyze} reads) on any Hadoop file system to Parquet tables:
 *
 * <ol>
 *   <li>ingest, a task per file; the chrome step counts the short lines of the plain-text inputs of each site
 *       across partitions, and the counts that make chrome are broadcast;</li>
 *   <li>extraction and annotation in {@code mapPartitions}, the stages {@code analyze} runs, made once per
 *       executor; a document a stage throws on becomes a row of the {@code failures} table and the job goes on;</li>
 *   <li>copies as a shuffle by LSH band key; entity identities as a shuffle by name group, each group resolved on
 *       an executor in the corpus order ({@link IdentitiesByName}); stories, storylines and the first dated article of
 *       each undated article's story as the fold of {@code analyze} over the corpus order, on the driver, told the
 *       shuffle's copies; then, on the executors, the day of each article whose page gives none, as {@code analyze} infers it
 *       ({@link TimeFinder#inferDate}), and its time expressions reckoned from that day;</li>
 *   <li>the tables {@code articles} (every column of the article, its raw input and its layers whole),
 *       {@code mentions}, {@code quotes}, {@code times}, {@code stances}, {@code claims}, {@code copies}, {@code placements},
 *       {@code stories}, {@code storylines}, {@code entities}, {@code failures} and {@code summary.json}.</li>
 * </ol>
 * {@code parallax import OUT} loads the tables into a store.
 */
public final class ParallaxJob {
    private static final Logger LOG = LoggerFactory.getLogger(ParallaxJob.class);

    private ParallaxJob() {
    }

    /**
     * What to run.
     *
     * @param inputs     files, folders or globs on any Hadoop file system
     * @param out        the folder the tables are written to (replaced)
     * @param partitions partitions for the per-document stages; 0 for twice the default parallelism
     * @param now        the time the run happens at, the same on every executor: bounds the years of dates
     *                   printed without one, as the run's clock does in {@code analyze}
     */
    public record Settings(List<String> inputs, String out, int partitions, Instant now) {
        public Settings {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(now, "now");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("the job needs at least one input path");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must not be negative, was " + partitions);
            }
        }
    }

    /** {@code spark-submit ... parallax-spark.jar --out DIR [--partitions N] PATH...} */
    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = value(args, ++i, "--out");
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, "--partitions"));
                    default -> inputs.add(args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            out = null;
            System.err.println("parallax-spark: " + e.getMessage());
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: parallax-spark --out DIR [--partitions N] PATH...");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("parallax").getOrCreate();
        JobSummary summary;
        try {
            summary = run(spark, new Settings(inputs, out, partitions, Instant.now()));
        } finally {
            spark.stop();
        }
        summary.failures().forEach(f -> System.err.println("error: " + f));
        System.out.println(summary.line());
        System.exit(summary.failed() > 0 ? 1 : 0);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Runs the job; returns its summary, which is also logged and written to {@code OUT/summary.json}. */
    public static JobSummary run(SparkSession spark, Settings settings) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, Double> seconds = new TreeMap<>();
        long started = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> files = InputFiles.list(settings.inputs(), hadoop);
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);

        JavaRDD<Row> items = jsc.parallelize(files, Math.max(1, files.size())).mapPartitions(paths -> {
            Ingest ingest = new Ingest();
            List<Iterator<Row>> each = new ArrayList<>();
            paths.forEachRemaining(p -> each.add(map(InputFiles.read(p, ingest, conf.get()), ArticleRows::input)));
            return concat(each);
        });
        Dataset<Row> inputs = spark.createDataFrame(items, ArticleRows.INPUT).persist(StorageLevel.MEMORY_AND_DISK());
        long read = inputs.count();
        step(seconds, "1 ingest", started);

        long chromeStarted = System.nanoTime();
        Dataset<Row> documents = inputs.filter(col("status").equalTo(ArticleRows.DOCUMENT));
        HashMap<Long, Integer> chrome = chrome(documents);
        Broadcast<HashMap<Long, Integer>> profile = jsc.broadcast(chrome);
        step(seconds, "2 chrome", chromeStarted);

        long stagesStarted = System.nanoTime();
        int partitions = settings.partitions() > 0 ? settings.partitions() : 2 * jsc.defaultParallelism();
        long broadcastId = profile.id();
        Instant now = settings.now();
        JavaRDD<Row> processed = documents.repartition(partitions, col("id")).sortWithinPartitions("id", "source")
                .javaRDD().mapPartitions(rows -> {
                    Extraction extraction = ExecutorStages.extraction(broadcastId, profile.value(), now);
                    Annotation annotation = ExecutorStages.annotation();
                    return map(distinctIds(rows), r -> process(ArticleRows.raw(r), extraction, annotation));
                });
        Dataset<Row> done = spark.createDataFrame(processed, ArticleRows.PROCESSED).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> failedRows = done.filter(col("failed_stage").isNotNull())
                .select(col("source"), col("failed_stage").as("stage"), col("failure").as("reason"))
                .union(inputs.filter(col("status").equalTo(ArticleRows.FAILURE))
                        .select(col("source"), org.apache.spark.sql.functions.lit("ingest").as("stage"), col("reason")));
        Dataset<Row> articles = done.filter(col("failed_stage").isNull())
                .select(ArticleRows.articleColumns().stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
        long articleCount = articles.count();
        String out = settings.out();
        failedRows.write().mode(SaveMode.Overwrite).parquet(out + "/failures");
        Dataset<Row> skippedRows = inputs.filter(col("status").equalTo(ArticleRows.SKIPPED)).select("source", "reason");
        skippedRows.write().mode(SaveMode.Overwrite).parquet(out + "/skipped");
        long skipped = skippedRows.count();
        List<String> failures = failedRows.limit(JobSummary.FAILURES_KEPT).collectAsList().stream()
                .map(r -> r.getString(0) + ": " + ("ingest".equals(r.getString(1)) ? "" : r.getString(1) + " failed: ") + r.getString(2))
                .toList();
        long failedCount = failedRows.count();
        inputs.unpersist();
        step(seconds, "3 extraction and annotation", stagesStarted);

        long copiesStarted = System.nanoTime();
        Dataset<Row> ordered = articles.orderBy(col("published").isNull(), substring(col("published"), 1, 10), col("id"));
        List<CopiesByBand.Copy> copies = CopiesByBand.find(ordered.select("id", "text").javaRDD().zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._1(), t._2())));
        Map<String, String> originals = CopiesByBand.originals(copies);
        step(seconds, "4 copies (band shuffle)", copiesStarted);

        long identitiesStarted = System.nanoTime();
        IdentitiesByName.Identities identities = IdentitiesByName.resolve(jsc, CorpusFold.input(ordered).javaRDD()
                .zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), LayerRecords.json(ArticleRows.annotatedOf(t._1()).entities()))),
                partitions);
        Dataset<Row> mentions = spark.createDataFrame(identities.mentions(), FlatLayers.MENTIONS)
                .orderBy("article", "start", "end", "entity");
        mentions.write().mode(SaveMode.Overwrite).parquet(out + "/mentions");
        Dataset<Row> entities = spark.createDataFrame(identities.entities(), FlatLayers.schema("id:string", "key:string",
                "type:string", "name:string")).orderBy("id");
        entities.write().mode(SaveMode.Overwrite).parquet(out + "/entities");
        long mentionCount = spark.read().parquet(out + "/mentions").count();
        long entityCount = spark.read().parquet(out + "/entities").count();
        LOG.info("identities by name group: groups={}, largest={} article parts", identities.groups(), identities.largestGroup());
        step(seconds, "5 identities (name-group shuffle)", identitiesStarted);

        long foldStarted = System.nanoTime();
        Map<String, String> copied = new HashMap<>();
        copies.forEach(c -> copied.put(c.laterId(), c.earlierId()));
        CorpusFold fold = new CorpusFold(copied);
        fold.run(CorpusFold.input(ordered).toLocalIterator());
        long agreeing = fold.placements().stream()
                .filter(p -> p.duplicateOf() != null && p.duplicateOf().equals(originals.get(p.article()))).count();
        long sequentialCopies = fold.placements().stream().filter(p -> p.duplicateOf() != null).count();
        Map<String, TimeFinder.StoryDay> storyDays = fold.storyDays();
        step(seconds, "6 stories (fold)", foldStarted);

        long writeStarted = System.nanoTime();
        Broadcast<HashMap<String, TimeFinder.StoryDay>> days = jsc.broadcast(new HashMap<>(storyDays));
        org.apache.spark.util.LongAccumulator inferred = jsc.sc().longAccumulator("dated by inference");
        JavaRDD<Row> dated = articles.javaRDD().map(r -> {
            if (r.getAs("published") != null) {
                return r;
            }
            AnnotatedArticle a = ArticleRows.annotatedOf(r);
            InferredDate date = TimeFinder.inferDate(a.article(), a.times(), days.value().get(a.article().id()));
            if (date == null) {
                return r;
            }
            inferred.add(1);
            List<TimeExpression> times = ExecutorStages.times().find(a.article(), date);
            return ArticleRows.dated(r, date, LayerRecords.json(new AnnotatedArticle(a.article(), a.sentences(),
                    a.entities(), a.quotes(), times, a.stances(), a.claims())));
        });
        spark.createDataFrame(dated, ArticleRows.ARTICLE).write().mode(SaveMode.Overwrite).parquet(out + "/articles");
        Dataset<Row> written = spark.read().parquet(out + "/articles");
        spark.createDataFrame(written.javaRDD().flatMap(FlatLayers::quotes), FlatLayers.QUOTES)
                .write().mode(SaveMode.Overwrite).parquet(out + "/quotes");
        spark.createDataFrame(written.javaRDD().flatMap(FlatLayers::times), FlatLayers.TIMES)
                .write().mode(SaveMode.Overwrite).parquet(out + "/times");
        spark.createDataFrame(written.javaRDD().flatMap(FlatLayers::stances), FlatLayers.STANCES)
                .write().mode(SaveMode.Overwrite).parquet(out + "/stances");
        spark.createDataFrame(written.javaRDD().flatMap(FlatLayers::claims), FlatLayers.CLAIMS)
                .write().mode(SaveMode.Overwrite).parquet(out + "/claims");
        writeCorpus(spark, out, fold, copies, originals);
        step(seconds, "7 write", writeStarted);

        done.unpersist();
        CorpusIndex index = fold.index();
        JobSummary summary = new JobSummary(read, articleCount, skipped, failedCount, failures, copies.size(), agreeing,
                sequentialCopies, index.storyCount(), index.storylines().size(), entityCount,
                mentionCount, inferred.value(), seconds);
        writeSummary(hadoop, out, summary);
        LOG.info("spark job done: {}", summary.line());
        return summary;
    }

    /** The per-document stages of one raw document, as the pipeline of {@code analyze} runs them. */
    private static Row process(RawDocument raw, Extraction extraction, Annotation annotation) {
        Article article;
        try {
            article = extraction.apply(raw);
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleRows.failed(raw.source(), extraction.name(), "document " + raw.id() + ": " + e);
        }
        try {
            return ArticleRows.processed(raw, annotation.apply(article));
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleRows.failed(raw.source(), annotation.name(), "document " + raw.id() + ": " + e);
        }
    }

    /**
     * The counts of the chrome step: each distinct plain-text document (by id) teaches a profile of its partition,
     * and the counts of all partitions are summed; those that make a line chrome (two documents or more) are kept.
     */
    private static HashMap<Long, Integer> chrome(Dataset<Row> documents) {
        Dataset<Row> plain = documents.filter(col("kind").isin(RawDocument.Kind.TEXT_FILE.label(),
                RawDocument.Kind.JSON_LINES_RECORD.label())).select("id", "site", "text").dropDuplicates("id");
        List<Tuple2<Long, Integer>> counts = plain.javaRDD().mapPartitions(rows -> {
            ChromeProfile profile = ChromeProfile.empty();
            rows.forEachRemaining(r -> profile.learn(r.getAs("site"), r.getAs("text")));
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            profile.counts().forEach((k, v) -> out.add(new Tuple2<>(k, v)));
            return out.iterator();
        }).mapToPair(t -> t).reduceByKey(Integer::sum).filter(t -> t._2() >= 2).collect();
        HashMap<Long, Integer> out = new HashMap<>();
        counts.forEach(t -> out.put(t._1(), t._2()));
        return out;
    }

    private static void writeCorpus(SparkSession spark, String out, CorpusFold fold, List<CopiesByBand.Copy> copies,
                                    Map<String, String> originals) {
        List<Row> copyRows = new ArrayList<>();
        for (CopiesByBand.Copy c : copies) {
            copyRows.add(RowFactory.create(c.laterId(), c.earlierId(), originals.get(c.laterId()), c.jaccard()));
        }
        spark.createDataFrame(copyRows, FlatLayers.schema("article:string", "copies:string", "duplicate_of:string",
                "jaccard:double")).write().mode(SaveMode.Overwrite).parquet(out + "/copies");
        List<Row> placements = new ArrayList<>();
        int position = 0;
        for (CorpusIndex.Placement p : fold.placements()) {
            placements.add(RowFactory.create(p.article(), p.story(), p.storyline(), p.duplicateOf(), p.origin(),
                    p.similarity(), p.reason(), position++));
        }
        spark.createDataFrame(placements, FlatLayers.schema("article:string", "story:string", "storyline:string",
                "duplicate_of:string", "origin:string", "similarity:double", "reason:string", "position:int"))
                .write().mode(SaveMode.Overwrite).parquet(out + "/placements");
        List<Row> stories = new ArrayList<>();
        for (Story s : fold.index().stories()) {
            stories.add(RowFactory.create(s.id(), s.title(), s.start(), s.end(), s.storyline(), s.independentSources(),
                    String.join(" ", s.articles())));
        }
        spark.createDataFrame(stories, FlatLayers.schema("id:string", "title:string", "start:string", "end:string",
                "storyline:string", "independent_sources:int", "articles:string"))
                .write().mode(SaveMode.Overwrite).parquet(out + "/stories");
        List<Row> lines = new ArrayList<>();
        for (Storyline l : fold.index().storylines()) {
            lines.add(RowFactory.create(l.id(), l.title(), l.start(), l.end(), String.join(" ", l.stories())));
        }
        spark.createDataFrame(lines, FlatLayers.schema("id:string", "title:string", "start:string", "end:string",
                "stories:string")).write().mode(SaveMode.Overwrite).parquet(out + "/storylines");
    }

    private static void writeSummary(Configuration hadoop, String out, JobSummary s) {
        StringBuilder json = new StringBuilder("{");
        json.append("\"read\":").append(s.read()).append(",\"articles\":").append(s.articles())
                .append(",\"skipped\":").append(s.skipped()).append(",\"failed\":").append(s.failed())
                .append(",\"copies\":").append(s.copies()).append(",\"copies_agreeing\":").append(s.copiesAgreeing())
                .append(",\"copies_sequential\":").append(s.copiesSequential())
                .append(",\"stories\":").append(s.stories()).append(",\"storylines\":").append(s.storylines())
                .append(",\"entities\":").append(s.entities()).append(",\"mentions\":").append(s.mentions())
                .append(",\"dated_by_inference\":").append(s.datedByInference()).append(",\"seconds\":{");
        String sep = "";
        for (Map.Entry<String, Double> e : new TreeMap<>(s.seconds()).entrySet()) {
            json.append(sep).append('"').append(e.getKey()).append("\":").append(String.format(java.util.Locale.ROOT, "%.3f", e.getValue()));
            sep = ",";
        }
        json.append("}}\n");
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(out, "summary.json");
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            try (OutputStream o = fs.create(path, true)) {
                o.write(json.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Records the seconds of a step and logs them as it ends, so a run that dies later still shows its steps. */
    private static void step(Map<String, Double> seconds, String name, long started) {
        double took = lap(started);
        seconds.put(name, took);
        LOG.info("step {} took {}s", name, String.format(java.util.Locale.ROOT, "%.1f", took));
    }

    private static double lap(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The rows of a partition sorted by id with each id's first row only: one article per content hash. */
    private static Iterator<Row> distinctIds(Iterator<Row> sorted) {
        return new Iterator<>() {
            private Row next = advance(null);

            private Row advance(String last) {
                while (sorted.hasNext()) {
                    Row r = sorted.next();
                    if (!r.<String>getAs("id").equals(last)) {
                        return r;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Row r = next;
                next = advance(r.getAs("id"));
                return r;
            }
        };
    }

    private static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    private static <T> Iterator<T> concat(List<Iterator<T>> parts) {
        return parts.stream().flatMap(it -> java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(it, 0), false)).iterator();
    }

    /** A Hadoop configuration that travels to the executors. */
    static final class SerializableConfiguration implements java.io.Serializable {
        private transient Configuration conf;

        SerializableConfiguration(Configuration conf) {
            this.conf = conf;
        }

        Configuration get() {
            return conf;
        }

        private void writeObject(java.io.ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            conf.write(out);
        }

        private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            conf = new Configuration(false);
            conf.readFields(in);
        }
    }
}

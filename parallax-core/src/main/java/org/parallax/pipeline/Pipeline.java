package org.parallax.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.parallax.clean.ChromeProfile;
import org.parallax.ingest.Ingested;
import org.parallax.metadata.MetadataReader;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.stage.DocumentStage;
import org.parallax.stage.Tasks;
import org.parallax.stage.TimeBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the per-document stages over a stream of inputs: first the chrome profile learns from every input
 * (its own step, so no article's text depends on which inputs came before it), then each document goes
 * through extraction and annotation in parallel batches, and each batch goes to a sink in input order.
 * Memory is bounded by the batch size and the chrome profile's cap, not by the size of the corpus. A
 * document that makes a stage throw becomes a failure naming the document and the stage; the batch goes on.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** Extraction alone: the article with no annotation layers. */
    public static final DocumentStage<Article, AnnotatedArticle> NO_ANNOTATION =
            DocumentStage.of("none", 1, AnnotatedArticle::bare);

    private final Clock clock;
    private final int threads;
    private final int batchSize;

    /**
     * @param clock     the time the run happens at: bounds the years of dates printed without one
     * @param threads   worker threads for the per-document stages
     * @param batchSize documents per batch
     */
    public Pipeline(Clock clock, int threads, int batchSize) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.clock = clock;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    public Pipeline(Clock clock) {
        this(clock, Runtime.getRuntime().availableProcessors(), 256);
    }

    /** Extraction only, with a profile learned from these inputs alone. */
    public Summary run(Iterable<Ingested> inputs, BatchSink sink, Consumer<String> progress,
                       Consumer<Processed.Failed> failures) {
        return run(inputs, NO_ANNOTATION, sink, ChromeStore.NONE, progress, failures);
    }

    /**
     * Processes {@code inputs}.
     *
     * @param inputs     the documents; iterated twice (the chrome step, then the stages)
     * @param annotation the annotation stage, or {@link #NO_ANNOTATION}
     * @param sink       takes each batch of articles
     * @param chrome     where the chrome profile is kept between runs
     * @param progress   told of each input as it is done (successful or not)
     * @param failures   told of each failure as it happens
     */
    public Summary run(Iterable<Ingested> inputs, DocumentStage<Article, AnnotatedArticle> annotation, BatchSink sink,
                       ChromeStore chrome, Consumer<String> progress, Consumer<Processed.Failed> failures) {
        long started = System.nanoTime();
        ChromeProfile profile = learnChrome(inputs, chrome);
        Extraction extraction = new Extraction(profile.snapshot(), new MetadataReader(clock));
        Stages stages = new Stages(extraction, annotation);
        Totals totals = new Totals();
        ForkJoinPool pool = new ForkJoinPool(threads);
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "parallax-batch-writer"));
        totals.writer = writer;
        try {
            List<Ingested> batch = new ArrayList<>(batchSize);
            for (Ingested input : inputs) {
                batch.add(input);
                if (batch.size() == batchSize) {
                    process(batch, stages, pool, sink, progress, failures, totals);
                    batch.clear();
                }
            }
            process(batch, stages, pool, sink, progress, failures, totals);
            totals.awaitWrite();
        } finally {
            pool.shutdown();
            writer.shutdown();
        }
        stages.log(annotation != NO_ANNOTATION);
        Summary summary = new Summary(totals.read, totals.stored, totals.duplicates, totals.skipped, totals.skips,
                totals.failed, Duration.ofNanos(System.nanoTime() - started));
        if (annotation == NO_ANNOTATION) {
            LOG.info("extraction run done: {}", summary.line("written"));
        } else {
            LOG.info("analysis done: {}", summary.line());
        }
        return summary;
    }

    /**
     * The chrome step: the kept profile learns each raw text input it has not learned from (an HTML page's
     * markup lines would teach nothing), and the changes are kept. Returns the profile every article of the
     * run is cleaned with.
     */
    private ChromeProfile learnChrome(Iterable<Ingested> inputs, ChromeStore chrome) {
        long started = System.nanoTime();
        ChromeProfile profile = chrome.load();
        Set<String> learned = new HashSet<>();
        List<RawDocument> chunk = new ArrayList<>(batchSize);
        for (Ingested input : inputs) {
            if (input instanceof Ingested.Document d && !d.document().kind().markup()) {
                chunk.add(d.document());
                if (chunk.size() == batchSize) {
                    learn(chunk, profile, chrome, learned);
                }
            }
        }
        learn(chunk, profile, chrome, learned);
        if (!learned.isEmpty()) {
            chrome.keep(profile, learned);
        }
        LOG.info(String.format(Locale.ROOT, "chrome done: learned=%d, lines=%d, elapsed=%.1fs", learned.size(),
                profile.size(), (System.nanoTime() - started) / 1e9));
        return profile;
    }

    private static void learn(List<RawDocument> chunk, ChromeProfile profile, ChromeStore chrome, Set<String> learned) {
        if (chunk.isEmpty()) {
            return;
        }
        Collection<String> ids = chunk.stream().map(RawDocument::id).toList();
        Set<String> known = chrome.learned(ids);
        for (RawDocument raw : chunk) {
            if (!known.contains(raw.id()) && learned.add(raw.id())) {
                profile.learn(Extraction.site(raw), raw.text());
            }
        }
        chunk.clear();
    }

    /**
     * Counts of a run so far, and the batch being written: a batch is written on its own thread while the next
     * is processed, one at a time and in input order, so at most two batches are held.
     */
    private static final class Totals {
        int read;
        int stored;
        int duplicates;
        int skipped;
        final List<Ingested.Skipped> skips = new ArrayList<>();
        final List<Processed.Failed> failed = new ArrayList<>();
        ExecutorService writer;
        Future<BatchSink.Outcome> writing;

        void write(BatchSink sink, List<Processed.Done> done) {
            awaitWrite();
            writing = writer.submit(() -> sink.accept(done));
        }

        void awaitWrite() {
            if (writing == null) {
                return;
            }
            BatchSink.Outcome outcome = Tasks.await(writing, "writing a batch");
            writing = null;
            stored += outcome.stored();
            duplicates += outcome.unchanged();
        }
    }


    private void process(List<Ingested> batch, Stages stages, ForkJoinPool pool, BatchSink sink,
                         Consumer<String> progress, Consumer<Processed.Failed> failures, Totals totals) {
        List<Ingested> inputs = new ArrayList<>();
        for (Ingested input : batch) {
            if (input instanceof Ingested.Skipped skipped) {
                if (totals.skipped++ < Summary.SKIPS_KEPT) {
                    totals.skips.add(skipped);
                }
                progress.accept(skipped.source());
            } else {
                inputs.add(input);
            }
        }
        if (inputs.isEmpty()) {
            return;
        }
        // stage by stage over the batch: each stage's models stay warm in the caches while it runs
        List<Object> extracted = Tasks.await(pool.submit(() -> inputs.parallelStream().map(stages::extract).toList()),
                "extracting a batch");
        List<Processed> results = Tasks.await(pool.submit(() -> extracted.parallelStream().map(stages::annotate).toList()),
                "annotating a batch");
        List<Processed.Done> done = new ArrayList<>();
        for (Processed p : results) {
            totals.read++;
            if (p instanceof Processed.Done d) {
                done.add(d);
            } else if (p instanceof Processed.Failed f) {
                totals.failed.add(f);
                failures.accept(f);
            }
            progress.accept(p.source());
        }
        if (!done.isEmpty()) {
            totals.write(sink, done);
        }
    }

    /** The per-document stages of a run, in order, with the time each took and the documents each failed. */
    private static final class Stages {
        private final Meter<RawDocument, Article> extraction;
        private final Meter<Article, AnnotatedArticle> annotation;

        Stages(Extraction extraction, DocumentStage<Article, AnnotatedArticle> annotation) {
            this.extraction = new Meter<>(extraction);
            this.annotation = new Meter<>(annotation);
        }

        /** The first stage of one input: an extracted article, or the failure of ingest or extraction. */
        Object extract(Ingested input) {
            if (!(input instanceof Ingested.Document document)) {
                Ingested.Failure f = (Ingested.Failure) input;
                return new Processed.Failed(f.source(), "ingest", f.reason());
            }
            RawDocument raw = document.document();
            try {
                return new Extracted(raw, extraction.apply(raw));
            } catch (RuntimeException | StackOverflowError e) {
                return extraction.failure(raw, e);
            }
        }

        /** The second stage of what the first made. */
        Processed annotate(Object extracted) {
            if (!(extracted instanceof Extracted e)) {
                return (Processed) extracted;
            }
            try {
                return new Processed.Done(e.raw(), annotation.apply(e.article()));
            } catch (RuntimeException | StackOverflowError x) {
                return annotation.failure(e.raw(), x);
            }
        }

        void log(boolean annotated) {
            extraction.log();
            if (annotated) {
                annotation.log();
            }
        }

        private record Extracted(RawDocument raw, Article article) {
        }
    }

    /** One stage and what it did: documents made, documents failed, time spent in it summed over threads. */
    private static final class Meter<I, O> {
        private final DocumentStage<I, O> stage;
        private final AtomicLong nanos = new AtomicLong();
        private final AtomicLong documents = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();

        Meter(DocumentStage<I, O> stage) {
            this.stage = stage;
        }

        O apply(I input) {
            long started = System.nanoTime();
            try {
                O out = stage.apply(input);
                documents.incrementAndGet();
                return out;
            } finally {
                nanos.addAndGet(System.nanoTime() - started);
            }
        }

        Processed.Failed failure(RawDocument raw, Throwable e) {
            failed.incrementAndGet();
            String why = e instanceof TimeBudget.OverBudget ? e.getMessage() : e.toString();
            return new Processed.Failed(raw.source(), stage.name(), "document " + raw.id() + ": " + why);
        }

        void log() {
            double seconds = nanos.get() / 1e9;
            LOG.info(String.format(Locale.ROOT, "%s done: version=%d, documents=%d, failed=%d, busy=%.1fs,"
                    + " rate=%.1f docs/s per thread", stage.name(), stage.version(), documents.get(), failed.get(),
                    seconds, seconds == 0 ? 0.0 : documents.get() / seconds));
        }
    }
}

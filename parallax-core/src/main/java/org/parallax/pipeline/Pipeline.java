package org.parallax.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.parallax.clean.ChromeProfile;
import org.parallax.ingest.Ingested;
import org.parallax.metadata.MetadataReader;
import org.parallax.model.RawDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest, cleaning and metadata over a stream of inputs in batches, in parallel within a batch,
 * and hands each batch to a sink in input order. Memory is bounded by the batch size and the chrome
 * profile's cap, not by the size of the corpus.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

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

    /**
     * Processes {@code inputs}.
     *
     * @param sink     takes each batch of articles
     * @param progress told of each input as it is done (successful or not)
     * @param failures told of each failure as it happens
     */
    public Summary run(Iterable<Ingested> inputs, BatchSink sink, Consumer<String> progress,
                       Consumer<Processed.Failed> failures) {
        long started = System.nanoTime();
        ChromeProfile profile = ChromeProfile.empty();
        ArticleMaker maker = new ArticleMaker(profile, new MetadataReader(clock));
        Totals totals = new Totals();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Ingested> batch = new ArrayList<>(batchSize);
            for (Ingested input : inputs) {
                batch.add(input);
                if (batch.size() == batchSize) {
                    process(batch, profile, maker, pool, sink, progress, failures, totals);
                    batch.clear();
                }
            }
            process(batch, profile, maker, pool, sink, progress, failures, totals);
        } finally {
            pool.shutdown();
        }
        Summary summary = new Summary(totals.read, totals.stored, totals.duplicates, totals.skipped, totals.failed,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("analysis done: {}", summary.line());
        return summary;
    }

    /** Counts of a run so far. */
    private static final class Totals {
        int read;
        int stored;
        int duplicates;
        int skipped;
        final List<Processed.Failed> failed = new ArrayList<>();
    }

    private void process(List<Ingested> batch, ChromeProfile profile, ArticleMaker maker, ForkJoinPool pool,
                         BatchSink sink, Consumer<String> progress, Consumer<Processed.Failed> failures, Totals totals) {
        List<Ingested> inputs = new ArrayList<>();
        for (Ingested input : batch) {
            if (input instanceof Ingested.Skipped skipped) {
                totals.skipped++;
                progress.accept(skipped.source());
            } else {
                inputs.add(input);
                if (input instanceof Ingested.Document d && !d.document().format().equals("html")) {
                    // raw text teaches the site's chrome lines; an HTML page's markup lines would teach nothing
                    profile.learn(ArticleMaker.site(d.document()), d.document().text());
                }
            }
        }
        if (inputs.isEmpty()) {
            return;
        }
        List<Processed> results;
        try {
            results = pool.submit(() -> inputs.parallelStream().map(input -> make(maker, input)).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing a batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch failed: " + e.getCause(), e.getCause());
        }
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
            BatchSink.Outcome outcome = sink.accept(done);
            totals.stored += outcome.stored();
            totals.duplicates += outcome.unchanged();
        }
    }

    private static Processed make(ArticleMaker maker, Ingested input) {
        if (!(input instanceof Ingested.Document document)) {
            Ingested.Failure f = (Ingested.Failure) input;
            return new Processed.Failed(f.source(), f.reason());
        }
        RawDocument raw = document.document();
        try {
            return new Processed.Done(raw, maker.make(raw));
        } catch (RuntimeException | StackOverflowError e) {
            return new Processed.Failed(raw.source(), "could not be analyzed: " + e);
        }
    }
}

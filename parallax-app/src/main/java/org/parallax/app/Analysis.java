package org.parallax.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.corpus.CorpusIndex;
import org.parallax.ingest.Ingest;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Processed;
import org.parallax.pipeline.Summary;
import org.parallax.store.Store;

/** Runs the pipeline over paths into a store, reporting each failure on one line of standard error. */
final class Analysis {
    private Analysis() {
    }

    /** What a run stored and which articles its inputs became, in input order. */
    record Result(Summary summary, List<String> articleIds) {
    }

    static Result run(List<String> paths, Store store, PrintWriter err, int threads) {
        Set<String> ids = new LinkedHashSet<>();
        BatchSink sink = batch -> {
            batch.forEach(done -> ids.add(done.article().id()));
            return store.accept(batch);
        };
        Summary summary;
        try (Progress progress = new Progress("analyze")) {
            summary = new Pipeline(Clock.systemUTC(), threads, 256).run(new Ingest().readLocations(paths), sink, progress,
                    failure -> report(err, failure));
        }
        placeStories(store);
        EntityStage.run(store, threads);
        return new Result(summary, new ArrayList<>(ids));
    }

    /** The corpus stage: places every article not yet placed into copies, stories and storylines. */
    static void placeStories(Store store) {
        long started = System.nanoTime();
        CorpusIndex index = store.loadCorpus().orElseGet(CorpusIndex::new);
        List<CorpusIndex.Placement> placements = new ArrayList<>();
        store.forEachUnplaced(article -> placements.add(index.add(article)));
        if (!placements.isEmpty()) {
            store.saveCorpus(index, placements);
        }
        long copies = placements.stream().filter(p -> p.duplicateOf() != null).count();
        long newStories = placements.stream().filter(p -> p.similarity() == 0 && p.duplicateOf() == null).count();
        LOG.info(String.format(java.util.Locale.ROOT, "stories done: placed=%d, copies=%d, new stories=%d, stories=%d,"
                + " storylines=%d, elapsed=%.1fs", placements.size(), copies, newStories, index.stories().size(),
                index.storylines().size(), (System.nanoTime() - started) / 1e9));
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Analysis.class);

    static void report(PrintWriter err, Processed.Failed failure) {
        err.println("error: " + failure.source() + ": " + failure.reason());
        err.flush();
    }

    static int exitCode(Summary summary) {
        return summary.failed() > 0 ? 1 : 0;
    }
}

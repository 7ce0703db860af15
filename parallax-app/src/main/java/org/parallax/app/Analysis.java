package org.parallax.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        return new Result(summary, new ArrayList<>(ids));
    }

    static void report(PrintWriter err, Processed.Failed failure) {
        err.println("error: " + failure.source() + ": " + failure.reason());
        err.flush();
    }

    static int exitCode(Summary summary) {
        return summary.failed() > 0 ? 1 : 0;
    }
}

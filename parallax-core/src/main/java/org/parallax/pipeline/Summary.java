package org.parallax.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.parallax.ingest.Ingested;

/**
 * The counts of one run: documents read, stored, already stored (duplicates of earlier input), skipped
 * (not articles: the first {@link #SKIPS_KEPT} of them kept with their reasons, to be said), failed, and how
 * long it took.
 */
public record Summary(int read, int stored, int duplicates, int skipped, List<Ingested.Skipped> skips,
                      List<Processed.Failed> failures, Duration elapsed) {
    /** How many skipped inputs a summary keeps by name; the count goes on past them. */
    public static final int SKIPS_KEPT = 1000;

    public Summary {
        skips = List.copyOf(skips);
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    public double rate() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return read / seconds;
    }

    /** The one summary line of a run. */
    public String line() {
        return line("stored");
    }

    /** The summary, naming what became of the articles made ({@code stored} in a store, {@code written} out). */
    public String line(String kept) {
        return String.format(Locale.ROOT, "read=%d, %s=%d, duplicates=%d, skipped=%d, failed=%d, elapsed=%.1fs, rate=%.1f docs/s",
                read, kept, stored, duplicates, skipped, failed(), elapsed.toNanos() / 1e9, rate());
    }
}

package org.parallax.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the job did: inputs read, articles made, inputs skipped and failed (the first
 * {@value #FAILURES_KEPT} failures named with their stage and reason, all of them in the {@code failures} table),
 * the corpus stages' counts, and the seconds each step took.
 *
 * @param copiesAgreeing copies whose original (the first of its chain of copies) the corpus index, told the band
 *                       shuffle's copies, gives as the shuffle does
 * @param datedByInference articles whose page gives no date that were given an inferred day
 */
public record JobSummary(long read, long articles, long skipped, long failed, List<String> failures, long copies,
                         long copiesAgreeing, long copiesSequential, long stories, long storylines, long entities,
                         long mentions, long datedByInference, Map<String, Double> seconds) {
    /** How many failures a summary names; the {@code failures} table holds them all. */
    public static final int FAILURES_KEPT = 100;

    public JobSummary {
        failures = List.copyOf(failures);
        seconds = Map.copyOf(Objects.requireNonNull(seconds, "seconds"));
    }

    /** The one summary line of a run. */
    public String line() {
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "read=%d, articles=%d, skipped=%d, failed=%d, copies=%d (band shuffle and"
                        + " corpus index agree on %d of %d), stories=%d, storylines=%d, entities=%d, mentions=%d,"
                        + " dated by inference=%d, elapsed=%.1fs (%s), rate=%.1f docs/s",
                read, articles, skipped, failed, copies, copiesAgreeing, Math.max(copies, copiesSequential), stories,
                storylines, entities, mentions, datedByInference, total, steps(), total == 0 ? 0.0 : read / total);
    }

    private String steps() {
        StringBuilder sb = new StringBuilder();
        seconds.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(String.format(Locale.ROOT, " %.1fs", e.getValue()));
        });
        return sb.toString();
    }
}

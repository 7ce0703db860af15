package org.parallax.stage;

import java.time.Duration;
import java.util.Objects;

/**
 * The time one document may take in a stage: a fixed part and a part for each MiB of its text, so that a long
 * article gets the time its length needs and no article holds a batch for ever. A stage starts a {@link Deadline}
 * per document and checks it between its steps; past it, the document fails with a message that says where it
 * stopped, and the batch goes on.
 *
 * @param base   the time any document may take
 * @param perMiB the time added for each MiB (1,048,576 characters) of its text
 */
public record TimeBudget(Duration base, Duration perMiB) {
    /** What annotation allows: a minute, and six seconds a MiB (a 16 MiB article, the longest read, gets 2.6 min). */
    public static final TimeBudget ANNOTATION = new TimeBudget(Duration.ofSeconds(60), Duration.ofSeconds(6));

    public TimeBudget {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(perMiB, "perMiB");
        if (base.isNegative() || perMiB.isNegative()) {
            throw new IllegalArgumentException("a time budget is not negative, was " + base + " and " + perMiB + " a MiB");
        }
    }

    /** The deadline of a document of {@code characters} starting now. */
    public Deadline start(long characters) {
        long nanos = base.toNanos() + perMiB.toNanos() * characters / (1 << 20);
        return new Deadline(System.nanoTime(), nanos);
    }

    /** One document's deadline, checked between the steps of a stage. */
    public static final class Deadline {
        private final long started;
        private final long allowed;

        private Deadline(long started, long allowed) {
            this.started = started;
            this.allowed = allowed;
        }

        /** Fails when the document is past its time, naming the last step {@code done}. */
        public void check(String done) {
            long spent = System.nanoTime() - started;
            if (spent > allowed) {
                throw new OverBudget(String.format(java.util.Locale.ROOT,
                        "stopped after %s: %.1f s, over its time budget of %.1f s for a text this long", done,
                        spent / 1e9, allowed / 1e9));
            }
        }
    }

    /** A document that took longer than its budget. */
    public static final class OverBudget extends RuntimeException {
        OverBudget(String message) {
            super(message, null, false, false);
        }
    }
}

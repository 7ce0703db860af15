package org.parallax.stage;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a stage's work handed to a pool of threads. */
public final class Tasks {
    private Tasks() {
    }

    /**
     * The result of {@code task}; its failure is rethrown as it was thrown (a checked one wrapped, saying {@code what}
     * failed).
     */
    public static <T> T await(Future<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        }
    }
}

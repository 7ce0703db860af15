package org.parallax.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to a pool: its result, or its failure thrown again on the waiting thread. */
final class Await {
    private Await() {
    }

    /** The result of {@code work}; {@code doing} says what it was in the error of an interruption. */
    static <T> T result(Future<T> work, String doing) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}

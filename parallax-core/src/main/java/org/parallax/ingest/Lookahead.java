package org.parallax.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over a stream read step by step, where a step may yield nothing (a blank line, a record
 * that is not a page). Subclasses read one step in {@link #step()} and say in {@link #exhausted()} when
 * the stream is at its end.
 */
abstract class Lookahead implements Iterator<Ingested> {
    private Ingested next;

    /** The next item, or null when this step yielded none. */
    abstract Ingested step();

    /** Whether no further step can yield anything. */
    abstract boolean exhausted();

    @Override
    public final boolean hasNext() {
        while (next == null && !exhausted()) {
            next = step();
        }
        return next != null;
    }

    @Override
    public final Ingested next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Ingested result = next;
        next = null;
        return result;
    }
}

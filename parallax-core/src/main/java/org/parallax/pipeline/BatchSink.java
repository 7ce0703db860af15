package org.parallax.pipeline;

import java.util.List;

/** Where processed batches go. Called for one batch at a time, in input order, on a thread of its own. */
public interface BatchSink {

    /** What a sink did with a batch: how many articles were new, how many it already had. */
    record Outcome(int stored, int unchanged) {
    }

    /** Takes one batch of annotated articles (failures are reported separately); returns what it stored. */
    Outcome accept(List<Processed.Done> batch);
}

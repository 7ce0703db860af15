/**
 * The pipeline in order: ingest, then per document clean and read metadata, in parallel batches. A
 * batch first teaches the chrome profile what its pages repeat, then cleans them. Results go to a
 * {@link org.parallax.pipeline.BatchSink} (the store, or standard output for {@code extract}); bad
 * inputs are counted and reported, never fatal. Entry point: {@link org.parallax.pipeline.Pipeline}.
 */
package org.parallax.pipeline;

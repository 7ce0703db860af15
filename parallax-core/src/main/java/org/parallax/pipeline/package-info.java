/**
 * The per-document pipeline in order: ingest, the chrome step (the profile learns every raw text input of
 * the run before any is cleaned, and is kept between runs through a {@link org.parallax.pipeline.ChromeStore}),
 * then each document through {@link org.parallax.pipeline.Extraction} ({@code RawDocument -> Article}) and
 * an annotation stage ({@code Article -> AnnotatedArticle}) in parallel batches. Each batch goes to a
 * {@link org.parallax.pipeline.BatchSink} (the store, or standard output for {@code extract}); a document a
 * stage throws on becomes a failure naming the document and the stage, never fatal.
 * Entry point: {@link org.parallax.pipeline.Pipeline}.
 */
package org.parallax.pipeline;

/**
 * The store: one SQLite file that keeps every raw input verbatim with its content hash, the articles with
 * their metadata and evidence, their annotation layers (quotes in a table of their own, each speaker linked to its
 * identity through the mention at its span, kept in step by triggers), a stage ledger (which stage at which version made
 * what of each article), the chrome profile, the corpus state as rows (an article, a term, a story each),
 * and a full-text index. One writer connection does every write, a transaction at a time: every batch is one
 * transaction, so a crash leaves the store as it was before that batch and a rerun completes it. Reads
 * borrow read-only connections from a small pool and run side by side, each seeing the last commit (the file
 * is in write-ahead-log mode). Tables are grouped per domain in package-private classes; the schema is
 * versioned and migrated on open. Entry point: {@link org.parallax.store.Store}.
 */
package org.parallax.store;

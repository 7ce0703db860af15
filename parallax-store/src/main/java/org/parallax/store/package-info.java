/**
 * The store: one SQLite file that keeps every raw input verbatim with its content hash, the cleaned
 * articles with their metadata and evidence, and a full-text index. The schema is versioned and migrated
 * on open; every batch is one transaction, so a crash leaves the store as it was before that batch and a
 * rerun completes it. One writer connection does every write, a transaction at a time; reads borrow
 * read-only connections from a small pool and run side by side, each seeing the last commit (the file is
 * in write-ahead-log mode). Entry point: {@link org.parallax.store.Store}.
 */
package org.parallax.store;

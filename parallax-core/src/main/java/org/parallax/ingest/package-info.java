/**
 * Ingest, the first stage: turns files, folders and JSON Lines records into
 * {@link org.parallax.model.RawDocument}s, keeping their verbatim bytes. A bad input never stops a batch:
 * it becomes an {@link org.parallax.ingest.Ingested.Failure} that names the file and the problem.
 * Entry point: {@link org.parallax.ingest.Ingest}.
 */
package org.parallax.ingest;

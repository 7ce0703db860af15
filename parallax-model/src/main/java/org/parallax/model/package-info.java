/**
 * The records every pipeline stage shares: a {@link org.parallax.model.RawDocument} as ingest reads it,
 * the {@link org.parallax.model.Article} that cleaning makes of it, and the evidence spans that tie each
 * fact to its words. Immutable, validated in their constructors, free of dependencies.
 */
package org.parallax.model;

/**
 * Metadata, read after cleaning: when the article was published (with the words that say so, and
 * whether the date was inferred), a page date kept apart, the outlet, the outlet it credits as its
 * origin, and its language. Entry point: {@link org.parallax.metadata.MetadataReader}.
 */
package org.parallax.metadata;

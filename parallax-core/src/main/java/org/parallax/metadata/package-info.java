/**
 * Metadata, read after cleaning: when the article was published (with the words that say so, whether the date
 * was inferred, and the time zone stated) and when it was last changed, a page date kept apart, who wrote it (the
 * people its byline names, and the organization it credits), the outlet, the outlet it credits as its origin,
 * and its language. Entry point: {@link org.parallax.metadata.MetadataReader}.
 */
package org.parallax.metadata;

package org.parallax.store;

/** One line of a listing: an article without its text; {@code duplicateOf} the original it copies, or null. */
public record ArticleSummary(String id, String title, String published, String outlet, String language,
                             String source, String duplicateOf) {
}

package org.parallax.store;

/** One line of a listing: an article without its text. */
public record ArticleSummary(String id, String title, String published, String outlet, String language,
                             String source) {
}

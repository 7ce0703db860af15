package org.parallax.store;

/**
 * One line of the story listing.
 *
 * @param articles              how many articles it has
 * @param outlets               how many distinct known outlets report it; an article whose outlet is not known is no
 *                              outlet and is counted in {@code unknownOutletArticles} instead
 * @param unknownOutletArticles how many of its articles have no known outlet
 * @param independentSources    how many independent origins its articles have
 */
public record StorySummary(String id, String title, String start, String end, String storyline, String storylineTitle,
                           int articles, int outlets, int unknownOutletArticles, int independentSources) {
}

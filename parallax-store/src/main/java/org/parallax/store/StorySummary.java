package org.parallax.store;

/**
 * One line of the story listing.
 *
 * @param outlets            how many distinct outlets (or sources, where the outlet is unknown) report it
 * @param independentSources how many independent origins its articles have
 */
public record StorySummary(String id, String title, String start, String end, String storyline, String storylineTitle,
                           int articles, int outlets, int independentSources) {
}

package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles that report one event.
 *
 * @param id                 stable: it never changes as the story grows
 * @param title              the headline of its most central article (the one most like the story when it joined)
 * @param articles           its articles, in the order they joined
 * @param start              the earliest publication day of its dated articles, or null
 * @param end                the latest, or null
 * @param storyline          the storyline it belongs to
 * @param independentSources how many independent origins its articles have (copies count with their original)
 */
public record Story(String id, String title, List<String> articles, String start, String end, String storyline,
                    int independentSources) {
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
    }
}

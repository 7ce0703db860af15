package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Stories linked over weeks and months by shared actors and issues.
 *
 * @param id      stable
 * @param title   the headline of its largest story, or "" when no story has one
 * @param stories its stories, in the order they joined
 * @param start   the earliest day of its stories, or null
 * @param end     the latest, or null
 */
public record Storyline(String id, String title, List<String> stories, String start, String end) {
    public Storyline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        stories = List.copyOf(stories);
    }
}

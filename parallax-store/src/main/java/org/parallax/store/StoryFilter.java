package org.parallax.store;

/**
 * Which stories to list. Any field may be null: no condition.
 *
 * @param from      stories that end on or after this day (ISO)
 * @param to        stories that start on or before this day (ISO)
 * @param outlet    stories with an article from this outlet
 * @param storyline stories of this storyline
 * @param entity    stories with an article that mentions this entity (its id)
 */
public record StoryFilter(String from, String to, String outlet, String storyline, String entity) {
    public static final StoryFilter ALL = new StoryFilter(null, null, null, null, null);
}

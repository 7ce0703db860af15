package org.parallax.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parallax.model.ArticleTime;

/**
 * What happened when in a story: the days its articles name (each time expression whose value is a day of the
 * calendar, or a range of days from its first), in order, each with the sentences that name it and the articles that
 * say so; and how many of its articles give no date of their own.
 *
 * @param story           the story's id
 * @param days            the days named, earliest first
 * @param undatedArticles the story's articles without a publication date (their relative dates, if any, are
 *                        reckoned from the story's first dated article)
 */
public record Timeline(String story, List<Day> days, int undatedArticles) {
    public Timeline {
        Objects.requireNonNull(story, "story");
        days = List.copyOf(days);
    }

    /** The first day named, or null when none is. */
    public LocalDate start() {
        return days.isEmpty() ? null : days.get(0).day();
    }

    /** The last day named (the end of a range counts), or null when none is. */
    public LocalDate end() {
        return days.stream().map(Day::last).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * A day of the timeline.
     *
     * @param day    the day
     * @param last   the last day of a range that starts on it ("Monday through Wednesday"), else the day itself
     * @param events the sentences that name it, each once however many articles say it
     */
    public record Day(LocalDate day, LocalDate last, List<Event> events) {
        public Day {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(last, "last");
            events = List.copyOf(events);
        }
    }

    /**
     * A sentence that names a day, and the articles that say it (copies say the same words).
     *
     * @param text     the sentence's words, shortened when long
     * @param time     the time expression that names the day, in the first article that says it
     * @param articles the articles that say it, in the order they joined the story
     */
    public record Event(String text, ArticleTime time, List<Witness> articles) {
        public Event {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(time, "time");
            articles = List.copyOf(articles);
        }
    }

    /**
     * An article that says an event: where, so a reader can go to its words.
     *
     * @param article  the article's id
     * @param title    its headline
     * @param outlet   its outlet, or null
     * @param sentence the index of the sentence among the article's sentences
     */
    public record Witness(String article, String title, String outlet, int sentence) {
        public Witness {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(title, "title");
        }
    }
}

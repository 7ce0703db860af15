package org.parallax.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parallax.model.ArticleTime;

/**
 * What happened when in a story or a storyline: the days its articles name (each time expression whose value is a day
 * of the calendar, or a range of days from its first), in order, each with the sentences that name it and the articles
 * that say so; and how many of its articles give no date of their own.
 *
 * @param story           the story's id, or the storyline's for the timeline of a storyline's stories
 * @param days            the days named, earliest first
 * @param undatedArticles the articles without a publication date of their own (their relative dates, if any, are
 *                        reckoned from the day inferred for them)
 */
public record Timeline(String story, List<Day> days, int undatedArticles) {
    /** How many days before a story's first report and after its last an event it reports may lie to be its own. */
    public static final int EVENT_WINDOW_DAYS = 7;

    public Timeline {
        Objects.requireNonNull(story, "story");
        days = List.copyOf(days);
    }

    /** A story's first and last day. */
    public record Period(LocalDate start, LocalDate end) {
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * A story's period by the events its articles report, where they are better evidence than the days it was
     * published: the days its articles name from {@link #EVENT_WINDOW_DAYS} days before its first report to as many
     * after its last are its own events (a report tells of what happened in the days before it, or of what is set for
     * the days after); a day further off is background ("the 2019 election") and says nothing of when the story
     * happened. The period runs from the first of its own events to the last (the end of a range counts); a story
     * none of whose articles names such a day keeps its publication days. Null when it has no publication day either.
     *
     * @param firstPublished the first publication day of its dated articles, or null
     * @param lastPublished  the last, or null
     */
    public Period period(LocalDate firstPublished, LocalDate lastPublished) {
        if (firstPublished == null || lastPublished == null) {
            return null;
        }
        LocalDate from = firstPublished.minusDays(EVENT_WINDOW_DAYS);
        LocalDate to = lastPublished.plusDays(EVENT_WINDOW_DAYS);
        LocalDate start = null;
        LocalDate end = null;
        for (Day d : days) {
            if (d.day().isBefore(from) || d.day().isAfter(to)) {
                continue;
            }
            LocalDate last = d.last().isAfter(to) ? to : d.last();
            start = start == null || d.day().isBefore(start) ? d.day() : start;
            end = end == null || last.isAfter(end) ? last : end;
        }
        return start == null ? new Period(firstPublished, lastPublished) : new Period(start, end);
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
     * @param storyOf  the id of the story the article belongs to
     */
    public record Witness(String article, String title, String outlet, int sentence, String storyOf) {
        public Witness {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(storyOf, "storyOf");
        }
    }
}

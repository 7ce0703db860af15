package org.parallax.model;

import java.util.Objects;

/**
 * A publication day reasoned out for an article whose page gives none, and what it was reasoned from: its own words
 * (a dateline, or the latest day it names) or its story (the day of the story's first dated article).
 *
 * @param article  the id of the undated article
 * @param day      the day, ISO 8601 ({@code 2023-03-08})
 * @param basis    what the day was reasoned from
 * @param evidence the words it came from: the article's own (at {@code span}), or the title of the article it was
 *                 taken from
 * @param span     where those words stand in the article's text, or null when they are another article's
 * @param source   the id of the dated article of its story the day was taken from, or null when the article's own
 *                 words gave it
 */
public record InferredDate(String article, String day, Basis basis, String evidence, Span span, String source) {
    public InferredDate {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(evidence, "evidence");
        if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("an inferred publication date is a day (yyyy-mm-dd), not '" + day
                    + "', for article " + article);
        }
        if ((basis == Basis.STORY) != (source != null)) {
            throw new IllegalArgumentException("an inferred date of article " + article + " names the article it came from"
                    + " exactly when its basis is STORY (basis " + basis + ", source " + source + ")");
        }
        if (basis != Basis.STORY && span == null) {
            throw new IllegalArgumentException("an inferred date of article " + article + " read from its own words ("
                    + basis + ") must say where they stand");
        }
    }

    /** What an inferred date was reasoned from, strongest first. */
    public enum Basis {
        /** A day with its year in the article's first line, before its story: the wire's "WASHINGTON, March 12, 1999". */
        DATELINE,
        /** The day of its story's first dated article: the reports of one event appear within days of each other. */
        STORY,
        /** The latest day with its year the article's words name: a report comes out on or after what it tells of. */
        TEXT
    }
}

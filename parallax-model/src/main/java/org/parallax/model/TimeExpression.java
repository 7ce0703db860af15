package org.parallax.model;

import java.util.Objects;

/**
 * A time expression of an article's clean text ("on Tuesday", "last month", "three years", "every Monday") and
 * what it means as a TimeML (TIMEX3) value: a date or a period of the calendar ({@code 2023-02-28},
 * {@code 2023-02}, {@code 2023-W08}, {@code 2023-Q1}, {@code 2022-FA}, {@code 199} for the 1990s), a time of
 * day ({@code 2023-02-28T14:30}, {@code 2023-02-28TAF}), a range of days ({@code 2023-03-20/2023-03-22}), a
 * duration ({@code P3Y}, {@code PT2H}, {@code PXY} for "years"), a set ({@code XXXX-WXX-1} for "every Monday",
 * {@code P1D} for "daily"), or a vague reference ({@code PAST_REF} for "recently", {@code PRESENT_REF} for
 * "now", {@code FUTURE_REF} for "the future"), never a false date. Unknown parts of a value are {@code X}s:
 * "on Wednesday" in an article with no date is {@code XXXX-WXX-3}.
 *
 * @param span   the words, without a leading preposition ("Tuesday" of "on Tuesday")
 * @param type   what kind of time it is
 * @param value  the TimeML value
 * @param mod    how the words qualify the value ("early", "more than", "about"), or null
 * @param anchor what a relative expression was reckoned from
 */
public record TimeExpression(Span span, Type type, String value, Mod mod, Anchor anchor) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(anchor, "anchor");
        if (span.length() == 0) {
            throw new IllegalArgumentException("a time expression must have words, its span " + span + " is empty");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("a time expression must have a value, the one at " + span + " is blank");
        }
    }

    /** Whether the value names a day (or a time of a day) of the calendar: a date an event can be put at. */
    public boolean isDay() {
        return (type == Type.DATE || type == Type.TIME) && value.length() >= 10 && Character.isDigit(value.charAt(0))
                && Character.isDigit(value.charAt(3)) && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))
                && value.charAt(7) == '-' && Character.isDigit(value.charAt(8)) && Character.isDigit(value.charAt(9));
    }

    /** The TimeML types of time expressions. */
    public enum Type {
        /** A day or a longer period of the calendar, or a vague reference to past, present or future. */
        DATE,
        /** A time of a day ("10:30 a.m.", "Tuesday afternoon", "tonight"). */
        TIME,
        /** A length of time ("three years", "the past two weeks"). */
        DURATION,
        /** A recurring time ("every Monday", "daily", "twice a year"). */
        SET
    }

    /** The TimeML modifiers of a value. */
    public enum Mod {
        /** "more than two years ago", "pre-1990": before the time it names. */
        BEFORE,
        /** "less than two years ago", "post-1990": after the time it names. */
        AFTER,
        /** "1990 or earlier". */
        ON_OR_BEFORE,
        /** "1990 and beyond", "1994 or later". */
        ON_OR_AFTER,
        /** "less than an hour". */
        LESS_THAN,
        /** "more than four hours". */
        MORE_THAN,
        /** "nearly two years", "up to 180 days". */
        EQUAL_OR_LESS,
        /** "at least 30 days". */
        EQUAL_OR_MORE,
        /** "early 1990", "the beginning of October". */
        START,
        /** "mid-November". */
        MID,
        /** "late November", "the end of the year". */
        END,
        /** "about two years", "around 7:15 p.m.". */
        APPROX
    }

    /** What a value was reckoned from. */
    public enum Anchor {
        /** Nothing: the words say it all ("30 September 2022", "three years", "recently"). */
        NONE,
        /** The article's publication date ("last month" in an article of 1 March 2023). */
        ARTICLE,
        /** A date the text gave before it (a report on Friday that a visit will be on Monday: the Monday after). */
        TEXT,
        /** The dates of the other articles of the article's story, as the article gives none. */
        STORY,
        /** Nothing it could be: the article has no date, so the value keeps {@code X}s where the date would be. */
        UNRESOLVED
    }
}

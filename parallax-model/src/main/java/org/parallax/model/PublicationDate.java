package org.parallax.model;

import java.util.Objects;

/**
 * When an article was published, and why we think so.
 *
 * @param value    ISO 8601: a date ({@code 2023-03-01}), a local date-time ({@code 2023-03-01T14:24}), or a date-time
 *                 with the time zone its source states ({@code 2023-03-01T14:24+01:00})
 * @param inferred true when the date was reasoned out (a year supplied, a page date taken as fallback,
 *                 a date read from the first sentence) rather than printed as the article's dateline
 * @param evidence the words it was read from, as a span over the raw text of the document
 */
public record PublicationDate(String value, boolean inferred, Evidence evidence) {
    public PublicationDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The day part of the value. */
    public String day() {
        return value.length() > 10 ? value.substring(0, 10) : value;
    }
}

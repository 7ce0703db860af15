package org.parallax.model;

import java.util.Objects;

/**
 * When an article was published, and why we think so.
 *
 * @param value    ISO 8601: a date ({@code 2023-03-01}) or a local date-time ({@code 2023-03-01T14:24}), on the clock
 *                 of its source
 * @param inferred true when the date was reasoned out (a year supplied, a page date taken as fallback,
 *                 a date read from the first sentence) rather than printed as the article's dateline
 * @param evidence the words it was read from, as a span over the raw text of the document
 * @param offset   the time zone the source states for the time, as ISO 8601 writes it ({@code +01:00}, {@code Z}),
 *                 or null when it states none
 */
public record PublicationDate(String value, boolean inferred, Evidence evidence, String offset) {
    /** A date whose source states no time zone. */
    public PublicationDate(String value, boolean inferred, Evidence evidence) {
        this(value, inferred, evidence, null);
    }

    public PublicationDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        if (offset != null && !offset.matches("Z|[+-]\\d\\d:\\d\\d")) {
            throw new IllegalArgumentException("offset must be Z or ±hh:mm, was " + offset);
        }
    }

    /** The day part of the value. */
    public String day() {
        return value.length() > 10 ? value.substring(0, 10) : value;
    }
}

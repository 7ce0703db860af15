package org.parallax.model;

import java.util.Objects;

/**
 * The exact words a fact was read from: a span of UTF-16 code units over a text.
 *
 * @param start inclusive offset
 * @param end   exclusive offset
 * @param text  the words between them
 */
public record Evidence(int start, int end, String text) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was " + start + ".." + end);
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " does not match text of length " + text.length());
        }
    }

    /** The span {@code start..end} of {@code source}. */
    public static Evidence of(String source, int start, int end) {
        return new Evidence(start, end, source.substring(start, end));
    }
}

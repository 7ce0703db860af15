package org.parallax.model;

/**
 * A stretch of an article's clean text: UTF-16 code units from {@code start} (inclusive) to {@code end}
 * (exclusive). Every stand-off record (sentence, mention, quote, time expression, stance, claim) points at its
 * words through one.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The words of this span in {@code text}; fails when the span does not fit the text. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " runs past a text of length " + text.length());
        }
        return text.substring(start, end);
    }
}

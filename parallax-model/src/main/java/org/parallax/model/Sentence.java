package org.parallax.model;

import java.util.Objects;

/**
 * One sentence of an article's clean text, or one line that is not a sentence (a headline, a dateline).
 *
 * @param span      where it is in the text
 * @param paragraph the index of its paragraph (a line of the text), counted from 0
 */
public record Sentence(Span span, int paragraph) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph must not be negative, was " + paragraph);
        }
    }
}

package org.parallax.model;

import java.util.Objects;

/**
 * One place an article names an entity: a span of UTF-16 code units over the article's text.
 *
 * @param article the article's id
 * @param start   inclusive offset
 * @param end     exclusive offset
 * @param text    the words between them, as the article writes them
 */
public record Mention(String article, int start, int end, String text) {
    public Mention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("mention span " + start + ".." + end + " does not fit text '" + text + "'");
        }
    }
}

package org.parallax.model;

import java.util.Objects;

/**
 * A time expression of a stored article, with the article's id and its words: what the bundle, the API and the CSV
 * give as one row of {@code times[]}.
 *
 * @param article the id of the article it stands in
 * @param text    its words, the article's text at its span
 * @param time    the expression: span, type, value, modifier and anchor
 */
public record ArticleTime(String article, String text, TimeExpression time) {
    public ArticleTime {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
        if (text.length() != time.span().length()) {
            throw new IllegalArgumentException("the words '" + text + "' of a time expression of article " + article
                    + " do not fit its span " + time.span());
        }
    }
}

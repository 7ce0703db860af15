package org.parallax.eval;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Bytes;

/**
 * One article of a quote data set: its text file as it lies on disk and the quotes marked in it.
 *
 * @param name         the file's name in the data set ({@code text/<name>})
 * @param bytes        the file's bytes, which the pipeline reads
 * @param text         the file's text (UTF-8), which the gold spans point into
 * @param quotes       the quotes marked in it
 * @param mainEntities the people and groups the article is mainly about (BASIL's main entities), else empty
 */
record GoldArticle(String name, Bytes bytes, String text, List<GoldQuote> quotes, List<String> mainEntities) {
    GoldArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
        mainEntities = List.copyOf(mainEntities);
    }
}

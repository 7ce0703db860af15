package org.parallax.store;

import java.util.Objects;
import org.parallax.model.AttributedQuote;

/**
 * A quote with where it was reported: its article's title, source, outlet and date, and the story the article
 * belongs to.
 *
 * @param quote        the quote, its speaker and medium linked to their identities
 * @param articleTitle the title of the article that reports it
 * @param source       where the article came from (its input's file or record)
 * @param outlet       the article's outlet, or null
 * @param published    the article's publication date, or null
 * @param story        the article's story, or null before the corpus stage placed it
 * @param storyTitle   that story's title, or null
 */
public record ReportedQuote(AttributedQuote quote, String articleTitle, String source, String outlet, String published, String story,
                            String storyTitle) {
    public ReportedQuote {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(source, "source");
    }
}

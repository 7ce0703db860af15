package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a story's summary: a whole sentence of one of its articles, never other words, with the claim it
 * carries and the articles that make that claim.
 *
 * @param claim   the id of the claim it carries
 * @param article the article whose sentence it is
 * @param span    the sentence's span over that article's clean text
 * @param text    the sentence's words
 * @param cites   the articles that make its claim, the sentence's own first
 */
public record SummarySentence(String claim, String article, Span span, String text, List<String> cites) {
    public SummarySentence {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        cites = List.copyOf(cites);
        if (text.length() != span.length() || cites.isEmpty() || !cites.get(0).equals(article)) {
            throw new IllegalArgumentException("summary sentence " + span + " of " + article
                    + " must carry its words and cite its own article first");
        }
    }
}

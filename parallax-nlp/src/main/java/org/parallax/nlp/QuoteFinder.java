package org.parallax.nlp;

import java.util.List;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;

/** Finds what an article reports people said. (Being written.) */
public final class QuoteFinder {
    /** The quotes of {@code text}, in text order. */
    public List<Quote> find(String text, List<Sentence> sentences, ArticleEntities entities) {
        return List.of();
    }
}

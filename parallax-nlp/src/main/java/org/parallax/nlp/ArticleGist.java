package org.parallax.nlp;

import org.parallax.model.Article;

/**
 * What an article is about, as one vector: the sentence encoder's unit vector of its headline and lead (its first
 * {@value #LEAD} characters, cut at a word). Two reports of one kind of event about other people in other words lie
 * close; the cost is one encoding of a bounded text, whatever the article's length.
 */
public final class ArticleGist {
    static final int LEAD = 600;

    private ArticleGist() {
    }

    /**
     * The article's gist, or null for an article with neither headline nor text, or one the annotation stage does not
     * read ({@link Annotation#reads}): the encoder reads English, and texts it cannot read lie close whatever they say
     * (every German article would share one gist, and one storyline).
     */
    public static float[] of(Article article) {
        if (!Annotation.reads(article)) {
            return null;
        }
        String text = article.text();
        int end = Math.min(text.length(), LEAD);
        while (end < text.length() && end > 0 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        String title = article.title() == null ? "" : article.title().strip();
        String lead = ((title.isEmpty() ? "" : title + "\n") + text.substring(0, end)).strip();
        return lead.isEmpty() ? null : SentenceEncoder.shared().encode(lead).mean();
    }
}

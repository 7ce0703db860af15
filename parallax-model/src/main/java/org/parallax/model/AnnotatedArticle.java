package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with the layers the annotation stage laid over its clean text, each a set of spans over it: its
 * sentences, the entities it names, what it reports people said, the time expressions it uses and where its
 * actors stand.
 *
 * @param article   the cleaned article; its text is what every span points into
 * @param sentences its sentences in text order, covering every non-blank line
 * @param entities  the entities it names, before the corpus links them to identities
 * @param quotes    what it reports people said, in text order
 * @param times     its time expressions with their values, in text order
 * @param stances   where its actors stand, on issues and toward one another, in text order of their evidence
 * @param claims    its factual statements, clause by clause, in text order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, ArticleEntities entities, List<Quote> quotes,
                               List<TimeExpression> times, List<Stance> stances, List<Claim> claims) {
    /** An article with no time expressions and no stances. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, ArticleEntities entities, List<Quote> quotes) {
        this(article, sentences, entities, quotes, List.of(), List.of(), List.of());
    }

    /** An article with no stances. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, ArticleEntities entities, List<Quote> quotes,
                            List<TimeExpression> times) {
        this(article, sentences, entities, quotes, times, List.of(), List.of());
    }

    /** An article with no claims. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, ArticleEntities entities, List<Quote> quotes,
                            List<TimeExpression> times, List<Stance> stances) {
        this(article, sentences, entities, quotes, times, stances, List.of());
    }

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(entities, "entities");
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        stances = List.copyOf(stances);
        claims = List.copyOf(claims);
        int length = article.text().length();
        for (Sentence s : sentences) {
            if (s.span().end() > length) {
                throw new IllegalArgumentException("sentence " + s.span() + " runs past the text of article " + article.id()
                        + " (length " + length + ")");
            }
        }
        for (Quote q : quotes) {
            if (!q.fits(length)) {
                throw new IllegalArgumentException("quote " + q.content() + " runs past the text of article " + article.id()
                        + " (length " + length + ")");
            }
        }
        for (TimeExpression t : times) {
            if (t.span().end() > length) {
                throw new IllegalArgumentException("time expression " + t.span() + " runs past the text of article " + article.id()
                        + " (length " + length + ")");
            }
        }
        for (Stance t : stances) {
            if (!t.fits(length)) {
                throw new IllegalArgumentException("stance " + t.evidence() + " runs past the text of article " + article.id()
                        + " (length " + length + ")");
            }
        }
        for (Claim c : claims) {
            if (c.span().end() > length) {
                throw new IllegalArgumentException("claim " + c.span() + " runs past the text of article " + article.id()
                        + " (length " + length + ")");
            }
        }
        if (!entities.article().equals(article.id())) {
            throw new IllegalArgumentException("entities of article " + entities.article() + " laid over article " + article.id());
        }
    }

    /** An article with no layers: what {@code extract} gives, and what a store holds before annotation. */
    public static AnnotatedArticle bare(Article article) {
        return new AnnotatedArticle(article, List.of(), ArticleEntities.none(article.id()), List.of(), List.of(), List.of(), List.of());
    }
}

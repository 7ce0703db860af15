package org.parallax.nlp;

import java.util.List;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;
import org.parallax.stage.DocumentStage;

/**
 * The annotation stage, {@code Article -> AnnotatedArticle}: the clean text is split into sentences once,
 * and each finder lays its layer over it: the entities an article names, what it reports people said, and its
 * time expressions reckoned from its date (stances join as a finder of their own). Pure and thread-safe: the
 * models load once per process.
 */
public final class Annotation implements DocumentStage<Article, AnnotatedArticle> {
    /** Raised whenever a finder may lay other spans over the same text. */
    public static final int VERSION = 3;

    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final TimeFinder times = new TimeFinder();

    @Override
    public String name() {
        return "annotation";
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public AnnotatedArticle apply(Article article) {
        String text = article.text();
        List<Sentence> sentences = Sentences.split(text);
        ArticleEntities named = entities.find(article.id(), text);
        return new AnnotatedArticle(article, sentences, named, quotes.find(text, sentences, named),
                times.find(text, sentences, TimeFinder.dateOf(article), TimeExpression.Anchor.ARTICLE));
    }
}

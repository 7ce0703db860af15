package org.parallax.nlp;

import java.util.List;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Article;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;
import org.parallax.stage.DocumentStage;

/**
 * The annotation stage, {@code Article -> AnnotatedArticle}: the clean text is split into sentences once,
 * and each finder lays its layer over it: the entities an article names, what it reports people said, its time
 * expressions reckoned from its date, where its actors stand (read from its words, entities and quotes), and its
 * factual statements clause by clause. Pure
 * and thread-safe: the models load once per process.
 */
public final class Annotation implements DocumentStage<Article, AnnotatedArticle> {
    /** Raised whenever a finder may lay other spans over the same text. */
    public static final int VERSION = 7;

    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final TimeFinder times = new TimeFinder();
    private final StanceFinder stances = new StanceFinder();
    private final ClaimFinder claims = new ClaimFinder();

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
        List<Quote> said = quotes.find(text, sentences, named);
        List<TimeExpression> when = times.find(text, sentences, TimeFinder.dateOf(article), TimeExpression.Anchor.ARTICLE);
        return new AnnotatedArticle(article, sentences, named, said, when, stances.find(text, sentences, named, said),
                claims.find(text, sentences, named, when));
    }
}

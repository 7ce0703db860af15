package org.parallax.nlp;

import java.util.List;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Article;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Stance;
import org.parallax.model.TimeExpression;
import org.parallax.stage.DocumentStage;
import org.parallax.stage.TimeBudget;

/**
 * The annotation stage, {@code Article -> AnnotatedArticle}: the clean text is split into sentences once,
 * and each finder lays its layer over it: the entities an article names, what it reports people said, its time
 * expressions reckoned from its date, where its actors stand (read from its words, entities and quotes), and its
 * factual statements clause by clause. The finders read English ({@link #reads}): an article in another language
 * gets its sentences and no layer. Pure and thread-safe: the models load once per process.
 */
public final class Annotation implements DocumentStage<Article, AnnotatedArticle> {
    /** Raised whenever a finder may lay other spans over the same text. */
    public static final int VERSION = 21;

    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final TimeFinder times = new TimeFinder();
    private final StanceFinder stances = new StanceFinder();
    private final ClaimFinder claims = new ClaimFinder();
    private final TimeBudget budget;

    /** Annotation within the usual time budget ({@link TimeBudget#ANNOTATION}). */
    public Annotation() {
        this(TimeBudget.ANNOTATION);
    }

    /** Annotation whose documents fail when they take longer than {@code budget}, checked between its finders. */
    public Annotation(TimeBudget budget) {
        this.budget = budget;
    }

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
        TimeBudget.Deadline deadline = budget.start(text.length());
        List<Sentence> sentences = Sentences.split(text);
        deadline.check("sentences");
        if (!reads(article)) {
            return new AnnotatedArticle(article, sentences, ArticleEntities.none(article.id()), List.of(), List.of(),
                    List.of(), List.of());
        }
        ArticleEntities named = entities.find(article.id(), text);
        deadline.check("entities");
        List<Quote> said = quotes.find(text, sentences, named);
        deadline.check("quotes");
        List<TimeExpression> when = times.find(text, sentences, TimeFinder.dateOf(article), TimeExpression.Anchor.ARTICLE);
        deadline.check("time expressions");
        List<Stance> stood = stances.find(text, sentences, named, said);
        deadline.check("stances");
        return new AnnotatedArticle(article, sentences, named, said, when, stood, claims.find(text, sentences, named, when));
    }

    /**
     * Whether the finders read an article: they know English, so an article in another language gets its sentences
     * and no layer (an English name tagger takes every capitalized German noun for a name). An article whose language
     * could not be told, or which is labelled another language but written mostly in English words (a short text can
     * be mistaken), is read.
     */
    public static boolean reads(Article article) {
        String language = article.language();
        if (language == null || language.isBlank() || language.equals("en") || language.equals("und")) {
            return true;
        }
        String sample = article.text().length() > SAMPLE ? article.text().substring(0, SAMPLE) : article.text();
        int words = 0;
        int english = 0;
        for (String word : sample.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                words++;
                english += ENGLISH_WORDS.contains(word) ? 1 : 0;
            }
        }
        return words > 0 && english >= ENGLISH_SHARE * words;
    }

    /** How much of a text is read to tell whether it is written in English words, in characters. */
    private static final int SAMPLE = 2000;
    /** The share of English function words above which a text is English whatever its label (a fifth in most prose). */
    private static final double ENGLISH_SHARE = 0.08;
    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("the", "of", "and", "to", "in", "is",
            "that", "for", "on", "with", "was", "said", "as", "by", "it", "at", "from", "he", "she", "his", "are", "be",
            "has", "have", "this", "an", "but", "were", "not", "they", "their", "which", "who", "will", "would");
}

package org.parallax.pipeline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Claim;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Stance;
import org.parallax.model.TimeExpression;

/**
 * The annotation layers of one article as one JSON value, every record whole: what a Spark job keeps beside an
 * article's columns, so that {@code parallax import} rebuilds exactly the {@link AnnotatedArticle} the stage made.
 */
public final class LayerRecords {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private LayerRecords() {
    }

    private record Layers(List<Sentence> sentences, ArticleEntities entities, List<Quote> quotes,
                          List<TimeExpression> times, List<Stance> stances, List<Claim> claims) {
    }

    /** The layers of {@code annotated}, without its article. */
    public static String json(AnnotatedArticle annotated) {
        Layers layers = new Layers(annotated.sentences(), annotated.entities(), annotated.quotes(), annotated.times(),
                annotated.stances(), annotated.claims());
        try {
            return JSON.writeValueAsString(layers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the layers of article " + annotated.article().id() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The article with the layers {@link #json} wrote for it; fails naming the article when they do not fit it. */
    public static AnnotatedArticle read(Article article, String json) {
        Layers layers;
        try {
            layers = JSON.readValue(json, Layers.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable annotation layers of article " + article.id() + ": "
                    + e.getOriginalMessage(), e);
        }
        return new AnnotatedArticle(article, orEmpty(layers.sentences()),
                layers.entities() == null ? ArticleEntities.none(article.id()) : layers.entities(),
                orEmpty(layers.quotes()), orEmpty(layers.times()), orEmpty(layers.stances()), orEmpty(layers.claims()));
    }

    /** The entities layer alone, as {@link #json(AnnotatedArticle)} writes it within the layers. */
    public static String json(ArticleEntities entities) {
        try {
            return JSON.writeValueAsString(entities);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the entities of article " + entities.article() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The entities layer {@link #json(ArticleEntities)} wrote. */
    public static ArticleEntities entities(String json) {
        try {
            return JSON.readValue(json, ArticleEntities.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable entities layer: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

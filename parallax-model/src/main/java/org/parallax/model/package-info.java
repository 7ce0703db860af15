/**
 * The records every pipeline stage shares, in pipeline order: a {@link org.parallax.model.RawDocument} as
 * ingest reads it, the {@link org.parallax.model.Article} that extraction makes of it, the
 * {@link org.parallax.model.AnnotatedArticle} that annotation lays its layers over (sentences, the
 * {@link org.parallax.model.ArticleEntities entities it names}, the {@link org.parallax.model.Quote quotes} it
 * reports, the {@link org.parallax.model.TimeExpression time expressions} it uses, the
 * {@link org.parallax.model.Stance stances} its actors take), and what the corpus makes of
 * many articles ({@link org.parallax.model.Entity}, {@link org.parallax.model.AttributedQuote},
 * {@link org.parallax.model.Story}, {@link org.parallax.model.Storyline}).
 * Every stand-off record points at its words through a {@link org.parallax.model.Span} or an
 * {@link org.parallax.model.Evidence}. Immutable, validated in their constructors, free of dependencies.
 */
package org.parallax.model;

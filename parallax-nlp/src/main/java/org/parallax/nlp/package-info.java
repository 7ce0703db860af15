/**
 * Annotation and identities. {@link org.parallax.nlp.Annotation} is the per-document stage
 * ({@code Article -> AnnotatedArticle}): the clean text is split into sentences once, then each finder lays
 * its layer over it; today {@link org.parallax.nlp.EntityFinder} reads one article's names (Stanford CoreNLP's
 * CRF tagger and the bundled gazetteer of countries, capitals, demonyms and organizations) and gathers them
 * under identity keys; {@link org.parallax.nlp.TimeFinder} reads its time expressions by rules and reckons their
 * TimeML values from the article's date; {@link org.parallax.nlp.StanceFinder} reads where its actors stand, on issues
 * and toward one another, with conditions and evidence. {@link org.parallax.nlp.EntityResolver} is the corpus side: it links those layers
 * across articles into {@link org.parallax.model.Entity entities}, each mention a span of its article.
 * {@link org.parallax.nlp.ClaimJudge} serves the claim stages: whether a sentence or an article states a claim,
 * contradicts it or neither ({@link org.parallax.nlp.ClaimVerdict}), from shared words, figures, names, negations and
 * antonyms and from sentence vectors of all-MiniLM-L6-v2 run in-process by ONNX Runtime.
 * CoreNLP's and ONNX Runtime's types stay inside.
 */
package org.parallax.nlp;

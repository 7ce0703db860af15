/**
 * Annotation, identities and claims. {@link org.parallax.nlp.Annotation} is the per-document stage
 * ({@code Article -> AnnotatedArticle}): the clean text is split into sentences once, then each finder lays
 * its layer over it: {@link org.parallax.nlp.EntityFinder} reads one article's names (Stanford CoreNLP's
 * CRF tagger and the bundled gazetteer of countries, capitals, demonyms and organizations) and gathers them
 * under identity keys; {@link org.parallax.nlp.TimeFinder} reads its time expressions by rules and reckons their
 * TimeML values from the article's date; {@link org.parallax.nlp.StanceFinder} reads where its actors stand, on issues
 * and toward one another, with conditions and evidence; the quote finder what it reports people said, and the claim
 * finder its factual statements clause by clause. The corpus side: {@link org.parallax.nlp.EntityResolver} links the
 * entity layers across articles into {@link org.parallax.model.Entity entities}, each mention a span of its article,
 * and says which names its decisions tie together, so that groups of names that never meet resolve apart (the
 * Spark job's shuffle by name group);
 * {@link org.parallax.nlp.ClaimAligner} groups the claims of a storyline's articles that state the same thing, counts
 * their independent sources, finds disputes and writes each story's summary. {@link org.parallax.nlp.ClaimJudge}
 * serves it: whether a sentence or an article states a claim,
 * contradicts it or neither ({@link org.parallax.nlp.ClaimVerdict}), from shared words, figures, names, negations and
 * antonyms and from sentence vectors of all-MiniLM-L6-v2 (and, between two sentences, of E5-small-v2) run in-process
 * by ONNX Runtime. {@link org.parallax.nlp.ArticleGist} gives the stories stage what an article's headline and lead
 * mean, from all-MiniLM-L6-v2: the vector storylines are matched by beside their words.
 * CoreNLP's and ONNX Runtime's types stay inside.
 */
package org.parallax.nlp;

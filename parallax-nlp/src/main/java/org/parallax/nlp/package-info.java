/**
 * The entity stages: {@link org.parallax.nlp.EntityFinder} reads one article's names (Stanford CoreNLP's CRF
 * tagger and the bundled gazetteer of countries, capitals, demonyms and organizations) and gathers them under
 * identity keys; {@link org.parallax.nlp.EntityResolver} links them across the corpus into
 * {@link org.parallax.model.Entity entities}, each mention a span of its article. CoreNLP's types stay inside.
 */
package org.parallax.nlp;

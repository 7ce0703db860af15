/**
 * Corpus analysis, the stage that sees many articles at once: near-duplicates and copies (MinHash over
 * word shingles with LSH banding, so no step compares all pairs), independence groups (a copy or a
 * credited wire story counts with its origin), stories (articles about one event, grouped online by what
 * they report and when) and storylines (stories linked over months by shared words or by what kind of event
 * their articles tell, their gists); an article that reports what two stories report merges them unless the two lead
 * with other people.
 * Incremental: a {@link org.parallax.corpus.CorpusIndex} takes articles one at a time, keeps every id it
 * gave, gives the rows its state changed ({@code changes()}) and is restored from rows. The copies step is also a
 * {@link org.parallax.corpus.Sketch} per article, so that a shuffle by band key can find the copies and tell them to
 * an index ({@code CorpusIndex.toldCopies}), which then decides the rest as it would.
 * Entry point: {@link org.parallax.corpus.CorpusIndex}.
 */
package org.parallax.corpus;

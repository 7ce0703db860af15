package org.parallax.stage;

/**
 * A step that sees many articles at once: copies and stories, entity identities, and later claims and
 * stances per story. It runs after the per-document stages of a run and takes every stored article it has
 * not yet seen, in a fixed order (dated articles by day, then by id), so that the result does not depend on
 * the order of the inputs or the size of the batches. Its state lives in the store, so the next run goes on
 * from it without redoing the corpus.
 */
public interface CorpusStage {

    /** A short name for logs and the ledger: {@code stories}, {@code identities}. */
    String name();

    /** Raised whenever the stage's output for the same articles may change. */
    int version();

    /** Brings the corpus up to date with the articles this stage has not seen; returns what it did. */
    Outcome update();

    /**
     * What one update did.
     *
     * @param articles articles it took in
     * @param line     the counts that matter for this stage, as {@code key=value} pairs for the summary line
     * @param seconds  how long it took
     */
    record Outcome(int articles, String line, double seconds) {
        public Outcome {
            java.util.Objects.requireNonNull(line, "line");
        }
    }
}

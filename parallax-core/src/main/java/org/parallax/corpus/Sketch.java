package org.parallax.corpus;

import java.util.OptionalDouble;

/**
 * An article's MinHash sketch as the copies step of {@link CorpusIndex} sees it: the signature of its word
 * 4-shingles, the LSH band keys that bring candidate copies together, and the rule that makes it a copy of an
 * earlier article. Lets that step run as a shuffle by band key (a Spark job) with the decisions of the index.
 */
public final class Sketch {
    private final MinHash.Signature signature;

    private Sketch(MinHash.Signature signature) {
        this.signature = signature;
    }

    /** The sketch of an article's text. */
    public static Sketch of(String text) {
        return new Sketch(MinHash.of(text));
    }

    /** A sketch from its stored parts ({@link #values()}, {@link #shingles()}). */
    public static Sketch of(int[] values, int shingles) {
        if (values.length != MinHash.SIZE) {
            throw new IllegalArgumentException("a sketch has " + MinHash.SIZE + " values, was given " + values.length);
        }
        return new Sketch(new MinHash.Signature(values.clone(), shingles));
    }

    public int[] values() {
        return signature.values().clone();
    }

    /** Distinct shingles of the text: 0 for a text with no words, which is no one's copy. */
    public int shingles() {
        return signature.shingles();
    }

    /** One key per LSH band: two articles are compared only when they share one. */
    public long[] bandKeys() {
        return MinHash.bandKeys(signature);
    }

    /** The number of bands, and so of {@link #bandKeys()}. */
    public static int bands() {
        return MinHash.BANDS;
    }

    /**
     * The estimated Jaccard similarity to {@code earlier} when this is a copy of it (the rule of the index: Jaccard
     * {@value CorpusIndex#DUPLICATE_JACCARD}, or containment {@value CorpusIndex#DUPLICATE_CONTAINMENT} of texts of
     * {@value CorpusIndex#MIN_SHINGLES} shingles or more), else empty.
     */
    public OptionalDouble copyOf(Sketch earlier) {
        if (signature.shingles() == 0) {
            return OptionalDouble.empty();
        }
        double j = signature.jaccard(earlier.signature);
        return CorpusIndex.isCopy(signature, earlier.signature, j) ? OptionalDouble.of(j) : OptionalDouble.empty();
    }
}

package org.parallax.ingest;

/**
 * Size limits of ingest. A news article is rarely over a few hundred kilobytes; these bounds keep one
 * hostile input from exhausting memory.
 *
 * @param maxDocumentBytes largest single document (a text file, a JSON Lines record), decompressed
 * @param maxFileBytes     largest file read, decompressed (a JSON Lines file holds many documents)
 */
public record Limits(long maxDocumentBytes, long maxFileBytes) {
    public static final Limits DEFAULT = new Limits(16L << 20, 512L << 20);

    public Limits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive, was " + maxDocumentBytes);
        }
        if (maxFileBytes < maxDocumentBytes) {
            throw new IllegalArgumentException("maxFileBytes must be at least maxDocumentBytes");
        }
    }
}

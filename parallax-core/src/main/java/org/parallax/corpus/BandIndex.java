package org.parallax.corpus;

import java.util.Arrays;

/**
 * LSH buckets: band key to the documents (by number) that have it, in primitive arrays (a chained hash
 * table), so that millions of documents cost tens of bytes each rather than a boxed map entry.
 */
final class BandIndex {
    private long[] keys = new long[1024];
    private int[] documents = new int[1024];
    private int[] nextInBucket = new int[1024];
    private int[] heads = new int[2048];
    private int size;

    BandIndex() {
        Arrays.fill(heads, -1);
    }

    void add(long key, int document) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            documents = Arrays.copyOf(documents, size * 2);
            nextInBucket = Arrays.copyOf(nextInBucket, size * 2);
        }
        if (size * 2 >= heads.length) {
            rehash(heads.length * 2);
        }
        keys[size] = key;
        documents[size] = document;
        int slot = slot(key, heads.length);
        nextInBucket[size] = heads[slot];
        heads[slot] = size;
        size++;
    }

    /** Calls {@code action} with every document filed under {@code key}. */
    void forEach(long key, java.util.function.IntConsumer action) {
        for (int e = heads[slot(key, heads.length)]; e >= 0; e = nextInBucket[e]) {
            if (keys[e] == key) {
                action.accept(documents[e]);
            }
        }
    }

    private void rehash(int capacity) {
        heads = new int[capacity];
        Arrays.fill(heads, -1);
        for (int e = 0; e < size; e++) {
            int slot = slot(keys[e], capacity);
            nextInBucket[e] = heads[slot];
            heads[slot] = e;
        }
    }

    private static int slot(long key, int capacity) {
        return (int) (MinHash.mix(key) & (capacity - 1));
    }
}

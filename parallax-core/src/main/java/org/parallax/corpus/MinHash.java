package org.parallax.corpus;

import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures of texts as sets of word 4-shingles, and the LSH band keys that find similar
 * signatures without comparing all pairs: 32 bands of 4 rows catch pairs with a Jaccard similarity of
 * 0.55 or more with probability above 0.95.
 */
final class MinHash {
    static final int BANDS = 32;
    static final int ROWS = 4;
    static final int SIZE = BANDS * ROWS;
    private static final int SHINGLE = 4;
    private static final long[] SEEDS = seeds();

    /** A signature and the number of distinct shingles it summarises. */
    record Signature(int[] values, int shingles) {
        /** The estimated Jaccard similarity of the two shingle sets. */
        double jaccard(Signature other) {
            int same = 0;
            for (int i = 0; i < SIZE; i++) {
                if (values[i] == other.values[i]) {
                    same++;
                }
            }
            return (double) same / SIZE;
        }

        /** The estimated share of the smaller set's shingles that the larger set also has. */
        double containment(Signature other) {
            double j = jaccard(other);
            double intersection = j * (shingles + other.shingles) / (1 + j);
            return intersection / Math.max(1, Math.min(shingles, other.shingles));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.values, values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values) * 31 + shingles;
        }

        @Override
        public String toString() {
            return "Signature[" + shingles + " shingles]";
        }
    }

    private MinHash() {
    }

    static Signature of(String text) {
        int[] min = new int[SIZE];
        Arrays.fill(min, Integer.MAX_VALUE);
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        long[] hashes = new long[Math.max(0, words.length)];
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                hashes[n++] = fnv(w);
            }
        }
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        int windows = n == 0 ? 0 : Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < windows; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = i; k < Math.min(n, i + SHINGLE); k++) {
                h = mix(h ^ hashes[k]);
            }
            if (!seen.add(h)) {
                continue;
            }
            for (int s = 0; s < SIZE; s++) {
                int v = (int) (mix(h ^ SEEDS[s]) >>> 33);
                if (v < min[s]) {
                    min[s] = v;
                }
            }
        }
        return new Signature(min, seen.size());
    }

    /** One key per band: the band's index and rows hashed together. */
    static long[] bandKeys(Signature signature) {
        long[] keys = new long[BANDS];
        int[] v = signature.values();
        for (int b = 0; b < BANDS; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ v[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long x = 42;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        return seeds;
    }
}

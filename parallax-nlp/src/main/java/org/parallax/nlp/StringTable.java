package org.parallax.nlp;

import java.io.IOException;
import java.util.Arrays;

/**
 * Strings mapped to non-negative numbers, held in a few flat arrays rather than as objects: the characters of
 * every string one after the other, where each starts, its number, and an open-addressing table of hash slots.
 * Built once, then read-only and thread-safe; written and read back as arrays, so a table of a million strings
 * loads in milliseconds. Hashes are {@link String#hashCode}'s, so a lookup reuses the one a string has cached.
 */
final class StringTable {
    private final char[] chars;
    /** Where each entry's characters start; the last element is where the last entry ends. */
    private final int[] starts;
    private final int[] values;
    private final int[] hashes;
    /** Entry number + 1 at each slot, 0 where empty. */
    private final int[] slots;

    private StringTable(char[] chars, int[] starts, int[] values, int[] hashes, int[] slots) {
        this.chars = chars;
        this.starts = starts;
        this.values = values;
        this.hashes = hashes;
        this.slots = slots;
    }

    /** The number of a string, or -1. */
    int get(String s) {
        int h = s.hashCode();
        int mask = slots.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return -1;
            }
            if (hashes[entry] == h && equal(entry, s)) {
                return values[entry];
            }
        }
    }

    /** The number of {@code prefix + suffix}, or -1; the two are not joined to find it. */
    int get(String prefix, String suffix) {
        int h = prefix.hashCode();
        for (int i = 0; i < suffix.length(); i++) {
            h = 31 * h + suffix.charAt(i);
        }
        int mask = slots.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return -1;
            }
            if (hashes[entry] == h && equal(entry, prefix, suffix)) {
                return values[entry];
            }
        }
    }

    int size() {
        return values.length;
    }

    /** The string of entry i, in the order the entries were added. */
    String key(int i) {
        return new String(chars, starts[i], starts[i + 1] - starts[i]);
    }

    /** The number of entry i. */
    int value(int i) {
        return values[i];
    }

    private boolean equal(int entry, String s) {
        int start = starts[entry];
        int length = starts[entry + 1] - start;
        if (length != s.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean equal(int entry, String prefix, String suffix) {
        int start = starts[entry];
        if (starts[entry + 1] - start != prefix.length() + suffix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        start += prefix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (chars[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    void write(ModelFile.Out out) throws IOException {
        out.chars(chars);
        out.ints(starts);
        out.ints(values);
        out.ints(hashes);
        out.ints(slots);
    }

    static StringTable read(ModelFile.In in) throws IOException {
        char[] chars = in.chars();
        int[] starts = in.ints();
        int[] values = in.ints();
        int[] hashes = in.ints();
        int[] slots = in.ints();
        if (starts.length != values.length + 1 || starts[0] != 0 || starts[values.length] != chars.length
                || hashes.length != values.length || Integer.bitCount(slots.length) != 1 || slots.length <= values.length) {
            throw new IOException("a string table's parts do not agree: " + chars.length + " characters, "
                    + starts.length + " starts, " + values.length + " values, " + slots.length + " slots");
        }
        return new StringTable(chars, starts, values, hashes, slots);
    }

    private static StringTable index(char[] chars, int[] starts, int[] values) {
        int n = values.length;
        int[] hashes = new int[n];
        int[] slots = new int[Integer.highestOneBit(Math.max(4, n + n / 2)) << 1];   // at most two thirds full
        int mask = slots.length - 1;
        for (int e = 0; e < n; e++) {
            int h = 0;
            for (int i = starts[e]; i < starts[e + 1]; i++) {
                h = 31 * h + chars[i];
            }
            hashes[e] = h;
            int slot = spread(h) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
        return new StringTable(chars, starts, values, hashes, slots);
    }

    /** Collects strings and their numbers; a string added twice keeps its first number. */
    static final class Builder {
        private final StringBuilder chars = new StringBuilder();
        private int[] starts = new int[1024];
        private int[] values = new int[1024];
        private int size;
        private final java.util.HashMap<String, Integer> seen = new java.util.HashMap<>();

        /** Adds a string with this number unless it is there; returns the number it has. */
        int add(String s, int value) {
            Integer known = seen.putIfAbsent(s, value);
            if (known != null) {
                return known;
            }
            if (size + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                values = Arrays.copyOf(values, values.length * 2);
            }
            starts[size] = chars.length();
            values[size++] = value;
            chars.append(s);
            return value;
        }

        /** Adds a string numbered by its order of arrival unless it is there; returns its number. */
        int add(String s) {
            return add(s, size);
        }

        int size() {
            return size;
        }

        StringTable build() {
            int[] finalStarts = Arrays.copyOf(starts, size + 1);
            finalStarts[size] = chars.length();
            char[] all = new char[chars.length()];
            chars.getChars(0, all.length, all, 0);
            return index(all, finalStarts, Arrays.copyOf(values, size));
        }
    }
}

package org.parallax.nlp;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens the time grammar reads, in one pass over a text: runs of letters, runs of digits, and every other
 * character that is not white space on its own ("Sept." is {@code Sept} and {@code .}, "10:30" is {@code 10},
 * {@code :}, {@code 30}, "mid-1990s" is {@code mid}, {@code -}, {@code 1990}, {@code s}). Each token knows whether
 * white space or a line break comes before it, so a rule can ask for words that touch ("a.m.") and never read across
 * a paragraph.
 */
final class TimeTokens {
    final String text;
    final int size;
    final int[] start;
    final int[] end;
    final String[] lower;
    private final byte[] kind;
    private final boolean[] spaced;
    private final boolean[] broken;

    private static final byte LETTERS = 1;
    private static final byte DIGITS = 2;
    private static final byte MARK = 3;

    TimeTokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 4);
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        byte[] k = new byte[capacity];
        boolean[] sp = new boolean[capacity];
        boolean[] br = new boolean[capacity];
        int n = 0;
        int i = 0;
        boolean space = true;
        boolean line = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                line |= c == '\n' || c == '\r';
                i++;
                continue;
            }
            int j = i + 1;
            byte type;
            if (Character.isLetter(c)) {
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                type = LETTERS;
            } else if (c >= '0' && c <= '9') {
                while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                type = DIGITS;
            } else {
                if (Character.isHighSurrogate(c) && j < text.length()) {
                    j++;
                }
                type = MARK;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
                k = Arrays.copyOf(k, n * 2);
                sp = Arrays.copyOf(sp, n * 2);
                br = Arrays.copyOf(br, n * 2);
            }
            s[n] = i;
            e[n] = j;
            k[n] = type;
            sp[n] = space;
            br[n] = line;
            n++;
            space = false;
            line = false;
            i = j;
        }
        this.size = n;
        this.start = s;
        this.end = e;
        this.kind = k;
        this.spaced = sp;
        this.broken = br;
        this.lower = new String[n];
        for (int t = 0; t < n; t++) {
            String w = text.substring(s[t], e[t]);
            lower[t] = normalize(w.toLowerCase(Locale.ROOT));
        }
    }

    /** Curly apostrophes and dashes read as their plain forms. */
    private static String normalize(String w) {
        if (w.length() != 1) {
            return w;
        }
        return switch (w.charAt(0)) {
            case '\u2019', '\u2018', '`', '\u00b4' -> "'";
            case '\u2013', '\u2014', '\u2012', '\u2010', '\u2011' -> "-";
            default -> w;
        };
    }

    /** The lower-cased token at {@code i}, or "" past the end. */
    String at(int i) {
        return i >= 0 && i < size ? lower[i] : "";
    }

    boolean is(int i, String word) {
        return i >= 0 && i < size && lower[i].equals(word);
    }

    boolean letters(int i) {
        return i >= 0 && i < size && kind[i] == LETTERS;
    }

    boolean digits(int i) {
        return i >= 0 && i < size && kind[i] == DIGITS;
    }

    boolean mark(int i) {
        return i >= 0 && i < size && kind[i] == MARK;
    }

    /** Whether token {@code i} touches the one before it (no white space between). */
    boolean touches(int i) {
        return i > 0 && i < size && !spaced[i];
    }

    /** Whether a line break separates token {@code i} from the one before it (or it starts the text). */
    boolean lineBefore(int i) {
        return i >= size || broken[i];
    }

    /** Whether token {@code i} starts with a capital letter. */
    boolean capital(int i) {
        return i >= 0 && i < size && Character.isUpperCase(text.charAt(start[i]));
    }

    /** Whether token {@code i} is written in capitals only (a headline in capitals). */
    boolean allCapitals(int i) {
        if (!letters(i)) {
            return false;
        }
        for (int c = start[i]; c < end[i]; c++) {
            if (!Character.isUpperCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** The value of a digits token of at most nine digits, else -1. */
    int number(int i) {
        if (!digits(i) || end[i] - start[i] > 9) {
            return -1;
        }
        return Integer.parseInt(text, start[i], end[i], 10);
    }

    /** How many digits token {@code i} has (0 when it is not digits). */
    int width(int i) {
        return digits(i) ? end[i] - start[i] : 0;
    }

    /** The first token that starts at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

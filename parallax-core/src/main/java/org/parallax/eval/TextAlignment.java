package org.parallax.eval;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Span;

/**
 * Where the words of an article's clean text stand in the file it was cleaned from. Cleaning keeps the lines it
 * keeps as they are, with white space folded and chrome lines dropped; so each clean line is looked for in the
 * file after the previous one, a space matching any run of white space, and each of its characters then knows
 * its offset there. A span is placed by its first and last characters; when one of its characters was not found
 * that way, the span's words are looked for in the whole file, the place nearest where they should be winning.
 * Words found nowhere give no place: such a prediction cannot match any gold quote.
 */
final class TextAlignment {
    private static final String SPACE = "[\\s\\p{Z}\\u200b\\ufeff]+";

    private final String original;
    /** For each character of the clean text, its offset in the original, or -1. */
    private final int[] at;
    /** For each character of the original, whether some clean character stands on it. */
    private final boolean[] covered;

    TextAlignment(String clean, String original) {
        this.original = original;
        this.at = new int[clean.length()];
        this.covered = new boolean[original.length()];
        Arrays.fill(at, -1);
        int cursor = 0;
        int start = 0;
        while (start < clean.length()) {
            int eol = clean.indexOf('\n', start);
            int end = eol < 0 ? clean.length() : eol;
            int found = locate(clean, start, end, cursor);
            if (found >= 0) {
                cursor = found;
            }
            start = end + 1;
        }
        for (int a : at) {
            if (a >= 0) {
                covered[a] = true;
            }
        }
    }

    /**
     * Finds the clean line {@code [start, end)} in the original from {@code from} on and notes where each of its
     * characters stands; returns the offset after it, or -1 when it is not there.
     */
    private int locate(String clean, int start, int end, int from) {
        while (start < end && isSpace(clean.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(clean.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return -1;
        }
        int[] place = new int[end - start];
        for (int p = original.indexOf(clean.charAt(start), from); p >= 0; p = original.indexOf(clean.charAt(start), p + 1)) {
            int j = p;
            int i = start;
            while (i < end && j < original.length()) {
                char c = clean.charAt(i);
                if (isSpace(c)) {
                    if (!isSpace(original.charAt(j))) {
                        break;
                    }
                    while (i < end && isSpace(clean.charAt(i))) {
                        place[i - start] = j;
                        i++;
                    }
                    while (j < original.length() && isSpace(original.charAt(j))) {
                        j++;
                    }
                } else if (original.charAt(j) == c) {
                    place[i - start] = j;
                    i++;
                    j++;
                } else {
                    break;
                }
            }
            if (i == end) {
                System.arraycopy(place, 0, at, start, place.length);
                return j;
            }
        }
        return -1;
    }

    /** The span of the original holding the words of {@code clean}, a span over the clean text; null when none does. */
    Span place(Span clean, String cleanText) {
        if (clean.end() > at.length) {
            return null;
        }
        int s = clean.start();
        int e = clean.end();
        while (s < e && isSpace(cleanText.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(cleanText.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return null;
        }
        boolean whole = true;
        for (int i = s; i < e && whole; i++) {
            whole = at[i] >= 0 || isSpace(cleanText.charAt(i));
        }
        if (whole && at[s] < at[e - 1] + 1) {
            return new Span(at[s], at[e - 1] + 1);
        }
        return search(cleanText.substring(s, e), expected(s));
    }

    /** Where clean offset {@code s} should stand in the original: after the nearest placed character before it. */
    private int expected(int s) {
        for (int i = Math.min(s, at.length - 1); i >= 0; i--) {
            if (at[i] >= 0) {
                return at[i] + (s - i);
            }
        }
        return s;
    }

    /** The place of {@code words} in the original nearest to {@code near}, white space folded; null when none. */
    private Span search(String words, int near) {
        StringBuilder pattern = new StringBuilder();
        for (String token : words.split(SPACE)) {
            if (token.isEmpty()) {
                continue;
            }
            if (!pattern.isEmpty()) {
                pattern.append(SPACE);
            }
            pattern.append(Pattern.quote(token));
        }
        if (pattern.isEmpty()) {
            return null;
        }
        Matcher m = Pattern.compile(pattern.toString()).matcher(original);
        Span best = null;
        while (m.find()) {
            if (best == null || Math.abs(m.start() - near) < Math.abs(best.start() - near)) {
                best = new Span(m.start(), m.end());
            }
        }
        return best;
    }

    /** Whether some character of the clean text stands inside one of {@code pieces} of the original. */
    boolean covers(Iterable<Span> pieces) {
        for (Span p : pieces) {
            for (int i = p.start(); i < Math.min(p.end(), covered.length); i++) {
                if (covered[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** White space as cleaning folds it. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }
}

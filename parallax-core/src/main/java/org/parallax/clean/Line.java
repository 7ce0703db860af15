package org.parallax.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a raw text: where it stands and its text with white space folded.
 *
 * @param index position among the non-blank lines
 * @param start offset of its first non-blank character in the raw text
 * @param end   offset after its last non-blank character
 * @param text  its text, runs of white space folded to one space
 */
public record Line(int index, int start, int end, String text) {

    /** The non-blank lines of {@code raw}. */
    public static List<Line> split(String raw) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int n = raw.length();
        while (pos <= n) {
            int eol = pos;
            while (eol < n && raw.charAt(eol) != '\n' && raw.charAt(eol) != '\r') {
                eol++;
            }
            int s = pos;
            int e = eol;
            while (s < e && isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(raw.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Line(lines.size(), s, e, fold(raw, s, e)));
            }
            pos = eol + 1;
            if (eol < n && raw.charAt(eol) == '\r' && eol + 1 < n && raw.charAt(eol + 1) == '\n') {
                pos++;
            }
        }
        return lines;
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7f) {
            return false;   // printable ASCII, most characters of most texts
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    private static String fold(String raw, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        boolean space = false;
        for (int i = s; i < e; i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

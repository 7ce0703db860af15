package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Sentence;
import org.parallax.model.Span;

/**
 * Splits clean text into sentences in one pass: every line is a paragraph (a headline or dateline is a
 * sentence of its own), and inside a line a sentence ends at '.', '!', '?' or '…' (closing quotes and
 * brackets go with it) before white space and a capital, a digit or an opening quote, unless the word before
 * the stop is an abbreviation ("Mr.", "Gen.", "U.S.") or an initial ("J. Smith"). Linear in the text's length.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen",
            "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "pres", "rev", "hon", "jr", "sr",
            "inc", "corp", "ltd", "co", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "univ", "assn", "bros", "e.g", "i.e",
            "u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "u.s.a", "e.u");

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (splitLine(text, lineStart, lineEnd, paragraph, out)) {
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Adds the sentences of one line; returns whether it held any. */
    private static boolean splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        if (start == to) {
            return false;
        }
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && isStopOrCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end, to);
                if (next > end && next < to && opensSentence(text.charAt(next))
                        && !(c == '.' && abbreviated(text, start, i) && !opensQuote(text.charAt(next)))) {
                    add(text, start, end, paragraph, out);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, to, paragraph, out);
        return true;
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(new Span(start, end), paragraph));
        }
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean isStopOrCloser(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '”' || c == '’' || c == '\''
                || c == ')' || c == ']' || c == '»';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '«' || c == '„' || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /**
     * Whether a quotation opens with this mark: after an abbreviation that can end a sentence ("at 6 a.m.", "Acme
     * Inc."), an opening quote starts the next one; no title stands before one ("Mr. “...").
     */
    private static boolean opensQuote(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '«' || c == '„';
    }

    /** Whether the word that ends at the stop {@code dot} is an abbreviation or an initial. */
    private static boolean abbreviated(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"' && text.charAt(wordStart - 1) != '“') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;   // an initial: "J. Smith"
        }
        return word.length() <= 6 && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}

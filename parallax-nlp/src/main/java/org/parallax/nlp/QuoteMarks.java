package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quotation marks of a text into quoted stretches, in one pass: every style (“ ” ‘ ’ " « » „ “ ‹ ›
 * and straight marks), a quote over several paragraphs (a paragraph ends without a closing mark and the next
 * reopens it with the same mark, or closes it without reopening; a transcript's next speaker starts anew), and
 * unbalanced marks from scraping (an opening double mark never closed
 * ends its quote at the end of its paragraph, a single one is taken for an apostrophe; a stray closing mark is
 * passed over; a double mark of one style may close one of another, “… ," or "… ”; a straight mark after a full
 * stop and a blank ends the quote open before it, "… is wrong. "Next …"). An apostrophe (China’s,
 * don't) is not a mark. Single marks inside double ones are part of the quote, and so is a quote inside the quote
 * in the same marks (“… what he calls “hell” than …”) when its line closes both.
 */
final class QuoteMarks {
    /**
     * One quoted stretch.
     *
     * @param open         offset of the opening mark
     * @param contentStart first character inside the marks
     * @param contentEnd   end of the words inside the marks (trailing blanks left out)
     * @param close        offset just past the closing mark, or {@code contentEnd} when it was never closed
     * @param closed       whether a closing mark ended it
     */
    record Stretch(int open, int contentStart, int contentEnd, int close, boolean closed) {
    }

    /** A transcript's speaker label opening a paragraph ("PENCE: …"): a new quote, not the last one going on. */
    private static final java.util.regex.Pattern TRANSCRIPT_LINE =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}:");

    /** How far ahead a quote inside a quote looks for its closing marks. */
    private static final int AHEAD = 2000;

    private QuoteMarks() {
    }

    /** The closing mark for an opening one, or 0 when {@code c} does not open a quote. */
    static char closerOf(char c) {
        return switch (c) {
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            case '‹' -> '›';
            case '"' -> '"';
            case '‘' -> '’';
            case '\'' -> '\'';
            default -> 0;
        };
    }

    /**
     * Whether {@code c} closes a quote opened by {@code open}: its own closer, or for a double mark the other
     * double closing style, as scraped text mixes them (“… ," and "… ”).
     */
    private static boolean closes(char open, char closer, char c) {
        return c == closer || "“\"„".indexOf(open) >= 0 && (c == '”' || c == '"');
    }

    static boolean isMark(char c) {
        return "“”„«»‹›\"‘’'‚".indexOf(c) >= 0;
    }

    private static boolean isDouble(char open) {
        return open != '‘' && open != '\'' && open != '‹';
    }

    /** The quoted stretches of {@code text}, in text order. Linear in the text's length. */
    static List<Stretch> find(String text) {
        List<Stretch> out = new ArrayList<>();
        int n = text.length();
        int open = -1;
        char closer = 0;
        int nested = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open < 0) {
                    continue;
                }
                // A quote open at the end of its paragraph: it goes on if the next paragraph reopens it or closes it
                // before opening another; otherwise it ends here.
                int next = nextParagraph(text, i);
                if (isDouble(text.charAt(open)) && next < n && continues(text, next, text.charAt(open), closer)) {
                    boolean reopens = closerOf(text.charAt(next)) != 0;
                    i = reopens ? next : next - 1;
                    continue;
                }
                if (isDouble(text.charAt(open))) {
                    add(out, text, open, i, i, false);
                }
                open = -1;
                nested = 0;
                continue;
            }
            if (open >= 0) {
                if (nested > 0) {
                    if (c == closer && canClose(text, i)) {
                        nested--;
                    } else if (c == text.charAt(open) && canOpen(text, i)) {
                        nested++;
                    }
                    continue;
                }
                if (closes(text.charAt(open), closer, c) && canClose(text, i) && !(c == '"' && !canCloseStraight(text, i))) {
                    add(out, text, open, i, i + 1, true);
                    open = -1;
                } else if (c == '"' && closer == '"' && afterStop(text, i) && canOpen(text, i)) {
                    // "… is wrong. "Next …": a straight mark after a full stop and a blank ends the quote; when an odd
                    // number of straight marks follow on its line it also opens the next quote, else it was its close.
                    boolean opens = straightMarksAhead(text, i + 1) % 2 == 1;
                    add(out, text, open, i, opens ? i : i + 1, !opens);
                    open = opens ? i : -1;
                } else if (c == text.charAt(open) && c != closer && canOpen(text, i) && closedAhead(text, i + 1, closer)) {
                    nested++;   // “… what he calls “hell” than …”: a quote inside the quote, in the same marks
                }
                continue;
            }
            char k = closerOf(c);
            if (k != 0 && canOpen(text, i)) {
                open = i;
                closer = k;
            }
        }
        if (open >= 0 && isDouble(text.charAt(open))) {
            add(out, text, open, n, n, false);
        }
        return out;
    }

    private static void add(List<Stretch> out, String text, int open, int contentEnd, int close, boolean closed) {
        int start = open + 1;
        int end = contentEnd;
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == text.charAt(open))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || closed && text.charAt(end - 1) == text.charAt(close - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Stretch(open, start, end, closed ? close : end, closed));
        }
    }

    /** Where the next non-blank line after the line break at {@code i} starts. */
    private static int nextParagraph(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Whether the paragraph at {@code start} carries on a quote left open: it reopens it, or closes it first. */
    private static boolean continues(String text, int start, char open, char closer) {
        char first = text.charAt(start);
        if (first == open || first == '„' && open == '“' || first == '“' && open == '„') {
            return !TRANSCRIPT_LINE.matcher(text).region(start + 1, Math.min(text.length(), start + 40)).lookingAt();
        }
        if (closerOf(first) != 0) {
            return false;   // another style of mark opens another quote
        }
        for (int i = start; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == closer && canClose(text, i)) {
                return true;
            }
            if (closerOf(c) != 0 && isDouble(c) && canOpen(text, i)) {
                return false;
            }
        }
        return false;
    }

    /** An opening mark follows a blank, a line start, a bracket or a dash, and comes before a word. */
    private static boolean canOpen(String text, int i) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean left = Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0 || isMark(before);
        return left && !Character.isWhitespace(after);
    }

    /** A closing mark is not an apostrophe: no letter follows it. */
    private static boolean canClose(String text, int i) {
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isLetterOrDigit(after);
    }

    /**
     * A straight double mark closes after a word or punctuation, not after a blank; but after the single mark of a
     * quote inside the quote and a blank ("… the term 'outreach,' ") it closes.
     */
    private static boolean canCloseStraight(String text, int i) {
        return i > 0 && (!Character.isWhitespace(text.charAt(i - 1))
                || i > 1 && text.charAt(i - 1) == ' ' && "'’".indexOf(text.charAt(i - 2)) >= 0);
    }

    /** Whether a blank and, before it, a full stop, a question or an exclamation mark stand before {@code i}. */
    private static boolean afterStop(String text, int i) {
        return i > 1 && text.charAt(i - 1) == ' ' && ".!?".indexOf(text.charAt(i - 2)) >= 0;
    }

    /**
     * How many straight double marks the line holds from {@code from} on, looking no further than {@link #AHEAD}
     * characters, so the pass stays linear.
     */
    private static int straightMarksAhead(String text, int from) {
        int found = 0;
        for (int i = from; i < Math.min(text.length(), from + AHEAD) && text.charAt(i) != '\n'; i++) {
            found += text.charAt(i) == '"' ? 1 : 0;
        }
        return found;
    }

    /**
     * Whether the paragraph from {@code from} holds two more closing marks {@code closer}: one for a quote opened
     * inside the quote, one for the quote itself. Looks no further than its line, nor than {@link #AHEAD}
     * characters, so the pass stays linear.
     */
    private static boolean closedAhead(String text, int from, char closer) {
        int found = 0;
        for (int i = from; i < Math.min(text.length(), from + AHEAD) && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == closer && canClose(text, i) && ++found == 2) {
                return true;
            }
        }
        return false;
    }
}

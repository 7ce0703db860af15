package org.parallax.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Renders an article's text with its layers nested in it: paragraphs hold sentences, sentences hold quotes,
 * quotes hold names. Each layer is a list of marks (a span with its opening and closing markup); a mark that
 * would cross the end of one it sits in is left out rather than breaking the nesting. All text is escaped.
 * Linear in the text and the number of marks (after sorting them).
 */
final class SpanRenderer {
    /**
     * A span to mark up.
     *
     * @param depth where it nests among marks of the same span: paragraphs 0, sentences 1, quotes 2, names 3
     * @param open  the opening markup (trusted: built by the caller with escaped values)
     * @param close the closing markup
     */
    record Mark(int start, int end, int depth, String open, String close) {
    }

    private SpanRenderer() {
    }

    /** A mark per line of the text: its paragraphs. */
    static List<Mark> paragraphs(String text) {
        List<Mark> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start && !text.substring(start, end).isBlank()) {
                out.add(new Mark(start, end, 0, "<p>", "</p>"));
            }
            start = end + 1;
        }
        return out;
    }

    static String render(String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() >= 0 && m.start() < m.end() && m.end() <= text.length()) {
                sorted.add(m);
            }
        }
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::depth));
        StringBuilder out = new StringBuilder(text.length() + sorted.size() * 24);
        Deque<Mark> open = new ArrayDeque<>();
        int at = 0;
        for (Mark m : sorted) {
            while (!open.isEmpty() && open.peek().end() <= m.start()) {
                at = close(text, out, open.pop(), at);
            }
            if (!open.isEmpty() && open.peek().end() < m.end()) {
                continue;   // it would cross the end of the mark it starts in
            }
            Html.escape(text.substring(at, m.start()), out);
            at = m.start();
            out.append(m.open());
            open.push(m);
        }
        while (!open.isEmpty()) {
            at = close(text, out, open.pop(), at);
        }
        Html.escape(text.substring(at), out);
        return out.toString();
    }

    private static int close(String text, StringBuilder out, Mark m, int at) {
        Html.escape(text.substring(at, m.end()), out);
        out.append(m.close());
        return m.end();
    }
}

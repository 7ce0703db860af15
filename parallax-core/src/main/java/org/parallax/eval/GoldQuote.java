package org.parallax.eval;

import java.io.IOException;
import java.util.List;
import org.parallax.model.Span;

/**
 * A quote a data set marks in one article: spans over the article's text file as it lies on disk (UTF-16 code
 * units), not over the pipeline's clean text.
 *
 * @param content the words said, in one or more pieces in text order (PolNeAR cuts a quote that a "said X"
 *                interrupts into pieces); empty only where the annotation gives none
 * @param source  the words naming who said it, in pieces; empty when the article names no one (or the data set
 *                gives no source span, as BASIL does)
 * @param speaker who said it, in words: PolNeAR's source text, BASIL's speaker name or its {@code other_*} label;
 *                null when no one is named
 * @param marked  whether the content stands in quotation marks
 */
record GoldQuote(List<Span> content, List<Span> source, String speaker, boolean marked) {
    GoldQuote {
        content = List.copyOf(content);
        source = List.copyOf(source);
    }

    /** From the first piece's start to the last piece's end, or null when there is no content. */
    Span extent() {
        return content.isEmpty() ? null : new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }

    /** How many code units of {@code span} lie inside the content's pieces. */
    int overlap(Span span) {
        return overlap(content, span);
    }

    /** The content's length in code units, pieces summed. */
    int length() {
        return content.stream().mapToInt(Span::length).sum();
    }

    static int overlap(List<Span> pieces, Span span) {
        if (span == null) {
            return 0;
        }
        int sum = 0;
        for (Span p : pieces) {
            sum += Math.max(0, Math.min(p.end(), span.end()) - Math.max(p.start(), span.start()));
        }
        return sum;
    }

    /**
     * The UTF-16 offset of a character offset that counts code points, as Python (BRAT, BASIL's converter)
     * counts them; fails naming {@code where} when it lies past the text.
     */
    static int utf16(String text, int codePoints, String where) throws IOException {
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("offset " + codePoints + " lies outside a text of " + text.codePointCount(0, text.length())
                    + " characters: " + where, e);
        }
    }
}

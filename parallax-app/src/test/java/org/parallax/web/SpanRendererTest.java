package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanRendererTest {

    private static SpanRenderer.Mark mark(String text, String words, int depth, String tag) {
        int start = text.indexOf(words);
        return new SpanRenderer.Mark(start, start + words.length(), depth, "<" + tag + ">", "</" + tag + ">");
    }

    @Test
    void render_layers_nestANameInsideAQuoteInsideASentenceInsideAParagraph() {
        String text = "Port deal\n\nThe mayor said: \"Ana Costa will sign it.\" Talks end today.";
        List<SpanRenderer.Mark> marks = new ArrayList<>(SpanRenderer.paragraphs(text));
        marks.add(mark(text, "The mayor said: \"Ana Costa will sign it.\"", 1, "s"));
        marks.add(mark(text, "Talks end today.", 1, "s"));
        marks.add(mark(text, "\"Ana Costa will sign it.\"", 2, "q"));
        marks.add(mark(text, "Ana Costa", 3, "n"));
        assertThat(SpanRenderer.render(text, marks)).isEqualTo("<p>Port deal</p>\n\n<p><s>The mayor said: <q>&quot;<n>Ana Costa</n>"
                + " will sign it.&quot;</q></s> <s>Talks end today.</s></p>");
    }

    @Test
    void render_markCrossingTheEndOfItsParent_isLeftOutAndTextKept() {
        String text = "One two three four";
        List<SpanRenderer.Mark> marks = List.of(mark(text, "One two", 1, "s"), mark(text, "two three", 3, "n"),
                new SpanRenderer.Mark(3, 99, 1, "<x>", "</x>"));
        assertThat(SpanRenderer.render(text, marks)).isEqualTo("<s>One two</s> three four");
    }

    @Test
    void render_hostileText_isEscapedInsideAndOutsideMarks() {
        String text = "<script>alert(1)</script> & \"Bad\"";
        List<SpanRenderer.Mark> marks = List.of(mark(text, "alert(1)", 3, "n"));
        assertThat(SpanRenderer.render(text, marks)).isEqualTo("&lt;script&gt;<n>alert(1)</n>&lt;/script&gt; &amp; &quot;Bad&quot;");
    }
}

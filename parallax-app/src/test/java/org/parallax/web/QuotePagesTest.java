package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AttributedQuote;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;

class QuotePagesTest {
    private static final String TEXT = "Talks\n\"We will wait. We will not\nmove,\" Peskov said. Russia will wait, he added.";

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    private static AttributedQuote quote(String words, boolean direct, String speaker) {
        Span content = span(words);
        return new AttributedQuote("a1", new Quote(content, direct, false, null, span("Peskov"), span("Peskov"), null),
                content.of(TEXT), "Peskov", null, speaker == null ? null : "person-" + speaker.toLowerCase(), speaker, null, null);
    }

    @Test
    void marks_quoteOverSentencesAndParagraphs_nestsInEach_anchoredOnce() {
        List<Sentence> sentences = List.of(new Sentence(span("Talks"), 0), new Sentence(span("\"We will wait."), 1),
                new Sentence(span("We will not"), 1), new Sentence(span("move,\" Peskov said."), 2),
                new Sentence(span("Russia will wait, he added."), 2));
        AttributedQuote said = quote("We will wait. We will not\nmove", true, "Dmitry Peskov");
        AttributedQuote reported = quote("Russia will wait", false, null);
        List<SpanRenderer.Mark> marks = new ArrayList<>(SpanRenderer.paragraphs(TEXT));
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i).span();
            marks.add(new SpanRenderer.Mark(s.start(), s.end(), 1, "<s>", "</s>"));
        }
        List<SpanRenderer.Mark> quoted = QuotePages.marks(TEXT, sentences, List.of(said, reported), span("We will wait").start());
        assertThat(quoted).hasSize(4);
        marks.addAll(quoted);
        int start = said.quote().content().start();
        String open = "<span class=\"quote direct focus\" title=\"quoted, said by Dmitry Peskov\">";
        assertThat(SpanRenderer.render(TEXT, marks)).isEqualTo("<p><s>Talks</s></p>\n<p><s>&quot;"
                + "<span class=\"quote direct focus\" id=\"q-" + start + "\" title=\"quoted, said by Dmitry Peskov\">We will wait.</span></s> <s>"
                + open + "We will not</span></s></p>\n<p><s>" + open + "move</span>,&quot; Peskov said.</s> <s>"
                + "<span class=\"quote reported\" id=\"q-" + reported.quote().content().start()
                + "\" title=\"reported speech, said by Peskov (not linked to an entity)\">Russia will wait</span>, he added.</s></p>");
    }

    @Test
    void marks_noSentences_cutAtParagraphs_andNoFocusWithoutOne() {
        AttributedQuote said = quote("We will wait. We will not\nmove", true, "Dmitry Peskov");
        List<SpanRenderer.Mark> marks = QuotePages.marks(TEXT, List.of(), List.of(said), -1);
        assertThat(marks).extracting(m -> TEXT.substring(m.start(), m.end())).containsExactly("We will wait. We will not", "move");
        assertThat(marks).allSatisfy(m -> assertThat(m.open()).doesNotContain("focus"));
    }

    @Test
    void hover_saysWhoSaidIt_andHowItIsKnown() {
        assertThat(QuotePages.hover(quote("Russia will wait", false, null))).isEqualTo("reported speech, said by Peskov (not linked to an entity)");
        Span content = span("Talks");
        AttributedQuote headline = new AttributedQuote("a1", new Quote(content, true, true, null, null, null, span("Peskov")),
                "Talks", null, null, null, null, "org-cctv", "CCTV");
        assertThat(QuotePages.hover(headline)).isEqualTo("In a headline: quoted, said by an unknown speaker, via CCTV");
    }

    @Test
    void whoSaidWhat_articleWithoutTitleOrOutlet_namedByItsFileNotWhereItLies() {
        AttributedQuote q = quote("Russia will wait", false, "Dmitry Peskov");
        String html = QuotePages.whoSaidWhat(new org.parallax.store.QuotePage(1, List.of(new org.parallax.store.ReportedQuote(q, "",
                "/srv/corpus/secret/piece.txt", null, null, "story-1", "A story"))));
        assertThat(html).contains(">piece.txt</a>", "<h3><a class=\"speaker\" href=\"/entities/person-dmitry peskov\">Dmitry Peskov</a></h3>")
                .doesNotContain("/srv/corpus");
        assertThat(QuotePages.saidBy("Dmitry Peskov", new org.parallax.store.QuotePage(0, List.of()))).isEmpty();
        assertThat(QuotePages.saidBy("Dmitry Peskov", new org.parallax.store.QuotePage(1, List.of(new org.parallax.store.ReportedQuote(q,
                "", "/srv/corpus/secret/piece.txt", null, null, "story-1", "A story"))))).as("said as every page says it")
                .contains(">piece.txt</a> · outlet not known · undated");
    }

    @Test
    void saidBy_givesTheTimeAsEveryPageDoes_notInIsoForm() {
        AttributedQuote q = quote("Russia will wait", false, "Dmitry Peskov");
        String html = QuotePages.saidBy("Dmitry Peskov", new org.parallax.store.QuotePage(1, List.of(new org.parallax.store.ReportedQuote(q,
                "Talks", "in/a.txt", "Wire", "2025-04-02T06:30", "story-1", "A story"))));
        assertThat(html).contains(" · Wire · 2025-04-02 06:30").doesNotContain("2025-04-02T06:30");
    }
}

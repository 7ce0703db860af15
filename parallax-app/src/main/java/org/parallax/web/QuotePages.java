package org.parallax.web;

import static org.parallax.web.Html.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.AttributedQuote;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.store.QuotePage;
import org.parallax.store.ReportedQuote;

/**
 * The quote parts of the pages: who said what in a story (by speaker, the same words from several articles
 * once), what an entity said across stories, and the marks that lay quotes over an article's text. Every word
 * from an article or a name is escaped.
 */
final class QuotePages {
    /** How many of a story's quotes its page reads. */
    static final int STORY_QUOTES = 300;
    /** How many of an entity's quotes its page shows, from the newest articles. */
    static final int ENTITY_QUOTES = 100;
    /** A quote longer than this is cut on the lists (its article shows it whole). */
    private static final int SHOWN = 600;

    private QuotePages() {
    }

    /** Where a quote's words stand: its article's page, scrolled to the quote and with the whole quote marked. */
    static String href(AttributedQuote q) {
        int start = q.quote().content().start();
        return "/articles/" + escape(q.article()) + "?quote=" + start + "#q-" + start;
    }

    /**
     * The "Who said what" section of a story: a group per speaker, linked to the speaker's page, the quotes of an
     * unknown speaker last as "Unattributed"; the same words reported by several articles once, with each article
     * named. Quotes in headlines stand apart, after the reporting. Empty when the story reports no quote.
     */
    static String whoSaidWhat(QuotePage page) {
        if (page.quotes().isEmpty()) {
            return "";
        }
        Map<String, List<ReportedQuote>> bySpeaker = new LinkedHashMap<>();
        List<ReportedQuote> unattributed = new ArrayList<>();
        List<ReportedQuote> headlines = new ArrayList<>();
        for (ReportedQuote r : page.quotes()) {
            if (r.quote().quote().headline()) {
                headlines.add(r);
            } else if (r.quote().speaker() == null) {
                unattributed.add(r);
            } else {
                bySpeaker.computeIfAbsent(r.quote().speaker(), k -> new ArrayList<>()).add(r);
            }
        }
        StringBuilder b = new StringBuilder("<h2>Who said what</h2>");
        if (page.total() > page.quotes().size()) {
            b.append("<p class=\"meta\">").append(page.quotes().size()).append(" of ").append(page.total())
                    .append(" quotes shown</p>");
        }
        b.append("<div class=\"said\">");
        for (List<ReportedQuote> group : bySpeaker.values()) {
            AttributedQuote first = group.get(0).quote();
            b.append("<section class=\"speaker\"><h3><a class=\"speaker\" href=\"/entities/").append(escape(first.speaker()))
                    .append("\">").append(escape(first.speakerName())).append("</a></h3>");
            items(b, group, false);
            b.append("</section>");
        }
        if (!unattributed.isEmpty()) {
            b.append("<section class=\"speaker unattributed\"><h3>Unattributed</h3>");
            items(b, unattributed, true);
            b.append("</section>");
        }
        b.append("</div>");
        if (!headlines.isEmpty()) {
            b.append("<details class=\"headlines\"><summary>Quoted in headlines (").append(headlines.size())
                    .append(")</summary>");
            items(b, headlines, true);
            b.append("</details>");
        }
        return b.toString();
    }

    /** The quotes of one group, the same words (by speaker and text) once with every article that reports them. */
    private static void items(StringBuilder b, List<ReportedQuote> quotes, boolean withSpeaker) {
        Map<String, List<ReportedQuote>> same = new LinkedHashMap<>();
        for (ReportedQuote r : quotes) {
            same.computeIfAbsent(r.quote().speaker() + "\u0000" + words(r.quote().text()), k -> new ArrayList<>()).add(r);
        }
        b.append("<ul class=\"quotes\">");
        for (List<ReportedQuote> reports : same.values()) {
            AttributedQuote q = reports.get(0).quote();
            b.append("<li class=\"").append(q.quote().direct() ? "direct" : "reported").append("\">");
            said(b, q);
            b.append(" <span class=\"meta\">");
            if (withSpeaker) {
                b.append(q.speaker() != null ? "— <a href=\"/entities/" + escape(q.speaker()) + "\">" + escape(q.speakerName()) + "</a> · "
                        : q.speakerText() != null ? "— " + escape(q.speakerText()) + " · " : "");
            }
            for (int i = 0; i < reports.size(); i++) {
                ReportedQuote r = reports.get(i);
                b.append(i == 0 ? "" : ", ").append("<a href=\"").append(href(r.quote())).append("\">")
                        .append(escape(r.outlet() == null ? name(r) : r.outlet())).append("</a>");
                if (r.quote().via() != null && (i == 0 || !r.quote().via().equals(reports.get(i - 1).quote().via()))) {
                    b.append(" via <a href=\"/entities/").append(escape(r.quote().via())).append("\">")
                            .append(escape(r.quote().viaName())).append("</a>");
                }
            }
            b.append("</span></li>");
        }
        b.append("</ul>");
    }

    /**
     * The "What … said" section of an entity: each quote linked to its words, with its article, outlet, date and
     * story. Empty when the entity is not quoted.
     */
    static String saidBy(String name, QuotePage page) {
        if (page.quotes().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>What ").append(escape(name)).append(" said</h2>");
        if (page.total() > page.quotes().size()) {
            b.append("<p class=\"meta\">").append(page.quotes().size()).append(" of ").append(page.total())
                    .append(" quotes shown, from the newest articles</p>");
        }
        b.append("<ol class=\"quotes said-by\">");
        for (ReportedQuote r : page.quotes()) {
            AttributedQuote q = r.quote();
            b.append("<li class=\"").append(q.quote().direct() ? "direct" : "reported").append("\">");
            if (q.quote().headline()) {
                b.append("<span class=\"kind\">headline</span>");
            }
            said(b, q);
            b.append("<br><span class=\"meta\"><a href=\"/articles/").append(escape(q.article())).append("\">")
                    .append(escape(name(r))).append("</a> · ").append(escape(Html.outlet(r.outlet())))
                    .append(" · ").append(escape(Html.when(r.published())));
            if (q.via() != null) {
                b.append(" · via <a href=\"/entities/").append(escape(q.via())).append("\">").append(escape(q.viaName())).append("</a>");
            }
            if (r.story() != null) {
                b.append(" · story <a href=\"/stories/").append(escape(r.story())).append("\">")
                        .append(escape(title(r.storyTitle()))).append("</a>");
            }
            b.append("</span></li>");
        }
        return b.append("</ol>").toString();
    }

    /** The words said, linked to where they stand: a direct quote in quotation marks, reported speech after its cue. */
    private static void said(StringBuilder b, AttributedQuote q) {
        String text = q.text().strip();
        if (text.length() > SHOWN) {
            text = text.substring(0, SHOWN).strip() + "…";
        }
        if (!q.quote().direct()) {   // reported speech says how it was reported: "said", "according to", "criticized"
            String cue = q.cueText() == null || q.cueText().isBlank() ? "reported" : q.cueText().strip();
            b.append("<span class=\"kind\" title=\"reported speech\">").append(escape(cue)).append("</span>");
        }
        b.append("<a class=\"said\" href=\"").append(href(q)).append("\">")
                .append(q.quote().direct() ? "“" + escape(text) + "”" : escape(text)).append("</a>");
    }

    /**
     * The marks of an article's quotes for the span renderer (depth 2: inside sentences, around names). A quote is
     * cut where a sentence or paragraph begins or ends inside it, so that it nests in each; its first piece holds
     * the anchor {@code q-<start>}; the pieces of the quote starting at {@code focus} are marked as the one looked for.
     * Each piece's title says who said it.
     */
    static List<SpanRenderer.Mark> marks(String text, List<Sentence> sentences, List<AttributedQuote> quotes, int focus) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Sentence s : sentences) {
            cuts.add(s.span().start());
            cuts.add(s.span().end());
        }
        for (SpanRenderer.Mark p : SpanRenderer.paragraphs(text)) {
            cuts.add(p.start());
            cuts.add(p.end());
        }
        List<SpanRenderer.Mark> out = new ArrayList<>();
        Set<Integer> anchored = new HashSet<>();
        for (AttributedQuote q : quotes) {
            Span content = q.quote().content();
            if (content.end() > text.length()) {
                continue;
            }
            String classes = "quote " + (q.quote().direct() ? "direct" : "reported") + (q.quote().headline() ? " headline" : "")
                    + (content.start() == focus ? " focus" : "");
            String title = escape(hover(q));
            int from = content.start();
            boolean first = anchored.add(content.start());
            List<Integer> ends = new ArrayList<>(cuts.subSet(content.start(), false, content.end(), false));
            ends.add(content.end());
            for (int to : ends) {
                if (!text.substring(from, to).isBlank()) {
                    String id = first ? " id=\"q-" + content.start() + "\"" : "";
                    out.add(new SpanRenderer.Mark(from, to, 2, "<span class=\"" + classes + "\"" + id + " title=\"" + title + "\">",
                            "</span>"));
                    first = false;
                }
                from = to;
            }
        }
        return out;
    }

    /** Who said it, as a quote's title shows it on hover. */
    static String hover(AttributedQuote q) {
        Quote quote = q.quote();
        String kind = quote.headline() ? "In a headline: " : "";
        kind += quote.direct() ? "quoted" : "reported speech";
        String who = q.speakerName() != null ? q.speakerName()
                : q.speakerText() != null ? q.speakerText() + " (not linked to an entity)" : "an unknown speaker";
        return kind + ", said by " + who + (q.viaName() != null ? ", via " + q.viaName() : "");
    }

    /** What the marks on an article's text mean: shown above a text that has quotes. */
    static String legend() {
        return "<p class=\"legend meta\">In the text: <span class=\"quote direct\">quoted words</span>"
                + " <span class=\"quote reported\">reported speech</span> names of <a class=\"mention person\">a person</a>"
                + "<a class=\"mention organization\">an organization</a><a class=\"mention country\">a country</a>"
                + "<a class=\"mention location\">a place</a> <time class=\"timex\">a time</time>"
                + " · hover over a quote to see who said it, over a time to see the date it stands for</p>";
    }

    /** A text's words, lower case, for comparing what two articles quote. */
    private static String words(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }

    private static String title(String t) {
        return t == null || t.isBlank() ? "(untitled)" : t;
    }

    /** An article as a list names it: its title, else its input's file name (never where that lies on the server). */
    private static String name(ReportedQuote r) {
        if (!r.articleTitle().isBlank()) {
            return r.articleTitle();
        }
        String source = r.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }
}

package org.parallax.web;

import static org.parallax.web.Html.escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.parallax.bundle.Views;
import org.parallax.store.Timeline;

/**
 * A story's or a storyline's timeline on its page and in its JSON: the days its articles name on a time axis (a picture, each day a
 * dot sized by what is said of it and linked to the list below), then the list, each sentence linked to its words in
 * its article; and how many articles give no date of their own.
 */
final class TimelinePages {
    /** How wide the picture is, in pixels. */
    private static final int WIDTH = 720;

    private TimelinePages() {
    }

    /** The story page's section: a picture of the days, then what each day's sentences say. */
    static String section(Timeline t) {
        return section(t, null);
    }

    /**
     * The section of a story's page, or of a storyline's when {@code storyTitles} gives the titles of its stories by id:
     * then the events of all its stories share one axis and each says which story it is from.
     */
    static String section(Timeline t, Map<String, String> storyTitles) {
        StringBuilder b = new StringBuilder("<h2 id=\"timeline\">What happened when</h2>");
        if (t.days().isEmpty()) {
            b.append("<p class=\"meta\">No article of this ").append(storyTitles == null ? "story" : "storyline")
                    .append(" names a day.</p>");
        } else {
            b.append(picture(t)).append("<p class=\"meta days\">Each dot is a day the articles' words name, sized by how"
                    + " often it is named (a bar: a span of days); it links to what they say of it below.</p>")
                    .append("<ol class=\"events\">");
            for (Timeline.Day d : t.days()) {
                b.append("<li id=\"day-").append(d.day()).append("\"><span class=\"day\">").append(escape(label(d)))
                        .append("</span><ul>");
                for (Timeline.Event e : d.events()) {
                    b.append("<li><q>").append(escape(e.text())).append("</q> <span class=\"meta\">");
                    boolean first = true;
                    for (Timeline.Witness w : e.articles()) {
                        b.append(first ? "" : " · ").append("<a class=\"witness\" href=\"/articles/").append(escape(w.article()))
                                .append(w.sentence() >= 0 ? "#s" + w.sentence() : "").append("\">")
                                .append(escape(w.outlet() != null ? w.outlet() : w.title().isBlank() ? "(untitled)" : w.title()))
                                .append("</a>");
                        first = false;
                    }
                    b.append(" · <time title=\"").append(escape(Pages.timeTitle(e.time().time()))).append("\">")
                            .append(escape(e.time().text())).append("</time>");
                    if (storyTitles != null) {
                        // the story by its title, unless that is the words of the link before it (a story is named after
                        // one of its articles) or not known: then as "its story", never by its id
                        Timeline.Witness w = e.articles().get(0);
                        String story = w.storyOf();
                        String title = storyTitles.get(story);
                        boolean said = title == null || e.articles().size() == 1 && w.outlet() == null && title.equals(w.title());
                        b.append(" · in <a class=\"story\" href=\"/stories/").append(escape(story)).append("\">")
                                .append(said ? "its story" : escape(title)).append("</a>");
                    }
                    b.append("</span></li>");
                }
                b.append("</ul></li>");
            }
            b.append("</ol>");
        }
        if (t.undatedArticles() > 0) {
            b.append("<p class=\"meta undated\">").append(t.undatedArticles()).append(t.undatedArticles() == 1
                    ? " article gives no date of its own; its days are reckoned from the day inferred for it"
                    : " articles give no date of their own; their days are reckoned from the day inferred for each")
                    .append(" (a dateline, the story's first dated report, or the latest day the words name), shown on"
                            + " the article's page.</p>");
        }
        return b.toString();
    }

    private static String label(Timeline.Day d) {
        return d.last().equals(d.day()) ? d.day().toString() : d.day() + " – " + d.last();
    }

    /** The days on a line, from the first to the last, each a dot (a bar for a range) linked to its entry. */
    private static String picture(Timeline t) {
        LocalDate first = t.start();
        LocalDate last = t.end();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        StringBuilder svg = new StringBuilder("<svg class=\"timeline events\" role=\"img\" aria-label=\"Days the articles name, from ")
                .append(first).append(" to ").append(last).append("\" width=\"").append(WIDTH).append("\" height=\"80\" viewBox=\"0 0 ")
                .append(WIDTH).append(" 80\"><line x1=\"20\" y1=\"40\" x2=\"").append(WIDTH - 20)
                .append("\" y2=\"40\" stroke=\"#888\"/>");
        svg.append(first.equals(last) ? tick(first, WIDTH / 2, "middle")
                : tick(first, 40, "start") + tick(last, WIDTH - 40, "end"));
        for (Timeline.Day d : t.days()) {
            long x = x(first, span, d.day(), t);
            long x2 = x(first, span, d.last(), t);
            int said = d.events().stream().mapToInt(e -> e.articles().size()).sum();
            svg.append("<a href=\"#day-").append(d.day()).append("\" class=\"day\"><title>").append(escape(label(d))).append(": ")
                    .append(said).append(said == 1 ? " mention" : " mentions").append("</title>");
            if (x2 > x) {
                svg.append("<rect x=\"").append(x).append("\" y=\"35\" width=\"").append(x2 - x)
                        .append("\" height=\"10\" rx=\"4\" fill=\"#5aa86b\" opacity=\"0.6\"/>");
            }
            svg.append("<circle cx=\"").append(x).append("\" cy=\"40\" r=\"").append(5 + 2 * Math.min(6, said))
                    .append("\" fill=\"#2f7d45\"/></a>");
        }
        return svg.append("</svg>").toString();
    }

    private static long x(LocalDate first, long span, LocalDate day, Timeline t) {
        if (t.start().equals(t.end())) {
            return WIDTH / 2;
        }
        return 40 + (WIDTH - 80) * ChronoUnit.DAYS.between(first, day) / span;
    }

    private static String tick(LocalDate day, long x, String anchor) {
        return "<text x=\"" + x + "\" y=\"72\" font-size=\"11\" text-anchor=\"" + anchor + "\">" + day + "</text>";
    }

    /** The timeline as JSON: start, end, the days with their events (each with its time expression and witnesses). */
    static ObjectNode json(Timeline t) {
        return json(t, "story");
    }

    /**
     * The timeline as JSON under the id of what it is of ({@code story} or {@code storyline}): start, end, the days
     * with their events (each with its time expression and witnesses, each witness with its story).
     */
    static ObjectNode json(Timeline t, String of) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(of, t.story());
        root.put("start", t.start() == null ? null : t.start().toString());
        root.put("end", t.end() == null ? null : t.end().toString());
        root.put("undated_articles", t.undatedArticles());
        ArrayNode days = root.putArray("days");
        for (Timeline.Day d : t.days()) {
            ObjectNode day = days.addObject();
            day.put("day", d.day().toString());
            day.put("last", d.last().toString());
            ArrayNode events = day.putArray("events");
            for (Timeline.Event e : d.events()) {
                ObjectNode event = events.addObject();
                event.put("text", e.text());
                event.set("time", Views.tree(Views.time(e.time())));
                ArrayNode articles = event.putArray("articles");
                for (Timeline.Witness w : e.articles()) {
                    articles.addObject().put("article", w.article()).put("title", w.title()).put("outlet", w.outlet())
                            .put("sentence", w.sentence()).put("story", w.storyOf());
                }
            }
        }
        return root;
    }
}

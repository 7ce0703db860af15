package org.parallax.web;

import static org.parallax.web.Html.escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parallax.bundle.Views;
import org.parallax.model.AttributedStance;
import org.parallax.model.Sentence;
import org.parallax.model.Stance;
import org.parallax.store.ReportedStance;
import org.parallax.store.StanceMatrix;

/**
 * Who stands where, on pages and in JSON: a story's actor × issue table (a picture of positions, each cell opening
 * the words that show it: the quote in its article, else the sentence), with each cell's evidence listed below; an
 * entity's stances, taken and received; and the JSON of both.
 */
final class StancePages {
    /** How many actors (rows) and topics (columns) the picture shows; the JSON has all. */
    static final int ROWS = 12;
    static final int COLUMNS = 8;
    /** How many of an entity's stances its page lists, from the newest articles. */
    static final int ENTITY_STANCES = 100;
    /** Evidence longer than this is cut on the lists (its article shows it whole). */
    private static final int SHOWN = 300;

    private StancePages() {
    }

    /**
     * Where a stance's words stand: its article's page at the quote that holds them (marked whole), else at the
     * sentence that holds them; {@code sentences} gives an article's sentences.
     */
    static String href(AttributedStance s, Function<String, List<Sentence>> sentences) {
        if (s.quote() != null) {
            return "/articles/" + escape(s.article()) + "?quote=" + s.quote().start() + "#q-" + s.quote().start();
        }
        List<Sentence> list = sentences.apply(s.article());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).span().start() <= s.stance().evidence().start() && s.stance().evidence().start() < list.get(i).span().end()) {
                return "/articles/" + escape(s.article()) + "#s" + i;
            }
        }
        return "/articles/" + escape(s.article());
    }

    /** The story page's section: the table as a picture, then each cell's stances oldest first. */
    static String section(StanceMatrix m, Function<String, List<Sentence>> sentences) {
        if (m.isEmpty()) {
            return "";
        }
        Function<String, List<Sentence>> cached = cache(sentences);
        List<StanceMatrix.Actor> rows = m.actors().subList(0, Math.min(ROWS, m.actors().size()));
        List<StanceMatrix.Column> columns = m.columns().subList(0, Math.min(COLUMNS, m.columns().size()));
        Map<String, StanceMatrix.Cell> cells = new HashMap<>();
        m.cells().forEach(c -> cells.put(c.actor() + "\u0000" + c.topic(), c));
        StringBuilder b = new StringBuilder("<h2>Who stands where</h2><div class=\"matrix\"><table class=\"stances\"><thead><tr><th>"
                + "</th>");
        for (StanceMatrix.Column c : columns) {
            b.append("<th scope=\"col\" title=\"").append(escape(String.join(" · ", c.issues()))).append("\">");
            if (c.target() != null) {
                b.append("toward <a href=\"/entities/").append(escape(c.target())).append("\">").append(escape(c.topic()))
                        .append("</a>");
            } else {
                b.append(escape(c.topic()));
            }
            b.append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (int r = 0; r < rows.size(); r++) {
            StanceMatrix.Actor a = rows.get(r);
            b.append("<tr><th scope=\"row\"><a href=\"/entities/").append(escape(a.entity())).append("\">").append(escape(a.name()))
                    .append("</a></th>");
            for (int k = 0; k < columns.size(); k++) {
                StanceMatrix.Cell cell = cells.get(a.entity() + "\u0000" + columns.get(k).topic());
                if (cell == null) {
                    b.append("<td></td>");
                    continue;
                }
                AttributedStance latest = cell.stances().get(cell.stances().size() - 1).stance();
                b.append("<td class=\"cell ").append(cell.position()).append("\"><a class=\"stance ").append(cell.position())
                        .append("\" href=\"").append(href(latest, cached)).append("\" title=\"")
                        .append(escape(a.name() + " " + stands(cell.position()) + " " + cell.topic() + ": "
                                + shown(latest.evidenceText())))
                        .append("\">").append(cell.position()).append(cell.stances().size() > 1 ? " ×" + cell.stances().size() : "")
                        .append("</a> <a class=\"all\" href=\"#stance-").append(r).append('-').append(k)
                        .append("\" aria-label=\"all evidence\">…</a></td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div><p class=\"legend meta\"><span class=\"cell supports\">supports</span>"
                + "<span class=\"cell opposes\">opposes</span><span class=\"cell conditional\">conditional</span>"
                + "<span class=\"cell neutral\">neutral</span><span class=\"cell mixed\">mixed</span> Each cell opens the words"
                + " of its latest stance; … lists them all.</p><details class=\"evidence-list\"><summary>Evidence of each cell"
                + "</summary><dl class=\"stance-evidence\">");
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < columns.size(); k++) {
                StanceMatrix.Cell cell = cells.get(rows.get(r).entity() + "\u0000" + columns.get(k).topic());
                if (cell == null) {
                    continue;
                }
                b.append("<dt id=\"stance-").append(r).append('-').append(k).append("\">").append(escape(rows.get(r).name()))
                        .append(" — ").append(escape(cell.topic())).append(": <span class=\"cell ").append(cell.position())
                        .append("\">").append(cell.position()).append("</span></dt><dd><ol class=\"stances\">");
                for (ReportedStance s : cell.stances()) {
                    b.append("<li>").append(item(s, cached)).append("</li>");
                }
                b.append("</ol></dd>");
            }
        }
        b.append("</dl></details>");
        return b.toString();
    }

    /** How an actor stands toward an issue, as a sentence says it: "supports", "is neutral on". */
    static String stands(String position) {
        return switch (position) {
            case "supports", "opposes" -> position;
            case "conditional" -> "sets conditions on";
            case "neutral" -> "is neutral on";
            case "mixed" -> "is both for and against";
            default -> position + " on";
        };
    }

    /** One stance on a list: its position and issue, its evidence linked to its words, its condition, its article. */
    private static String item(ReportedStance r, Function<String, List<Sentence>> sentences) {
        AttributedStance s = r.stance();
        Stance t = s.stance();
        StringBuilder b = new StringBuilder("<span class=\"cell ").append(t.position().label()).append("\">")
                .append(t.position().label()).append("</span> ").append(escape(t.issue()));
        if (s.conditionText() != null) {
            b.append(" <span class=\"condition\">(").append(escape(s.conditionText())).append(")</span>");
        }
        b.append(": <a class=\"evidence-link\" href=\"").append(href(s, sentences)).append("\"><q>")
                .append(escape(shown(s.evidenceText()))).append("</q></a> <span class=\"meta\">")
                .append(Html.known(r.outlet()) ? escape(r.outlet())
                        : "<em class=\"unknown-outlet\">" + Html.NO_OUTLET + ":</em> " + escape(r.articleTitle())).append(" · ")
                .append(escape(Html.when(r.published()))).append("</span>");
        return b.toString();
    }

    /** The entity page's section: the stances it takes, then those taken toward it. */
    static String ofEntity(String entity, String name, List<ReportedStance> stances, Function<String, List<Sentence>> sentences) {
        if (stances.isEmpty()) {
            return "";
        }
        Function<String, List<Sentence>> cached = cache(sentences);
        StringBuilder taken = new StringBuilder();
        StringBuilder received = new StringBuilder();
        for (ReportedStance r : stances) {
            if (entity.equals(r.stance().actor())) {
                taken.append("<li>").append(item(r, cached)).append("</li>");
            } else {
                received.append("<li>").append(escape(r.stance().actorName() == null ? r.stance().actorText() : r.stance().actorName()))
                        .append(" ").append(item(r, cached)).append("</li>");
            }
        }
        StringBuilder b = new StringBuilder("<h2>Where ").append(escape(name)).append(" stands</h2>");
        b.append(taken.isEmpty() ? "<p class=\"meta\">No stance of its own is reported.</p>"
                : "<ol class=\"stances taken\">" + taken + "</ol>");
        if (!received.isEmpty()) {
            b.append("<h3>Stances toward ").append(escape(name)).append("</h3><ol class=\"stances received\">").append(received)
                    .append("</ol>");
        }
        return b.toString();
    }

    /** The JSON of a story's table: its rows, its columns, and each cell with its stances. */
    static ObjectNode json(StanceMatrix m) {
        return json(m, "story");
    }

    /** The table as JSON, its story or storyline id under {@code key}. */
    static ObjectNode json(StanceMatrix m, String key) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(key, m.story());
        ArrayNode actors = root.putArray("actors");
        m.actors().forEach(a -> actors.addObject().put("entity", a.entity()).put("name", a.name()).put("stances", a.stances()));
        ArrayNode columns = root.putArray("issues");
        for (StanceMatrix.Column c : m.columns()) {
            ObjectNode col = columns.addObject().put("topic", c.topic()).put("target", c.target()).put("stances", c.stances());
            ArrayNode issues = col.putArray("issues");
            c.issues().forEach(issues::add);
        }
        ArrayNode cells = root.putArray("cells");
        for (StanceMatrix.Cell c : m.cells()) {
            ObjectNode cell = cells.addObject().put("actor", c.actor()).put("topic", c.topic()).put("position", c.position());
            ArrayNode list = cell.putArray("stances");
            c.stances().forEach(s -> list.add(stance(s)));
        }
        return root;
    }

    /** A stance's one view, with its actor's and target's names and where it was reported. */
    static ObjectNode stance(ReportedStance r) {
        ObjectNode node = Views.tree(Views.stance(r.stance()));
        node.put("actor_name", r.stance().actorName());
        node.put("article_title", r.articleTitle());
        node.put("outlet", r.outlet());
        node.put("published", r.published());
        node.put("story", r.story());
        node.put("story_title", r.storyTitle());
        return node;
    }

    private static String shown(String words) {
        String flat = words.replaceAll("\\s+", " ").strip();
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN - 1) + "…";
    }

    private static Function<String, List<Sentence>> cache(Function<String, List<Sentence>> sentences) {
        Map<String, List<Sentence>> seen = new HashMap<>();
        return article -> seen.computeIfAbsent(article, sentences);
    }
}

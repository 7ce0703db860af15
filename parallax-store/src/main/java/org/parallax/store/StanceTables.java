package org.parallax.store;

import static org.parallax.store.QuoteTables.span;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.AttributedStance;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Stance;

/**
 * The stance table: the stance layer of each article, written and replaced with its other layers, and read back with
 * each actor and target linked to its identity: the entity of the mention at its span, which triggers of the schema
 * keep in step with the mentions (so it follows the identity stage whatever it writes). Read by article, by story
 * (its actor × issue table), by entity (its stances, and those taken toward it), and as signed actor → target edges.
 * The caller holds the transaction.
 */
final class StanceTables {
    /** A quote {@code q} of the stance row's article whose content holds its evidence (the first such, by start). */
    /** The columns {@link #row} reads, in order; {@code ac} and {@code ta} are the actor's and the target's entities. */
    private static final String COLUMNS = "s.article, s.evidence_start, s.evidence_end, s.evidence_text, s.actor_start,"
            + " s.actor_end, s.actor_text, s.issue, s.topic, s.issue_start, s.issue_end, s.position, s.condition_start,"
            + " s.condition_end, s.condition_text, s.target_start, s.target_end, ac.id, ac.name, ta.id, ta.name,"
            + " s.quote_start, s.quote_end,"
            + " a.title, a.outlet, a.published, sa.story, st.title";

    /** The actor, the target, the article and the story of the stance row {@code s}. */
    private static final String CONTEXT = " LEFT JOIN entities ac ON ac.id = s.actor LEFT JOIN entities ta ON ta.id = s.target"
            + " JOIN articles a ON a.id = s.article LEFT JOIN story_articles sa ON sa.article = s.article"
            + " LEFT JOIN stories st ON st.id = sa.story";

    private StanceTables() {
    }

    /**
     * Replaces the stances of the article with its stance layer (a repeated evidence, actor and issue is kept once,
     * the first); a trigger links each actor and target to the entity of the mention at its span.
     */
    static void write(Connection c, AnnotatedArticle a) throws SQLException {
        String id = a.article().id();
        String text = a.article().text();
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM stances WHERE article = ?");
             PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO stances(article, evidence_start, evidence_end,"
                     + " evidence_text, actor_start, actor_end, actor_text, issue, topic, issue_start, issue_end, position,"
                     + " condition_start, condition_end, condition_text, target_start, target_end, quote_start, quote_end)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            drop.setString(1, id);
            drop.executeUpdate();
            QuoteSpans held = new QuoteSpans(a.quotes());
            for (Stance s : a.stances()) {
                ps.setString(1, id);
                span(ps, 2, s.evidence());
                ps.setString(4, s.evidence().of(text));
                span(ps, 5, s.actor());
                ps.setString(7, s.actor().of(text));
                ps.setString(8, s.issue());
                ps.setString(9, s.topic());
                span(ps, 10, s.issueWords());
                ps.setString(12, s.position().label());
                span(ps, 13, s.condition());
                ps.setString(15, s.condition() == null ? null : s.condition().of(text));
                span(ps, 16, s.target());
                span(ps, 18, held.holding(s.evidence()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The stances of an article, in text order of their evidence. */
    static List<ReportedStance> ofArticle(Connection c, String article) throws SQLException {
        return rows(c, "SELECT " + COLUMNS + " FROM stances s" + CONTEXT + " WHERE s.article = ?1"
                + " ORDER BY s.evidence_start, s.actor_start, s.issue", article);
    }

    /**
     * The stances of a story's articles whose actor is known: by actor (most stances first, then by name), then by
     * topic and issue, then in the order the articles joined the story and text order.
     */
    static List<ReportedStance> ofStory(Connection c, String story) throws SQLException {
        return rows(c, "WITH g AS (SELECT s.actor, count(*) AS n FROM story_articles sa JOIN stances s ON s.article = sa.article"
                + " WHERE sa.story = ?1 AND s.actor IS NOT NULL GROUP BY s.actor)"
                + " SELECT " + COLUMNS + " FROM story_articles member JOIN stances s ON s.article = member.article"
                + " JOIN g ON g.actor = s.actor" + CONTEXT + " WHERE member.story = ?1"
                + " ORDER BY g.n DESC, ac.name, s.actor, s.topic, s.issue, member.position, s.evidence_start", story);
    }

    /**
     * The stances of the articles of a storyline's stories whose actor is known: by actor (most stances first), then
     * by topic and issue, then by date of the article (undated last) and text order.
     */
    static List<ReportedStance> ofStoryline(Connection c, String storyline) throws SQLException {
        return rows(c, "WITH members AS (SELECT sa.article FROM stories line JOIN story_articles sa ON sa.story = line.id"
                + " WHERE line.storyline = ?1),"
                + " g AS (SELECT s.actor, count(*) AS n FROM members m JOIN stances s ON s.article = m.article"
                + " WHERE s.actor IS NOT NULL GROUP BY s.actor)"
                + " SELECT " + COLUMNS + " FROM members m JOIN stances s ON s.article = m.article JOIN g ON g.actor = s.actor"
                + CONTEXT + " ORDER BY g.n DESC, ac.name, s.actor, s.topic, s.issue, a.published IS NULL, a.published,"
                + " s.article, s.evidence_start", storyline);
    }

    /**
     * The stances an entity takes (as their actor) and those taken toward it (as their target), across stories:
     * newest articles first (undated last), then text order.
     */
    static List<ReportedStance> ofEntity(Connection c, String entity, int limit) throws SQLException {
        return rows(c, "SELECT " + COLUMNS + " FROM stances s" + CONTEXT + " WHERE s.actor = ?1 OR s.target = ?1"
                + " ORDER BY a.published IS NULL, a.published DESC, s.article, s.evidence_start, s.actor_start, s.issue"
                + " LIMIT " + Math.max(0, limit), entity);
    }

    /** Every stance of the store, by article and text order. */
    static void each(Connection c, Consumer<AttributedStance> action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM stances s" + CONTEXT
                + " ORDER BY s.article, s.evidence_start, s.actor_start, s.issue");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(row(rs).stance());
            }
        }
    }

    /**
     * Who stands for or against whom: for each actor among {@code top} (a subquery of entity ids) and each other
     * entity among them it takes a stance toward, how many stances are for (supports) and how many against (opposes).
     */
    static void towardEntities(Connection c, String top, int nodes, Consumer<Store.StanceLink> link) throws SQLException {
        String sql = "WITH top AS (" + top + ")"
                + " SELECT s.actor, s.target, sum(s.position = 'supports'), sum(s.position = 'opposes') FROM stances s"
                + " WHERE s.actor IN (SELECT id FROM top) AND s.target IN (SELECT id FROM top) AND s.actor <> s.target"
                + " GROUP BY 1, 2 HAVING sum(s.position IN ('supports', 'opposes')) > 0 ORDER BY 1, 2";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, Math.max(0, nodes));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    link.accept(new Store.StanceLink(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
    }

    private static List<ReportedStance> rows(Connection c, String sql, String key) throws SQLException {
        return Rows.of(c, sql, key, StanceTables::row);
    }

    private static ReportedStance row(ResultSet rs) throws SQLException {
        Stance stance = new Stance(span(rs, 5), rs.getString(8), rs.getString(9), span(rs, 10),
                Stance.Position.of(rs.getString(12)), span(rs, 13), span(rs, 2), span(rs, 16));
        AttributedStance s = new AttributedStance(rs.getString(1), stance, rs.getString(4), rs.getString(7), rs.getString(15),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), span(rs, 22));
        return new ReportedStance(s, rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27), rs.getString(28));
    }

    /**
     * An article's quote contents, to find the one holding a span (the first by start, then end) in log time: sorted by
     * start and end, with the furthest end reached so far at each.
     */
    private static final class QuoteSpans {
        private final int[] starts;
        private final int[] ends;
        private final int[] furthest;

        QuoteSpans(List<Quote> quotes) {
            List<Span> spans = quotes.stream().map(Quote::content).distinct()
                    .sorted(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList();
            starts = spans.stream().mapToInt(Span::start).toArray();
            ends = spans.stream().mapToInt(Span::end).toArray();
            furthest = new int[ends.length];
            for (int i = 0; i < ends.length; i++) {
                furthest[i] = Math.max(ends[i], i == 0 ? Integer.MIN_VALUE : furthest[i - 1]);
            }
        }

        /** The first quote (by start, then end) whose content holds {@code span}, or null. */
        Span holding(Span span) {
            int last = lastStartingBy(span.start());
            int lo = 0;
            int hi = last;
            while (lo < hi) {   // the first quote reaching the span's end: where the furthest end first gets there
                int mid = (lo + hi) >>> 1;
                if (furthest[mid] >= span.end()) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo < last && ends[lo] >= span.end() ? new Span(starts[lo], ends[lo]) : null;
        }

        /** How many quotes start at or before {@code at}. */
        private int lastStartingBy(int at) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}

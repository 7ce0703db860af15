package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.ArticleTime;
import org.parallax.model.InferredDate;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;
import org.parallax.nlp.TimeFinder;

/**
 * The time table: the time layer of each article, written and replaced with its other layers, read back by article
 * (in text order) and by story (the dates its articles name). The caller holds the transaction.
 */
final class TimeTables {
    private static final String COLUMNS = "t.article, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor";

    private TimeTables() {
    }

    /**
     * Replaces the time expressions of the article with its time layer (a repeated span is kept once, the first),
     * reckoned from the article's own date.
     */
    static void write(Connection c, AnnotatedArticle a) throws SQLException {
        String day = a.article().published() == null ? null : a.article().published().day();
        replace(c, a.article().id(), a.article().text(), a.times(), day);
    }

    /** Replaces the time expressions of an article with these, over its text, reckoned from {@code day} (or none). */
    static void replace(Connection c, String article, String text, List<TimeExpression> times, String day) throws SQLException {
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM times WHERE article = ?");
             PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO times(article, start, end, text, type, value, mod,"
                     + " anchor, anchor_day) VALUES (?,?,?,?,?,?,?,?,?)")) {
            drop.setString(1, article);
            drop.executeUpdate();
            for (TimeExpression t : times) {
                ps.setString(1, article);
                ps.setInt(2, t.span().start());
                ps.setInt(3, t.span().end());
                ps.setString(4, t.span().of(text));
                ps.setString(5, t.type().name());
                ps.setString(6, t.value());
                ps.setString(7, t.mod() == null ? null : t.mod().name());
                ps.setString(8, t.anchor().name());
                ps.setString(9, day);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The time expressions of an article in text order. */
    static List<ArticleTime> ofArticle(Connection c, String article) throws SQLException {
        return rows(c, "SELECT " + COLUMNS + " FROM times t WHERE t.article = ?1 ORDER BY t.start, t.end", article);
    }

    /**
     * The time expressions of a story's articles that name a day, a month, a season, a quarter or a year of the
     * calendar (not an amount, a set or a vague reference): in the order the articles joined the story, then text order.
     */
    static List<ArticleTime> datesOfStory(Connection c, String story) throws SQLException {
        return rows(c, "SELECT " + COLUMNS + " FROM story_articles sa JOIN times t ON t.article = sa.article"
                + " WHERE sa.story = ?1 AND t.type IN ('DATE', 'TIME') AND t.value GLOB '[0-9][0-9][0-9][0-9]*'"
                + " ORDER BY sa.position, t.start, t.end", story);
    }

    /**
     * The undated articles to date: those the story-dates stage has not looked at, those whose story now gives a day
     * other than the one they were given (a dateline outranks the story and stays), and those whose relative time
     * expressions were not reckoned from the day they were given (annotated again). Each row: the article's id, its
     * story's day (the first publication day its articles' pages state: an inferred one may rest on a guessed year)
     * and the article that gives it (the first by id of that day), both null when its story has none or when the days
     * its pages state lie more than {@link TimeFinder.StoryDay#MOST_DAYS_APART} apart; by article id. An article its
     * story dated before is looked at again when its story no longer gives a day.
     */
    static List<String[]> toDate(Connection c) throws SQLException {
        String sql = "WITH story_days AS (SELECT sa.story, min(substr(a.published, 1, 10)) AS day,"
                + " max(substr(a.published, 1, 10)) AS last FROM story_articles sa"
                + " JOIN articles a ON a.id = sa.article WHERE a.published IS NOT NULL AND a.published_inferred = 0"
                + " GROUP BY sa.story),"
                + " story_day AS (SELECT story, day FROM story_days WHERE julianday(last) - julianday(day) <= "
                + TimeFinder.StoryDay.MOST_DAYS_APART + "),"
                + " story_source AS (SELECT d.story, d.day, min(a.id) AS source FROM story_day d JOIN story_articles sa ON"
                + " sa.story = d.story JOIN articles a ON a.id = sa.article AND substr(a.published, 1, 10) = d.day"
                + " AND a.published_inferred = 0 GROUP BY d.story)"
                + " SELECT a.id, d.day, d.source FROM articles a LEFT JOIN story_articles sa ON sa.article = a.id"
                + " LEFT JOIN story_source d ON d.story = sa.story LEFT JOIN inferred_dates i ON i.article = a.id"
                + " WHERE a.published IS NULL AND (i.article IS NULL"
                + " OR d.day IS NOT NULL AND (i.basis IS NULL OR i.basis = 'TEXT' OR i.basis = 'STORY' AND i.day <> d.day)"
                + " OR d.day IS NULL AND i.basis = 'STORY'"
                + " OR i.day IS NOT NULL AND EXISTS (SELECT 1 FROM times t WHERE t.article = a.id"
                + " AND t.anchor IN ('UNRESOLVED', 'STORY', 'TEXT') AND (t.anchor_day IS NULL OR t.anchor_day <> i.day)))"
                + " ORDER BY a.id";
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    /** Records the day inferred for an undated article, or that none was found ({@code date} null). */
    static void writeInferred(Connection c, String article, InferredDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO inferred_dates(article, day, basis, evidence,"
                + " start, end, source) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, article);
            ps.setString(2, date == null ? null : date.day());
            ps.setString(3, date == null ? null : date.basis().name());
            ps.setString(4, date == null ? null : date.evidence());
            ps.setObject(5, date == null || date.span() == null ? null : date.span().start());
            ps.setObject(6, date == null || date.span() == null ? null : date.span().end());
            ps.setString(7, date == null ? null : date.source());
            ps.executeUpdate();
        }
    }

    /** The day inferred for an undated article, or null when none was. */
    static InferredDate inferred(Connection c, String article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article, day, basis, evidence, start, end, source FROM"
                + " inferred_dates WHERE article = ? AND day IS NOT NULL")) {
            ps.setString(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int start = rs.getInt(5);
                Span span = rs.wasNull() ? null : new Span(start, rs.getInt(6));
                return new InferredDate(rs.getString(1), rs.getString(2), InferredDate.Basis.valueOf(rs.getString(3)),
                        rs.getString(4), span, rs.getString(7));
            }
        }
    }

    /** Every time expression of the store, by article and text order. */
    static void each(Connection c, Consumer<ArticleTime> action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM times t ORDER BY t.article, t.start, t.end");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(row(rs));
            }
        }
    }

    private static List<ArticleTime> rows(Connection c, String sql, String key) throws SQLException {
        return Rows.of(c, sql, key, TimeTables::row);
    }

    private static ArticleTime row(ResultSet rs) throws SQLException {
        String mod = rs.getString(7);
        TimeExpression t = new TimeExpression(new Span(rs.getInt(2), rs.getInt(3)), TimeExpression.Type.valueOf(rs.getString(5)),
                rs.getString(6), mod == null ? null : TimeExpression.Mod.valueOf(mod), TimeExpression.Anchor.valueOf(rs.getString(8)));
        return new ArticleTime(rs.getString(1), rs.getString(4), t);
    }
}

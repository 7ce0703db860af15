package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.AttributedQuote;
import org.parallax.model.Quote;
import org.parallax.model.Span;

/**
 * The quote table: the quote layer of each article, written and replaced with its other layers, and read back
 * with each speaker and medium linked to its identity: the entity of the mention at its span, which triggers of the
 * schema keep in step with the mentions (so it follows the identity stage whatever it writes). The caller holds the
 * transaction.
 */
final class QuoteTables {
    /** The columns {@link #row} reads, in order; {@code sp} and {@code vi} are the speaker's and the medium's entities. */
    private static final String COLUMNS = "q.article, q.start, q.end, q.text, q.direct, q.headline, q.cue_start, q.cue_end,"
            + " q.cue_text, q.source_start, q.source_end, q.speaker_text, q.speaker_start, q.speaker_end, q.via_start, q.via_end,"
            + " sp.id, sp.name, vi.id, vi.name, a.title, a.outlet, a.published, sa.story, st.title, a.source";

    /** The article, the medium and the story of the quote row {@code q}. */
    private static final String CONTEXT = " JOIN articles a ON a.id = q.article LEFT JOIN entities vi ON vi.id = q.via"
            + " LEFT JOIN story_articles sa ON sa.article = q.article LEFT JOIN stories st ON st.id = sa.story";

    private QuoteTables() {
    }

    /**
     * Replaces the quotes of the article with its quote layer (a repeated content span is kept once, the first); a
     * trigger links each to the entities of the mentions at its spans.
     */
    static void write(Connection c, AnnotatedArticle a) throws SQLException {
        String id = a.article().id();
        String text = a.article().text();
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM quotes WHERE article = ?");
             PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO quotes(article, start, end, text, direct, headline,"
                     + " cue_start, cue_end, cue_text, source_start, source_end, speaker_text, speaker_start, speaker_end,"
                     + " via_start, via_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            drop.setString(1, id);
            drop.executeUpdate();
            for (Quote q : a.quotes()) {
                Span speakerWords = q.source() != null ? q.source() : q.speaker();
                ps.setString(1, id);
                ps.setInt(2, q.content().start());
                ps.setInt(3, q.content().end());
                ps.setString(4, q.content().of(text));
                ps.setInt(5, q.direct() ? 1 : 0);
                ps.setInt(6, q.headline() ? 1 : 0);
                span(ps, 7, q.cue());
                ps.setString(9, q.cue() == null ? null : q.cue().of(text));
                span(ps, 10, q.source());
                ps.setString(12, speakerWords == null ? null : speakerWords.of(text));
                span(ps, 13, q.speaker());
                span(ps, 15, q.via());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets columns {@code at} and {@code at + 1} to a span's start and end, or to null when there is none. */
    static void span(PreparedStatement ps, int at, Span s) throws SQLException {
        if (s == null) {
            ps.setNull(at, Types.INTEGER);
            ps.setNull(at + 1, Types.INTEGER);
        } else {
            ps.setInt(at, s.start());
            ps.setInt(at + 1, s.end());
        }
    }

    /** The quotes of an article in text order, and how many it has. */
    static QuotePage ofArticle(Connection c, String article, int offset, int limit) throws SQLException {
        return page(c, "SELECT count(*) FROM quotes WHERE article = ?1",
                "SELECT " + COLUMNS + " FROM quotes q LEFT JOIN entities sp ON sp.id = q.speaker" + CONTEXT
                        + " WHERE q.article = ?1 ORDER BY q.start, q.end LIMIT ?2 OFFSET ?3", article, offset, limit);
    }

    /**
     * The quotes of a story's articles, grouped by speaker: the speakers quoted most first (then by name), the
     * quotes of an unknown speaker last; within a group in the order the articles joined the story, then text order.
     */
    static QuotePage ofStory(Connection c, String story, int offset, int limit) throws SQLException {
        return page(c, "SELECT count(*) FROM story_articles sa JOIN quotes q ON q.article = sa.article WHERE sa.story = ?1",
                "WITH g AS (SELECT q.speaker, count(*) AS n FROM story_articles sa JOIN quotes q ON q.article = sa.article"
                        + " WHERE sa.story = ?1 AND q.speaker IS NOT NULL GROUP BY q.speaker)"
                        + " SELECT " + COLUMNS + " FROM story_articles member JOIN quotes q ON q.article = member.article"
                        + " LEFT JOIN entities sp ON sp.id = q.speaker LEFT JOIN g ON g.speaker = q.speaker" + CONTEXT
                        + " WHERE member.story = ?1 ORDER BY q.speaker IS NULL, g.n DESC, sp.name, q.speaker, member.position, q.start,"
                        + " q.end"
                        + " LIMIT ?2 OFFSET ?3",
                story, offset, limit);
    }

    /** What an entity said, across stories: newest articles first (undated last), then text order. */
    static QuotePage ofSpeaker(Connection c, String entity, int offset, int limit) throws SQLException {
        return page(c, "SELECT count(*) FROM quotes WHERE speaker = ?1",
                "SELECT " + COLUMNS + " FROM quotes q JOIN entities sp ON sp.id = q.speaker" + CONTEXT + " WHERE q.speaker = ?1"
                        + " ORDER BY a.published IS NULL, a.published DESC, q.article, q.start, q.end LIMIT ?2 OFFSET ?3",
                entity, offset, limit);
    }

    /** Every quote of the store, by article and text order. */
    static void each(Connection c, Consumer<AttributedQuote> action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM quotes q LEFT JOIN entities sp ON sp.id = q.speaker"
                + CONTEXT + " ORDER BY q.article, q.start, q.end");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(row(rs).quote());
            }
        }
    }

    /**
     * Who names whom in what they say: for each speaker among {@code top} (a subquery of entity ids) and each other
     * entity among them named inside the speaker's quotes, in how many quotes; most first.
     */
    static void namedBySpeakers(Connection c, String top, int nodes, Consumer<Store.QuoteLink> link) throws SQLException {
        String sql = "WITH top AS (" + top + "),"
                + " said AS (SELECT q.article, q.start, q.end, q.speaker FROM quotes q WHERE q.speaker IN (SELECT id FROM top))"
                + " SELECT s.speaker, m.entity, count(DISTINCT s.article || ':' || s.start || ':' || s.end) FROM said s JOIN mentions m"
                + " ON m.article = s.article AND m.start >= s.start AND m.start < s.end AND m.end <= s.end"
                + " WHERE m.entity IN (SELECT id FROM top) AND m.entity <> s.speaker GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, Math.max(0, nodes));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    link.accept(new Store.QuoteLink(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
    }

    private static QuotePage page(Connection c, String count, String select, String key, int offset, int limit)
            throws SQLException {
        // the count and the rows from one read transaction
        boolean own = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int total;
            try (PreparedStatement ps = c.prepareStatement(count)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getInt(1) : 0;
                }
            }
            List<ReportedQuote> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(select)) {
                ps.setString(1, key);
                ps.setInt(2, Math.max(0, limit));
                ps.setInt(3, Math.max(0, offset));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new QuotePage(total, rows);
        } finally {
            c.setAutoCommit(own);
        }
    }

    private static ReportedQuote row(ResultSet rs) throws SQLException {
        Quote quote = new Quote(new Span(rs.getInt(2), rs.getInt(3)), rs.getInt(5) != 0, rs.getInt(6) != 0, span(rs, 7),
                span(rs, 10), span(rs, 13), span(rs, 15));
        AttributedQuote q = new AttributedQuote(rs.getString(1), quote, rs.getString(4), rs.getString(12), rs.getString(9),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20));
        return new ReportedQuote(q, rs.getString(21), rs.getString(26), rs.getString(22), rs.getString(23), rs.getString(24),
                rs.getString(25));
    }

    /** The span in columns {@code at} and {@code at + 1} of a row, or null when the first is null. */
    static Span span(ResultSet rs, int at) throws SQLException {
        int start = rs.getInt(at);
        if (rs.wasNull()) {
            return null;
        }
        return new Span(start, rs.getInt(at + 1));
    }
}

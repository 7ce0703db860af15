package org.parallax.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Claim;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.ReportedClaim;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.SummarySentence;
import org.parallax.nlp.ClaimAligner;

/**
 * The claim tables: the claim layer of each article, written and replaced with its other layers; and what the claims
 * stage made of a storyline's claims (the aligned claims with their sources and contradictions, and each story's
 * summary), replaced whole each time the storyline is aligned again. The caller holds the transaction.
 */
final class ClaimTables {
    static final String STAGE = "claims";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<int[]>> SPANS = new TypeReference<>() { };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };

    private ClaimTables() {
    }

    static void write(Connection c, AnnotatedArticle a) throws SQLException {
        String id = a.article().id();
        String text = a.article().text();
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM claims WHERE article = ?");
             PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO claims(article, start, end, text, actors, numbers,"
                     + " dates) VALUES (?,?,?,?,?,?,?)")) {
            drop.setString(1, id);
            drop.executeUpdate();
            for (Claim claim : a.claims()) {
                ps.setString(1, id);
                QuoteTables.span(ps, 2, claim.span());
                ps.setString(4, claim.span().of(text));
                ps.setString(5, spans(claim.actors()));
                ps.setString(6, spans(claim.numbers()));
                ps.setString(7, spans(claim.dates()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Forgets that the claims stage saw these articles: their storylines are aligned again. */
    static void forget(Connection c, List<String> articles) throws SQLException {
        LayerTables.unledger(c, articles, STAGE);
    }

    /** The storylines holding an article the claims stage (at {@code version}) has not seen, by id. */
    static List<String> pendingStorylines(Connection c, int version) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT st.storyline FROM story_articles sa"
                + " JOIN stories st ON st.id = sa.story"
                + " LEFT JOIN stage_ledger l ON l.article = sa.article AND l.stage = ?1 AND l.version >= ?2"
                + " WHERE l.article IS NULL ORDER BY st.storyline")) {
            ps.setString(1, STAGE);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * The claims of a storyline's articles, the articles in corpus order (dated by day, then undated; each by id), each
     * article's claims in text order, with the story of each article.
     */
    static Store.Thread thread(Connection c, String storyline) throws SQLException {
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, String> outlet = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, sa.story, a.outlet, sa.origin, a.text FROM story_articles sa"
                + " JOIN stories st ON st.id = sa.story JOIN articles a ON a.id = sa.article WHERE st.storyline = ?"
                + " ORDER BY a.published IS NULL, substr(a.published, 1, 10), a.id")) {
            ps.setString(1, storyline);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    storyOf.put(rs.getString(1), rs.getString(2));
                    outlet.put(rs.getString(1), rs.getString(3));
                    origin.put(rs.getString(1), rs.getString(4));
                    text.put(rs.getString(1), rs.getString(5));
                }
            }
        }
        return thread(c, storyline, storyOf, outlet, origin, text);
    }

    /** These stored articles as one thread and one story, in the order given (for measuring alignment). */
    static Store.Thread threadOf(Connection c, String name, List<String> articles) throws SQLException {
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, String> outlet = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.outlet, coalesce(sa.origin, a.id), a.text FROM articles a"
                + " LEFT JOIN story_articles sa ON sa.article = a.id WHERE a.id = ?")) {
            for (String article : articles) {
                ps.setString(1, article);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        storyOf.put(article, name);
                        outlet.put(article, rs.getString(1));
                        origin.put(article, rs.getString(2));
                        text.put(article, rs.getString(3));
                    }
                }
            }
        }
        return thread(c, name, storyOf, outlet, origin, text);
    }

    private static Store.Thread thread(Connection c, String storyline, Map<String, String> storyOf, Map<String, String> outlet,
                                       Map<String, String> origin, Map<String, String> text) throws SQLException {
        List<ReportedClaim> claims = new ArrayList<>();
        for (String article : storyOf.keySet()) {
            String source = source(origin.get(article), outlet);
            List<Sentence> sentences = LayerTables.sentences(c, article);
            Parts entities = parts(c, "SELECT start, end, entity FROM mentions WHERE article = ? ORDER BY start, end, entity", article);
            Parts dates = parts(c, "SELECT start, end, value FROM times WHERE article = ? ORDER BY start, end", article);
            Parts speakers = parts(c, "SELECT start, end, speaker FROM quotes WHERE article = ? AND speaker IS NOT NULL"
                    + " ORDER BY start, end", article);
            try (PreparedStatement ps = c.prepareStatement("SELECT start, end, text, actors, numbers, dates FROM claims"
                    + " WHERE article = ? ORDER BY start")) {
                ps.setString(1, article);
                try (ResultSet rs = ps.executeQuery()) {
                    int s = 0;
                    while (rs.next()) {
                        Span span = new Span(rs.getInt(1), rs.getInt(2));
                        while (s < sentences.size() && sentences.get(s).span().end() < span.end()) {
                            s++;
                        }
                        Span sentence = withoutDateline(text.get(article), s < sentences.size()
                                && sentences.get(s).span().contains(span) ? sentences.get(s).span() : span, span);
                        Claim claim = new Claim(span, spans(rs.getString(4)), spans(rs.getString(5)), spans(rs.getString(6)));
                        claims.add(new ReportedClaim(article, outlet.get(article), source, claim, rs.getString(3), sentence,
                                sentence.of(text.get(article)), actors(entities.inside(span), speakers.overlapping(span)),
                                dates.inside(span)));
                    }
                }
            }
        }
        return new Store.Thread(storyline, claims, storyOf);
    }

    /**
     * The sentence from its claim's start when what comes before the claim is a dateline the claim finder left out
     * ("PORT AVERILL (Coastline Wire) — "): a summary quotes the sentence, not its dateline.
     */
    private static Span withoutDateline(String text, Span sentence, Span claim) {
        int gap = claim.start() - sentence.start();
        if (gap <= 0 || gap > 120) {
            return sentence;
        }
        String before = text.substring(sentence.start(), claim.start()).stripTrailing();
        return before.endsWith("—") || before.endsWith("–") || before.endsWith("-")
                ? new Span(claim.start(), sentence.end()) : sentence;
    }

    /** The entities a claim names, then the speakers of the quotes it reports: who says it is part of what is claimed. */
    private static List<String> actors(List<String> named, List<String> speakers) {
        List<String> out = new ArrayList<>(named);
        for (String s : speakers) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Who an article counts as: the outlet its origin credits, else the outlet of its origin article (its original
     * when it is a copy, itself otherwise), else that article.
     */
    static String source(String origin, Map<String, String> outlet) {
        if (origin.startsWith("outlet:")) {
            return origin.toLowerCase(Locale.ROOT);
        }
        String name = outlet.get(origin);
        return name == null || name.isBlank() ? "article:" + origin : "outlet:" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static Parts parts(Connection c, String sql, String article) throws SQLException {
        Parts out = new Parts();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.spans.add(new Span(rs.getInt(1), rs.getInt(2)));
                    out.values.add(rs.getString(3));
                }
            }
        }
        return out;
    }

    /**
     * Spans of an article in text order, a value each, read by the article's claims in text order: each claim starts
     * where the one before left off, so one article's claims read them in one pass.
     */
    private static final class Parts {
        private final List<Span> spans = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private int at;
        private int overlapAt;

        /** The distinct values of the parts that overlap the claim (parts that do not overlap one another, as quotes). */
        List<String> overlapping(Span claim) {
            while (overlapAt < spans.size() && spans.get(overlapAt).end() <= claim.start()) {
                overlapAt++;
            }
            List<String> out = new ArrayList<>();
            for (int i = overlapAt; i < spans.size() && spans.get(i).start() < claim.end(); i++) {
                if (!out.contains(values.get(i))) {
                    out.add(values.get(i));
                }
            }
            return out;
        }

        /** The distinct values of the parts inside the claim, in text order. */
        List<String> inside(Span claim) {
            while (at < spans.size() && spans.get(at).start() < claim.start()) {
                at++;
            }
            List<String> out = new ArrayList<>();
            for (int i = at; i < spans.size() && spans.get(i).start() < claim.end(); i++) {
                if (spans.get(i).end() <= claim.end() && !out.contains(values.get(i))) {
                    out.add(values.get(i));
                }
            }
            return out;
        }
    }

    /**
     * Replaces what the claims stage knew of a storyline (and of any claim one of its articles made before, under
     * another storyline) with a new alignment, and records that the stage saw its articles.
     */
    static void save(Connection c, Store.Thread thread, ClaimAligner.Alignment alignment, int version) throws SQLException {
        List<String> articles = new ArrayList<>(thread.storyOf().keySet());
        Set<String> stale = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM story_claims WHERE storyline = ?1 UNION"
                + " SELECT claim FROM claim_sources WHERE article = ?2")) {
            ps.setString(1, thread.storyline());
            ps.setString(2, "");
            collect(ps, stale);
            for (String article : articles) {
                ps.setString(2, article);
                collect(ps, stale);
            }
        }
        drop(c, stale);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM story_summaries WHERE storyline = ? OR story = ?")) {
            ps.setString(1, thread.storyline());
            for (String story : new LinkedHashSet<>(thread.storyOf().values())) {
                ps.setString(2, story);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement claim = c.prepareStatement("INSERT INTO story_claims(id, storyline, story, rank, text, sources,"
                + " independent) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement source = c.prepareStatement("INSERT INTO claim_sources(claim, article, start, end, text, outlet,"
                     + " score, ordinal) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement contra = c.prepareStatement("INSERT OR IGNORE INTO claim_contradictions(claim, other, reason,"
                     + " article, start, end, text, other_article, other_start, other_end, other_text)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int rank = 0;
            for (CorroboratedClaim cc : alignment.claims()) {
                claim.setString(1, cc.id());
                claim.setString(2, thread.storyline());
                claim.setString(3, cc.story());
                claim.setInt(4, rank++);
                claim.setString(5, cc.text());
                claim.setInt(6, cc.sources().size());
                claim.setInt(7, cc.independentSources());
                claim.addBatch();
                int ordinal = 0;
                for (CorroboratedClaim.Source s : cc.sources()) {
                    source.setString(1, cc.id());
                    source.setString(2, s.article());
                    QuoteTables.span(source, 3, s.span());
                    source.setString(5, s.text());
                    source.setString(6, s.outlet());
                    source.setDouble(7, s.score());
                    source.setInt(8, ordinal++);
                    source.addBatch();
                }
                for (CorroboratedClaim.Contradiction x : cc.contradictions()) {
                    contra.setString(1, cc.id());
                    contra.setString(2, x.claim());
                    contra.setString(3, x.reason());
                    contra.setString(4, x.mine().article());
                    QuoteTables.span(contra, 5, x.mine().span());
                    contra.setString(7, x.mine().text());
                    contra.setString(8, x.theirs().article());
                    QuoteTables.span(contra, 9, x.theirs().span());
                    contra.setString(11, x.theirs().text());
                    contra.addBatch();
                }
            }
            claim.executeBatch();
            source.executeBatch();
            contra.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_summaries(story, ordinal, storyline, claim, article,"
                + " start, end, text, cites) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (Map.Entry<String, List<SummarySentence>> e : alignment.summaries().entrySet()) {
                int ordinal = 0;
                for (SummarySentence s : e.getValue()) {
                    ps.setString(1, e.getKey());
                    ps.setInt(2, ordinal++);
                    ps.setString(3, thread.storyline());
                    ps.setString(4, s.claim());
                    ps.setString(5, s.article());
                    QuoteTables.span(ps, 6, s.span());
                    ps.setString(8, s.text());
                    ps.setString(9, JSON.writeValueAsString(s.cites()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("cannot encode a summary's citations: " + e.getOriginalMessage(), e);
        }
        LayerTables.ledger(c, articles, STAGE, version);
    }

    /** Drops the claims and summaries of storylines that are no more (merged into others); returns how many claims. */
    static int dropOrphans(Connection c) throws SQLException {
        Set<String> orphans = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM story_claims WHERE storyline NOT IN (SELECT id FROM storylines)")) {
            collect(ps, orphans);
        }
        drop(c, orphans);
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM story_summaries WHERE storyline NOT IN (SELECT id FROM storylines)")) {
            ps.executeUpdate();
        }
        return orphans.size();
    }

    private static void collect(PreparedStatement ps, Set<String> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
    }

    private static void drop(Connection c, Set<String> claims) throws SQLException {
        for (String table : List.of("story_claims WHERE id", "claim_sources WHERE claim", "claim_contradictions WHERE claim",
                "claim_contradictions WHERE other")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " = ?")) {
                for (String id : claims) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Which claims a story's table shows. */
    enum Filter {
        ALL(""), SINGLE(" AND sc.independent = 1"),
        CONTESTED(" AND EXISTS (SELECT 1 FROM claim_contradictions x WHERE x.claim = sc.id)");

        final String condition;

        Filter(String condition) {
            this.condition = condition;
        }
    }

    /** The claims with a source in a story, best corroborated first. */
    static List<CorroboratedClaim> ofStory(Connection c, String story, Filter filter, int offset, int limit) throws SQLException {
        return claims(c, "SELECT sc.id, sc.story, sc.text, sc.independent FROM story_claims sc WHERE sc.id IN"
                + " (SELECT cs.claim FROM claim_sources cs JOIN story_articles sa ON sa.article = cs.article WHERE sa.story = ?1)"
                + filter.condition + " ORDER BY sc.rank LIMIT " + limit + " OFFSET " + offset, story);
    }

    /** The claims of a storyline, best corroborated first. */
    static List<CorroboratedClaim> ofStoryline(Connection c, String storyline, int limit) throws SQLException {
        return claims(c, "SELECT sc.id, sc.story, sc.text, sc.independent FROM story_claims sc WHERE sc.storyline = ?1"
                + " ORDER BY sc.rank LIMIT " + limit, storyline);
    }

    /** The claims an article makes, best corroborated first. */
    static List<CorroboratedClaim> ofArticle(Connection c, String article) throws SQLException {
        return claims(c, "SELECT sc.id, sc.story, sc.text, sc.independent FROM story_claims sc WHERE sc.id IN"
                + " (SELECT claim FROM claim_sources WHERE article = ?1) ORDER BY sc.rank", article);
    }

    static List<CorroboratedClaim> byId(Connection c, String id) throws SQLException {
        return claims(c, "SELECT sc.id, sc.story, sc.text, sc.independent FROM story_claims sc WHERE sc.id = ?1", id);
    }

    /** How many claims a story has: in all, single-sourced, contested. */
    static int[] counts(Connection c, String story) throws SQLException {
        int[] out = new int[3];
        for (Filter f : Filter.values()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM story_claims sc WHERE sc.id IN"
                    + " (SELECT cs.claim FROM claim_sources cs JOIN story_articles sa ON sa.article = cs.article"
                    + " WHERE sa.story = ?)" + f.condition)) {
                ps.setString(1, story);
                try (ResultSet rs = ps.executeQuery()) {
                    out[f.ordinal()] = rs.next() ? rs.getInt(1) : 0;
                }
            }
        }
        return out;
    }

    static void forEach(Connection c, Consumer<CorroboratedClaim> action) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM story_claims ORDER BY storyline, rank")) {
            collect(ps, ids);
        }
        for (String id : ids) {
            byId(c, id).forEach(action);
        }
    }

    static List<SummarySentence> summary(Connection c, String story) throws SQLException {
        return Rows.of(c, "SELECT claim, article, start, end, text, cites FROM story_summaries WHERE story = ? ORDER BY ordinal",
                story, rs -> new SummarySentence(rs.getString(1), rs.getString(2), new Span(rs.getInt(3), rs.getInt(4)),
                        rs.getString(5), ids(rs.getString(6), story)));
    }

    private static List<String> ids(String json, String story) throws SQLException {
        try {
            return JSON.readValue(json, IDS);
        } catch (IOException e) {
            throw new SQLException("the summary of story " + story + " is malformed: " + e.getMessage(), e);
        }
    }

    /** A claim's row of {@code story_claims}. */
    private record Head(String id, String story, String text, int independent) {
    }

    private static List<CorroboratedClaim> claims(Connection c, String sql, String parameter) throws SQLException {
        List<Head> heads = Rows.of(c, sql, parameter, rs -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        List<CorroboratedClaim> out = new ArrayList<>();
        try (PreparedStatement sources = c.prepareStatement("SELECT article, outlet, start, end, text, score FROM claim_sources"
                + " WHERE claim = ? ORDER BY ordinal");
             PreparedStatement contra = c.prepareStatement("SELECT other, reason, article, start, end, text, other_article,"
                     + " other_start, other_end, other_text FROM claim_contradictions WHERE claim = ? ORDER BY other")) {
            for (int i = 0; i < heads.size(); i++) {
                String id = heads.get(i).id();
                sources.setString(1, id);
                List<CorroboratedClaim.Source> said = new ArrayList<>();
                try (ResultSet rs = sources.executeQuery()) {
                    while (rs.next()) {
                        said.add(new CorroboratedClaim.Source(rs.getString(1), rs.getString(2),
                                new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5), rs.getDouble(6)));
                    }
                }
                contra.setString(1, id);
                List<CorroboratedClaim.Contradiction> disputes = new ArrayList<>();
                try (ResultSet rs = contra.executeQuery()) {
                    while (rs.next()) {
                        disputes.add(new CorroboratedClaim.Contradiction(rs.getString(1), rs.getString(2),
                                new CorroboratedClaim.Source(rs.getString(3), null, new Span(rs.getInt(4), rs.getInt(5)),
                                        rs.getString(6), 1),
                                new CorroboratedClaim.Source(rs.getString(7), null, new Span(rs.getInt(8), rs.getInt(9)),
                                        rs.getString(10), 1)));
                    }
                }
                if (!said.isEmpty()) {
                    out.add(new CorroboratedClaim(id, heads.get(i).story(), heads.get(i).text(), said,
                            Math.min(heads.get(i).independent(), said.size()), disputes));
                }
            }
        }
        return out;
    }

    private static String spans(List<Span> spans) throws SQLException {
        StringBuilder out = new StringBuilder("[");
        for (Span s : spans) {
            out.append(out.length() > 1 ? "," : "").append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        return out.append(']').toString();
    }

    private static List<Span> spans(String json) throws SQLException {
        try {
            List<Span> out = new ArrayList<>();
            for (int[] pair : JSON.readValue(json, SPANS)) {
                out.add(new Span(pair[0], pair[1]));
            }
            return out;
        } catch (IOException e) {
            throw new SQLException("a claim's parts are malformed: " + e.getMessage(), e);
        }
    }
}

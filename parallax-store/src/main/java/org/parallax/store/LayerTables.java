package org.parallax.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Sentence;
import org.parallax.model.Span;

/**
 * The annotation layers of each article and the stage ledger: which stage, at which version, made what of
 * each article. Layers are kept as the stage made them (deflated JSON), so corpus stages read them back in
 * their own order and a later run can redo a corpus stage without redoing annotation; the quote layer goes to
 * its own table ({@link QuoteTables}) with them, to be read by story, article and speaker, and so does the time
 * layer ({@link TimeTables}), to be read by article and story, and the stance layer ({@link StanceTables}), to be
 * read by article, story and entity. The caller holds the transaction.
 */
final class LayerTables {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LayerTables() {
    }

    /** Records that {@code stage} at {@code version} has made its part of each article. */
    static void ledger(Connection c, Iterable<String> articles, String stage, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO stage_ledger(article, stage, version) VALUES (?,?,?)")) {
            for (String article : articles) {
                ps.setString(1, article);
                ps.setString(2, stage);
                ps.setInt(3, version);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void write(Connection c, AnnotatedArticle a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO article_layers(article, sentences, entities) VALUES (?,?,?)")) {
            int[] triples = new int[a.sentences().size() * 3];
            for (int i = 0; i < a.sentences().size(); i++) {
                Sentence s = a.sentences().get(i);
                triples[3 * i] = s.span().start();
                triples[3 * i + 1] = s.span().end();
                triples[3 * i + 2] = s.paragraph();
            }
            ps.setString(1, a.article().id());
            ps.setBytes(2, deflate(JSON.writeValueAsBytes(triples)));
            ps.setBytes(3, deflate(JSON.writeValueAsBytes(a.entities())));
            ps.executeUpdate();
            QuoteTables.write(c, a);
            TimeTables.write(c, a);
            StanceTables.write(c, a);
            ClaimTables.write(c, a);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("cannot encode the layers of article " + a.article().id() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Forgets that {@code stage} made its part of each article: the stage takes them again. */
    static void unledger(Connection c, Iterable<String> articles, String stage) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM stage_ledger WHERE article = ? AND stage = ?")) {
            for (String article : articles) {
                ps.setString(1, article);
                ps.setString(2, stage);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The entity layer of each of these articles that has one, in the order given. */
    static Map<String, ArticleEntities> entities(Connection c, List<String> articles) throws SQLException {
        Map<String, ArticleEntities> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entities FROM article_layers WHERE article = ?")) {
            for (String article : articles) {
                ps.setString(1, article);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(article, JSON.readValue(inflate(rs.getBytes(1), article), ArticleEntities.class));
                    }
                }
            }
        } catch (IOException e) {
            throw new SQLException("the entity layer of an article is malformed: " + e.getMessage(), e);
        }
        return out;
    }

    /** The sentences of one article, or an empty list when it has no layers. */
    static List<Sentence> sentences(Connection c, String article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sentences FROM article_layers WHERE article = ?")) {
            ps.setString(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                List<Sentence> out = new ArrayList<>();
                if (rs.next()) {
                    int[] t = JSON.readValue(inflate(rs.getBytes(1), article), int[].class);
                    for (int i = 0; i + 2 < t.length; i += 3) {
                        out.add(new Sentence(new Span(t[i], t[i + 1]), t[i + 2]));
                    }
                }
                return out;
            }
        } catch (IOException e) {
            throw new SQLException("the sentence layer of article " + article + " is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Articles that {@code after} (null: any stage) has made and {@code stage} (at {@code version}) has not, in the corpus order:
     * dated articles by day, then undated, each by id, so that the order does not depend on when they came.
     */
    static List<String> pending(Connection c, String after, String stage, int version) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM articles a"
                + (after == null ? "" : " JOIN stage_ledger d ON d.article = a.id AND d.stage = ?1")
                + " LEFT JOIN stage_ledger l ON l.article = a.id AND l.stage = ?2 AND l.version >= ?3"
                + " WHERE l.article IS NULL ORDER BY a.published IS NULL, substr(a.published, 1, 10), a.id")) {
            ps.setString(1, after == null ? "" : after);
            ps.setString(2, stage);
            ps.setInt(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** How many articles each stage made at each version: {@code stage -> version -> articles}. */
    static Map<String, Map<Integer, Integer>> versions(Connection c) throws SQLException {
        Map<String, Map<Integer, Integer>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT stage, version, count(*) FROM stage_ledger GROUP BY stage, version ORDER BY stage, version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getInt(2), rs.getInt(3));
            }
        }
        return out;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data, String article) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("the layers of article " + article + " are truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("the layers of article " + article + " are not deflated data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}

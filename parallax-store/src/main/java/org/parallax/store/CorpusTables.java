package org.parallax.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.corpus.CorpusIndex;

/**
 * The corpus stage's state as rows: an article, a term, a story or a storyline each. A run writes the rows
 * its articles changed, never the whole state. The caller holds the transaction.
 */
final class CorpusTables {
    private CorpusTables() {
    }

    /** The index as the last run left it, or empty before the first; a single-blob state of an older store is read as it is. */
    static Optional<CorpusIndex> load(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM corpus_docs")) {
                if (rs.next() && rs.getInt(1) == 0) {
                    try (ResultSet blob = s.executeQuery("SELECT state FROM corpus_state WHERE id = 1")) {
                        return blob.next() ? Optional.of(CorpusIndex.load(new ByteArrayInputStream(blob.getBytes(1))))
                                : Optional.empty();
                    }
                }
            }
            List<CorpusIndex.DocRow> docs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT position, article, signature, shingles, root, origin, story"
                    + " FROM corpus_docs ORDER BY position")) {
                while (rs.next()) {
                    docs.add(new CorpusIndex.DocRow(rs.getInt(1), rs.getString(2), ints(rs.getBytes(3)), rs.getInt(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7)));
                }
            }
            List<CorpusIndex.TermRow> terms = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT term, documents, surface FROM corpus_terms")) {
                while (rs.next()) {
                    terms.add(new CorpusIndex.TermRow(rs.getString(1), rs.getInt(2), rs.getString(3)));
                }
            }
            List<CorpusIndex.StoryRow> stories = new ArrayList<>();
            // title_similarity holds the title's rank (StoryRow.titleRank), a similarity plus a bonus for a headline
            try (ResultSet rs = s.executeQuery("SELECT position, id, title, title_similarity, centroid, origins, start,"
                    + " end, storyline, merged_into, dates_guessed FROM corpus_stories ORDER BY position")) {
                while (rs.next()) {
                    stories.add(new CorpusIndex.StoryRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            weights(rs.getBytes(5)), strings(rs.getBytes(6)), rs.getString(7), rs.getString(8), rs.getInt(9),
                            rs.getInt(10), rs.getInt(11) != 0));
                }
            }
            List<CorpusIndex.LineRow> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT position, id, centroid, gist FROM corpus_lines ORDER BY position")) {
                while (rs.next()) {
                    lines.add(new CorpusIndex.LineRow(rs.getInt(1), rs.getString(2), weights(rs.getBytes(3)),
                            floats(rs.getBytes(4))));
                }
            }
            Map<String, List<String>> members = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT story, article FROM story_articles ORDER BY position")) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return Optional.of(CorpusIndex.restore(new CorpusIndex.Rows(docs, terms, stories, lines), members));
        } catch (IOException e) {
            throw new SQLException("the corpus state is malformed: " + e.getMessage(), e);
        }
    }

    /** Writes the rows an update changed, and drops a single-blob state once its rows are written. */
    static void save(Connection c, CorpusIndex.Rows rows) throws SQLException {
        try (PreparedStatement doc = c.prepareStatement("INSERT OR REPLACE INTO corpus_docs(position, article, signature,"
                + " shingles, root, origin, story) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement term = c.prepareStatement(
                     "INSERT OR REPLACE INTO corpus_terms(term, documents, surface) VALUES (?,?,?)");
             PreparedStatement story = c.prepareStatement("INSERT OR REPLACE INTO corpus_stories(position, id, title,"
                     + " title_similarity, centroid, origins, start, end, storyline, merged_into, dates_guessed)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement line = c.prepareStatement(
                     "INSERT OR REPLACE INTO corpus_lines(position, id, centroid, gist) VALUES (?,?,?,?)");
             Statement blob = c.createStatement()) {
            for (CorpusIndex.DocRow d : rows.docs()) {
                doc.setInt(1, d.position());
                doc.setString(2, d.article());
                doc.setBytes(3, bytes(d.signature()));
                doc.setInt(4, d.shingles());
                doc.setString(5, d.root());
                doc.setString(6, d.origin());
                doc.setInt(7, d.story());
                doc.addBatch();
            }
            doc.executeBatch();
            for (CorpusIndex.TermRow t : rows.terms()) {
                term.setString(1, t.term());
                term.setInt(2, t.documents());
                term.setString(3, t.surface());
                term.addBatch();
            }
            term.executeBatch();
            for (CorpusIndex.StoryRow s : rows.stories()) {
                story.setInt(1, s.position());
                story.setString(2, s.id());
                story.setString(3, s.title());
                story.setDouble(4, s.titleRank());
                story.setBytes(5, bytes(s.centroid()));
                story.setBytes(6, bytes(s.origins()));
                story.setString(7, s.start());
                story.setString(8, s.end());
                story.setInt(9, s.storyline());
                story.setInt(10, s.mergedInto());
                story.setInt(11, s.datesGuessed() ? 1 : 0);
                story.addBatch();
            }
            story.executeBatch();
            for (CorpusIndex.LineRow l : rows.lines()) {
                line.setInt(1, l.position());
                line.setString(2, l.id());
                line.setBytes(3, bytes(l.centroid()));
                line.setBytes(4, l.gist() == null ? null : bytes(l.gist()));
                line.addBatch();
            }
            line.executeBatch();
            blob.executeUpdate("DELETE FROM corpus_state");
        }
    }

    /**
     * Moves what merged stories and storylines held to those they went into, in the order they merged: a story's
     * articles, a storyline's stories; their rows go, their ids resolve to the new ones. The claims of the storylines
     * touched are to be aligned again: their articles are unledgered for the claims stage.
     */
    static void merge(Connection c, List<CorpusIndex.Merge> merges) throws SQLException {
        if (merges.isEmpty()) {
            return;
        }
        java.util.Set<String> touched = new java.util.TreeSet<>();
        try (PreparedStatement line = c.prepareStatement("SELECT storyline FROM stories WHERE id IN (?, ?)")) {
            for (CorpusIndex.Merge m : merges) {
                line.setString(1, m.from());
                line.setString(2, m.into());
                try (ResultSet rs = line.executeQuery()) {
                    while (rs.next()) {
                        touched.add(rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement articles = c.prepareStatement("UPDATE story_articles SET story = ? WHERE story = ?");
             PreparedStatement story = c.prepareStatement("DELETE FROM stories WHERE id = ?");
             PreparedStatement storyline = c.prepareStatement("DELETE FROM storylines WHERE id = ?");
             PreparedStatement chain = c.prepareStatement("UPDATE merged SET into_id = ? WHERE into_id = ?");
             PreparedStatement record = c.prepareStatement("INSERT OR REPLACE INTO merged(into_id, id) VALUES (?, ?)")) {
            for (CorpusIndex.Merge m : merges) {
                for (PreparedStatement ps : List.of(articles, chain, record)) {
                    ps.setString(1, m.into());
                    ps.setString(2, m.from());
                    ps.executeUpdate();
                }
                for (PreparedStatement ps : List.of(story, storyline)) {
                    ps.setString(1, m.from());
                    ps.executeUpdate();
                }
            }
        }
        List<String> articles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sa.article FROM story_articles sa JOIN stories s"
                + " ON s.id = sa.story WHERE s.storyline = ?")) {
            for (String storyline : touched) {
                ps.setString(1, storyline);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        articles.add(rs.getString(1));
                    }
                }
            }
        }
        ClaimTables.forget(c, articles);
    }

    /** The id that holds what a merged story or storyline held, if the id is one of those. */
    static Optional<String> mergedInto(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT into_id FROM merged WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The ids of the stories or storylines merged into this one, in id order. */
    static List<String> mergedFrom(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM merged WHERE into_id = ? ORDER BY id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static byte[] bytes(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    private static int[] ints(byte[] bytes) {
        int[] out = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(out);
        return out;
    }

    private static byte[] bytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(out);
        return out;
    }

    private static byte[] bytes(Map<String, Double> weights) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(weights.size());
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(weights).entrySet()) {
                data.writeUTF(e.getKey());
                data.writeDouble(e.getValue());
            }
            data.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> weights(byte[] bytes) throws IOException {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        int n = data.readInt();
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(data.readUTF(), data.readDouble());
        }
        return out;
    }

    private static byte[] bytes(List<String> values) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(values.size());
            for (String v : values) {
                data.writeUTF(v);
            }
            data.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(byte[] bytes) throws IOException {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        int n = data.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(data.readUTF());
        }
        return out;
    }
}

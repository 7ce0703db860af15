package org.parallax.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.clean.ChromeProfile;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.ArticleTime;
import org.parallax.model.AttributedQuote;
import org.parallax.model.AttributedStance;
import org.parallax.model.Bytes;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.InferredDate;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.ReportedClaim;
import org.parallax.model.Sentence;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.model.SummarySentence;
import org.parallax.model.TimeExpression;
import org.parallax.nlp.Annotation;
import org.parallax.nlp.ClaimAligner;
import org.parallax.nlp.EntityResolver;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.ChromeStore;
import org.parallax.pipeline.Extraction;
import org.parallax.pipeline.Processed;

/**
 * The embedded store: a SQLite file {@code parallax.db} in a folder. Safe to open from one process at a
 * time for writing; readers may share it (write-ahead log). Storing the same input again changes nothing.
 *
 * <p>Safe to use from many threads. Every write goes through one writer connection, one transaction at a
 * time; every read borrows one of a few read-only connections and runs beside other reads and beside a
 * write, seeing what was last committed.
 */
public final class Store implements AutoCloseable, BatchSink, ChromeStore {
    public static final String FILE_NAME = "parallax.db";

    private final Connection writer;
    private final ReadConnections reads;
    private final Path file;
    private final Clock clock;

    private Store(Connection writer, ReadConnections reads, Path file, Clock clock) {
        this.writer = writer;
        this.reads = reads;
        this.file = file;
        this.clock = clock;
    }

    /** Opens (creating if needed) the store in {@code folder} and migrates its schema. */
    public static Store open(Path folder, Clock clock) throws StoreException {
        Path file = folder.resolve(FILE_NAME);
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 10000");
            }
            Migrations.apply(c, file.toString());
            // the readers open later, on first need: the writer has set write-ahead logging by then
            ReadConnections reads = new ReadConnections(file, ReadConnections.defaultSize(), ReadConnections.WAIT);
            return new Store(c, reads, file, clock);
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLITE_CORRUPT || e.getErrorCode() == SQLITE_NOTADB) {
                throw new StoreException("the store " + file + " is damaged (" + e.getMessage() + ")" + DAMAGED_ADVICE, e);
            }
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** SQLite's result codes for a file whose pages are not what SQLite wrote, or that is no database at all. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final String DAMAGED_ADVICE = ": nothing was written; restore the store from a copy, or analyze into a"
            + " new one";

    public Path file() {
        return file;
    }

    /** A writing job's hold on the store: closing it lets another job write. */
    public interface Writing extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Starts a writing job (an analysis, a reanalysis): until it is closed, another job on this store, in this
     * process or another, is refused with a clear message instead of interleaving its batches with these.
     */
    public Writing exclusive() {
        WriteLock lock = WriteLock.take(file.getParent());
        try {
            if (!unchangedSinceLastJob()) {
                checkSound();
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        wrote = true;
        return lock;
    }

    /** The file beside the database where a writing job, once closed, leaves the size and time the file had then. */
    private static final String LAST_JOB = "last-job";
    /** Whether a writing job ran on this store, which leaves {@link #LAST_JOB} when the store closes. */
    private volatile boolean wrote;

    /**
     * Whether the database file has the size and time the last writing job left it with: then no one else has
     * touched it, and the check of every page can be spared.
     */
    private boolean unchangedSinceLastJob() {
        try {
            return Files.readString(file.resolveSibling(LAST_JOB)).strip().equals(fileState());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private String fileState() throws java.io.IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }

    /**
     * SQLite's quick check of every page and row of the store (linear in its size, about 2 s for 10,000 articles): a
     * damaged store takes no writes, which would mix new rows with what the damage left and lose the chance to recover
     * it. Run when the file is not as the last writing job left it.
     */
    private void checkSound() {
        String advice = DAMAGED_ADVICE;
        List<String> problems = new ArrayList<>();
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(3)")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("the store " + file + " is damaged (" + e.getMessage() + ")" + advice, e);
        }
        if (!problems.equals(List.of("ok"))) {
            throw new StoreException("the store " + file + " is damaged (SQLite's check: " + String.join("; ", problems)
                    + ")" + advice, null);
        }
    }

    /**
     * Stores a batch in one transaction: for each article that is new, its raw input, the article, its
     * annotation layers and the ledger rows of the stages that made them; known ones are left as they are.
     */
    @Override
    public Outcome accept(List<Processed.Done> batch) {
        String now = clock.instant().toString();
        return transaction("cannot store a batch in " + file, c -> {
            int stored = 0;
            int unchanged = 0;
            List<String> made = new ArrayList<>();
            try (PreparedStatement raw = c.prepareStatement(
                    "INSERT OR IGNORE INTO raw_documents(id, source, format, charset, bytes, ingested_at) VALUES (?,?,?,?,?,?)");
                 PreparedStatement article = c.prepareStatement(
                         "INSERT OR IGNORE INTO articles(id, raw_id, source, url, title, text, published, published_inferred,"
                                 + " published_start, published_end, published_evidence, page_date, outlet, syndicated_from,"
                                 + " language, duplicate_of, text_hash, stored_at, note, authors, credit, modified, published_offset)"
                                 + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement sameText = c.prepareStatement(
                         "SELECT id FROM articles WHERE text_hash = ? AND id <> ? ORDER BY stored_at, id LIMIT 1")) {
                for (Processed.Done done : batch) {
                    RawDocument r = done.raw();
                    Article a = done.article();
                    raw.setString(1, r.raw().sha256());
                    raw.setString(2, r.source());
                    raw.setString(3, r.kind().label());
                    raw.setString(4, r.charset());
                    raw.setBytes(5, r.raw().toArray());
                    raw.setString(6, now);
                    raw.executeUpdate();
                    String textHash = sha256(a.text());
                    String duplicateOf = null;
                    if (!a.text().isEmpty()) {
                        sameText.setString(1, textHash);
                        sameText.setString(2, a.id());
                        try (ResultSet rs = sameText.executeQuery()) {
                            duplicateOf = rs.next() ? rs.getString(1) : null;
                        }
                    }
                    bind(article, a, r.raw().sha256(), duplicateOf, textHash, now);
                    if (article.executeUpdate() == 1) {
                        stored++;
                        AuthorTables.write(c, a);
                        LayerTables.write(c, done.annotated());
                        made.add(a.id());
                    } else {
                        unchanged++;
                    }
                }
            }
            LayerTables.ledger(c, made, EXTRACTION, Extraction.VERSION);
            LayerTables.ledger(c, made, ANNOTATION, Annotation.VERSION);
            return new Outcome(stored, unchanged);
        });
    }

    private static void bind(PreparedStatement ps, Article a, String rawId, String duplicateOf, String textHash,
                             String now) throws SQLException {
        ps.setString(1, a.id());
        ps.setString(2, rawId);
        ps.setString(3, a.source());
        bindContent(ps, 4, a);
        ps.setString(16, duplicateOf);
        ps.setString(17, textHash);
        ps.setString(18, now);
        ps.setString(19, a.note());
        ps.setString(20, AuthorTables.column(a));
        ps.setString(21, a.credit());
        ps.setString(22, a.modified());
        ps.setString(23, a.published() == null ? null : a.published().offset());
    }

    /**
     * What extraction made of an article, from {@code at} on, in column order: url, title, text, the five
     * publication date columns, page date, outlet, syndication, language (twelve parameters).
     */
    private static void bindContent(PreparedStatement ps, int at, Article a) throws SQLException {
        PublicationDate p = a.published();
        ps.setString(at, a.url());
        ps.setString(at + 1, a.title());
        ps.setString(at + 2, a.text());
        ps.setString(at + 3, p == null ? null : p.value());
        ps.setInt(at + 4, p != null && p.inferred() ? 1 : 0);
        ps.setObject(at + 5, p == null ? null : p.evidence().start());
        ps.setObject(at + 6, p == null ? null : p.evidence().end());
        ps.setString(at + 7, p == null ? null : p.evidence().text());
        ps.setString(at + 8, a.pageDate());
        ps.setString(at + 9, a.outlet());
        ps.setString(at + 10, a.syndicatedFrom());
        ps.setString(at + 11, a.language());
    }

    /** A stored article, its duplicate mark beside it. */
    public record StoredArticle(Article article, String duplicateOf) {
    }

    public Optional<StoredArticle> article(String id) {
        return read("cannot read article " + id + " from " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The stored articles with these ids that exist, by id, read in one snapshot. */
    public Map<String, StoredArticle> articles(Collection<String> ids) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        return read("cannot read " + all.size() + " articles from " + file, c -> {
            Map<String, StoredArticle> out = new java.util.LinkedHashMap<>();
            for (int from = 0; from < all.size(); from += 500) {
                List<String> part = all.subList(from, Math.min(all.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM articles WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            StoredArticle a = stored(rs);
                            out.put(a.article().id(), a);
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * Every stored article, oldest stored first, streamed: the store as it was when the stream began. The
     * action may read the store again; those reads share the stream's connection.
     */
    public void forEachArticle(Consumer<StoredArticle> action) {
        read("cannot read articles from " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM articles ORDER BY rowid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(stored(rs));
                }
            }
            return null;
        });
    }

    /** Articles newest first (by publication date, undated last). */
    public List<ArticleSummary> list(int offset, int limit) {
        return list(offset, limit, null);
    }

    /**
     * Articles newest first (by publication date, undated last); with an author, only those whose byline names
     * that person (the whole name, in any case).
     */
    public List<ArticleSummary> list(int offset, int limit, String author) {
        boolean byAuthor = author != null && !author.isBlank();
        return read("cannot list articles in " + file, c -> {
            List<ArticleSummary> out = new ArrayList<>();
            String where = byAuthor ? " WHERE id IN (SELECT article FROM article_authors WHERE name = ? COLLATE NOCASE)" : "";
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, published, outlet, language, source, duplicate_of,"
                    + " authors FROM articles" + where + " ORDER BY published IS NULL, published DESC, rowid LIMIT ? OFFSET ?")) {
                int at = 1;
                if (byAuthor) {
                    ps.setString(at++, author.strip());
                }
                ps.setInt(at++, limit);
                ps.setInt(at, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), AuthorTables.read(rs.getString(8), rs.getString(1))));
                    }
                }
            }
            return out;
        });
    }

    /** How many articles name this author in their byline (the whole name, in any case). */
    public int countByAuthor(String author) {
        return read("cannot count the articles of an author in " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(DISTINCT article) FROM article_authors WHERE name = ? COLLATE NOCASE")) {
                ps.setString(1, author.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    public int count() {
        return read("cannot count articles in " + file, c -> countOf(c, "articles"));
    }

    /** The rows of a table (a fixed name, never input). */
    private static int countOf(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Search ranks at most this many matches, the most recently stored: a common word stays fast on a large store. */
    static final int RANKED = 2000;

    /** How many articles a search matches, all of them: {@link #search} gives only the best of them. */
    public int searchCount(String query) {
        String match = ftsQuery(query);
        if (match.isEmpty()) {
            return 0;
        }
        return read("cannot count matches in " + file + " for [" + query + "]", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Full-text search over titles and texts, best matches first. Every word of the query must occur;
     * the query's words are taken literally (no search syntax), so any text is a safe query.
     */
    public List<SearchHit> search(String query, int limit) {
        String match = ftsQuery(query);
        List<SearchHit> out = new ArrayList<>();
        if (match.isEmpty()) {
            return out;
        }
        // The best rows first, from the index alone; only they are joined and given snippets.
        // A word in nearly every article would have every match scored: only the newest RANKED matches are.
        String sql = "WITH recent AS (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC"
                + " LIMIT " + RANKED + "),"
                + " top AS (SELECT rowid, bm25(articles_fts, 3.0, 1.0) AS score FROM articles_fts"
                + " WHERE articles_fts MATCH ?1 AND rowid >= (SELECT min(rowid) FROM recent) ORDER BY score LIMIT ?2)"
                + " SELECT a.id, a.title, a.published, a.outlet, snippet(articles_fts, 1, char(57344), char(57345), '…', 24), a.duplicate_of"
                // CROSS JOIN keeps the few top rows outside: each then finds its row in the index by rowid
                + " FROM top CROSS JOIN articles_fts ON articles_fts.rowid = top.rowid CROSS JOIN articles a ON a.rowid = top.rowid"
                + " WHERE articles_fts MATCH ?1 ORDER BY top.score";
        return read("cannot search " + file + " for [" + query + "]", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Each word of the query as a quoted FTS5 string (quotes doubled), joined by AND. */
    static String ftsQuery(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : query.split("[\\s\\p{Punct}&&[^'’-]]+")) {
            String w = word.replaceAll("[\\p{Cntrl}]", "").strip();
            if (!w.isEmpty()) {
                terms.add("\"" + w.replace("\"", "\"\"") + "\"");
            }
        }
        return String.join(" AND ", terms);
    }

    public Optional<StoredRaw> raw(String articleId) {
        return read("cannot read the raw input of " + articleId + " from " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.source, r.format, r.charset, r.bytes "
                    + "FROM raw_documents r JOIN articles a ON a.raw_id = r.id WHERE a.id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredRaw(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), Bytes.of(rs.getBytes(5)))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Every article the corpus stage has not placed yet, in the corpus order: dated ones oldest first, then
     * undated, each by id, so that stories do not depend on the order the inputs came in. Read as last
     * committed: the corpus stage calls it between its transactions.
     */
    public void forEachUnplaced(Consumer<Article> action) {
        String sql = "SELECT a.* FROM articles a LEFT JOIN story_articles s ON s.article = a.id WHERE s.article IS NULL"
                + " ORDER BY a.published IS NULL, substr(a.published, 1, 10), a.id";
        read("cannot read unplaced articles from " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(stored(rs).article());
                }
            }
            return null;
        });
    }

    /** The corpus index as the last run left it (as last committed), or empty before the first. */
    public Optional<CorpusIndex> loadCorpus() {
        return read("cannot read the corpus state from " + file, CorpusTables::load);
    }

    /**
     * Saves a corpus run in one transaction: where each article went and why, duplicates found by
     * similarity, the stories and storylines that changed, and the rows of the index state they changed.
     */
    public void saveCorpus(CorpusIndex index, List<CorpusIndex.Placement> placements) {
        transaction("cannot save stories in " + file, c -> {
            try (PreparedStatement place = c.prepareStatement("INSERT OR REPLACE INTO story_articles"
                    + "(article, story, origin, similarity, reason, position) VALUES (?,?,?,?,?,?)");
                 PreparedStatement duplicate = c.prepareStatement(
                         "UPDATE articles SET duplicate_of = ? WHERE id = ? AND duplicate_of IS NULL");
                 PreparedStatement story = c.prepareStatement("INSERT OR REPLACE INTO stories"
                         + "(id, title, start, end, storyline, independent_sources, size) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement line = c.prepareStatement("INSERT OR REPLACE INTO storylines"
                         + "(id, title, start, end, size) VALUES (?,?,?,?,?)");
                 Statement positions = c.createStatement()) {
                int position = 0;
                try (ResultSet rs = positions.executeQuery("SELECT coalesce(max(position), -1) + 1 FROM story_articles")) {
                    position = rs.next() ? rs.getInt(1) : 0;
                }
                for (CorpusIndex.Placement p : placements) {
                    place.setString(1, p.article());
                    place.setString(2, p.story());
                    place.setString(3, p.origin());
                    place.setDouble(4, p.similarity());
                    place.setString(5, p.reason());
                    place.setInt(6, position++);
                    place.addBatch();
                    if (p.duplicateOf() != null) {
                        duplicate.setString(1, p.duplicateOf());
                        duplicate.setString(2, p.article());
                        duplicate.addBatch();
                    }
                }
                place.executeBatch();
                duplicate.executeBatch();
                CorpusTables.merge(c, index.merges());
                LayerTables.ledger(c, placements.stream().map(CorpusIndex.Placement::article).toList(), STORIES,
                        STORIES_VERSION);
                for (Story s : index.changedStories()) {
                    story.setString(1, s.id());
                    story.setString(2, s.title());
                    story.setString(3, s.start());
                    story.setString(4, s.end());
                    story.setString(5, s.storyline());
                    story.setInt(6, s.independentSources());
                    story.setInt(7, s.articles().size());
                    story.addBatch();
                }
                story.executeBatch();
                for (Storyline l : index.changedStorylines()) {
                    line.setString(1, l.id());
                    line.setString(2, l.title());
                    line.setString(3, l.start());
                    line.setString(4, l.end());
                    line.setInt(5, l.stories().size());
                    line.addBatch();
                }
                line.executeBatch();
                CorpusTables.save(c, index.changes());
            }
            return null;
        });
    }

    /**
     * The story or storyline that holds what a merged one held: an id that is no more resolves to the one its
     * articles went into. Empty for any other id.
     */
    public Optional<String> mergedInto(String id) {
        return read("cannot read merged stories from " + file, c -> CorpusTables.mergedInto(c, id));
    }

    /** The ids of the stories or storylines that merged into this one: they lead here now. */
    public List<String> mergedFrom(String id) {
        return read("cannot read merged stories from " + file, c -> CorpusTables.mergedFrom(c, id));
    }

    /** Where an article stands in its story. */
    public record Placement(String story, String origin, double similarity, String reason) {
    }

    public Optional<Placement> placement(String articleId) {
        return read("cannot read the story of " + articleId + " from " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT story, origin, similarity, reason FROM story_articles WHERE article = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Placement(rs.getString(1), rs.getString(2), rs.getDouble(3),
                            rs.getString(4))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Whom an article counts as when claims count independent sources, as the claim stage tells it: "outlet:name" for
     * the outlet its story origin credits or the outlet of its original, else "article:id" for an original whose
     * outlet is not known (a source of its own).
     */
    public String claimSource(String articleId) {
        String origin = placement(articleId).map(Placement::origin).orElse(articleId);
        String outlet = origin.startsWith("outlet:") ? null : article(origin).map(a -> a.article().outlet()).orElse(null);
        return ClaimTables.source(origin, outlet == null ? Map.of() : Map.of(origin, outlet));
    }

    /** Stories meeting a filter, latest first (by their last day; undated last), with their counts. */
    public List<StorySummary> storySummaries(StoryFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT s.id, s.title, s.start, s.end, s.storyline, l.title, s.size,"
                + " (SELECT count(DISTINCT a.outlet) FROM story_articles sa JOIN articles a"
                + "  ON a.id = sa.article WHERE sa.story = s.id AND trim(a.outlet) <> ''), s.independent_sources,"
                + " (SELECT count(*) FROM story_articles sa JOIN articles a"
                + "  ON a.id = sa.article WHERE sa.story = s.id AND (a.outlet IS NULL OR trim(a.outlet) = ''))"
                + " FROM stories s LEFT JOIN storylines l ON l.id = s.storyline WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        storyConditions(filter, sql, params);
        sql.append(" ORDER BY s.end DESC LIMIT ? OFFSET ?");
        return read("cannot list stories in " + file, c -> {
            List<StorySummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (String p : params) {
                    ps.setString(i++, p);
                }
                ps.setInt(i++, Math.max(0, limit));
                ps.setInt(i, Math.max(0, offset));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StorySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(10), rs.getInt(9)));
                    }
                }
            }
            return out;
        });
    }

    /** How many stories meet a filter. */
    public int storyCount(StoryFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM stories s WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        storyConditions(filter, sql, params);
        return read("cannot count stories in " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Appends a filter's conditions on the stories {@code s} to {@code sql}, their values to {@code params}. */
    private static void storyConditions(StoryFilter filter, StringBuilder sql, List<String> params) {
        if (filter.from() != null) {
            sql.append(" AND (s.end IS NULL OR s.end >= ?)");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND (s.start IS NULL OR s.start <= ?)");
            params.add(filter.to());
        }
        if (filter.storyline() != null) {
            sql.append(" AND s.storyline = ?");
            params.add(filter.storyline());
        }
        if (filter.outlet() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article"
                    + " WHERE sa.story = s.id AND a.outlet = ?)");
            params.add(filter.outlet());
        }
        if (filter.entity() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM story_articles sa JOIN mentions m ON m.article = sa.article"
                    + " WHERE sa.story = s.id AND m.entity = ?)");
            params.add(filter.entity());
        }
    }

    /** The articles of a story in the order they joined, with where each stands. */
    public List<StoryMember> storyMembers(String storyId) {
        return read("cannot read story " + storyId + " from " + file, c -> {
            List<StoryMember> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.*, sa.origin AS m_origin, sa.similarity AS m_similarity,"
                    + " sa.reason AS m_reason FROM story_articles sa JOIN articles a ON a.id = sa.article"
                    + " WHERE sa.story = ? ORDER BY sa.position")) {
                ps.setString(1, storyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StoredArticle a = stored(rs);
                        out.add(new StoryMember(a.article(), a.duplicateOf(), rs.getString("m_origin"),
                                rs.getDouble("m_similarity"), rs.getString("m_reason")));
                    }
                }
            }
            return out;
        });
    }

    /** What the corpus knows of every entity (as last committed): the state the entity resolver goes on from. */
    public List<EntityResolver.Known> knownEntities() {
        return read("cannot read entities from " + file, EntityTables::known);
    }

    /** Saves a batch of the entity stage in one transaction: mentions, changed identities, the articles read. */
    public void saveEntities(Collection<String> articles, List<Entity> entities, List<EntityResolver.Known> changed) {
        transaction("cannot save entities to " + file, c -> {
            EntityTables.save(c, articles, entities, changed);
            return null;
        });
    }

    /** The entities these articles mention, with their mentions in these articles only. */
    public List<Entity> entitiesOf(Collection<String> articles) {
        return read("cannot read entities of articles from " + file, c -> EntityTables.ofArticles(c, articles));
    }

    /** An entity with up to {@code mentionLimit} of its mentions. */
    public Optional<Entity> entity(String id, int mentionLimit) {
        return read("cannot read entity " + id + " from " + file, c -> EntityTables.entity(c, id, mentionLimit));
    }

    public int entityCount() {
        return read("cannot count entities in " + file, c -> countOf(c, "entities"));
    }

    /** How many entities are of a type (null: of any). */
    public int entityCount(EntityType type) {
        if (type == null) {
            return entityCount();
        }
        return read("cannot count entities in " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM entities WHERE type = ?")) {
                ps.setString(1, type.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The entities a story's articles mention, those in most of its articles first, with counts within the story. */
    public List<EntitySummary> entitiesOfStory(String storyId, int limit) {
        return entityCounts("SELECT e.id, e.name, e.type, count(*), count(DISTINCT m.article) FROM story_articles sa"
                + " JOIN mentions m ON m.article = sa.article JOIN entities e ON e.id = m.entity WHERE sa.story = ?"
                + " GROUP BY e.id ORDER BY 5 DESC, 4 DESC, e.id LIMIT ?", storyId, limit);
    }

    /** How many of an entity's articles {@link #coMentioned} looks into. */
    static final int CO_MENTION_ARTICLES = 200;

    /** An entity's counts, without its mentions. */
    public Optional<EntitySummary> entitySummary(String id) {
        return read("cannot read entity " + id + " from " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, type, mentions, articles FROM entities WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(entitySummary(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The entities named in the same articles as this one (in up to 200 of its latest articles), those sharing most
     * articles first; counts are shared articles.
     */
    public List<EntitySummary> coMentioned(String entityId, int limit) {
        return entityCounts("SELECT e.id, e.name, e.type, count(DISTINCT o.article), count(DISTINCT o.article)"
                + " FROM (SELECT DISTINCT article FROM mentions WHERE entity = ?1 ORDER BY article DESC LIMIT "
                + CO_MENTION_ARTICLES + ") mine"
                + " JOIN mentions o ON o.article = mine.article JOIN entities e ON e.id = o.entity WHERE o.entity <> ?1"
                + " GROUP BY e.id ORDER BY 5 DESC, e.id LIMIT ?2", entityId, limit);
    }

    private List<EntitySummary> entityCounts(String sql, String id, int limit) {
        return read("cannot count entities for " + id + " in " + file, c -> {
            List<EntitySummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                ps.setInt(2, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entitySummary(rs));
                    }
                }
            }
            return out;
        });
    }

    /** An entity row of the shape id, name, type, mentions, articles. */
    private static EntitySummary entitySummary(ResultSet rs) throws SQLException {
        return new EntitySummary(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getInt(5));
    }

    /** An edge of the co-mention network: two entities and the number of articles that name both. */
    public record CoMention(String a, String b, int articles) {
    }

    /** An edge of who names whom: a speaker, an entity named inside what the speaker said, and in how many quotes. */
    public record QuoteLink(String speaker, String named, int quotes) {
    }

    /**
     * The network among the {@code nodes} entities in most articles: its nodes, most articles first, then every
     * pair named together in at least one article, then every speaker among them naming another of them in a quote.
     */
    public void entityNetwork(int nodes, Consumer<EntitySummary> node, Consumer<CoMention> edge, Consumer<QuoteLink> quoted) {
        entityNetwork(nodes, node, edge, quoted, link -> { });
    }

    /**
     * The network among the {@code nodes} entities in most articles, as {@link #entityNetwork(int, Consumer, Consumer,
     * Consumer)} gives it, then every actor among them taking stances toward another of them, for and against.
     */
    public void entityNetwork(int nodes, Consumer<EntitySummary> node, Consumer<CoMention> edge, Consumer<QuoteLink> quoted,
                              Consumer<StanceLink> stances) {
        String top = "SELECT id FROM entities ORDER BY articles DESC, mentions DESC, id LIMIT ?1";
        String sql = "WITH top AS (" + top + "),"
                + " pairs AS (SELECT DISTINCT article, entity FROM mentions WHERE entity IN (SELECT id FROM top))"
                + " SELECT x.entity, y.entity, count(*) FROM pairs x JOIN pairs y ON x.article = y.article"
                + " AND x.entity < y.entity GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2";
        read("cannot read the entity network from " + file, c -> {
            // nodes and edges in one read transaction, so every edge joins two of the nodes
            boolean own = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                entitySummaries(c, null, 0, nodes).forEach(node);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setInt(1, Math.max(0, nodes));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            edge.accept(new CoMention(rs.getString(1), rs.getString(2), rs.getInt(3)));
                        }
                    }
                }
                QuoteTables.namedBySpeakers(c, top, nodes, quoted);
                StanceTables.towardEntities(c, top, nodes, stances);
            } finally {
                c.setAutoCommit(own);
            }
            return null;
        });
    }

    /** A page of an article's quotes in text order, and how many it has. */
    public QuotePage quotesOfArticle(String article, int offset, int limit) {
        return read("cannot read the quotes of article " + article + " from " + file,
                c -> QuoteTables.ofArticle(c, article, offset, limit));
    }

    /**
     * A page of the quotes of a story's articles, grouped by speaker entity: the speakers quoted most first, the
     * quotes whose speaker is unknown last; within a speaker in the order the articles joined the story.
     */
    public QuotePage quotesOfStory(String story, int offset, int limit) {
        return read("cannot read the quotes of story " + story + " from " + file,
                c -> QuoteTables.ofStory(c, story, offset, limit));
    }

    /** A page of what an entity said, across stories: from the newest articles first (undated last). */
    public QuotePage quotesBySpeaker(String entity, int offset, int limit) {
        return read("cannot read the quotes of entity " + entity + " from " + file,
                c -> QuoteTables.ofSpeaker(c, entity, offset, limit));
    }

    /** Every stored quote, by article and in text order, streamed. */
    public void forEachQuote(Consumer<AttributedQuote> action) {
        read("cannot read quotes from " + file, c -> {
            QuoteTables.each(c, action);
            return null;
        });
    }

    public int quoteCount() {
        return read("cannot count quotes in " + file, c -> countOf(c, "quotes"));
    }

    /** An edge of who stands where toward whom: an actor, the entity its stances are toward, how many for and against. */
    public record StanceLink(String actor, String target, int supports, int opposes) {
    }

    /** An article's stances, in text order of their evidence. */
    public List<ReportedStance> stancesOfArticle(String article) {
        return read("cannot read the stances of article " + article + " from " + file, c -> StanceTables.ofArticle(c, article));
    }

    /**
     * The stances of a story's articles whose actor is known: by actor (most stances first), then topic and issue,
     * then in the order the articles joined the story: its actor × issue table, each cell with its evidence.
     */
    public List<ReportedStance> stancesOfStory(String story) {
        return read("cannot read the stances of story " + story + " from " + file, c -> StanceTables.ofStory(c, story));
    }

    /**
     * A storyline's actor × issue table over all its stories, each cell with the stances that show it, oldest first:
     * how positions changed as the storyline went on.
     */
    public StanceMatrix storylineStanceMatrix(String storyline) {
        return StanceMatrix.of(storyline, read("cannot read the stances of storyline " + storyline + " from " + file,
                c -> StanceTables.ofStoryline(c, storyline)));
    }

    /** A story's actor × issue table, each cell with the stances that show it. */
    public StanceMatrix stanceMatrix(String story) {
        return StanceMatrix.of(story, stancesOfStory(story));
    }

    /** The stances an entity takes and those taken toward it, newest articles first, at most {@code limit}. */
    public List<ReportedStance> stancesOfEntity(String entity, int limit) {
        return read("cannot read the stances of entity " + entity + " from " + file,
                c -> StanceTables.ofEntity(c, entity, limit));
    }

    /** Every stored stance, by article and text order of its evidence, streamed. */
    public void forEachStance(Consumer<AttributedStance> action) {
        read("cannot read stances from " + file, c -> {
            StanceTables.each(c, action);
            return null;
        });
    }

    public int stanceCount() {
        return read("cannot count stances in " + file, c -> countOf(c, "stances"));
    }

    /**
     * The signed stance edges among the {@code nodes} entities in most articles: each actor among them and each
     * other entity among them it takes stances toward, with how many are for and how many against.
     */
    public void stanceNetwork(int nodes, Consumer<StanceLink> link) {
        read("cannot read the stance network from " + file, c -> {
            StanceTables.towardEntities(c, "SELECT id FROM entities ORDER BY articles DESC, mentions DESC, id LIMIT ?1", nodes, link);
            return null;
        });
    }

    /** An article's time expressions in text order. */
    public List<ArticleTime> timesOfArticle(String article) {
        return read("cannot read the time expressions of article " + article + " from " + file,
                c -> TimeTables.ofArticle(c, article));
    }

    /**
     * The time expressions of a story's articles that name a date of the calendar (not an amount, a set or a vague
     * reference), in the order the articles joined the story, then text order: what its timeline is made of.
     */
    public List<ArticleTime> datesOfStory(String story) {
        return read("cannot read the dates of story " + story + " from " + file, c -> TimeTables.datesOfStory(c, story));
    }

    /**
     * A story's timeline: the days its articles name, each with the sentences that name it and the articles that say
     * so, and how many of its articles give no date of their own.
     */
    public Timeline timeline(String story) {
        return Timelines.of(story, storyMembers(story), datesOfStory(story), this::sentences);
    }

    /**
     * A storyline's timeline: the days the articles of all its stories name on one axis, each event with the articles
     * that say it and their stories; empty when there is no such storyline.
     */
    public Timeline storylineTimeline(String storyline) {
        List<StoryMember> members = new ArrayList<>();
        List<ArticleTime> dates = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        for (String story : storyline(storyline).map(Storyline::stories).orElse(List.of())) {
            for (StoryMember m : storyMembers(story)) {
                members.add(m);
                storyOf.putIfAbsent(m.article().id(), story);
            }
            dates.addAll(datesOfStory(story));
        }
        return Timelines.of(storyline, members, dates, storyOf, this::sentences);
    }

    /**
     * A story's first and last day by the events its articles report where they are better evidence than its
     * publication days ({@link Timeline#period}), or null when it has neither.
     */
    public Timeline.Period storyPeriod(Story story) {
        return timeline(story.id()).period(day(story.start()), day(story.end()));
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Every stored time expression, by article and in text order, streamed. */
    public void forEachTime(Consumer<ArticleTime> action) {
        read("cannot read time expressions from " + file, c -> {
            TimeTables.each(c, action);
            return null;
        });
    }

    public int timeCount() {
        return read("cannot count time expressions in " + file, c -> countOf(c, "times"));
    }

    /**
     * An undated article to date, and what its story offers: the first publication day of the story's dated articles
     * and the article that gives it (with its title), all null when the story has none or the article is in none.
     */
    public record Undated(Article article, LocalDate storyDay, String storySource, String storySourceTitle) {
        public Undated {
            java.util.Objects.requireNonNull(article, "article");
        }
    }

    /**
     * The undated articles the story-dates stage has to (re)consider: not looked at yet, their story now gives another
     * day, or annotated again since they were dated; by id.
     */
    public List<Undated> undatedToDate() {
        List<String[]> rows = read("cannot read the undated articles to date from " + file, TimeTables::toDate);
        List<String> ids = new ArrayList<>();
        for (String[] r : rows) {
            ids.add(r[0]);
            if (r[2] != null) {
                ids.add(r[2]);
            }
        }
        Map<String, StoredArticle> articles = articles(ids);
        List<Undated> out = new ArrayList<>();
        for (String[] r : rows) {
            StoredArticle a = articles.get(r[0]);
            StoredArticle source = r[2] == null ? null : articles.get(r[2]);
            if (a != null) {
                out.add(new Undated(a.article(), source == null ? null : LocalDate.parse(r[1]), source == null ? null : r[2],
                        source == null ? null : source.article().title()));
            }
        }
        return out;
    }

    /**
     * What the story-dates stage made of an undated article: the day it inferred (null: none could be) and the
     * article's time expressions reckoned from that day.
     */
    public record Dated(String article, InferredDate date, List<TimeExpression> times) {
        public Dated {
            java.util.Objects.requireNonNull(article, "article");
            times = List.copyOf(times);
            if (date != null && !date.article().equals(article)) {
                throw new IllegalArgumentException("the inferred date of article " + date.article() + " given for article " + article);
            }
        }
    }

    /**
     * Records the days inferred for undated articles and replaces their time expressions with ones reckoned from those
     * days, in one transaction; an article with no day keeps its time expressions.
     */
    public void writeInferredDates(List<Dated> dated) {
        transaction("cannot write the inferred dates of " + dated.size() + " articles in " + file, c -> {
            try (PreparedStatement text = c.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
                for (Dated d : dated) {
                    text.setString(1, d.article());
                    try (ResultSet rs = text.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        TimeTables.writeInferred(c, d.article(), d.date());
                        if (d.date() != null) {
                            TimeTables.replace(c, d.article(), rs.getString(1), d.times(), d.date().day());
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The publication day inferred for an article whose page gives none, if one was. */
    public Optional<InferredDate> inferredDate(String article) {
        return Optional.ofNullable(read("cannot read the inferred date of article " + article + " from " + file,
                c -> TimeTables.inferred(c, article)));
    }

    /**
     * The claims of one thread of coverage (a storyline) as the claims stage aligns them.
     *
     * @param storyline the storyline's id
     * @param claims    its articles' claims, the articles in corpus order, each article's claims in text order
     * @param storyOf   the story of each of its articles, in corpus order
     */
    public record Thread(String storyline, List<ReportedClaim> claims, Map<String, String> storyOf) {
        public Thread {
            claims = List.copyOf(claims);
            storyOf = Collections.unmodifiableMap(new LinkedHashMap<>(storyOf));
        }
    }

    /** The storylines holding an article the claims stage at {@code version} has not aligned, by id. */
    public List<String> storylinesToAlign(int version) {
        return read("cannot list the storylines to align in " + file, c -> ClaimTables.pendingStorylines(c, version));
    }

    /** The claims of a storyline's articles, ready to align. */
    public Thread thread(String storyline) {
        return read("cannot read the claims of storyline " + storyline + " from " + file, c -> ClaimTables.thread(c, storyline));
    }

    /** These stored articles' claims as one thread and one story named {@code name}, in the order given (benchmarks). */
    public Thread threadOf(String name, List<String> articles) {
        return read("cannot read the claims of " + articles.size() + " articles from " + file,
                c -> ClaimTables.threadOf(c, name, articles));
    }

    /** The ids of a storyline's articles, in corpus order. */
    public List<String> articlesOfStoryline(String storyline) {
        return thread(storyline).storyOf().keySet().stream().toList();
    }

    /**
     * Replaces what is known of a thread's claims with a new alignment, in one transaction, and drops the claims of
     * storylines that are no more; returns how many such claims went.
     */
    public int saveAlignment(Thread thread, ClaimAligner.Alignment alignment, int version) {
        return transaction("cannot save the claims of storyline " + thread.storyline() + " in " + file, c -> {
            ClaimTables.save(c, thread, alignment, version);
            return ClaimTables.dropOrphans(c);
        });
    }

    /** Which of a story's claims to list: all, those with a single independent source, those another claim disputes. */
    public enum ClaimFilter { ALL, SINGLE, CONTESTED }

    /** The claims with a source in a story, best corroborated first. */
    public List<CorroboratedClaim> claimsOfStory(String story, ClaimFilter filter, int offset, int limit) {
        return read("cannot read the claims of story " + story + " from " + file,
                c -> ClaimTables.ofStory(c, story, ClaimTables.Filter.valueOf(filter.name()), offset, limit));
    }

    /** How many claims a story has, by filter. */
    public Map<ClaimFilter, Integer> claimCounts(String story) {
        return read("cannot count the claims of story " + story + " in " + file, c -> {
            int[] n = ClaimTables.counts(c, story);
            Map<ClaimFilter, Integer> out = new java.util.EnumMap<>(ClaimFilter.class);
            for (ClaimFilter f : ClaimFilter.values()) {
                out.put(f, n[f.ordinal()]);
            }
            return out;
        });
    }

    /** The claims of a storyline's articles, best corroborated first. */
    public List<CorroboratedClaim> claimsOfStoryline(String storyline, int limit) {
        return read("cannot read the claims of storyline " + storyline + " from " + file,
                c -> ClaimTables.ofStoryline(c, storyline, limit));
    }

    /** The claims an article makes, best corroborated first. */
    public List<CorroboratedClaim> claimsOfArticle(String article) {
        return read("cannot read the claims of article " + article + " from " + file, c -> ClaimTables.ofArticle(c, article));
    }

    public Optional<CorroboratedClaim> claim(String id) {
        return read("cannot read claim " + id + " from " + file, c -> ClaimTables.byId(c, id).stream().findFirst());
    }

    /** A story's summary: whole sentences of its articles, each citing the articles that make its claim. */
    public List<SummarySentence> summary(String story) {
        return read("cannot read the summary of story " + story + " from " + file, c -> ClaimTables.summary(c, story));
    }

    /** Every claim, storyline by storyline, best corroborated first. */
    public void forEachClaim(Consumer<CorroboratedClaim> action) {
        read("cannot read claims from " + file, c -> {
            ClaimTables.forEach(c, action);
            return null;
        });
    }

    public int claimCount() {
        return read("cannot count claims in " + file, c -> countOf(c, "story_claims"));
    }

    /** Entities, those in most articles first; of one type when {@code type} is not null. */
    public List<EntitySummary> entitySummaries(EntityType type, int offset, int limit) {
        return read("cannot list entities in " + file, c -> entitySummaries(c, type, offset, limit));
    }

    private static List<EntitySummary> entitySummaries(Connection c, EntityType type, int offset, int limit)
            throws SQLException {
        String sql = "SELECT id, name, type, mentions, articles FROM entities"
                + (type == null ? "" : " WHERE type = ?") + " ORDER BY articles DESC, mentions DESC, id LIMIT ? OFFSET ?";
        List<EntitySummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (type != null) {
                ps.setString(i++, type.name());
            }
            ps.setInt(i++, Math.max(0, limit));
            ps.setInt(i, Math.max(0, offset));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entitySummary(rs));
                }
            }
        }
        return out;
    }

    /** A storyline without its stories: for menus and listings. */
    public record StorylineSummary(String id, String title, String start, String end, int stories) {
    }

    /** Storylines, latest first, without their stories. */
    public List<StorylineSummary> storylineSummaries(int limit) {
        return read("cannot list storylines in " + file, c -> {
            List<StorylineSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title, start, end, size FROM storylines ORDER BY end DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StorylineSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    /** One storyline with its stories, oldest first. */
    public Optional<Storyline> storyline(String id) {
        // the storyline's row stays open while its stories are read: both come from one read transaction
        return read("cannot read storyline " + id + " from " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, start, end FROM storylines WHERE id = ?");
                 PreparedStatement members = c.prepareStatement(
                         "SELECT id FROM stories WHERE storyline = ? ORDER BY start IS NULL, start, rowid")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    members.setString(1, id);
                    List<String> stories = new ArrayList<>();
                    try (ResultSet m = members.executeQuery()) {
                        while (m.next()) {
                            stories.add(m.getString(1));
                        }
                    }
                    return Optional.of(new Storyline(rs.getString(1), rs.getString(2), stories, rs.getString(3),
                            rs.getString(4)));
                }
            }
        });
    }

    /** The outlets named in the store, most articles first. */
    public List<String> outlets(int limit) {
        return read("cannot list outlets in " + file, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT outlet FROM articles WHERE outlet IS NOT NULL"
                    + " GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Stories, latest first (by their last day; undated last). */
    public List<Story> stories(int offset, int limit) {
        return storiesWhere("1 = 1 ORDER BY end IS NULL, end DESC, rowid LIMIT " + Math.max(0, limit) + " OFFSET "
                + Math.max(0, offset), null);
    }

    public Optional<Story> story(String id) {
        List<Story> found = storiesWhere("id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public int storyCount() {
        return read("cannot count stories in " + file, c -> countOf(c, "stories"));
    }

    public int storylineCount() {
        return read("cannot count storylines in " + file, c -> countOf(c, "storylines"));
    }

    /**
     * Stories meeting a fixed SQL condition with at most one bound parameter. The stories' rows stay open while
     * their members are read: all come from one read transaction.
     */
    private List<Story> storiesWhere(String condition, String parameter) {
        return read("cannot read stories from " + file, c -> {
            List<Story> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, title, start, end, storyline, independent_sources FROM stories WHERE " + condition);
                 ResultSet rs = bind(s, parameter).executeQuery();
                 PreparedStatement members = c.prepareStatement(
                         "SELECT article FROM story_articles WHERE story = ? ORDER BY position")) {
                while (rs.next()) {
                    members.setString(1, rs.getString(1));
                    List<String> articles = new ArrayList<>();
                    try (ResultSet m = members.executeQuery()) {
                        while (m.next()) {
                            articles.add(m.getString(1));
                        }
                    }
                    out.add(new Story(rs.getString(1), rs.getString(2), articles, rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6)));
                }
            }
            return out;
        });
    }

    public List<Storyline> storylines() {
        return read("cannot read storylines from " + file, c -> {
            List<Storyline> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, title, start, end FROM storylines ORDER BY end IS NULL, end DESC, rowid");
                 PreparedStatement members = c.prepareStatement(
                         "SELECT id FROM stories WHERE storyline = ? ORDER BY start IS NULL, start, rowid")) {
                while (rs.next()) {
                    members.setString(1, rs.getString(1));
                    List<String> stories = new ArrayList<>();
                    try (ResultSet m = members.executeQuery()) {
                        while (m.next()) {
                            stories.add(m.getString(1));
                        }
                    }
                    out.add(new Storyline(rs.getString(1), rs.getString(2), stories, rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    private static PreparedStatement bind(PreparedStatement s, String parameter) throws SQLException {
        if (parameter != null) {
            s.setString(1, parameter);
        }
        return s;
    }

    private static StoredArticle stored(ResultSet rs) throws SQLException {
        PublicationDate published = null;
        String value = rs.getString("published");
        if (value != null) {
            String evidence = rs.getString("published_evidence");
            int start = rs.getInt("published_start");
            published = new PublicationDate(value, rs.getInt("published_inferred") == 1,
                    new Evidence(start, start + evidence.length(), evidence), rs.getString("published_offset"));
        }
        Article a = new Article(rs.getString("id"), rs.getString("source"), rs.getString("url"), rs.getString("title"),
                rs.getString("text"), published, rs.getString("page_date"), rs.getString("outlet"),
                rs.getString("syndicated_from"), rs.getString("language"), rs.getString("note"),
                AuthorTables.read(rs.getString("authors"), rs.getString("id")), rs.getString("credit"),
                rs.getString("modified"));
        return new StoredArticle(a, rs.getString("duplicate_of"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stage names of the ledger. */
    public static final String EXTRACTION = "extraction";
    public static final String ANNOTATION = "annotation";
    public static final String STORIES = "stories";
    public static final String IDENTITIES = "identities";
    /** Raised whenever identity resolution may link the same entity layers otherwise. */
    public static final int IDENTITIES_VERSION = 1;
    /** Raised whenever the corpus stage may place the same articles otherwise. */
    public static final int STORIES_VERSION = 1;

    /**
     * Articles that stage {@code after} (null: any) has made and {@code stage} at {@code version} has not, in
     * the corpus order (dated by day, then undated; each by id).
     */
    public List<String> pending(String after, String stage, int version) {
        return read("cannot list the articles " + stage + " has not seen in " + file,
                c -> LayerTables.pending(c, after, stage, version));
    }

    /** The entity layer the annotation stage laid over each of these articles, in the order given. */
    public Map<String, ArticleEntities> entityLayers(List<String> articles) {
        return read("cannot read entity layers from " + file, c -> LayerTables.entities(c, articles));
    }

    /** The sentences of an article, or an empty list when it was stored before the annotation stage. */
    public List<Sentence> sentences(String article) {
        return read("cannot read the sentences of " + article + " from " + file, c -> LayerTables.sentences(c, article));
    }

    /** How many articles each stage made at each version: {@code stage -> version -> articles}. */
    public Map<String, Map<Integer, Integer>> stageVersions() {
        return read("cannot read the stage ledger of " + file, LayerTables::versions);
    }

    /**
     * Replaces the annotation layers of stored articles with new ones, their quotes among them, in one transaction:
     * their entity mentions go, and the identity stage will link them again (their identities ledger rows go too).
     */
    public void replaceLayers(List<AnnotatedArticle> annotated) {
        transaction("cannot replace the layers of " + annotated.size() + " articles in " + file, c -> {
            List<String> ids = annotated.stream().map(a -> a.article().id()).toList();
            for (AnnotatedArticle a : annotated) {
                LayerTables.write(c, a);
            }
            LayerTables.ledger(c, ids, ANNOTATION, Annotation.VERSION);
            EntityTables.forget(c, ids);
            ClaimTables.forget(c, ids);
            return null;
        });
    }

    /**
     * Replaces stored articles with what extraction and annotation make of their raw input now, in one
     * transaction: text, title and metadata, the annotation layers (quotes among them) and the ledger rows; their
     * entity mentions go, and the identity stage links them again. Their places in stories stay.
     */
    public void replaceArticles(List<Processed.Done> batch) {
        transaction("cannot replace " + batch.size() + " articles in " + file, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE articles SET url = ?, title = ?, text = ?,"
                    + " published = ?, published_inferred = ?, published_start = ?, published_end = ?, published_evidence = ?,"
                    + " page_date = ?, outlet = ?, syndicated_from = ?, language = ?, text_hash = ?, note = ?, authors = ?,"
                    + " credit = ?, modified = ?, published_offset = ? WHERE id = ?")) {
                for (Processed.Done done : batch) {
                    Article a = done.article();
                    bindContent(update, 1, a);
                    update.setString(13, sha256(a.text()));
                    update.setString(14, a.note());
                    update.setString(15, AuthorTables.column(a));
                    update.setString(16, a.credit());
                    update.setString(17, a.modified());
                    update.setString(18, a.published() == null ? null : a.published().offset());
                    update.setString(19, a.id());
                    update.executeUpdate();
                    AuthorTables.write(c, a);
                    LayerTables.write(c, done.annotated());
                }
            }
            List<String> ids = batch.stream().map(d -> d.article().id()).toList();
            LayerTables.ledger(c, ids, EXTRACTION, Extraction.VERSION);
            LayerTables.ledger(c, ids, ANNOTATION, Annotation.VERSION);
            EntityTables.forget(c, ids);
            ClaimTables.forget(c, ids);
            return null;
        });
    }

    /** Forgets every identity and mention, so that the identity stage links every article again. */
    public void resetIdentities() {
        transaction("cannot reset identities in " + file, c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM mentions");
                s.executeUpdate("DELETE FROM entities");
                s.executeUpdate("DELETE FROM stage_ledger WHERE stage = '" + IDENTITIES + "'");
            }
            return null;
        });
    }

    @Override
    public ChromeProfile load() {
        return read("cannot read the chrome profile from " + file, ChromeTables::load);
    }

    @Override
    public Set<String> learned(Collection<String> documents) {
        return read("cannot read the chrome profile from " + file, c -> ChromeTables.learned(c, documents));
    }

    @Override
    public void keep(ChromeProfile profile, Collection<String> documents) {
        transaction("cannot keep the chrome profile in " + file, c -> {
            ChromeTables.keep(c, profile, documents);
            return null;
        });
    }

    /** Work on a connection; what it returns is the caller's result. */
    @FunctionalInterface
    interface Sql<T> {
        T on(Connection c) throws SQLException;
    }

    /** Runs a read on a borrowed read-only connection: it sees what was committed when it began. */
    private <T> T read(String failure, Sql<T> work) {
        try (ReadConnections.Lease lease = reads.borrow()) {
            try {
                return work.on(lease.connection());
            } catch (SQLException e) {
                lease.failed(e);
                throw new StoreException(failure + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code work} in one transaction on the writer, one at a time: committed when it returns, rolled back
     * when it throws. Package-private for tests, which hold a transaction open to watch readers meanwhile.
     */
    synchronized <T> T transaction(String failure, Sql<T> work) {
        try {
            writer.setAutoCommit(false);
            T result = work.on(writer);
            writer.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new StoreException(failure + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        } finally {
            autoCommit();
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the connection is failing already; the original error is the one to report
        }
    }

    private void autoCommit() {
        try {
            writer.setAutoCommit(true);
        } catch (SQLException ignored) {
            // as above
        }
    }

    /** Closes the readers (one still borrowed closes when given back), then the writer after its last write. */
    @Override
    public void close() {
        reads.close();
        synchronized (this) {
            try {
                writer.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
            }
        }
        if (wrote) {
            try {
                Files.writeString(file.resolveSibling(LAST_JOB), fileState() + "\n");
            } catch (java.io.IOException e) {
                // the next writing job checks the whole store
            }
        }
    }
}

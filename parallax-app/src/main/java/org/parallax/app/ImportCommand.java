package org.parallax.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.model.Article;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.InferredDate;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.model.Span;
import org.parallax.pipeline.LayerRecords;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Loads what the Spark job wrote into the store: each article of its {@code articles} table with its raw input and
 * its annotation layers as the job made them (nothing is extracted or annotated again), and the day the job inferred
 * for an article whose page gives none (kept apart from its page's date, as the story-dates stage keeps it, which
 * then finds it done); then the store's corpus stages over them, which take them in the corpus order as
 * {@code analyze} does. Into an empty store this gives the job's stories, and the command says how many articles are
 * in the story the job put them in.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the Parquet tables of the Spark job (parallax-spark) into the store.")
final class ImportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);
    private static final int BATCH = 256;

    @Parameters(paramLabel = "PARQUET_DIR", description = "the folder the job wrote (its --out)")
    Path dir;

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter err = spec.commandLine().getErr();
        Path articles = dir.resolve("articles");
        if (!Files.isDirectory(articles)) {
            err.println("parallax: " + dir + " holds no articles table (" + articles + "): give the folder the job wrote");
            return 2;
        }
        long started = System.nanoTime();
        int read = 0;
        int stored = 0;
        int unchanged = 0;
        int failed = 0;
        try (Store s = store.open(); Store.Writing job = s.exclusive();
             Connection parquet = DriverManager.getConnection("jdbc:duckdb:")) {
            List<Processed.Done> batch = new ArrayList<>();
            List<Store.Dated> inferred = new ArrayList<>();
            try (Statement st = parquet.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM read_parquet(" + files(articles) + ") ORDER BY id")) {
                boolean bases = hasColumn(rs, "published_basis");
                boolean bylines = hasColumn(rs, "authors");
                while (rs.next()) {
                    read++;
                    String id = rs.getString("id");
                    try {
                        InferredDate date = bases ? inferred(rs) : null;
                        Processed.Done done = done(rs, date == null, bylines);
                        batch.add(done);
                        if (date != null) {
                            inferred.add(new Store.Dated(id, date, done.annotated().times()));
                        }
                    } catch (RuntimeException e) {
                        failed++;
                        err.println("error: " + Terminal.line(articles + ": article " + id + ": " + e.getMessage()));
                    }
                    if (batch.size() == BATCH) {
                        var o = s.accept(batch);
                        stored += o.stored();
                        unchanged += o.unchanged();
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                var o = s.accept(batch);
                stored += o.stored();
                unchanged += o.unchanged();
            }
            if (!inferred.isEmpty()) {
                s.writeInferredDates(inferred);
            }
            Analysis.updateCorpus(s);
            String agreement = agreement(parquet, s);
            long jobFailures = count(parquet, dir.resolve("failures"));
            LOG.info(String.format(Locale.ROOT, "import done: read=%d, stored=%d, unchanged=%d, failed=%d, dated by"
                    + " inference=%d, %s, inputs the job failed=%d, elapsed=%.1fs", read, stored, unchanged, failed,
                    inferred.size(), agreement, jobFailures,
                    (System.nanoTime() - started) / 1e9));
            if (jobFailures > 0) {
                err.println("note: the job failed " + jobFailures + " inputs; its failures table names each ("
                        + dir.resolve("failures") + ")");
            }
        } catch (SQLException e) {
            err.println("parallax: cannot read the tables in " + dir + ": " + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        }
        err.flush();
        return failed > 0 ? 1 : 0;
    }

    /** How many of the job's placements the store's stories give too. */
    private String agreement(Connection parquet, Store s) throws SQLException {
        Path placements = dir.resolve("placements");
        if (!Files.isDirectory(placements)) {
            return "stories as the job placed them=unknown (no placements table)";
        }
        int same = 0;
        int all = 0;
        try (Statement st = parquet.createStatement();
             ResultSet rs = st.executeQuery("SELECT article, story FROM read_parquet(" + files(placements) + ")")) {
            while (rs.next()) {
                all++;
                String story = rs.getString(2);
                if (s.placement(rs.getString(1)).map(p -> p.story().equals(story)).orElse(false)) {
                    same++;
                }
            }
        }
        return "in the story the job gave=" + same + " of " + all;
    }

    private static long count(Connection parquet, Path table) throws SQLException {
        if (!Files.isDirectory(table)) {
            return 0;
        }
        try (PreparedStatement ps = parquet.prepareStatement("SELECT count(*) FROM read_parquet(" + files(table) + ")");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The Parquet files of a table folder, as a DuckDB string literal. */
    private static String files(Path table) {
        return "'" + table.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''") + "'";
    }

    /**
     * An article row as the pipeline's result: its raw input, and the article with its layers; with no date when
     * {@code dated} is false (its {@code published} is a day inferred for it, which the store keeps apart), and with
     * no byline, credit, modification date or time zone when the table predates them ({@code bylines} false).
     */
    private static Processed.Done done(ResultSet rs, boolean dated, boolean bylines) throws SQLException {
        String published = dated ? rs.getString("published") : null;
        PublicationDate date = published == null ? null : new PublicationDate(published, rs.getBoolean("published_inferred"),
                new Evidence(rs.getInt("published_evidence_start"), rs.getInt("published_evidence_end"),
                        rs.getString("published_evidence_text")), bylines ? rs.getString("published_offset") : null);
        Article article = new Article(rs.getString("id"), rs.getString("source"), rs.getString("url"), rs.getString("title"),
                rs.getString("text"), date, rs.getString("page_date"), rs.getString("outlet"), rs.getString("syndicated_from"),
                rs.getString("language"), rs.getString("note"), bylines ? authors(rs.getArray("authors")) : List.of(),
                bylines ? rs.getString("credit") : null, bylines ? rs.getString("modified") : null);
        java.sql.Blob blob = rs.getBlob("raw");
        Bytes raw = Bytes.of(blob.getBytes(1, (int) blob.length()));
        if (!raw.sha256().equals(rs.getString("raw_sha256"))) {
            throw new IllegalArgumentException("its raw input does not have the SHA-256 the job recorded");
        }
        RawDocument document = new RawDocument(article.source(), RawDocument.Kind.of(rs.getString("raw_kind")), raw,
                rs.getString("raw_charset"), article.text(), SourceHints.NONE);
        return new Processed.Done(document, LayerRecords.read(article, rs.getString("layers")));
    }

    private static List<String> authors(java.sql.Array column) throws SQLException {
        if (column == null) {
            throw new IllegalArgumentException("its authors are null, where the job writes a list");
        }
        List<String> authors = new ArrayList<>();
        for (Object name : (Object[]) column.getArray()) {
            authors.add((String) name);
        }
        return authors;
    }

    /** The day the job inferred for an article whose page gives none, or null. */
    private static InferredDate inferred(ResultSet rs) throws SQLException {
        String basis = rs.getString("published_basis");
        if (basis == null) {
            return null;
        }
        int start = rs.getInt("published_evidence_start");
        Span span = rs.wasNull() ? null : new Span(start, rs.getInt("published_evidence_end"));
        return new InferredDate(rs.getString("id"), rs.getString("published"), InferredDate.Basis.valueOf(basis),
                rs.getString("published_evidence_text"), span, rs.getString("published_source"));
    }

    private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
        java.sql.ResultSetMetaData columns = rs.getMetaData();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.getColumnName(i).equals(name)) {
                return true;
            }
        }
        return false;
    }
}

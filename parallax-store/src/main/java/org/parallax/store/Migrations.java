package org.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store's schema up to date. Scripts {@code V<n>__<name>.sql} beside this class run in order,
 * each in its own transaction, and the store's {@code user_version} records the last one applied.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__articles.sql", "V2__article_note.sql", "V3__stories.sql", "V4__entities.sql",
            "V5__stages.sql", "V6__corpus_rows.sql", "V7__quotes.sql",
            "V8__quote_speakers.sql", "V9__times.sql", "V10__stances.sql", "V11__claims.sql",
            "V12__inferred_dates.sql", "V13__span_indexes.sql", "V14__authors.sql", "V15__stance_quotes.sql",
            "V16__merged_stories.sql", "V17__storyline_gists.sql", "V18__story_guessed_dates.sql");

    private Migrations() {
    }

    static void apply(Connection c, String file) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > SCRIPTS.size()) {
            throw new SQLException("the store " + file + " has schema version " + version
                    + ", newer than this Parallax knows (" + SCRIPTS.size() + "): upgrade Parallax");
        }
        for (int v = version; v < SCRIPTS.size(); v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(SCRIPTS.get(v)))) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + SCRIPTS.get(v) + " failed on " + file + ": " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script at semicolons that end a line, keeping trigger bodies (BEGIN … END;) whole. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\n")) {
            String code = line.replaceFirst("--.*$", "").strip();
            if (code.isEmpty()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.toUpperCase().endsWith("BEGIN")) {
                inBody = true;
            }
            if (code.endsWith(";") && (!inBody || code.equalsIgnoreCase("END;"))) {
                out.add(current.toString().strip());
                current.setLength(0);
                inBody = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}

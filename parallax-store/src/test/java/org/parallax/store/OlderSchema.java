package org.parallax.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a store look as a version before this one left it: what later migrations created is taken away. */
final class OlderSchema {
    private static final Pattern CREATED = Pattern.compile("(?i)CREATE\\s+(TABLE|TRIGGER|INDEX)\\s+(?:IF NOT EXISTS\\s+)?(\\w+)");
    private static final Pattern ADDED = Pattern.compile("(?i)ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)");

    private OlderSchema() {
    }

    private static String script(String name) {
        try (java.io.InputStream in = Migrations.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Drops every table, trigger, index and column the migrations after {@code version} create or add, and sets the
     * version.
     */
    static void rollBackTo(Statement s, int version) throws SQLException {
        List<String[]> created = new ArrayList<>();
        List<String[]> added = new ArrayList<>();
        for (String script : Migrations.SCRIPTS) {
            int v = Integer.parseInt(script.substring(1, script.indexOf("__")));
            if (v > version) {
                Matcher m = CREATED.matcher(script(script));
                while (m.find()) {
                    created.add(new String[] {m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2)});
                }
                Matcher a = ADDED.matcher(script(script));
                while (a.find()) {
                    added.add(new String[] {a.group(1), a.group(2)});
                }
            }
        }
        for (String kind : List.of("TRIGGER", "INDEX", "COLUMN", "TABLE")) {
            if (kind.equals("COLUMN")) {
                for (String[] column : added) {
                    s.executeUpdate("ALTER TABLE " + column[0] + " DROP COLUMN " + column[1]);
                }
            }
            for (String[] c : created) {
                if (c[0].equals(kind)) {
                    s.executeUpdate("DROP " + kind + " IF EXISTS " + c[1]);
                }
            }
        }
        s.executeUpdate("PRAGMA user_version = " + version);
    }
}

package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.clean.ChromeProfile;

/** The chrome profile kept between runs: a count per line fingerprint, and the documents learned from. */
final class ChromeTables {
    private ChromeTables() {
    }

    static ChromeProfile load(Connection c) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, documents FROM chrome_lines");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return ChromeProfile.of(counts);
    }

    static Set<String> learned(Connection c, Collection<String> documents) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM chrome_learned WHERE raw_id = ?")) {
            for (String id : documents) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    /** Writes the profile's changed counts (deleting the forgotten) and the documents learned; the caller holds the transaction. */
    static void keep(Connection c, ChromeProfile profile, Collection<String> documents) throws SQLException {
        try (PreparedStatement put = c.prepareStatement("INSERT OR REPLACE INTO chrome_lines(fingerprint, documents) VALUES (?,?)");
             PreparedStatement forget = c.prepareStatement("DELETE FROM chrome_lines WHERE fingerprint = ?");
             PreparedStatement learned = c.prepareStatement("INSERT OR IGNORE INTO chrome_learned(raw_id) VALUES (?)")) {
            for (Map.Entry<Long, Integer> e : profile.changes().entrySet()) {
                if (e.getValue() == 0) {
                    forget.setLong(1, e.getKey());
                    forget.addBatch();
                } else {
                    put.setLong(1, e.getKey());
                    put.setInt(2, e.getValue());
                    put.addBatch();
                }
            }
            forget.executeBatch();
            put.executeBatch();
            for (String id : List.copyOf(documents)) {
                learned.setString(1, id);
                learned.addBatch();
            }
            learned.executeBatch();
        }
    }
}

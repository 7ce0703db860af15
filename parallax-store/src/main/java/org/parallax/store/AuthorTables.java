package org.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.parallax.model.Article;

/**
 * The people an article's byline names: kept on the article's row in byline order (a JSON array), and once per
 * name in {@code article_authors}, which the author filter reads by name without regard to case. The caller holds
 * the transaction.
 */
final class AuthorTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private AuthorTables() {
    }

    /** The authors as the article row keeps them, or null when there are none. */
    static String column(Article a) {
        if (a.authors().isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(a.authors());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the authors of " + a.id(), e);
        }
    }

    /** The authors an article row keeps; a row stored before authors were read has none. */
    static List<String> read(String column, String articleId) throws SQLException {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, NAMES);
        } catch (JsonProcessingException e) {
            throw new SQLException("the authors stored for article " + articleId + " are not a JSON array of names", e);
        }
    }

    /** Replaces the name rows of the article. */
    static void write(Connection c, Article a) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM article_authors WHERE article = ?")) {
            delete.setString(1, a.id());
            delete.executeUpdate();
        }
        if (a.authors().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO article_authors(article, position, name) VALUES (?, ?, ?)")) {
            for (int i = 0; i < a.authors().size(); i++) {
                insert.setString(1, a.id());
                insert.setInt(2, i);
                insert.setString(3, a.authors().get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}

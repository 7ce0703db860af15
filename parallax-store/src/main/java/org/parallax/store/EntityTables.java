package org.parallax.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.ArticleEntities.Role;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.nlp.EntityResolver.Known;

/** The entity tables: identities with their resolver state, mentions, and the articles the stage has read. */
final class EntityTables {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntityTables() {
    }

    /**
     * Drops the mentions of these articles and their identities ledger rows, recounts the entities they named
     * and removes those no article names any more; the caller holds the transaction.
     */
    static void forget(Connection c, Collection<String> articles) throws SQLException {
        Set<String> touched = new LinkedHashSet<>();
        try (PreparedStatement named = c.prepareStatement("SELECT DISTINCT entity FROM mentions WHERE article = ?");
             PreparedStatement drop = c.prepareStatement("DELETE FROM mentions WHERE article = ?");
             PreparedStatement ledger = c.prepareStatement("DELETE FROM stage_ledger WHERE article = ? AND stage = ?")) {
            for (String article : articles) {
                named.setString(1, article);
                try (ResultSet rs = named.executeQuery()) {
                    while (rs.next()) {
                        touched.add(rs.getString(1));
                    }
                }
                drop.setString(1, article);
                drop.executeUpdate();
                ledger.setString(1, article);
                ledger.setString(2, Store.IDENTITIES);
                ledger.executeUpdate();
            }
        }
        recount(c, touched);
        try (PreparedStatement gone = c.prepareStatement("DELETE FROM entities WHERE id = ? AND mentions = 0")) {
            for (String id : touched) {
                gone.setString(1, id);
                gone.executeUpdate();
            }
        }
    }

    static List<Known> known(Connection c) throws SQLException {
        List<Known> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, key, type, name, fixed_name, spellings, roles FROM entities");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Known(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getInt(5) != 0, JSON.readValue(rs.getString(6), new TypeReference<Map<String, Integer>>() { }),
                        JSON.readValue(rs.getString(7), new TypeReference<List<Role>>() { })));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("an entity row holds malformed JSON: " + e.getOriginalMessage(), e);
        }
        return out;
    }

    /** Sets the mention and article counts of these entities from their mentions. */
    private static void recount(Connection c, Collection<String> entities) throws SQLException {
        try (PreparedStatement counts = c.prepareStatement("UPDATE entities SET"
                + " mentions = (SELECT count(*) FROM mentions WHERE entity = ?1),"
                + " articles = (SELECT count(DISTINCT article) FROM mentions WHERE entity = ?1) WHERE id = ?1")) {
            for (String id : entities) {
                counts.setString(1, id);
                counts.addBatch();
            }
            counts.executeBatch();
        }
    }

    /** Saves one batch of the stage; the caller holds the transaction. */
    static void save(Connection c, Collection<String> articles, List<Entity> found, List<Known> changed) throws SQLException {
        try (PreparedStatement entity = c.prepareStatement("INSERT INTO entities(id, key, type, name, fixed_name, spellings,"
                + " roles) VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                + " spellings = excluded.spellings, roles = excluded.roles");
             PreparedStatement mention = c.prepareStatement(
                     "INSERT OR IGNORE INTO mentions(article, entity, start, end, text, description) VALUES (?,?,?,?,?,?)")) {
            for (Known k : changed) {
                entity.setString(1, k.id());
                entity.setString(2, k.key());
                entity.setString(3, k.type().name());
                entity.setString(4, k.name());
                entity.setInt(5, k.fixedName() ? 1 : 0);
                entity.setString(6, JSON.writeValueAsString(k.spellings()));
                entity.setString(7, JSON.writeValueAsString(k.roles()));
                entity.addBatch();
            }
            entity.executeBatch();
            Set<String> touched = new LinkedHashSet<>();
            for (Entity e : found) {
                touched.add(e.id());
                Set<String> names = new java.util.HashSet<>(e.aliases());
                names.add(e.name());
                for (Mention m : e.mentions()) {
                    mention.setString(1, m.article());
                    mention.setString(2, e.id());
                    mention.setInt(3, m.start());
                    mention.setInt(4, m.end());
                    mention.setString(5, m.text());
                    mention.setInt(6, names.contains(m.text()) ? 0 : 1);
                    mention.addBatch();
                }
            }
            mention.executeBatch();
            LayerTables.ledger(c, articles, Store.IDENTITIES, Store.IDENTITIES_VERSION);
            recount(c, touched);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("cannot write an entity's state as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The entities these articles mention, each with only their mentions in these articles, most mentioned first. */
    static List<Entity> ofArticles(Connection c, Collection<String> articles) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.name, e.type, e.roles, m.article, m.start, m.end,"
                + " m.text, m.description FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.article = ? ORDER BY m.start")) {
            for (String article : articles) {
                ps.setString(1, article);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Row row = rows.get(rs.getString(1));
                        if (row == null) {
                            row = new Row(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                                    rolesOf(rs.getString(4)));
                            rows.put(row.id, row);
                        }
                        row.add(new Mention(rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8)), rs.getInt(9) != 0);
                    }
                }
            }
        }
        return rows.values().stream().map(Row::entity)
                .sorted(java.util.Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::id))
                .toList();
    }

    /** One entity with its mentions (at most {@code limit}, article by article, read in index order). */
    static java.util.Optional<Entity> entity(Connection c, String id, int limit) throws SQLException {
        Row row;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, type, roles FROM entities WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                row = new Row(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rolesOf(rs.getString(4)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT m.article, m.start, m.end, m.text, m.description FROM mentions m"
                + " WHERE m.entity = ? ORDER BY m.article, m.start LIMIT ?")) {
            ps.setString(1, id);
            ps.setInt(2, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.add(new Mention(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)), rs.getInt(5) != 0);
                }
            }
        }
        return java.util.Optional.of(row.entity());
    }

    private static List<String> rolesOf(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Role>>() { }).stream().map(Role::text).distinct().toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("an entity row holds malformed roles: " + e.getOriginalMessage(), e);
        }
    }

    private static final class Row {
        final String id;
        final String name;
        final EntityType type;
        final List<String> roles;
        final List<Mention> names = new ArrayList<>();
        final List<Mention> descriptions = new ArrayList<>();

        Row(String id, String name, EntityType type, List<String> roles) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.roles = roles;
        }

        void add(Mention m, boolean description) {
            (description ? descriptions : names).add(m);
        }

        Entity entity() {
            return Entity.of(id, name, type, roles, names, descriptions);
        }
    }
}

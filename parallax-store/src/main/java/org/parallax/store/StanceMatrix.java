package org.parallax.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.model.AttributedStance;
import org.parallax.model.Stance;

/**
 * A story's actor × issue table: who stands where on what its articles discuss, each cell backed by the stances
 * that show it, in the order they were published, so a change of position shows. Rows are the actors (most stances
 * first); columns are topics (a ceasefire and peace talks under "peace process"; a stance toward another actor under
 * that actor's name), most stances first.
 *
 * @param story   the story's id (or the storyline's, for a storyline's table)
 * @param actors  the rows
 * @param columns the columns
 * @param cells   the cells that hold a stance, row by row, each row's cells in column order
 */
public record StanceMatrix(String story, List<Actor> actors, List<Column> columns, List<Cell> cells) {
    public StanceMatrix {
        Objects.requireNonNull(story, "story");
        actors = List.copyOf(actors);
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
    }

    /** A row: an actor's entity id and name, and how many stances it takes in the story. */
    public record Actor(String entity, String name, int stances) {
    }

    /**
     * A column: a topic, the issues under it (most stances first), the entity id when the column is another actor
     * (stances toward it), and how many stances it holds.
     */
    public record Column(String topic, List<String> issues, String target, int stances) {
        public Column {
            issues = List.copyOf(issues);
        }
    }

    /**
     * A cell: an actor on a topic, what its stances add up to ({@code supports}, {@code opposes}, {@code conditional},
     * {@code neutral}, or {@code mixed} when it is both for and against), and the stances, oldest first.
     */
    public record Cell(String actor, String topic, String position, List<ReportedStance> stances) {
        public Cell {
            Objects.requireNonNull(position, "position");
            stances = List.copyOf(stances);
        }
    }

    /** Whether the story's articles report no stance of a known actor. */
    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The table of a story from its stances (each with a known actor). */
    static StanceMatrix of(String story, List<ReportedStance> stances) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, List<ReportedStance>> byColumn = new LinkedHashMap<>();
        Map<String, Map<String, List<ReportedStance>>> byCell = new LinkedHashMap<>();
        for (ReportedStance r : stances) {
            AttributedStance s = r.stance();
            if (s.actor() == null) {
                continue;
            }
            actors.merge(s.actor(), new Actor(s.actor(), s.actorName(), 1),
                    (a, b) -> new Actor(a.entity(), a.name(), a.stances() + 1));
            String topic = topic(s);
            byColumn.computeIfAbsent(topic, k -> new ArrayList<>()).add(r);
            byCell.computeIfAbsent(s.actor(), k -> new LinkedHashMap<>()).computeIfAbsent(topic, k -> new ArrayList<>()).add(r);
        }
        List<Actor> rows = new ArrayList<>(actors.values());
        rows.sort(Comparator.comparingInt((Actor a) -> -a.stances()).thenComparing(Actor::name).thenComparing(Actor::entity));
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, List<ReportedStance>> e : byColumn.entrySet()) {
            Map<String, Integer> issues = new LinkedHashMap<>();
            String target = null;
            for (ReportedStance r : e.getValue()) {
                issues.merge(r.stance().stance().issue(), 1, Integer::sum);
                target = target != null ? target : r.stance().stance().target() != null ? r.stance().target() : null;
            }
            List<String> names = new ArrayList<>(issues.keySet());
            names.sort(Comparator.comparingInt((String n) -> -issues.get(n)).thenComparing(n -> n));
            columns.add(new Column(e.getKey(), names, target, e.getValue().size()));
        }
        columns.sort(Comparator.comparingInt((Column c) -> -c.stances()).thenComparing(Column::topic));
        List<Cell> cells = new ArrayList<>();
        for (Actor a : rows) {
            Map<String, List<ReportedStance>> row = byCell.get(a.entity());
            for (Column c : columns) {
                List<ReportedStance> held = row.get(c.topic());
                if (held != null) {
                    List<ReportedStance> ordered = new ArrayList<>(held);
                    ordered.sort(Comparator.comparing((ReportedStance r) -> r.published() == null ? "~" : r.published())
                            .thenComparing(r -> r.stance().article()).thenComparingInt(r -> r.stance().stance().evidence().start()));
                    cells.add(new Cell(a.entity(), c.topic(), summary(ordered), ordered));
                }
            }
        }
        return new StanceMatrix(story, rows, columns, cells);
    }

    /** The column a stance falls in: the actor it is toward (by name), else its topic. */
    private static String topic(AttributedStance s) {
        return s.targetName() != null ? s.targetName() : s.stance().topic();
    }

    /** What stances add up to: mixed when for and against, else conditional, for, against, or neutral. */
    private static String summary(List<ReportedStance> stances) {
        Set<Stance.Position> held = new LinkedHashSet<>();
        stances.forEach(r -> held.add(r.stance().stance().position()));
        if (held.contains(Stance.Position.SUPPORTS) && held.contains(Stance.Position.OPPOSES)) {
            return "mixed";
        }
        for (Stance.Position p : List.of(Stance.Position.CONDITIONAL, Stance.Position.SUPPORTS, Stance.Position.OPPOSES)) {
            if (held.contains(p)) {
                return p.label();
            }
        }
        return Stance.Position.NEUTRAL.label();
    }
}

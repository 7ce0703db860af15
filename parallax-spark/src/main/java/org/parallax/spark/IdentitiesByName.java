package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.nlp.EntityResolver;
import org.parallax.pipeline.LayerRecords;
import scala.Tuple2;

/**
 * Entity identities as a shuffle by name group, with the decisions of one resolver over the corpus order: the names
 * each article's entities tie together ({@link EntityResolver#ties}, given the lone names of the whole corpus,
 * {@link EntityResolver#loneNames}) are joined into groups (a union-find over the
 * distinct ties, which are as many as the corpus's names, not its articles), each article's entities are split by
 * group and shuffled to it, and each group is resolved on an executor by its own {@link EntityResolver}, in the corpus
 * order and in the batches of {@value #BATCH} articles of {@code parallax analyze}. No identity of one group is ever
 * read or changed by another group's entities, so every decision is the one the single resolver makes.
 */
final class IdentitiesByName {
    /** Articles resolved together, as the identity stage of {@code analyze} takes them. */
    static final int BATCH = 256;

    private IdentitiesByName() {
    }

    /** Each mention with the identity it links to, every identity as it stands at the end, and the groups' sizes. */
    record Identities(JavaRDD<Row> mentions, JavaRDD<Row> entities, int groups, long largestGroup) {
    }

    /** Part of one article's entities, at its position in the corpus order. */
    private record Part(long position, String entities) implements Serializable {
    }

    /**
     * The identities of {@code ordered}: each article's entities layer as JSON ({@link LayerRecords#json(ArticleEntities)})
     * by its position in the corpus order.
     */
    static Identities resolve(JavaSparkContext jsc, JavaPairRDD<Long, String> ordered, int partitions) {
        return resolve(jsc, ordered, partitions, BATCH);
    }

    /** As {@link #resolve(JavaSparkContext, JavaPairRDD, int)}, in batches of {@code batch} articles. */
    static Identities resolve(JavaSparkContext jsc, JavaPairRDD<Long, String> ordered, int partitions, int batch) {
        ordered.persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<HashSet<String>> lone = jsc.broadcast(new HashSet<>(ordered
                .flatMap(t -> EntityResolver.loneNames(LayerRecords.entities(t._2())).iterator()).distinct().collect()));
        List<List<String>> ties = ordered.flatMap(t -> EntityResolver.ties(LayerRecords.entities(t._2()),
                lone.value()::contains).iterator()).distinct().collect();
        Groups groups = new Groups();
        ties.forEach(groups::join);
        Broadcast<HashMap<String, Integer>> labels = jsc.broadcast(groups.labels(name -> name.startsWith("key ")));

        JavaPairRDD<Integer, Part> parts = ordered.flatMapToPair(t -> {
            Map<String, Integer> of = labels.value();
            List<Tuple2<Integer, Part>> out = new ArrayList<>();
            EntityResolver.split(LayerRecords.entities(t._2()), of::get).forEach((g, part) ->
                    out.add(new Tuple2<>(g, new Part(t._1(), LayerRecords.json(part)))));
            return out.iterator();
        });
        Map<Integer, Long> sizes = parts.countByKey();
        JavaRDD<Tuple2<Boolean, Row>> resolved = parts.groupByKey(Math.max(1, partitions))
                .flatMap(group -> resolveGroup(group._2(), batch).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        ordered.unpersist();
        long largest = sizes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new Identities(resolved.filter(Tuple2::_1).map(Tuple2::_2), resolved.filter(t -> !t._1()).map(Tuple2::_2),
                sizes.size(), largest);
    }

    /**
     * One group's parts resolved in the corpus order, batch by batch: a mention row (true) for each mention,
     * then an identity row (false) for each identity of the group.
     */
    private static List<Tuple2<Boolean, Row>> resolveGroup(Iterable<Part> group, int size) {
        List<Part> parts = new ArrayList<>();
        group.forEach(parts::add);
        parts.sort(Comparator.comparingLong(Part::position));
        EntityResolver resolver = new EntityResolver(List.of());
        List<Tuple2<Boolean, Row>> out = new ArrayList<>();
        List<ArticleEntities> batch = new ArrayList<>();
        long batchOf = -1;
        for (Part p : parts) {
            if (p.position() / size != batchOf) {
                mentions(resolver.resolve(batch), out);
                batch.clear();
                batchOf = p.position() / size;
            }
            batch.add(LayerRecords.entities(p.entities()));
        }
        mentions(resolver.resolve(batch), out);
        for (EntityResolver.Known k : resolver.drainChanged()) {
            out.add(new Tuple2<>(false, RowFactory.create(k.id(), k.key(), k.type().name(), k.name())));
        }
        return out;
    }

    private static void mentions(List<List<Entity>> resolved, List<Tuple2<Boolean, Row>> out) {
        for (List<Entity> entities : resolved) {
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    out.add(new Tuple2<>(true, RowFactory.create(m.article(), m.start(), m.end(), m.text(), e.id(),
                            e.type().name(), e.name())));
                }
            }
        }
    }

    /** A union-find over names. */
    static final class Groups {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Integer> parent = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        void join(List<String> tie) {
            int first = find(id(tie.get(0)));
            for (int i = 1; i < tie.size(); i++) {
                int other = find(id(tie.get(i)));
                if (other != first) {
                    parent.set(Math.max(first, other), Math.min(first, other));
                    first = Math.min(first, other);
                }
            }
        }

        private int id(String name) {
            Integer i = index.get(name);
            if (i == null) {
                i = names.size();
                index.put(name, i);
                names.add(name);
                parent.add(i);
            }
            return i;
        }

        private int find(int i) {
            int root = i;
            while (parent.get(root) != root) {
                root = parent.get(root);
            }
            while (parent.get(i) != root) {
                int next = parent.get(i);
                parent.set(i, root);
                i = next;
            }
            return root;
        }

        /** The group of each name that passes {@code kept}, as a number shared by the names of one group. */
        HashMap<String, Integer> labels(java.util.function.Predicate<String> kept) {
            HashMap<String, Integer> out = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (kept.test(names.get(i))) {
                    out.put(names.get(i), find(i));
                }
            }
            return out;
        }
    }
}

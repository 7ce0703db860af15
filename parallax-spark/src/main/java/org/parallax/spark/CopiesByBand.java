package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.parallax.corpus.Sketch;
import scala.Tuple2;

/**
 * Copies as a shuffle by LSH band key, with the decisions of the corpus index: articles meet only in the buckets of
 * the band keys they share (no step compares all pairs), a later article (in the corpus order) is tested against
 * each earlier one it meets by the index's rule ({@link Sketch#copyOf}), and of the earlier ones it copies it takes
 * the one the index takes: the highest estimated Jaccard, then the one the index meets first (the lowest band
 * they share, then the latest). A copy's original is the first of its chain, as in the index.
 */
final class CopiesByBand {
    private CopiesByBand() {
    }

    /** One article's sketch, at its position in the corpus order. */
    record Sketched(long position, String id, int[] values, int shingles) implements Serializable {
    }

    /** A later article, the earlier one it copies and the evidence the choice among its originals reads. */
    record Copy(long later, String laterId, long earlier, String earlierId, double jaccard, int band) implements Serializable {
    }

    /**
     * The copies among {@code ordered}: rows of {@code id} and {@code text}, with their positions in the corpus
     * order. Returns each copy's id with the id of the article it copies directly, in the corpus order.
     */
    static List<Copy> find(JavaPairRDD<Row, Long> ordered) {
        JavaPairRDD<Long, Sketched> sketches = ordered
                .filter(t -> !t._1().<String>getAs("text").isBlank())
                .mapToPair(t -> {
                    Sketch s = Sketch.of(t._1().<String>getAs("text"));
                    return new Tuple2<>(t._2(), new Sketched(t._2(), t._1().getAs("id"), s.values(), s.shingles()));
                });
        sketches.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, long[]> buckets = sketches.flatMapToPair(t -> {
            long[] keys = Sketch.of(t._2().values(), t._2().shingles()).bandKeys();
            List<Tuple2<Long, long[]>> out = new ArrayList<>(keys.length);
            for (int b = 0; b < keys.length; b++) {
                out.add(new Tuple2<>(keys[b], new long[] {t._1(), b}));
            }
            return out.iterator();
        });
        // each pair of a bucket, later first, with the band it meets in; a pair that meets in several keeps the lowest
        JavaPairRDD<Tuple2<Long, Long>, Integer> pairs = buckets.groupByKey().flatMapToPair(bucket -> {
            List<long[]> members = new ArrayList<>();
            bucket._2().forEach(members::add);
            members.sort(Comparator.comparingLong(m -> m[0]));
            List<Tuple2<Tuple2<Long, Long>, Integer>> out = new ArrayList<>();
            for (int i = 1; i < members.size(); i++) {
                for (int k = 0; k < i; k++) {
                    out.add(new Tuple2<>(new Tuple2<>(members.get(i)[0], members.get(k)[0]), (int) members.get(i)[1]));
                }
            }
            return out.iterator();
        }).reduceByKey(Math::min);
        JavaRDD<Copy> copies = pairs
                .mapToPair(p -> new Tuple2<>(p._1()._1(), new Tuple2<>(p._1()._2(), p._2())))
                .join(sketches)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._2(), t._2()._1()._2())))
                .join(sketches)
                .flatMap(t -> {
                    Sketched later = t._2()._1()._1();
                    Sketched earlier = t._2()._2();
                    int band = t._2()._1()._2();
                    OptionalDouble j = Sketch.of(later.values(), later.shingles())
                            .copyOf(Sketch.of(earlier.values(), earlier.shingles()));
                    return j.isPresent()
                            ? List.of(new Copy(later.position(), later.id(), earlier.position(), earlier.id(), j.getAsDouble(), band)).iterator()
                            : java.util.Collections.<Copy>emptyIterator();
                });
        List<Copy> best = copies.keyBy(Copy::later).reduceByKey(CopiesByBand::first).values().collect();
        sketches.unpersist();
        List<Copy> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingLong(Copy::later));
        return sorted;
    }

    /** Of two originals a later article copies, the one the index takes. */
    static Copy first(Copy a, Copy b) {
        if (a.jaccard() != b.jaccard()) {
            return a.jaccard() > b.jaccard() ? a : b;
        }
        if (a.band() != b.band()) {
            return a.band() < b.band() ? a : b;
        }
        return a.earlier() > b.earlier() ? a : b;
    }

    /** Each copy's original: the first article of its chain of copies. */
    static Map<String, String> originals(List<Copy> copies) {
        Map<String, String> original = new HashMap<>();
        for (Copy c : copies) {
            original.put(c.laterId(), original.getOrDefault(c.earlierId(), c.earlierId()));
        }
        return original;
    }
}

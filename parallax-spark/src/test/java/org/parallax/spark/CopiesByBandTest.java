package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.Article;
import scala.Tuple2;

/** The copies of the band-key shuffle are those of the corpus index, on real texts with planted copies of copies. */
class CopiesByBandTest {
    private static final Path SHARED = Path.of(System.getProperty("parallax.shared", "../../shared"));
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("parallax-copies-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void find_onTextsWithPlantedCopies_givesTheOriginalsOfTheCorpusIndex() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SHARED.resolve("datasets/stances-dev/text"))) {
            for (Path p : files.sorted().limit(60).toList()) {
                texts.add(Files.readString(p));
            }
        }
        Random random = new Random(7);
        List<String> corpus = new ArrayList<>(texts);
        for (int i = 0; i < 80; i++) {
            String original = corpus.get(random.nextInt(corpus.size()));
            List<String> paragraphs = new ArrayList<>(List.of(original.split("\n\n")));
            switch (i % 4) {
                case 0 -> paragraphs.remove(paragraphs.size() - 1);
                case 1 -> paragraphs.add("Reporting by a correspondent; editing by the desk.");
                case 2 -> paragraphs.set(0, paragraphs.get(0).toUpperCase(java.util.Locale.ROOT));
                default -> java.util.Collections.swap(paragraphs, 0, paragraphs.size() - 1);
            }
            corpus.add(String.join("\n\n", paragraphs));
        }
        corpus.add("");
        corpus.add("...");

        CorpusIndex index = new CorpusIndex();
        Map<String, String> sequential = new TreeMap<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String id = String.format("a%04d", i);
            rows.add(RowFactory.create(id, corpus.get(i)));
            CorpusIndex.Placement p = index.add(new Article(id, id, null, "", corpus.get(i), null, null, null, null, "en"));
            if (p.duplicateOf() != null) {
                sequential.put(id, p.duplicateOf());
            }
        }
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        var ordered = spark.createDataFrame(jsc.parallelize(rows, 5), schema).javaRDD().zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()));

        Map<String, String> shuffled = new TreeMap<>(CopiesByBand.originals(CopiesByBand.find(ordered)));

        assertThat(sequential).hasSizeGreaterThan(50);
        assertThat(shuffled).isEqualTo(sequential);
    }
}

package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.parallax.app.Main;

/**
 * The job in Spark local mode against {@code parallax analyze} on the same inputs (news texts of the shared data
 * sets as JSON Lines, HTML pages with bylines as a WARC.gz, a copy with a paragraph added, an undated report), and on
 * a WARC with corrupt records and responses that are not HTML.
 */
class ParallaxJobTest {
    private static final Path SHARED = Path.of(System.getProperty("parallax.shared", "../../shared"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;
    @TempDir
    static Path shared;
    private static Path output;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("parallax-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void run_onTheInputsOfAnalyze_givesItsTextsAnnotationsStoriesAndIdentities_andImportGivesItsBundle() throws Exception {
        Path inputs = inputs(dir.resolve("in"));
        Path bundle = dir.resolve("analyze.json");
        assertThat(Main.run("analyze", inputs.toString(), "--store", dir.resolve("store").toString(), "--out",
                bundle.toString())).isZero();
        Path out = dir.resolve("out");
        JobSummary summary = ParallaxJob.run(spark, new ParallaxJob.Settings(List.of(inputs.toString()), out.toString(),
                3, Instant.now()));
        JsonNode expected = JSON.readTree(bundle.toFile());

        assertThat(expected.get("articles")).as("articles with a byline, a credit, a modification date, a time zone")
                .anyMatch(a -> !a.get("authors").isEmpty()).anyMatch(a -> !a.get("credit").isNull())
                .anyMatch(a -> !a.get("modified").isNull()).anyMatch(a -> !a.get("published_offset").isNull());
        assertThat(summary.failed()).isZero();
        assertThat(summary.articles()).isEqualTo(expected.get("articles").size()).isGreaterThan(25);
        assertThat(summary.copies()).isPositive().isEqualTo(summary.copiesAgreeing()).isEqualTo(summary.copiesSequential());

        assertThat(texts(rows(out, "articles"))).isEqualTo(texts(expected));
        assertThat(inferred(rows(out, "articles"))).as("the undated articles' days, bases and evidence").isNotEmpty()
                .isEqualTo(inferred(expected));
        assertThat(summary.datedByInference()).isEqualTo(inferred(expected).size());
        Map<String, String> entityOf = new HashMap<>();
        Set<String> mentions = new TreeSet<>();
        for (Row m : rows(out, "mentions")) {
            String span = m.getAs("article") + "@" + m.getAs("start") + "-" + m.getAs("end");
            entityOf.put(span, m.getAs("entity"));
            mentions.add(m.getAs("entity") + " " + span);
        }
        assertThat(mentions).isNotEmpty().isEqualTo(mentions(expected));
        Set<String> quotes = new TreeSet<>();
        for (Row q : rows(out, "quotes")) {
            quotes.add(q.getAs("article") + "@" + q.getAs("start") + "-" + q.getAs("end") + " " + entityOf.get(
                    q.getAs("article") + "@" + q.getAs("speaker_start") + "-" + q.getAs("speaker_end")));
        }
        assertThat(quotes).isNotEmpty().isEqualTo(quotes(expected));
        Set<String> times = new TreeSet<>();
        rows(out, "times").forEach(t -> times.add(t.getAs("article") + "@" + t.getAs("start") + "-" + t.getAs("end") + " "
                + t.getAs("value")));
        assertThat(times).isNotEmpty().isEqualTo(times(expected));
        Set<String> stances = new TreeSet<>();
        rows(out, "stances").forEach(s -> stances.add(entityOf.get(s.getAs("article") + "@" + s.getAs("actor_start") + "-"
                + s.getAs("actor_end")) + " " + s.getAs("position") + " " + s.getAs("issue") + " " + s.getAs("article")
                + "@" + s.getAs("evidence_start")));
        assertThat(stances).isEqualTo(stances(expected));
        Map<String, Set<String>> stories = new TreeMap<>();
        rows(out, "placements").forEach(p -> stories.computeIfAbsent(p.getAs("story"), k -> new TreeSet<>()).add(p.getAs("article")));
        assertThat(stories).isEqualTo(stories(expected));
        assertThat(stories.values()).anyMatch(s -> s.size() > 1);
        Map<String, String> duplicates = new TreeMap<>();
        rows(out, "copies").forEach(c -> duplicates.put(c.getAs("article"), c.getAs("duplicate_of")));
        assertThat(duplicates).isNotEmpty().isEqualTo(duplicates(expected));

        Path store = dir.resolve("imported");
        Path imported = dir.resolve("imported.json");
        assertThat(Main.run("import", out.toString(), "--store", store.toString())).isZero();
        assertThat(Main.run("export", "--format", "json", "--out", imported.toString(), "--store", store.toString())).isZero();
        JsonNode again = JSON.readTree(imported.toFile());
        assertThat(texts(again)).isEqualTo(texts(expected));
        assertThat(inferred(again)).isEqualTo(inferred(expected));
        assertThat(stories(again)).isEqualTo(stories(expected));
        assertThat(mentions(again)).isEqualTo(mentions(expected));
        assertThat(quotes(again)).isEqualTo(quotes(expected));
        assertThat(times(again)).isEqualTo(times(expected));
        assertThat(stances(again)).isEqualTo(stances(expected));
        assertThat(claims(again)).isNotEmpty().isEqualTo(claims(expected));
    }

    @Test
    void run_onAWarcWithCorruptRecordsAndResponsesThatAreNotHtml_goesOnAndCountsThem() throws Exception {
        Path in = Files.createDirectories(dir.resolve("crawl"));
        List<byte[]> pages = pages(3);
        Path warc = in.resolve("crawl.warc");
        byte[] first = warc(List.of(pages.get(0)), true);
        byte[] corrupt = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: notanumber\r\n\r\ngarbage\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] rest = warc(List.of(pages.get(1), pages.get(2)), false);
        Files.write(warc, concat(first, corrupt, rest, corrupt));

        JobSummary summary = ParallaxJob.run(spark, new ParallaxJob.Settings(List.of(in.toString()), dir.resolve("out").toString(),
                2, Instant.now()));

        assertThat(summary.articles()).isEqualTo(3);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.failures()).hasSize(2)
                .allSatisfy(f -> assertThat(f).startsWith(warc + "#").contains("corrupt WARC record at offset"));
        assertThat(rows(dir.resolve("out"), "skipped")).extracting(r -> r.<String>getAs("reason"))
                .anyMatch(r -> r.contains("not HTML (image/png)")).anyMatch(r -> r.contains("revisit"));
        assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"failed\":2");
    }

    @Test
    void foldInput_leavesTheRawInputBehind_andPlacesAndLinksAsTheWholeRowsDo() throws Exception {
        Path out = jobOutput();
        org.apache.spark.sql.Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("id");
        List<String> kept = new ArrayList<>(ArticleRows.articleColumns());
        kept.remove("raw");

        org.apache.spark.sql.Dataset<Row> input = CorpusFold.input(articles);
        Map<String, String> copies = new HashMap<>();
        rows(out, "copies").forEach(c -> copies.put(c.getAs("article"), c.getAs("copies")));
        CorpusFold whole = new CorpusFold(copies);
        whole.run(articles.toLocalIterator());
        CorpusFold slim = new CorpusFold(copies);
        slim.run(input.toLocalIterator());

        assertThat(List.of(articles.columns())).contains("raw");
        assertThat(List.of(input.columns())).containsExactlyElementsOf(kept);
        assertThat(copies).isNotEmpty();
        assertThat(slim.placements()).hasSize((int) articles.count()).isEqualTo(whole.placements())
                .anyMatch(p -> p.duplicateOf() != null);
        assertThat(slim.storyDays()).isEqualTo(whole.storyDays());
    }

    @Test
    void identitiesByName_giveTheMentionsAndIdentitiesOfOneResolverOverTheCorpusOrder_fromSeveralGroups() throws Exception {
        Path out = jobOutput();
        List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("id").collectAsList();
        List<org.parallax.model.ArticleEntities> layers = articles.stream().map(r -> ArticleRows.annotatedOf(r).entities()).toList();
        List<scala.Tuple2<Long, String>> ordered = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            ordered.add(new scala.Tuple2<>((long) i, org.parallax.pipeline.LayerRecords.json(layers.get(i))));
        }
        org.apache.spark.api.java.JavaSparkContext jsc = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext());

        for (int batch : List.of(IdentitiesByName.BATCH, 4)) {
            IdentitiesByName.Identities byName = IdentitiesByName.resolve(jsc, jsc.parallelizePairs(ordered, 3), 3, batch);
            org.parallax.nlp.EntityResolver one = new org.parallax.nlp.EntityResolver(List.of());
            Set<String> mentions = new TreeSet<>();
            for (int from = 0; from < layers.size(); from += batch) {
                one.resolve(layers.subList(from, Math.min(layers.size(), from + batch))).forEach(entities -> entities
                        .forEach(e -> e.mentions().forEach(m -> mentions.add(m.article() + "@" + m.start() + "-" + m.end()
                                + " " + m.text() + " " + e.id() + " " + e.type() + " " + e.name()))));
            }
            Set<String> identities = new TreeSet<>();
            one.drainChanged().forEach(k -> identities.add(k.id() + " " + k.key() + " " + k.type() + " " + k.name()));

            Set<String> shuffled = new TreeSet<>();
            byName.mentions().collect().forEach(m -> shuffled.add(m.getString(0) + "@" + m.getInt(1) + "-" + m.getInt(2)
                    + " " + m.getString(3) + " " + m.getString(4) + " " + m.getString(5) + " " + m.getString(6)));
            Set<String> known = new TreeSet<>();
            byName.entities().collect().forEach(k -> known.add(k.getString(0) + " " + k.getString(1) + " " + k.getString(2)
                    + " " + k.getString(3)));
            assertThat(byName.groups()).as("name groups").isGreaterThan(10);
            assertThat(byName.largestGroup()).isLessThan(layers.size());
            assertThat(shuffled).as("mentions in batches of " + batch).hasSizeGreaterThan(100).isEqualTo(mentions);
            assertThat(known).as("identities in batches of " + batch).isEqualTo(identities);
        }
    }

    /** The job's tables over {@link #inputs} in 2 partitions, made once for the tests that only read them. */
    private static synchronized Path jobOutput() throws IOException {
        if (output == null) {
            Path out = shared.resolve("out");
            ParallaxJob.run(spark, new ParallaxJob.Settings(List.of(inputs(shared.resolve("in")).toString()), out.toString(),
                    2, Instant.now()));
            output = out;
        }
        return output;
    }

    /** JSON Lines of news texts and their dates, a WARC.gz of HTML pages, a copy and an undated report. */
    private static Path inputs(Path in) throws IOException {
        Files.createDirectories(in);
        Path basil = SHARED.resolve("datasets/stances-dev");
        List<String> rows = Files.readAllLines(basil.resolve("articles.tsv")).subList(1, 25);
        StringBuilder jsonl = new StringBuilder();
        String copied = null;
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split("\t");
            String text = Files.readString(basil.resolve("text").resolve(f[0]));
            ObjectNode record = JSON.createObjectNode().put("id", f[0]).put("url", f[8]).put("title", f[4]).put("text", text)
                    .put("outlet", f[2]);
            if (i != 5) {
                record.put("published", f[3]);
            }
            jsonl.append(record).append('\n');
            if (i == 1) {
                copied = text;
            }
        }
        String[] paragraphs = copied.split("\n\n");
        jsonl.append(JSON.createObjectNode().put("id", "copy").put("outlet", "aggregator")
                .put("text", copied + "\n\n" + paragraphs[paragraphs.length - 1] + " More on this later today."))
                .append('\n');
        Files.writeString(in.resolve("news.jsonl"), jsonl);
        Files.write(in.resolve("pages.warc.gz"), warc(pages(6), true));
        return in;
    }

    private static List<byte[]> pages(int n) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(SHARED.resolve("datasets/extraction-dev/html"))) {
            for (Path p : files.sorted().limit(n).toList()) {
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(gz.readAllBytes());
                }
            }
        }
        return pages;
    }

    /** A WARC of the pages, each with a revisit and (when asked) an image response after it. */
    private static byte[] warc(List<byte[]> pages, boolean images) throws IOException {
        Path file = Files.createTempFile("pages", ".warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), images ? WarcCompression.NONE : WarcCompression.NONE)) {
            int i = 0;
            for (byte[] page : pages) {
                URI uri = URI.create("https://site" + i++ + ".example/news/page.html");
                writer.write(new WarcResponse.Builder(uri).date(Instant.parse("2025-01-01T00:00:00Z"))
                        .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", page)).build());
                if (images) {
                    writer.write(new WarcRevisit.Builder(uri).date(Instant.parse("2025-01-02T00:00:00Z")).build());
                    writer.write(new WarcResponse.Builder(URI.create(uri + ".png")).date(Instant.parse("2025-01-01T00:00:00Z"))
                            .body(MediaType.HTTP_RESPONSE, http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})).build());
                    images = false;
                }
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static byte[] http(String type, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return concat(head, body);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<Row> rows(Path out, String table) {
        return spark.read().parquet(out.resolve(table).toString()).collectAsList();
    }

    /** Each article's title, date and its time zone, byline, credit, modification date and text. */
    private static Map<String, String> texts(List<Row> articles) {
        Map<String, String> out = new TreeMap<>();
        articles.forEach(a -> out.put(a.getAs("id"), String.join("\n", a.getAs("title"), a.getAs("published"),
                a.getAs("published_offset"), a.getList(a.fieldIndex("authors")).toString(), a.getAs("credit"),
                a.getAs("modified"), a.getAs("text"))));
        return out;
    }

    private static Map<String, String> texts(JsonNode bundle) {
        Map<String, String> out = new TreeMap<>();
        bundle.get("articles").forEach(a -> {
            List<String> authors = new ArrayList<>();
            a.get("authors").forEach(n -> authors.add(n.asText()));
            out.put(a.get("id").asText(), String.join("\n", a.get("title").asText(), text(a.get("published")),
                    text(a.get("published_offset")), authors.toString(), text(a.get("credit")), text(a.get("modified")),
                    a.get("text").asText()));
        });
        return out;
    }

    private static String text(JsonNode value) {
        return value.isNull() ? null : value.asText();
    }

    /** The day inferred for each article whose page gives none: day, basis, evidence span and words, source article. */
    private static Map<String, String> inferred(List<Row> articles) {
        Map<String, String> out = new TreeMap<>();
        articles.stream().filter(a -> a.getAs("published_basis") != null).forEach(a -> out.put(a.getAs("id"),
                a.getAs("published") + " " + a.getAs("published_basis") + " " + a.getAs("published_evidence_start") + "-"
                        + a.getAs("published_evidence_end") + " " + a.getAs("published_evidence_text") + " "
                        + a.getAs("published_source")));
        return out;
    }

    private static Map<String, String> inferred(JsonNode bundle) {
        Map<String, String> out = new TreeMap<>();
        bundle.get("articles").forEach(a -> {
            JsonNode e = a.get("published_evidence");
            if (e != null && e.has("basis")) {
                out.put(a.get("id").asText(), a.get("published").asText() + " " + e.get("basis").asText() + " "
                        + (e.has("start") ? e.get("start").asInt() : null) + "-" + (e.has("end") ? e.get("end").asInt() : null)
                        + " " + e.get("text").asText() + " " + (e.get("article").isNull() ? null : e.get("article").asText()));
            }
        });
        return out;
    }

    private static Set<String> mentions(JsonNode bundle) {
        Set<String> out = new TreeSet<>();
        bundle.get("entities").forEach(e -> e.get("mentions").forEach(m -> out.add(e.get("id").asText() + " "
                + m.get("article").asText() + "@" + m.get("start").asInt() + "-" + m.get("end").asInt())));
        return out;
    }

    private static Set<String> quotes(JsonNode bundle) {
        Set<String> out = new TreeSet<>();
        bundle.get("quotes").forEach(q -> out.add(q.get("article").asText() + "@" + q.get("start").asInt() + "-"
                + q.get("end").asInt() + " " + (q.get("speaker").isNull() ? null : q.get("speaker").asText())));
        return out;
    }

    private static Set<String> times(JsonNode bundle) {
        Set<String> out = new TreeSet<>();
        bundle.get("times").forEach(t -> out.add(t.get("article").asText() + "@" + t.get("start").asInt() + "-"
                + t.get("end").asInt() + " " + t.get("value").asText()));
        return out;
    }

    private static Set<String> stances(JsonNode bundle) {
        Set<String> out = new TreeSet<>();
        bundle.get("stances").forEach(s -> out.add(s.get("actor").asText() + " " + s.get("position").asText() + " "
                + s.get("issue").asText() + " " + s.get("article").asText() + "@" + s.get("evidence").get("start").asInt()));
        return out;
    }

    /** Each claim: its id, independent count, and each source's article and span. */
    private static Set<String> claims(JsonNode bundle) {
        Set<String> out = new TreeSet<>();
        bundle.get("claims").forEach(c -> {
            StringBuilder b = new StringBuilder(c.get("id").asText()).append(' ').append(c.get("independent_sources").asInt());
            c.get("sources").forEach(x -> b.append(' ').append(x.get("article").asText()).append('@').append(x.get("start").asInt()));
            out.add(b.toString());
        });
        return out;
    }

    private static Map<String, Set<String>> stories(JsonNode bundle) {
        Map<String, Set<String>> out = new TreeMap<>();
        bundle.get("stories").forEach(s -> {
            Set<String> articles = new TreeSet<>();
            s.get("articles").forEach(a -> articles.add(a.asText()));
            out.put(s.get("id").asText(), articles);
        });
        return out;
    }

    private static Map<String, String> duplicates(JsonNode bundle) {
        Map<String, String> out = new TreeMap<>();
        bundle.get("articles").forEach(a -> {
            if (!a.get("duplicate_of").isNull()) {
                out.put(a.get("id").asText(), a.get("duplicate_of").asText());
            }
        });
        return out;
    }
}

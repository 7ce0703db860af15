package org.parallax.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parallax.ingest.Ingested;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.InferredDate;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.nlp.ArticleGist;
import org.parallax.pipeline.LayerRecords;

/**
 * The rows the job passes between its stages and writes: an input as ingest read it, and an article with its raw
 * input and its annotation layers (the {@code articles} table, which {@code parallax import} reads back whole).
 */
final class ArticleRows {
    private ArticleRows() {
    }

    static final String DOCUMENT = "document";
    static final String SKIPPED = "skipped";
    static final String FAILURE = "failure";

    static final StructType INPUT = new StructType(new StructField[] {
        field("status", DataTypes.StringType, false), field("source", DataTypes.StringType, false),
        field("reason", DataTypes.StringType, true), field("id", DataTypes.StringType, true),
        field("kind", DataTypes.StringType, true), field("charset", DataTypes.StringType, true),
        field("raw", DataTypes.BinaryType, true), field("text", DataTypes.StringType, true),
        field("hint_id", DataTypes.StringType, true), field("hint_url", DataTypes.StringType, true),
        field("hint_title", DataTypes.StringType, true), field("hint_published", DataTypes.StringType, true),
        field("hint_outlet", DataTypes.StringType, true), field("hint_summary_only", DataTypes.BooleanType, true),
        field("site", DataTypes.StringType, true)});

    /**
     * An article. Its {@code published} is its page's date, or, when its page gives none, the day inferred for it
     * ({@link InferredDate}): then {@code published_basis} names the basis, {@code published_source} the article of
     * its story the day came from, and the evidence columns hold the words it came from (a span over its text, or
     * the title of that article with no span) where for a page's date they hold a span over the raw input, and
     * {@code published_offset} the time zone the page states for it. Every other field of {@link Article} has its
     * column ({@code authors} a list, empty when no byline names a person); {@code gist} is what its headline and lead
     * mean ({@link ArticleGist}), encoded on the executors for the stories fold on the driver.
     */
    static final StructType ARTICLE = new StructType(new StructField[] {
        field("id", DataTypes.StringType, false), field("source", DataTypes.StringType, false),
        field("url", DataTypes.StringType, true), field("title", DataTypes.StringType, false),
        field("text", DataTypes.StringType, false), field("published", DataTypes.StringType, true),
        field("published_inferred", DataTypes.BooleanType, true),
        field("published_evidence_start", DataTypes.IntegerType, true),
        field("published_evidence_end", DataTypes.IntegerType, true),
        field("published_evidence_text", DataTypes.StringType, true), field("published_basis", DataTypes.StringType, true),
        field("published_source", DataTypes.StringType, true), field("published_offset", DataTypes.StringType, true),
        field("page_date", DataTypes.StringType, true),
        field("outlet", DataTypes.StringType, true), field("syndicated_from", DataTypes.StringType, true),
        field("language", DataTypes.StringType, false), field("note", DataTypes.StringType, true),
        field("authors", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("credit", DataTypes.StringType, true), field("modified", DataTypes.StringType, true),
        field("raw_kind", DataTypes.StringType, false), field("raw_charset", DataTypes.StringType, false),
        field("raw_sha256", DataTypes.StringType, false), field("raw", DataTypes.BinaryType, false),
        field("layers", DataTypes.StringType, false),
        field("gist", DataTypes.createArrayType(DataTypes.FloatType, false), true)});

    /** The outcome of the per-document stages for one input: an article row, or the stage that failed and why. */
    static final StructType PROCESSED = ARTICLE.add("failed_stage", DataTypes.StringType, true)
            .add("failure", DataTypes.StringType, true);

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /** A list as a row holds an array column: Spark's encoder takes a Scala sequence, not a Java list. */
    private static scala.collection.immutable.List<String> seq(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    static Row input(Ingested item) {
        return switch (item) {
            case Ingested.Document d -> {
                RawDocument r = d.document();
                SourceHints h = r.hints();
                yield RowFactory.create(DOCUMENT, r.source(), null, r.id(), r.kind().label(), r.charset(), r.raw().toArray(),
                        r.text(), h.id(), h.url(), h.title(), h.published(), h.outlet(), h.summaryOnly(),
                        org.parallax.pipeline.Extraction.site(r));
            }
            case Ingested.Skipped s -> RowFactory.create(SKIPPED, s.source(), s.reason(), null, null, null, null, null, null,
                    null, null, null, null, null, null);
            case Ingested.Failure f -> RowFactory.create(FAILURE, f.source(), f.reason(), null, null, null, null, null, null,
                    null, null, null, null, null, null);
        };
    }

    static RawDocument raw(Row r) {
        SourceHints hints = new SourceHints(r.getAs("hint_id"), r.getAs("hint_url"), r.getAs("hint_title"),
                r.getAs("hint_published"), r.getAs("hint_outlet"), Boolean.TRUE.equals(r.getAs("hint_summary_only")));
        return new RawDocument(r.getAs("source"), RawDocument.Kind.of(r.getAs("kind")), Bytes.of(r.getAs("raw")),
                r.getAs("charset"), r.getAs("text"), hints);
    }

    static Row article(RawDocument raw, AnnotatedArticle annotated) {
        Article a = annotated.article();
        PublicationDate p = a.published();
        Evidence e = p == null ? null : p.evidence();
        return RowFactory.create(a.id(), a.source(), a.url(), a.title(), a.text(), p == null ? null : p.value(),
                p == null ? null : p.inferred(), e == null ? null : e.start(), e == null ? null : e.end(),
                e == null ? null : e.text(), null, null, p == null ? null : p.offset(), a.pageDate(), a.outlet(),
                a.syndicatedFrom(), a.language(), a.note(), seq(a.authors()), a.credit(), a.modified(), raw.kind().label(),
                raw.charset(), raw.raw().sha256(), raw.raw().toArray(), LayerRecords.json(annotated),
                gistColumn(ArticleGist.of(a)));
    }

    static Row processed(RawDocument raw, AnnotatedArticle annotated) {
        Row a = article(raw, annotated);
        Object[] values = new Object[PROCESSED.size()];
        for (int i = 0; i < a.size(); i++) {
            values[i] = a.get(i);
        }
        return RowFactory.create(values);
    }

    static Row failed(String source, String stage, String reason) {
        Object[] values = new Object[PROCESSED.size()];
        for (String text : List.of("id", "title", "text", "language", "raw_kind", "raw_charset", "raw_sha256", "layers")) {
            values[PROCESSED.fieldIndex(text)] = "";
        }
        values[PROCESSED.fieldIndex("source")] = source;
        values[PROCESSED.fieldIndex("raw")] = new byte[0];
        values[PROCESSED.fieldIndex("authors")] = seq(List.of());
        values[PROCESSED.fieldIndex("failed_stage")] = stage;
        values[PROCESSED.fieldIndex("failure")] = reason;
        return RowFactory.create(values);
    }

    /**
     * The {@code articles} row of an article whose page gives no date, with the day inferred for it as its
     * {@code published} and these layers (its time expressions reckoned from that day).
     */
    static Row dated(Row r, InferredDate date, String layers) {
        Object[] values = new Object[r.size()];
        for (int i = 0; i < r.size(); i++) {
            values[i] = r.get(i);
        }
        values[r.fieldIndex("published")] = date.day();
        values[r.fieldIndex("published_inferred")] = true;
        values[r.fieldIndex("published_evidence_start")] = date.span() == null ? null : date.span().start();
        values[r.fieldIndex("published_evidence_end")] = date.span() == null ? null : date.span().end();
        values[r.fieldIndex("published_evidence_text")] = date.evidence();
        values[r.fieldIndex("published_basis")] = date.basis().name();
        values[r.fieldIndex("published_source")] = date.source();
        values[r.fieldIndex("layers")] = layers;
        return RowFactory.create(values);
    }

    /** The article of an {@code articles} row: with no date when its page gives none. */
    static Article articleOf(Row r) {
        String published = r.getAs("published_basis") == null ? r.getAs("published") : null;
        PublicationDate date = published == null ? null : new PublicationDate(published,
                Boolean.TRUE.equals(r.getAs("published_inferred")), new Evidence(r.<Integer>getAs("published_evidence_start"),
                r.<Integer>getAs("published_evidence_end"), r.getAs("published_evidence_text")), r.getAs("published_offset"));
        return new Article(r.getAs("id"), r.getAs("source"), r.getAs("url"), r.getAs("title"), r.getAs("text"), date,
                r.getAs("page_date"), r.getAs("outlet"), r.getAs("syndicated_from"), r.getAs("language"), r.getAs("note"),
                r.getList(r.fieldIndex("authors")), r.getAs("credit"), r.getAs("modified"));
    }

    private static scala.collection.immutable.List<Float> gistColumn(float[] gist) {
        if (gist == null) {
            return null;
        }
        List<Float> values = new java.util.ArrayList<>(gist.length);
        for (float v : gist) {
            values.add(v);
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    /** The gist of an {@code articles} row's article, as the stories stage of {@code analyze} encodes it, or null. */
    static float[] gistOf(Row r) {
        int at = r.fieldIndex("gist");
        if (r.isNullAt(at)) {
            return null;
        }
        List<Float> values = r.getList(at);
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** The article of an {@code articles} row with its annotation layers. */
    static AnnotatedArticle annotatedOf(Row r) {
        return LayerRecords.read(articleOf(r), r.getAs("layers"));
    }

    /** The columns of {@link #ARTICLE}, for selecting them out of wider rows. */
    static List<String> articleColumns() {
        return List.of(ARTICLE.fieldNames());
    }
}

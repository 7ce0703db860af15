package org.parallax.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Claim;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.model.TimeExpression;

/**
 * The annotation layers as flat tables, a row per quote, time expression and stance, each span as its offsets and
 * words; a quote's speaker and a stance's actor join the {@code mentions} table on article and offsets.
 */
final class FlatLayers {
    private FlatLayers() {
    }

    static final StructType MENTIONS = schema("article:string", "start:int", "end:int", "text:string", "entity:string",
            "type:string", "name:string");

    static final StructType QUOTES = schema("article:string", "start:int", "end:int", "text:string", "direct:boolean",
            "headline:boolean", "cue:string", "source:string", "speaker_start:int", "speaker_end:int", "speaker_text:string",
            "via_start:int", "via_end:int", "via_text:string");

    static final StructType TIMES = schema("article:string", "start:int", "end:int", "text:string", "value:string",
            "type:string", "mod:string", "anchor:string");

    static final StructType STANCES = schema("article:string", "actor_start:int", "actor_end:int", "actor_text:string",
            "issue:string", "topic:string", "position:string", "condition:string", "evidence_start:int", "evidence_end:int",
            "evidence_text:string", "target_start:int", "target_end:int", "target_text:string");

    static final StructType CLAIMS = schema("article:string", "start:int", "end:int", "text:string", "actors:string",
            "numbers:string", "dates:string");

    static StructType schema(String... columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            String[] nt = c.split(":");
            DataType type = switch (nt[1]) {
                case "int" -> DataTypes.IntegerType;
                case "boolean" -> DataTypes.BooleanType;
                case "double" -> DataTypes.DoubleType;
                case "long" -> DataTypes.LongType;
                default -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(nt[0], type, true));
        }
        return DataTypes.createStructType(fields);
    }

    static Iterator<Row> quotes(Row article) {
        AnnotatedArticle a = ArticleRows.annotatedOf(article);
        String text = a.article().text();
        List<Row> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            out.add(RowFactory.create(a.article().id(), q.content().start(), q.content().end(), q.content().of(text),
                    q.direct(), q.headline(), words(q.cue(), text), words(q.source(), text), start(q.speaker()),
                    end(q.speaker()), words(q.speaker(), text), start(q.via()), end(q.via()), words(q.via(), text)));
        }
        return out.iterator();
    }

    static Iterator<Row> times(Row article) {
        AnnotatedArticle a = ArticleRows.annotatedOf(article);
        String text = a.article().text();
        List<Row> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            out.add(RowFactory.create(a.article().id(), t.span().start(), t.span().end(), t.span().of(text), t.value(),
                    t.type().name(), t.mod() == null ? null : t.mod().name(), t.anchor().name()));
        }
        return out.iterator();
    }

    static Iterator<Row> stances(Row article) {
        AnnotatedArticle a = ArticleRows.annotatedOf(article);
        String text = a.article().text();
        List<Row> out = new ArrayList<>();
        for (Stance s : a.stances()) {
            out.add(RowFactory.create(a.article().id(), s.actor().start(), s.actor().end(), s.actor().of(text), s.issue(),
                    s.topic(), s.position().label(), words(s.condition(), text), s.evidence().start(), s.evidence().end(),
                    s.evidence().of(text), start(s.target()), end(s.target()), words(s.target(), text)));
        }
        return out.iterator();
    }

    /** Each claim with its parts' words, joined by " | ". */
    static Iterator<Row> claims(Row article) {
        AnnotatedArticle a = ArticleRows.annotatedOf(article);
        String text = a.article().text();
        List<Row> out = new ArrayList<>();
        for (Claim c : a.claims()) {
            out.add(RowFactory.create(a.article().id(), c.span().start(), c.span().end(), c.span().of(text),
                    joined(c.actors(), text), joined(c.numbers(), text), joined(c.dates(), text)));
        }
        return out.iterator();
    }

    private static String joined(List<Span> spans, String text) {
        return String.join(" | ", spans.stream().map(s -> s.of(text)).toList());
    }

    private static Integer start(Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(Span s) {
        return s == null ? null : s.end();
    }

    private static String words(Span s, String text) {
        return s == null ? null : s.of(text);
    }
}

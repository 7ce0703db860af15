package org.parallax.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.PublicationDate;

/**
 * Streams an analysis bundle: open it, add articles one by one, close it. Offsets in evidence count
 * UTF-16 code units.
 */
public final class BundleWriter implements AutoCloseable {
    public static final String FORMAT_VERSION = "1";
    private static final List<String> LATER_SECTIONS = List.of("stories", "storylines", "entities", "quotes", "stances",
            "times", "claims");

    private final JsonGenerator json;

    public BundleWriter(OutputStream out) {
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "parallax-bundle");
            json.writeStringField("version", FORMAT_VERSION);
            json.writeArrayFieldStart("articles");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle", e);
        }
    }

    public void add(Article article, String duplicateOf) {
        try {
            writeArticle(json, article, duplicateOf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + article.id() + " to the bundle", e);
        }
    }

    /** Writes one article as a JSON object: the bundle's article fields, or with {@code full} false the extract fields. */
    public static void writeArticle(JsonGenerator json, Article a, String duplicateOf, boolean full) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.source());
        json.writeStringField("url", a.url());
        json.writeStringField("title", a.title());
        json.writeStringField("text", a.text());
        PublicationDate p = a.published();
        json.writeStringField("published", p == null ? null : p.value());
        json.writeBooleanField("published_inferred", p != null && p.inferred());
        if (p != null) {
            json.writeObjectFieldStart("published_evidence");
            json.writeNumberField("start", p.evidence().start());
            json.writeNumberField("end", p.evidence().end());
            json.writeStringField("text", p.evidence().text());
            json.writeEndObject();
        } else {
            json.writeNullField("published_evidence");
        }
        json.writeStringField("page_date", a.pageDate());
        json.writeStringField("outlet", a.outlet());
        json.writeStringField("syndicated_from", a.syndicatedFrom());
        json.writeStringField("language", a.language());
        if (a.note() != null) {
            json.writeStringField("note", a.note());
        }
        if (full) {
            json.writeStringField("duplicate_of", duplicateOf);
        }
        json.writeEndObject();
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            for (String section : LATER_SECTIONS) {
                json.writeArrayFieldStart(section);
                json.writeEndArray();
            }
            json.writeEndObject();
            json.flush();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the bundle", e);
        }
    }
}

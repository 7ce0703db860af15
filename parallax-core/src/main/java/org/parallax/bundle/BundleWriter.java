package org.parallax.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.PublicationDate;
import org.parallax.model.Story;
import org.parallax.model.Storyline;

/**
 * Streams an analysis bundle: open it, add articles one by one, close it. Offsets in evidence count
 * UTF-16 code units.
 */
public final class BundleWriter implements AutoCloseable {
    public static final String FORMAT_VERSION = "1";
    private static final List<String> LATER_SECTIONS = List.of("quotes", "stances", "times", "claims");

    /** Where an article stands among stories: its story, its independence group, and why it is there. */
    public record Membership(String story, String origin, String reason) {
    }

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

    public void add(Article article, String duplicateOf, Membership membership) {
        try {
            json.writeStartObject();
            writeArticleFields(json, article, duplicateOf, true);
            if (membership != null) {
                json.writeStringField("story", membership.story());
                json.writeStringField("origin", membership.origin());
                json.writeStringField("story_reason", membership.reason());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + article.id() + " to the bundle", e);
        }
    }

    /** Writes one article as a JSON object: the bundle's article fields, or with {@code full} false the extract fields. */
    public static void writeArticle(JsonGenerator json, Article a, String duplicateOf, boolean full) throws IOException {
        json.writeStartObject();
        writeArticleFields(json, a, duplicateOf, full);
        json.writeEndObject();
    }

    private static void writeArticleFields(JsonGenerator json, Article a, String duplicateOf, boolean full) throws IOException {
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
    }

    /** Writes the entities, each with its mentions (call after {@link #stories}). */
    public void entities(List<Entity> entities) {
        if (!storiesWritten || entitiesWritten) {
            throw new IllegalStateException("entities come once, after the stories");
        }
        try {
            json.writeArrayFieldStart("entities");
            for (Entity e : entities) {
                json.writeStartObject();
                json.writeStringField("id", e.id());
                json.writeStringField("name", e.name());
                json.writeStringField("type", e.type().name());
                writeStrings("aliases", e.aliases());
                writeStrings("roles", e.roles());
                json.writeArrayFieldStart("mentions");
                for (Mention m : e.mentions()) {
                    json.writeStartObject();
                    json.writeStringField("article", m.article());
                    json.writeNumberField("start", m.start());
                    json.writeNumberField("end", m.end());
                    json.writeStringField("text", m.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            entitiesWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write entities to the bundle", e);
        }
    }

    private void writeStrings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /** Ends the articles and writes the stories and storylines. */
    public void stories(List<Story> stories, List<Storyline> storylines) {
        try {
            json.writeEndArray();
            articlesOpen = false;
            json.writeArrayFieldStart("stories");
            for (Story s : stories) {
                json.writeStartObject();
                json.writeStringField("id", s.id());
                json.writeStringField("title", s.title());
                writeStrings("articles", s.articles());
                json.writeStringField("start", s.start());
                json.writeStringField("end", s.end());
                json.writeStringField("storyline", s.storyline());
                json.writeNumberField("independent_sources", s.independentSources());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("storylines");
            for (Storyline l : storylines) {
                json.writeStartObject();
                json.writeStringField("id", l.id());
                json.writeStringField("title", l.title());
                writeStrings("stories", l.stories());
                json.writeStringField("start", l.start());
                json.writeStringField("end", l.end());
                json.writeEndObject();
            }
            json.writeEndArray();
            storiesWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write stories to the bundle", e);
        }
    }

    private boolean articlesOpen = true;
    private boolean storiesWritten;
    private boolean entitiesWritten;

    @Override
    public void close() {
        try {
            if (articlesOpen) {
                json.writeEndArray();
            }
            if (!storiesWritten) {
                json.writeArrayFieldStart("stories");
                json.writeEndArray();
                json.writeArrayFieldStart("storylines");
                json.writeEndArray();
            }
            if (!entitiesWritten) {
                json.writeArrayFieldStart("entities");
                json.writeEndArray();
            }
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

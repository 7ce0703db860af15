package org.parallax.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.ArticleTime;
import org.parallax.model.AttributedQuote;
import org.parallax.model.AttributedStance;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Entity;
import org.parallax.model.InferredDate;
import org.parallax.model.Mention;
import org.parallax.model.PublicationDate;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.model.SummarySentence;

/**
 * The one JSON view of each record, with the field names the bundle defines: the bundle, {@code extract}, the
 * JSON API and the CSV exports all write a record through here, so a field is named and shaped once.
 * Each view writes one object to a generator; {@link #tree} gives it as a tree for callers that add fields,
 * and {@link #cells} gives chosen fields of it as CSV cells.
 */
public final class Views {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where an article stands among stories: its story, its independence group, and why it is there. */
    public record Membership(String story, String origin, String reason) {
    }

    /** Writes a record's view to a generator. */
    @FunctionalInterface
    public interface View {
        void write(JsonGenerator json) throws IOException;
    }

    private Views() {
    }

    /** The article as {@code extract} gives it: the cleaned text and its metadata. */
    public static View extracted(Article a) {
        return json -> {
            json.writeStartObject();
            articleFields(json, a, null);
            json.writeEndObject();
        };
    }

    /** The article as the bundle and the API give it: with its duplicate mark and, when placed, its story. */
    public static View article(Article a, String duplicateOf, Membership membership) {
        return article(a, duplicateOf, membership, null);
    }

    /**
     * The article as the bundle and the API give it, with the publication day inferred for it when its page gives
     * none: {@code published} is that day, {@code published_inferred} true, and {@code published_evidence} says what it
     * was reasoned from ({@code basis}), its words ({@code text}, at {@code start..end} of the article's text when they
     * are its own) and the article it was taken from ({@code article}, for a day its story gave).
     */
    public static View article(Article a, String duplicateOf, Membership membership, InferredDate inferred) {
        return json -> {
            json.writeStartObject();
            articleFields(json, a, inferred);
            json.writeStringField("duplicate_of", duplicateOf);
            if (membership != null) {
                json.writeStringField("story", membership.story());
                json.writeStringField("origin", membership.origin());
                json.writeStringField("story_reason", membership.reason());
            }
            json.writeEndObject();
        };
    }

    private static void articleFields(JsonGenerator json, Article a, InferredDate inferred) throws IOException {
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.source());
        json.writeStringField("url", a.url());
        json.writeStringField("title", a.title());
        json.writeStringField("text", a.text());
        PublicationDate p = a.published();
        if (p == null && inferred != null) {
            json.writeStringField("published", inferred.day());
            json.writeBooleanField("published_inferred", true);
            json.writeObjectFieldStart("published_evidence");
            json.writeStringField("basis", inferred.basis().name());
            if (inferred.span() != null) {
                json.writeNumberField("start", inferred.span().start());
                json.writeNumberField("end", inferred.span().end());
            }
            json.writeStringField("text", inferred.evidence());
            json.writeStringField("article", inferred.source());
            json.writeEndObject();
        } else if (p != null) {
            json.writeStringField("published", p.value());
            json.writeBooleanField("published_inferred", p.inferred());
            json.writeObjectFieldStart("published_evidence");
            json.writeNumberField("start", p.evidence().start());
            json.writeNumberField("end", p.evidence().end());
            json.writeStringField("text", p.evidence().text());
            json.writeEndObject();
        } else {
            json.writeNullField("published");
            json.writeBooleanField("published_inferred", false);
            json.writeNullField("published_evidence");
        }
        json.writeStringField("published_offset", p == null ? null : p.offset());
        json.writeStringField("page_date", a.pageDate());
        json.writeStringField("outlet", a.outlet());
        json.writeStringField("syndicated_from", a.syndicatedFrom());
        json.writeStringField("language", a.language());
        strings(json, "authors", a.authors());
        json.writeStringField("credit", a.credit());
        json.writeStringField("modified", a.modified());
        if (a.note() != null) {
            json.writeStringField("note", a.note());
        }
    }

    public static View story(Story s) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("title", s.title());
            strings(json, "articles", s.articles());
            json.writeStringField("start", s.start());
            json.writeStringField("end", s.end());
            json.writeStringField("storyline", s.storyline());
            json.writeNumberField("independent_sources", s.independentSources());
            json.writeEndObject();
        };
    }

    public static View storyline(Storyline l) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("id", l.id());
            json.writeStringField("title", l.title());
            strings(json, "stories", l.stories());
            json.writeStringField("start", l.start());
            json.writeStringField("end", l.end());
            json.writeEndObject();
        };
    }

    public static View entity(Entity e) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("name", e.name());
            json.writeStringField("type", e.type().name());
            strings(json, "aliases", e.aliases());
            strings(json, "roles", e.roles());
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
        };
    }

    /**
     * A quote: its content span and words, whether it stands in quotation marks or in a headline, its speaker's
     * and medium's entity ids (or null), the words naming the speaker and the cue words.
     */
    public static View quote(AttributedQuote q) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("id", q.id());
            json.writeStringField("article", q.article());
            json.writeNumberField("start", q.quote().content().start());
            json.writeNumberField("end", q.quote().content().end());
            json.writeStringField("text", q.text());
            json.writeBooleanField("direct", q.quote().direct());
            json.writeBooleanField("headline", q.quote().headline());
            json.writeStringField("speaker", q.speaker());
            json.writeStringField("speaker_text", q.speakerText());
            json.writeStringField("via", q.via());
            json.writeStringField("cue", q.cueText());
            json.writeEndObject();
        };
    }

    /**
     * A time expression: its article, span and words, its TimeML type and value, its modifier (or null) and what the
     * value was reckoned from ({@code none}, {@code article}, {@code text}, {@code story}, {@code unresolved}).
     */
    public static View time(ArticleTime t) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("article", t.article());
            json.writeNumberField("start", t.time().span().start());
            json.writeNumberField("end", t.time().span().end());
            json.writeStringField("text", t.text());
            json.writeStringField("value", t.time().value());
            json.writeStringField("type", t.time().type().name());
            json.writeStringField("mod", t.time().mod() == null ? null : t.time().mod().name());
            json.writeStringField("anchor", t.time().anchor().name().toLowerCase(java.util.Locale.ROOT));
            json.writeEndObject();
        };
    }

    /**
     * A stance: its actor's entity id and words, the issue (normalized) with its topic and words, the position, the
     * condition's words (or null) and span, for a stance toward another actor that actor's entity id and words, the
     * evidence's span and words, and the quote that holds the evidence (or null).
     */
    public static View stance(AttributedStance s) {
        return json -> {
            Stance t = s.stance();
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("article", s.article());
            json.writeStringField("actor", s.actor());
            json.writeStringField("actor_text", s.actorText());
            json.writeStringField("issue", t.issue());
            json.writeStringField("topic", t.topic());
            json.writeStringField("position", t.position().label());
            json.writeStringField("condition", s.conditionText());
            if (t.condition() != null) {
                span(json, "condition_span", t.condition(), s.conditionText());
            } else {
                json.writeNullField("condition_span");
            }
            json.writeStringField("target", s.target());
            json.writeStringField("target_name", s.targetName());
            span(json, "evidence", t.evidence(), s.evidenceText());
            json.writeStringField("quote", s.quote() == null ? null : AttributedQuote.id(s.article(), s.quote()));
            json.writeEndObject();
        };
    }

    /**
     * A claim of a story: its words, the articles that make it, how many independent sources, the claims that dispute
     * it; then each source's words (article, outlet, span, score), and each dispute with both sides' words.
     */
    public static View claim(CorroboratedClaim c) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("id", c.id());
            json.writeStringField("story", c.story());
            json.writeStringField("text", c.text());
            strings(json, "articles", c.sources().stream().map(CorroboratedClaim.Source::article).distinct().toList());
            json.writeNumberField("independent_sources", c.independentSources());
            strings(json, "contradicted_by", c.contradictions().stream().map(CorroboratedClaim.Contradiction::claim).toList());
            json.writeBooleanField("single_sourced", c.singleSourced());
            json.writeArrayFieldStart("sources");
            for (CorroboratedClaim.Source s : c.sources()) {
                source(json, s);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("contradictions");
            for (CorroboratedClaim.Contradiction x : c.contradictions()) {
                json.writeStartObject();
                json.writeStringField("claim", x.claim());
                json.writeStringField("reason", x.reason());
                json.writeFieldName("mine");
                source(json, x.mine());
                json.writeFieldName("theirs");
                source(json, x.theirs());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        };
    }

    private static void source(JsonGenerator json, CorroboratedClaim.Source s) throws IOException {
        json.writeStartObject();
        json.writeStringField("article", s.article());
        json.writeStringField("outlet", s.outlet());
        json.writeNumberField("start", s.span().start());
        json.writeNumberField("end", s.span().end());
        json.writeStringField("text", s.text());
        json.writeNumberField("score", s.score());
        json.writeEndObject();
    }

    /** A story's summary: its sentences, each a whole sentence of an article, with the claim it carries and its citations. */
    public static View summary(String story, List<SummarySentence> sentences) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("story", story);
            json.writeArrayFieldStart("sentences");
            for (SummarySentence s : sentences) {
                json.writeStartObject();
                json.writeStringField("claim", s.claim());
                json.writeStringField("article", s.article());
                json.writeNumberField("start", s.span().start());
                json.writeNumberField("end", s.span().end());
                json.writeStringField("text", s.text());
                strings(json, "cites", s.cites());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        };
    }

    private static void span(JsonGenerator json, String field, Span span, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /** The view as a tree, for a caller that adds fields of its own (the API adds an article's entities). */
    public static ObjectNode tree(View view) {
        try (TokenBuffer buffer = new TokenBuffer(JSON, false)) {
            view.write(buffer);
            return JSON.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build a view", e);
        }
    }

    /**
     * The named fields of a view as CSV cells: a scalar as its text, a list as the number of its items, an
     * absent or null field as empty.
     */
    public static List<String> cells(View view, List<String> columns) {
        ObjectNode node = tree(view);
        List<String> out = new ArrayList<>(columns.size());
        for (String column : columns) {
            com.fasterxml.jackson.databind.JsonNode value = node;
            for (String field : column.split("\\.")) {   // "evidence.text": a field of a field
                value = value == null ? null : value.get(field);
            }
            out.add(value == null || value.isNull() ? "" : value.isArray() ? String.valueOf(value.size())
                    : value.isValueNode() ? value.asText() : value.toString());
        }
        return out;
    }
}

package org.parallax.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.model.ArticleTime;
import org.parallax.model.AttributedQuote;
import org.parallax.model.AttributedStance;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Entity;
import org.parallax.model.InferredDate;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.model.SummarySentence;

/**
 * Streams an analysis bundle: open it, add articles one by one, close it. Offsets in evidence count
 * UTF-16 code units.
 */
public final class BundleWriter implements AutoCloseable {
    public static final String FORMAT_VERSION = "1";

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

    public void add(Article article, String duplicateOf, Views.Membership membership) {
        add(article, duplicateOf, membership, null);
    }

    /** Adds an article with the publication day inferred for it when its page gives none (or null). */
    public void add(Article article, String duplicateOf, Views.Membership membership, InferredDate inferred) {
        write(Views.article(article, duplicateOf, membership, inferred), "article " + article.id());
    }

    private void write(Views.View view, String what) {
        try {
            view.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to the bundle", e);
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
                write(Views.entity(e), "entity " + e.id());
            }
            json.writeEndArray();
            entitiesWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write entities to the bundle", e);
        }
    }

    /** Writes the quotes as they come (call after {@link #entities}): their speakers are entities of the bundle. */
    public void quotes(Iterable<AttributedQuote> quotes) {
        if (!entitiesWritten || quotesWritten) {
            throw new IllegalStateException("quotes come once, after the entities");
        }
        try {
            json.writeArrayFieldStart("quotes");
            for (AttributedQuote q : quotes) {
                write(Views.quote(q), "quote " + q.id());
            }
            json.writeEndArray();
            quotesWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quotes to the bundle", e);
        }
    }

    /** Writes the time expressions of the articles as they come (call after {@link #quotes}). */
    public void times(Iterable<ArticleTime> times) {
        if (!quotesWritten || timesWritten) {
            throw new IllegalStateException("times come once, after the quotes");
        }
        try {
            json.writeArrayFieldStart("times");
            for (ArticleTime t : times) {
                write(Views.time(t), "a time expression of article " + t.article());
            }
            json.writeEndArray();
            timesWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write time expressions to the bundle", e);
        }
    }

    /**
     * Writes the stances of the articles as they come (call after {@link #times}): their actors and targets are
     * entities of the bundle.
     */
    public void stances(Iterable<AttributedStance> stances) {
        if (!timesWritten || stancesWritten) {
            throw new IllegalStateException("stances come once, after the times");
        }
        try {
            json.writeArrayFieldStart("stances");
            for (AttributedStance s : stances) {
                write(Views.stance(s), "stance " + s.id());
            }
            json.writeEndArray();
            stancesWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write stances to the bundle", e);
        }
    }

    /**
     * Writes the claims of the articles' stories (call after {@link #stances}), then each story's summary as the
     * {@code summaries} section.
     */
    public void claims(Iterable<CorroboratedClaim> claims, Map<String, List<SummarySentence>> summaries) {
        if (!stancesWritten || claimsWritten) {
            throw new IllegalStateException("claims come once, after the stances");
        }
        try {
            json.writeArrayFieldStart("claims");
            for (CorroboratedClaim c : claims) {
                write(Views.claim(c), "claim " + c.id());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("summaries");
            for (Map.Entry<String, List<SummarySentence>> e : summaries.entrySet()) {
                write(Views.summary(e.getKey(), e.getValue()), "the summary of story " + e.getKey());
            }
            json.writeEndArray();
            claimsWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write claims to the bundle", e);
        }
    }

    /** Ends the articles and writes the stories and storylines. */
    public void stories(List<Story> stories, List<Storyline> storylines) {
        try {
            json.writeEndArray();
            articlesOpen = false;
            json.writeArrayFieldStart("stories");
            for (Story s : stories) {
                write(Views.story(s), "story " + s.id());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("storylines");
            for (Storyline l : storylines) {
                write(Views.storyline(l), "storyline " + l.id());
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
    private boolean quotesWritten;
    private boolean timesWritten;
    private boolean stancesWritten;
    private boolean claimsWritten;

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
            if (!quotesWritten) {
                json.writeArrayFieldStart("quotes");
                json.writeEndArray();
            }
            if (!timesWritten) {
                json.writeArrayFieldStart("times");
                json.writeEndArray();
            }
            if (!stancesWritten) {
                json.writeArrayFieldStart("stances");
                json.writeEndArray();
            }
            if (!claimsWritten) {
                json.writeArrayFieldStart("claims");
                json.writeEndArray();
                json.writeArrayFieldStart("summaries");
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

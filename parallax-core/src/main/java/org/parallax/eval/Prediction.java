package org.parallax.eval;

import java.util.Objects;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Span;

/**
 * A quote the pipeline found, its spans placed on the article's text file.
 *
 * @param said    the words of its content in the clean text, for error reports
 * @param content where its content stands in the file, or null when its words are not found there
 * @param direct  whether it stands in quotation marks
 * @param source  where its source stands in the file, or null
 * @param speaker where the mention naming its speaker stands in the file, or null
 * @param words   the speaker's words: the name of the entity whose mention the speaker is (else the speaker's
 *                words) with the words naming the source where it is said ("Bill Hennessy (Tea Party founder
 *                Bill Hennessy)"), else the source's words; null when the quote names no one
 */
record Prediction(String said, Span content, boolean direct, Span source, Span speaker, String words) {
    Prediction {
        Objects.requireNonNull(said, "said");
    }

    /** The quote placed on the original through {@code alignment}; its words read from the clean {@code text}. */
    static Prediction of(Quote q, String text, ArticleEntities entities, TextAlignment alignment) {
        return new Prediction(q.content().of(text), alignment.place(q.content(), text), q.direct(),
                q.source() == null ? null : alignment.place(q.source(), text),
                q.speaker() == null ? null : alignment.place(q.speaker(), text), words(q, text, entities));
    }

    /**
     * The speaker's words: the name of the entity one of whose mentions or role descriptions holds the speaker
     * span (else the speaker span's words), with the source span's words, as the article names the speaker where it
     * quotes them; else the source span's words; null when the quote has neither.
     */
    static String words(Quote q, String text, ArticleEntities entities) {
        Span speaker = q.speaker();
        String source = q.source() == null ? "" : " (" + q.source().of(text) + ")";
        if (speaker != null) {
            for (ArticleEntities.Found f : entities.entities()) {
                if (holds(f.mentions(), speaker) || holds(f.descriptions(), speaker)) {
                    return f.name() + source;
                }
            }
            return speaker.of(text) + source;
        }
        return q.source() == null ? null : q.source().of(text);
    }

    private static boolean holds(Iterable<Mention> mentions, Span span) {
        for (Mention m : mentions) {
            if (m.start() <= span.start() && span.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }
}

package org.parallax.model;

import java.util.Objects;

/**
 * A quote as the corpus knows it: one article's {@link Quote} with the words its spans cover, and the identities
 * its speaker and relaying medium were linked to. The identities come from the entity mention at the speaker's
 * (the medium's) span, so they follow the identity stage when it links or merges again.
 *
 * @param article     the article's id
 * @param quote       its spans over the article's clean text
 * @param text        the words said: the content span's words
 * @param speakerText the words naming the speaker where it is said ("he", "Peskov", "the statement"), else the
 *                    speaker mention's words, or null when neither is known
 * @param cueText     the words that mark it as speech ("said", "according to"), or null
 * @param speaker     the speaker's entity id, or null when the speaker is unknown
 * @param speakerName the speaker entity's canonical name, or null with no speaker
 * @param via         the relaying medium's entity id, or null
 * @param viaName     the medium entity's canonical name, or null with no medium
 */
public record AttributedQuote(String article, Quote quote, String text, String speakerText, String cueText,
                              String speaker, String speakerName, String via, String viaName) {
    public AttributedQuote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(text, "text");
        if (text.length() != quote.content().length()) {
            throw new IllegalArgumentException("quote " + quote.content() + " of article " + article
                    + " must carry the words of its content, was '" + text + "'");
        }
        if ((speaker == null) != (speakerName == null) || (via == null) != (viaName == null)) {
            throw new IllegalArgumentException("quote " + quote.content() + " of article " + article
                    + ": an entity id and its name come together");
        }
    }

    /** Stable across runs: the article and the content span, {@code quote-<article>-<start>-<end>}. */
    public String id() {
        return id(article, quote.content());
    }

    /** The id of the quote of {@code article} whose content is {@code content}. */
    public static String id(String article, Span content) {
        return "quote-" + article + "-" + content.start() + "-" + content.end();
    }
}

package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim as the corpus knows it when it aligns a story's claims: one article's {@link Claim} with its words, the
 * sentence it stands in, the identities its actors were linked to, and who the article counts as a source.
 *
 * @param article  the article's id
 * @param outlet   the article's outlet, or null when unknown
 * @param source   who the article counts as, for independence: its outlet, the outlet it credits (a wire), or the
 *                 source of the original it copies; the article's own id when none is known
 * @param claim    its spans over the article's clean text
 * @param text     the claim's words
 * @param sentence the sentence the claim stands in (a summary quotes whole sentences)
 * @param sentenceText the sentence's words
 * @param entities the entity ids of its actors, where linked, then of the speakers of the quotes it reports
 * @param dates    the values of its dates (TimeML: {@code 2023-03-01})
 */
public record ReportedClaim(String article, String outlet, String source, Claim claim, String text, Span sentence,
                            String sentenceText, List<String> entities, List<String> dates) {
    public ReportedClaim {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(sentenceText, "sentenceText");
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        if (text.length() != claim.span().length() || sentenceText.length() != sentence.length()
                || !sentence.contains(claim.span())) {
            throw new IllegalArgumentException("claim " + claim.span() + " of article " + article
                    + " must carry the words of its spans and stand in its sentence " + sentence);
        }
    }

    /** The words of one of the claim's parts, which lie inside the claim. */
    public String words(Span part) {
        return text.substring(part.start() - claim.span().start(), part.end() - claim.span().start());
    }
}

package org.parallax.model;

import java.util.Objects;

/**
 * A stance as the corpus knows it: one article's {@link Stance} with the words its spans cover, and the identities
 * its actor and target were linked to. The identities come from the entity mentions at the actor's (the target's)
 * span, so they follow the identity stage when it links or merges again.
 *
 * @param article       the article's id
 * @param stance        its spans over the article's clean text, its issue and position
 * @param evidenceText  the words that show it: the evidence span's words
 * @param actorText     the words naming the actor where the stance is taken ("Beijing", "the Chinese President")
 * @param conditionText the condition's words, or null when it sets none
 * @param actor         the actor's entity id, or null while the mention is not linked
 * @param actorName     the actor entity's canonical name, or null with no actor id
 * @param target        for a stance toward another actor, that actor's entity id, else null
 * @param targetName    the target entity's canonical name, or null with no target id
 * @param quote         the content span of the quote that holds the evidence (the words it shows were said), or null
 */
public record AttributedStance(String article, Stance stance, String evidenceText, String actorText, String conditionText,
                               String actor, String actorName, String target, String targetName, Span quote) {
    public AttributedStance {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidenceText, "evidenceText");
        Objects.requireNonNull(actorText, "actorText");
        if (evidenceText.length() != stance.evidence().length() || actorText.length() != stance.actor().length()
                || (conditionText == null) != (stance.condition() == null)
                || conditionText != null && conditionText.length() != stance.condition().length()) {
            throw new IllegalArgumentException("stance " + stance.evidence() + " of article " + article
                    + " must carry the words of its spans, was '" + evidenceText + "'");
        }
        if ((actor == null) != (actorName == null) || (target == null) != (targetName == null)) {
            throw new IllegalArgumentException("stance " + stance.evidence() + " of article " + article
                    + ": an entity id and its name come together");
        }
    }

    /**
     * Stable across runs: the article, the evidence span, the actor span and the issue,
     * {@code stance-<article>-<evidence start>-<evidence end>-<actor start>-<issue hash>}.
     */
    public String id() {
        return "stance-" + article + "-" + stance.evidence().start() + "-" + stance.evidence().end() + "-"
                + stance.actor().start() + "-" + Integer.toHexString(stance.issue().hashCode());
    }
}

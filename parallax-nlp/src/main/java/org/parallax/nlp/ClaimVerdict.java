package org.parallax.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * What the {@link ClaimJudge} decided about one claim against one text.
 *
 * @param label what the text does to the claim
 * @param score the confidence in that label, in [0, 1]
 */
public record ClaimVerdict(Label label, double score) {
    /** What a text does to a claim. */
    public enum Label {
        /** The text states the claim, maybe in other words. */
        SUPPORTS,
        /** The text states something incompatible with it: another number, date, name or place, or the opposite. */
        CONTRADICTS,
        /** Neither: the text is about something else, or does not say. */
        OTHER;

        /** The label in lower case, as files and pages write it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ClaimVerdict {
        Objects.requireNonNull(label, "label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a verdict's score must be in [0, 1], not " + score);
        }
    }
}

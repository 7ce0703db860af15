package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim of a story with everything that backs or disputes it: the same statement as each of the story's articles
 * makes it (in its own words), how many independent sources make it, and the claims of the story that disagree with it.
 *
 * @param id                 stable: {@code claim-<first source's article>-<start of its words>}
 * @param story              the story's id
 * @param text               its words as the first article to make it gives them
 * @param sources            each article that makes it, with its words; the first is the one {@code text} comes from
 * @param independentSources how many distinct sources make it: copies and syndicated articles count once, with their
 *                           original, and the articles of one outlet count once
 * @param contradictions     the claims of the story that disagree with it, each with both sides' words
 */
public record CorroboratedClaim(String id, String story, String text, List<Source> sources, int independentSources,
                                List<Contradiction> contradictions) {
    public CorroboratedClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        contradictions = List.copyOf(contradictions);
        if (sources.isEmpty() || independentSources < 1 || independentSources > sources.size()) {
            throw new IllegalArgumentException("claim " + id + " needs at least one source and 1.." + sources.size()
                    + " independent ones, had " + independentSources);
        }
    }

    /** Whether only one independent source makes it. */
    public boolean singleSourced() {
        return independentSources == 1;
    }

    /**
     * One article's words for the claim.
     *
     * @param article the article's id
     * @param outlet  its outlet, or null when unknown
     * @param span    the words' span over the article's clean text
     * @param text    the words
     * @param score   how surely these words state the claim, in [0, 1] (1 for the first source)
     */
    public record Source(String article, String outlet, Span span, String text, double score) {
        public Source {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            if (text.length() != span.length()) {
                throw new IllegalArgumentException("the words of claim source " + span + " in " + article + " do not fit it");
            }
        }
    }

    /**
     * Another claim of the story that disagrees with this one.
     *
     * @param claim  the other claim's id
     * @param reason what they disagree on: {@code number}, {@code date}, {@code name} or {@code polarity}
     * @param mine   this claim's words where the disagreement shows
     * @param theirs the other claim's words
     */
    public record Contradiction(String claim, String reason, Source mine, Source theirs) {
        public Contradiction {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(mine, "mine");
            Objects.requireNonNull(theirs, "theirs");
        }
    }
}

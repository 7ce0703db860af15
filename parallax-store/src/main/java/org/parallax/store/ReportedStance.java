package org.parallax.store;

import java.util.Objects;
import org.parallax.model.AttributedStance;

/**
 * A stance with where it was reported: its article's title, outlet and date, and the story the article belongs to.
 *
 * @param stance       the stance, its actor and target linked to their identities
 * @param articleTitle the title of the article that reports it
 * @param outlet       the article's outlet, or null
 * @param published    the article's publication date, or null
 * @param story        the article's story, or null before the corpus stage placed it
 * @param storyTitle   that story's title, or null
 */
public record ReportedStance(AttributedStance stance, String articleTitle, String outlet, String published, String story,
                             String storyTitle) {
    public ReportedStance {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(articleTitle, "articleTitle");
    }
}

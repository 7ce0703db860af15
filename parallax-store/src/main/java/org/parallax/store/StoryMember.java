package org.parallax.store;

import org.parallax.model.Article;

/** An article of a story, with what the corpus stage said of it. */
public record StoryMember(Article article, String duplicateOf, String origin, double similarity, String reason) {
}

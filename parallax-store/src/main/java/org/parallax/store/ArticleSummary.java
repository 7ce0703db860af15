package org.parallax.store;

import java.util.List;

/**
 * One line of a listing: an article without its text; {@code duplicateOf} the original it copies, or null;
 * {@code authors} the people its byline names.
 */
public record ArticleSummary(String id, String title, String published, String outlet, String language,
                             String source, String duplicateOf, List<String> authors) {
    public ArticleSummary {
        authors = List.copyOf(authors);
    }
}

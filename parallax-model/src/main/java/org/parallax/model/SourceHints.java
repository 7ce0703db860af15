package org.parallax.model;

/**
 * What the input itself says about a document before any analysis: the fields of a JSON Lines record or
 * a feed item, the URL it was fetched from. Any field may be null.
 *
 * @param summaryOnly true when the input gives only a summary of the article (a feed item without content)
 */
public record SourceHints(String id, String url, String title, String published, String outlet, boolean summaryOnly) {
    public static final SourceHints NONE = new SourceHints(null, null, null, null, null, false);

    public SourceHints(String id, String url, String title, String published, String outlet) {
        this(id, url, title, published, outlet, false);
    }
}

package org.parallax.model;

/**
 * What the input itself says about a document before any analysis: the fields of a JSON Lines record,
 * the URL it was fetched from. Any field may be null.
 */
public record SourceHints(String id, String url, String title, String published, String outlet) {
    public static final SourceHints NONE = new SourceHints(null, null, null, null, null);
}

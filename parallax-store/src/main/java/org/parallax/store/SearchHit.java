package org.parallax.store;

/**
 * An article that matches a search, with a snippet of its text.
 *
 * @param snippet     the matching passage; the matched words stand between the markers U+E000 and U+E001,
 *                    which a renderer replaces after escaping the rest
 * @param duplicateOf the original the article copies, or null
 */
public record SearchHit(String id, String title, String published, String outlet, String snippet, String duplicateOf) {
    public static final char MATCH_START = '\uE000';
    public static final char MATCH_END = '\uE001';
}

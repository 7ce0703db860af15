package org.parallax.model;

import java.util.Objects;

/**
 * One input document as ingest read it: its verbatim bytes, where they came from, and the text decoded
 * from them. Its id is the content hash of the bytes, so the same input always gets the same id.
 *
 * @param source  file path, with {@code :line} for a JSON Lines record
 * @param kind    what kind of input the bytes are
 * @param raw     the verbatim input
 * @param charset the charset the text was decoded with
 * @param text    the decoded text the cleaner starts from
 * @param hints   what the input says of itself
 */
public record RawDocument(String source, Kind kind, Bytes raw, String charset, String text, SourceHints hints) {

    /** The kinds of input, each read its own way. */
    public enum Kind {
        /** A plain-text file: scraped page text or a clean article. */
        TEXT_FILE("text"),
        /** One record of a JSON Lines file (or of a JSON array). */
        JSON_LINES_RECORD("jsonl"),
        /** An HTML page from a file or a URL. */
        HTML_PAGE("html"),
        /** An HTML response captured in a WARC archive. */
        WARC_CAPTURE("warc"),
        /** An item of an RSS or Atom feed, kept as the HTML of its content. */
        FEED_ITEM("feed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The short name the store keeps. */
        public String label() {
            return label;
        }

        /** The kind a store's label names; {@code html} also stands for the captures and items of older stores. */
        public static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no kind of input is labelled '" + label + "' (text, jsonl, html, warc, feed)");
        }

        /** Whether the bytes are HTML markup, whose main text is found by its structure before cleaning. */
        public boolean markup() {
            return this == HTML_PAGE || this == WARC_CAPTURE || this == FEED_ITEM;
        }
    }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(text, "text");
        hints = hints == null ? SourceHints.NONE : hints;
    }

    /** The content hash of the raw bytes; stable across runs. */
    public String id() {
        return raw.sha256().substring(0, 16);
    }
}

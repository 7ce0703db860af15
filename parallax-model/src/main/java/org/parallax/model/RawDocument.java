package org.parallax.model;

import java.util.Objects;

/**
 * One input document as ingest read it: its verbatim bytes, where they came from, and the text decoded
 * from them. Its id is the content hash of the bytes, so the same input always gets the same id.
 *
 * @param source  file path, with {@code :line} for a JSON Lines record
 * @param format  how the bytes were read: {@code text} or {@code jsonl}
 * @param raw     the verbatim input
 * @param charset the charset the text was decoded with
 * @param text    the decoded text the cleaner starts from
 * @param hints   what the input says of itself
 */
public record RawDocument(String source, String format, Bytes raw, String charset, String text, SourceHints hints) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
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

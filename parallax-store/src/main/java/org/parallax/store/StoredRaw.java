package org.parallax.store;

import org.parallax.model.Bytes;

/** A raw input as it was read, verbatim. */
public record StoredRaw(String id, String source, String format, String charset, Bytes bytes) {
}

/**
 * The analysis bundle: the JSON document {@code parallax analyze --out} writes, as DESIGN.md defines
 * it and {@code schema/bundle.schema.json} describes it. Written as a stream, so its size is bounded by
 * the disk, not memory. Sections whose stages are not built yet are present and empty.
 * Entry point: {@link org.parallax.bundle.BundleWriter}.
 */
package org.parallax.bundle;

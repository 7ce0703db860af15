package org.parallax.clean;

import java.util.Map;

/**
 * The chrome lines a {@link ChromeProfile} knew at one moment, fixed: what cleaning reads. Immutable and
 * safe to share between threads and to broadcast to workers.
 */
public final class ChromeSnapshot {
    /** No line is chrome by recurrence. */
    public static final ChromeSnapshot NONE = new ChromeSnapshot(Map.of());

    private final Map<Long, Integer> documentsPerLine;

    ChromeSnapshot(Map<Long, Integer> documentsPerLine) {
        this.documentsPerLine = Map.copyOf(documentsPerLine);
    }

    /** Whether {@code line} recurred often enough across documents of {@code site} (null when unknown) to be chrome. */
    public boolean isChrome(String site, String line) {
        return ChromeProfile.isChrome(documentsPerLine, site, line);
    }

    /** How many recurring lines it holds. */
    public int size() {
        return documentsPerLine.size();
    }
}

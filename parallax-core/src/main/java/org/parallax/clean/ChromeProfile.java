package org.parallax.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a collection teaches about page chrome: short lines that recur across documents of one site
 * (menus, footers, prompts) are not any article's words. Fed one document at a time with
 * {@link #learn}. Memory is bounded: when the distinct lines remembered reach a cap, the lines seen only
 * once are forgotten, so the recurring ones stay however large the corpus.
 *
 * <p>Learning is a step of its own: a run first teaches the profile every input it holds, then cleans with
 * its {@link #snapshot()}, so an article's text does not depend on which inputs came before it. The counts
 * are kept between runs ({@link #counts()}, {@link #changes()}); the profile counts each document once only
 * when the caller passes each document once.
 *
 * <p>Documents whose site is not known share one group, where a line must recur in more documents
 * before it counts, since it may come from different sites.
 */
public final class ChromeProfile {
    /** Lines longer than this are prose or headlines, not template chrome. */
    static final int MAX_CHROME_LENGTH = 100;
    private static final int KNOWN_SITE_MIN_DOCUMENTS = 2;
    private static final int UNKNOWN_SITE_MIN_DOCUMENTS = 3;
    private static final int DEFAULT_CAP = 250_000;

    private final Map<Long, Integer> documentsPerLine = new HashMap<>();
    /** Set when even the recurring lines fill most of the cap: from then on new lines are not remembered. */
    private boolean saturated;

    private final int cap;
    /** Counts changed since the profile was made or loaded: a count of 0 means forgotten. */
    private final Map<Long, Integer> changed = new HashMap<>();

    ChromeProfile(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive, was " + cap);
        }
        this.cap = cap;
    }

    /** A profile that has learned nothing: no line is chrome by recurrence. */
    public static ChromeProfile empty() {
        return new ChromeProfile(DEFAULT_CAP);
    }

    /** A profile that goes on from counts kept by an earlier run ({@link #counts()}). */
    public static ChromeProfile of(Map<Long, Integer> counts) {
        ChromeProfile profile = empty();
        profile.documentsPerLine.putAll(counts);
        return profile;
    }

    /** Counts each distinct short line of one document of {@code site} (null when unknown). */
    public synchronized void learn(String site, String rawText) {
        Set<Long> seen = new HashSet<>();
        for (Line line : Line.split(rawText)) {
            if (line.text().length() <= MAX_CHROME_LENGTH) {
                seen.add(fingerprint(site, line.text()));
            }
        }
        if (documentsPerLine.size() + seen.size() > cap && !saturated) {
            documentsPerLine.entrySet().removeIf(e -> {
                if (e.getValue() == 1) {
                    changed.put(e.getKey(), 0);
                    return true;
                }
                return false;
            });
            saturated = documentsPerLine.size() > cap * 3 / 4;
        }
        for (Long key : seen) {
            Integer count = documentsPerLine.get(key);
            if (count != null) {
                documentsPerLine.put(key, count + 1);
                changed.put(key, count + 1);
            } else if (documentsPerLine.size() < cap) {
                documentsPerLine.put(key, 1);
                changed.put(key, 1);
            }
        }
    }

    /** Whether {@code line} recurs often enough across documents of {@code site} to be chrome. */
    public synchronized boolean isChrome(String site, String line) {
        return isChrome(documentsPerLine, site, line);
    }

    static boolean isChrome(Map<Long, Integer> documentsPerLine, String site, String line) {
        if (line.length() > MAX_CHROME_LENGTH) {
            return false;
        }
        Integer count = documentsPerLine.get(fingerprint(site, line));
        int needed = site == null ? UNKNOWN_SITE_MIN_DOCUMENTS : KNOWN_SITE_MIN_DOCUMENTS;
        return count != null && count >= needed;
    }

    /** What cleaning reads: the lines that recur now, fixed; later learning does not change it. */
    public synchronized ChromeSnapshot snapshot() {
        Map<Long, Integer> recurring = new HashMap<>();
        documentsPerLine.forEach((key, count) -> {
            if (count >= KNOWN_SITE_MIN_DOCUMENTS) {
                recurring.put(key, count);
            }
        });
        return new ChromeSnapshot(recurring);
    }

    /** Every count, to keep for the next run. */
    public synchronized Map<Long, Integer> counts() {
        return Map.copyOf(documentsPerLine);
    }

    /** The counts changed since the profile was made or loaded (0: forgotten), to write back. */
    public synchronized Map<Long, Integer> changes() {
        return Map.copyOf(changed);
    }

    public synchronized int size() {
        return documentsPerLine.size();
    }

    static long fingerprint(String site, String line) {
        String key = (site == null ? "" : site) + '\u0001' + line.toLowerCase(Locale.ROOT);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

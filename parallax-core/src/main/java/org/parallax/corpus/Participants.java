package org.parallax.corpus;

import java.util.HashMap;
import java.util.Map;
import org.parallax.model.ArticleEntities;

/**
 * Who and where an article is about, as weighted identity keys ({@code person:tara reid}, {@code location:aceh}):
 * the entities the annotation stage found, each counted by its mentions. Keys hold a colon, so they never clash
 * with the words of a {@link TermVector} and live in the same centroid beside them.
 */
final class Participants {
    private Participants() {
    }

    /** Whether a centroid key is a participant rather than a word. */
    static boolean is(String key) {
        return key.indexOf(':') >= 0;
    }

    /** An article's strongest participants kept: the rest are passing mentions. */
    static final int MAX_KEYS = 20;

    /**
     * How specific a kind of participant is: a person or a named place says more about which event an article
     * reports than an organization, and a country least.
     */
    static double specificity(String key) {
        if (key.startsWith("organization:")) {
            return 0.7;
        }
        if (key.startsWith("country:")) {
            return 0.5;
        }
        return 1;
    }

    /** Mentions per participant key; each key's name as written goes into {@code surfaces}. */
    static Map<String, Double> counts(ArticleEntities entities, Map<String, String> surfaces) {
        Map<String, Double> out = new HashMap<>();
        for (ArticleEntities.Found f : entities.entities()) {
            if (!is(f.key()) || f.type() == null) {
                continue;
            }
            double mentions = Math.max(1, f.mentions().size());
            out.merge(f.key(), mentions, Double::sum);
            surfaces.putIfAbsent(f.key(), f.name());
        }
        return out;
    }
}

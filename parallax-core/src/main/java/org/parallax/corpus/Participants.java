package org.parallax.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.ArticleEntities;

/**
 * Who and where an article is about, as weighted identity keys ({@code person:tara reid}, {@code location:aceh}):
 * the entities the annotation stage found, each counted by its mentions. Keys hold a colon, so they never clash
 * with the words of a {@link TermVector} and live in the same centroid beside them; beside them too, the people an
 * article leads with ({@code focus:person:reid}), which say whether two stories that one article bridges are one.
 */
final class Participants {
    private Participants() {
    }

    /** Whether a centroid key is a participant rather than a word. */
    static boolean is(String key) {
        return key.indexOf(':') >= 0 && !isFocus(key);
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

    /** What the key of a person an article leads with starts with: the article's focus, apart from all it names. */
    static final String FOCUS = "focus:";

    /** Whether a centroid key names a person an article leads with. */
    static boolean isFocus(String key) {
        return key.startsWith(FOCUS);
    }

    /** How far into a text a person's first mention makes them one the article leads with, in characters. */
    static final int FOCUS_LEAD = 400;

    /**
     * The people an article leads with, by mentions: those its headline names or its text names first within
     * {@value #FOCUS_LEAD} characters. A person counts by surname, so that a lone "Lohan" in one report and her full
     * name in another are one focus.
     */
    static Map<String, Double> focus(ArticleEntities entities, String title) {
        Map<String, Double> out = new HashMap<>();
        String headline = title.toLowerCase(Locale.ROOT);
        for (ArticleEntities.Found f : entities.entities()) {
            if (!f.key().startsWith(PERSON) || f.mentions().isEmpty()) {
                continue;
            }
            String name = f.key().substring(PERSON.length());
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (surname.isEmpty() || f.mentions().get(0).start() >= FOCUS_LEAD && !names(headline, surname)) {
                continue;
            }
            out.merge(FOCUS + PERSON + surname, (double) f.mentions().size(), Double::sum);
        }
        return out;
    }

    private static final String PERSON = "person:";

    /** Whether a lower-cased headline holds a name as a word of its own. */
    private static boolean names(String headline, String name) {
        for (int at = headline.indexOf(name); at >= 0; at = headline.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(headline.charAt(at - 1)))
                    && (end == headline.length() || !Character.isLetterOrDigit(headline.charAt(end)))) {
                return true;
            }
        }
        return false;
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

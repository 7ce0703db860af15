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
        return key.indexOf(':') >= 0 && !isFocus(key) && !isLead(key);
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
            if (!f.key().startsWith(PERSON) || !leads(f, headline)) {
                continue;
            }
            String name = f.key().substring(PERSON.length());
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (surname.isEmpty()) {
                continue;
            }
            out.merge(FOCUS + PERSON + surname, (double) f.mentions().size(), Double::sum);
        }
        return out;
    }

    private static final String PERSON = "person:";

    /** Whether a key names a person. */
    static boolean isPerson(String key) {
        return key.startsWith(PERSON);
    }

    private static final String LOCATION = "location:";

    /** What the key of a person or place a dated report leads with starts with. */
    static final String LEAD = "lead:";

    /** Whether a centroid key names a person or place a dated report of the story leads with. */
    static boolean isLead(String key) {
        return key.startsWith(LEAD);
    }

    /**
     * The people and places (not countries) an article leads with: those its headline names or its text names first
     * within {@value #FOCUS_LEAD} characters, each once, under its own key with {@value #LEAD} before it (summed over a
     * story's reports, a key's weight is how many lead with it).
     */
    static Map<String, Double> lead(ArticleEntities entities, String title) {
        Map<String, Double> out = new HashMap<>();
        String headline = title.toLowerCase(Locale.ROOT);
        for (ArticleEntities.Found f : entities.entities()) {
            if (leads(f, headline)) {
                out.put(LEAD + f.key(), 1.0);
            }
        }
        return out;
    }

    /** Whether an article leads with a person (named in its headline by surname) or a place. */
    private static boolean leads(ArticleEntities.Found f, String headline) {
        if (!f.key().startsWith(PERSON) && !f.key().startsWith(LOCATION) || f.mentions().isEmpty()) {
            return false;
        }
        String name = f.key().substring(f.key().indexOf(':') + 1);
        return f.mentions().get(0).start() < FOCUS_LEAD
                || names(headline, f.key().startsWith(PERSON) ? name.substring(name.lastIndexOf(' ') + 1) : name);
    }

    /**
     * Who or where an article is chiefly about: of the people and places it leads with (see {@link #lead}), the one it
     * names most, at least twice (a name said once is a passing mention); null when none is, or when two are named
     * most alike.
     */
    static String subject(ArticleEntities entities, String title) {
        String headline = title.toLowerCase(Locale.ROOT);
        String best = null;
        int most = 1;
        boolean tie = false;
        for (ArticleEntities.Found f : entities.entities()) {
            if (!leads(f, headline)) {
                continue;
            }
            int mentions = f.mentions().size();
            if (mentions > most) {
                best = f.key();
                most = mentions;
                tie = false;
            } else if (mentions == most && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * How many dated reports of a story lead with a participant ({@link #lead} keys in its centroid, each weighing as
     * many as lead with it): by its key, or for a person by surname (a lone "Gray" in one report is the "Kimany Gray" of
     * another), the most of the keys that name them; 0 when none does.
     */
    static double ledBy(String key, Map<String, Double> centroid) {
        double most = centroid.getOrDefault(LEAD + key, 0.0);
        if (!key.startsWith(PERSON)) {
            return most;
        }
        String surname = key.substring(Math.max(PERSON.length(), key.lastIndexOf(' ') + 1));
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(LEAD + PERSON) && (k.endsWith(" " + surname) || k.equals(LEAD + PERSON + surname))) {
                most = Math.max(most, e.getValue());
            }
        }
        return most;
    }

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

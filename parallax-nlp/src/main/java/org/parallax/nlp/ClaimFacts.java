package org.parallax.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of a claim that alignment reads without a model: its content words (names aside), the entities and dates
 * it names, its figures and whether it is negated. They index claims for candidates, tell how much two claims share,
 * and say what two claims that disagree disagree on.
 */
final class ClaimFacts {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it",
            "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
            "them", "him", "who", "which", "what", "said", "says", "say", "told", "also", "would", "will", "could", "can",
            "may", "might", "should", "than", "then", "there", "but", "if", "so", "about", "into", "over", "after",
            "before", "while", "mr", "mrs", "ms", "do", "does", "did", "up", "out", "all", "more", "some", "such");
    /** A value naming a day of the calendar ({@code 2023-03-01}, {@code 2023-03-01T14:30}). */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\d/])");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "without", "n't", "cannot", "denied", "denies", "deny");

    /** A text made ready for comparison: its content words (names aside: they are its entities), numbers, dates, negation. */
    record Prepared(String text, Set<String> words, Set<String> entities, Set<String> numbers, Set<String> figures,
                    Set<String> dates, boolean negated) {
        /** What an index of candidates files it under: its content words and its entities. */
        List<String> keys() {
            List<String> out = new ArrayList<>(words);
            for (String e : entities) {
                out.add("entity:" + e);
            }
            for (String f : figures) {
                out.add("figure:" + f);
            }
            return out;
        }
    }

    Prepared prepare(String text, List<String> entities, List<String> dates) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> figures = new LinkedHashSet<>();
        String number = null;
        boolean negated = false;
        Matcher m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            boolean capital = Character.isUpperCase(m.group().charAt(0));
            // a sentence's first word is a word unless it opens a name ("Mayor Elena Brandt", "Chinese President Xi")
            boolean name = capital && (!first || opensName(text, m.end()));
            first = false;
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.endsWith("n't")) {
                negated = true;
                continue;
            }
            if (NEGATIONS.contains(w)) {
                negated = true;
            }
            if (Character.isDigit(w.charAt(0))) {
                int unit = w.indexOf('-');
                String digits = (unit < 0 ? w : w.substring(0, unit)).replace(",", "");
                numbers.add(digits);
                number = digits;
                if (unit > 0 && unit + 1 < w.length()) {
                    String counted = stem(w.substring(unit + 1));
                    figures.add(digits + " " + counted);
                    words.add(counted);
                    number = null;
                }
                continue;
            }
            if (number != null && !STOP.contains(w)) {
                figures.add(number + " " + stem(w));
            }
            number = null;
            if (!name && !STOP.contains(w) && !NEGATIONS.contains(w) && w.length() > 1) {
                words.add(stem(w));
            }
        }
        Set<String> days = new LinkedHashSet<>();
        for (String d : dates) {
            if (DAY.matcher(d).lookingAt()) {
                days.add(d.substring(0, 10));
            }
        }
        return new Prepared(text, words, new LinkedHashSet<>(entities), numbers, figures, days, negated);
    }

    /** Whether the word ending at {@code end} is followed by a capitalized word, as a title before a name is. */
    private static boolean opensName(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** How much of the smaller text's content words the other shares, in [0, 1]. */
    double overlap(Prepared a, Prepared b) {
        int smaller = Math.min(a.words().size(), b.words().size());
        return smaller == 0 ? 0 : (double) shared(a.words(), b.words(), Set.of()) / smaller;
    }

    /** Twice the content words two claims share over how many each has, in [0, 1]. */
    double dice(Prepared a, Prepared b) {
        int all = a.words().size() + b.words().size();
        return all == 0 ? 0 : 2.0 * shared(a.words(), b.words(), Set.of()) / all;
    }

    /** How many entities two claims both name, those in {@code common} aside. */
    int sharedActors(Prepared a, Prepared b, Set<String> common) {
        return shared(a.entities(), b.entities(), common);
    }

    /** How many members two sets share, those in {@code besides} aside: the smaller one's looked up in the larger. */
    private static int shared(Set<String> a, Set<String> b, Set<String> besides) {
        Set<String> fewer = a.size() <= b.size() ? a : b;
        Set<String> more = fewer == a ? b : a;
        int n = 0;
        for (String x : fewer) {
            n += more.contains(x) && !besides.contains(x) ? 1 : 0;
        }
        return n;
    }

    /** Whether two claims state a common figure: a number with what it counts ("12-point", "230 passengers"). */
    boolean shareFigure(Prepared a, Prepared b) {
        return !disjoint(a.figures(), b.figures());
    }

    /** Whether two claims name a common actor, or neither names any: claims about different actors are not one. */
    boolean shareActors(Prepared a, Prepared b) {
        if (a.entities().isEmpty() && b.entities().isEmpty()) {
            return true;
        }
        return !disjoint(a.entities(), b.entities());
    }

    /**
     * What two claims about the same thing disagree on: {@code number} when each states figures and they share none,
     * {@code date} likewise for the days they name (a week and a day of it need not disagree), {@code polarity} when one is negated and the other not; null when none of these
     * (a judge's sense that they disagree is not shown to a reader without the words that differ).
     */
    String disagreement(Prepared a, Prepared b) {
        if (!a.numbers().isEmpty() && !b.numbers().isEmpty() && disjoint(a.numbers(), b.numbers())) {
            return "number";
        }
        if (!a.dates().isEmpty() && !b.dates().isEmpty() && disjoint(a.dates(), b.dates())) {
            return "date";
        }
        return a.negated() != b.negated() ? "polarity" : null;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return shared(a, b, Set.of()) == 0;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}

package org.parallax.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article is about, as weighted terms: the content words of its headline (or, when it has none, of its
 * lead; weighted up) and text, lightly stemmed, the names in it (runs of capitalised words) and its numbers of two
 * digits or more (a toll, a score, a sum, a year: reports of one event repeat them, another event of the kind has
 * its own), each weighted by how rare it is in the corpus. Sparse, L2-normalised, cut to its strongest terms: the
 * long tail of words every report on a topic shares would otherwise make all of them look alike.
 */
final class TermVector {
    static final int MAX_TERMS = 40;
    private static final int OPENING = 6000;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\d+(?:[.,]\\d+)*");
    private static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)");
    private static final Set<String> STOP = Set.copyOf(List.of("the", "and", "for", "that", "with", "was", "were", "are", "has",
            "have", "had", "his", "her", "their", "its", "this", "these", "those", "from", "but", "not", "they", "she",
            "said", "says", "will", "would", "could", "should", "also", "been", "into", "than", "then", "there", "which",
            "who", "what", "when", "where", "after", "before", "about", "over", "more", "most", "other", "some", "such",
            "only", "one", "two", "new", "all", "any", "can", "may", "our", "out", "him", "them", "you", "your", "while",
            "being", "because", "between", "during", "under", "against", "without", "within", "very", "just", "like",
            "told", "added", "according", "including", "last", "first", "year", "years", "week", "day", "days", "time",
            "mr", "mrs", "ms", "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "ist", "sich", "mit",
            "von", "auf", "für", "nicht", "auch", "les", "des", "une", "est", "pour", "dans", "que", "qui", "los", "las",
            "por", "con", "para", "del", "una", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday"));

    /** Words that stand before names without being part of them. */
    private static final Set<String> TITLES = Set.of("president", "presidents", "prime", "minister", "chancellor",
            "king", "queen", "general", "secretary", "spokesman", "spokeswoman", "dr", "prof", "sir", "lord", "judge",
            "senator", "governor", "mayor", "leader", "chief", "deputy", "as", "in", "on", "at", "by", "of", "if");

    private TermVector() {
    }

    /** Raw term frequencies (before weighting by rarity). */
    static Map<String, Double> counts(String title, String text, Map<String, String> surfaces) {
        Map<String, Double> tf = new HashMap<>();
        String opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
        add(tf, title, TITLE_WEIGHT, surfaces);
        if (title.isBlank()) {
            add(tf, text.substring(0, lead(text)), LEAD_WEIGHT, surfaces);
        }
        add(tf, opening, 1.0, surfaces);
        return tf;
    }

    /** The headline says what the article is about: its words count this many times. */
    private static final double TITLE_WEIGHT = 8;
    /**
     * The lead, the text's opening paragraph, says who did what where: on a page that gives no headline, its words
     * count this many times more, in the headline's stead.
     */
    private static final double LEAD_WEIGHT = 3;
    private static final int LEAD_LENGTH = 400;

    /** Where the lead of a text ends: at its first paragraph break, or at {@value #LEAD_LENGTH} characters. */
    static int lead(String text) {
        int limit = Math.min(text.length(), LEAD_LENGTH);
        int paragraph = text.indexOf('\n', Math.min(limit, 1));
        return paragraph > 0 && paragraph < limit ? paragraph : limit;
    }

    private static void add(Map<String, Double> tf, String text, double weight, Map<String, String> surfaces) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String raw = w.group();
            String word = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (Character.isDigit(word.charAt(0))) {
                String number = word.replace(",", "");
                if (number.length() >= 2) {
                    tf.merge(NUMBER + number, weight, Double::sum);
                    surfaces.putIfAbsent(NUMBER + number, raw);
                }
                continue;
            }
            if (word.length() >= 3 && !STOP.contains(word)) {
                String stem = stem(word);
                tf.merge(stem, weight, Double::sum);
                if (stem.equals(word)) {
                    surfaces.replace(stem, word);
                } else {
                    surfaces.putIfAbsent(stem, word);
                }
            }
        }
        Matcher n = NAME.matcher(text);
        while (n.find()) {
            List<String> words = new ArrayList<>(List.of(n.group(1).toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+")));
            while (!words.isEmpty() && (STOP.contains(words.get(0)) || TITLES.contains(words.get(0)))) {
                words.remove(0);
            }
            if (words.size() >= 2 && words.size() <= 3) {
                tf.merge(String.join(" ", words), weight, Double::sum);
            }
        }
    }

    /** A light stem: the first five letters, enough to fold plurals, demonyms and verb forms of one word. */
    static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }

    private static final int STEM = 5;

    /** Weights counts by rarity, keeps the strongest terms, and normalises. */
    static Map<String, Double> weigh(Map<String, Double> tf, java.util.function.ToDoubleFunction<String> idf, int keep) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            entries.add(Map.entry(e.getKey(), Math.log1p(e.getValue()) * idf.applyAsDouble(e.getKey())));
        }
        return normalised(top(entries, keep));
    }

    /** What a number's term starts with, so that it never clashes with a word. */
    private static final String NUMBER = "#";

    static List<Map.Entry<String, Double>> top(List<Map.Entry<String, Double>> entries, int keep) {
        entries.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        return entries.subList(0, Math.min(keep, entries.size()));
    }

    static Map<String, Double> normalised(List<Map.Entry<String, Double>> entries) {
        double norm = 0;
        for (Map.Entry<String, Double> e : entries) {
            norm += e.getValue() * e.getValue();
        }
        norm = Math.sqrt(norm);
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Double> e : entries) {
            out.put(e.getKey(), norm == 0 ? 0 : e.getValue() / norm);
        }
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double v = large.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * v;
            }
        }
        return dot;
    }

    /** The terms two vectors share, strongest first. */
    static List<String> shared(Map<String, Double> a, Map<String, Double> b, int limit) {
        List<Map.Entry<String, Double>> both = new ArrayList<>();
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double v = b.get(e.getKey());
            if (v != null) {
                both.add(Map.entry(e.getKey(), e.getValue() * v));
            }
        }
        return top(both, limit).stream().map(Map.Entry::getKey).toList();
    }
}

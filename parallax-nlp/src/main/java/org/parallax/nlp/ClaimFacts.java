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
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "without", "n't", "cannot", "denied", "denies", "deny");
    private static final double SAME = 0.5;

    /** What a text is to a claim. */
    public enum Label {
        SUPPORTS, CONTRADICTS, OTHER;

        /** The label's name in files and the API: {@code supports}, {@code contradicts}, {@code other}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A decision.
     *
     * @param label  what the text is to the claim
     * @param score  how sure, in [0, 1]
     * @param reason for a contradiction what the two disagree on ({@code number}, {@code date}, {@code name},
     *               {@code polarity}), else null
     */
    public record Verdict(Label label, double score, String reason) {
    }

    /** A text made ready for comparison: its content words (names aside: they are its entities), numbers, dates, negation. */
    public record Prepared(String text, Set<String> words, Set<String> entities, Set<String> numbers, Set<String> dates,
                           boolean negated) {
        /** What an index of candidates files it under: its content words and its entities. */
        public List<String> keys() {
            List<String> out = new ArrayList<>(words);
            for (String e : entities) {
                out.add("entity:" + e);
            }
            return out;
        }
    }

    public Prepared prepare(String text, List<String> entities, List<String> dates) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        boolean negated = false;
        Matcher m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            boolean name = !first && Character.isUpperCase(m.group().charAt(0));
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
                numbers.add(w.replace(",", ""));
            } else if (!name && !STOP.contains(w) && !NEGATIONS.contains(w) && w.length() > 1) {
                words.add(stem(w));
            }
        }
        return new Prepared(text, words, new LinkedHashSet<>(entities), numbers, new LinkedHashSet<>(dates), negated);
    }

    /** How much of the smaller text's content words the other shares, in [0, 1]. */
    public double overlap(Prepared a, Prepared b) {
        int shared = 0;
        for (String w : a.words()) {
            if (b.words().contains(w)) {
                shared++;
            }
        }
        int smaller = Math.min(a.words().size(), b.words().size());
        return smaller == 0 ? 0 : (double) shared / smaller;
    }

    public Verdict judge(Prepared premise, Prepared claim) {
        double words = dice(premise.words(), claim.words());
        double entities = premise.entities().isEmpty() || claim.entities().isEmpty() ? words : dice(premise.entities(), claim.entities());
        double similarity = 0.75 * words + 0.25 * entities;
        if (similarity < SAME) {
            return new Verdict(Label.OTHER, 1 - similarity, null);
        }
        if (!premise.numbers().isEmpty() && !claim.numbers().isEmpty() && disjoint(premise.numbers(), claim.numbers())) {
            return new Verdict(Label.CONTRADICTS, similarity, "number");
        }
        if (!premise.dates().isEmpty() && !claim.dates().isEmpty() && disjoint(premise.dates(), claim.dates())) {
            return new Verdict(Label.CONTRADICTS, similarity, "date");
        }
        if (premise.negated() != claim.negated()) {
            return new Verdict(Label.CONTRADICTS, similarity, "polarity");
        }
        return new Verdict(Label.SUPPORTS, similarity, null);
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
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

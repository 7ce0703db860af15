package org.parallax.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.parallax.model.Span;

/**
 * Pairs gold quotes with predicted ones and states when a pair counts. Pairing is one to one and greedy: among
 * the pairs a rule accepts, the one whose contents share the most characters is taken first (ties in text
 * order), and neither side is taken again, so a quote predicted twice counts once and its copy is an extra.
 */
final class QuoteMatching {
    /** Which gold quote each prediction was paired with, which gold quotes count as found, which predictions as right. */
    static final class Matching {
        /** Per gold quote: the prediction paired with it, or -1. */
        final int[] partner;
        /** Per gold quote: a prediction the rule accepts for it (its partner first), or -1. */
        final int[] by;
        /** Per prediction: whether it was paired. */
        final boolean[] right;

        Matching(int gold, int predicted) {
            partner = new int[gold];
            by = new int[gold];
            right = new boolean[predicted];
            Arrays.fill(partner, -1);
            Arrays.fill(by, -1);
        }

        int right() {
            int n = 0;
            for (boolean r : right) {
                n += r ? 1 : 0;
            }
            return n;
        }

        int found() {
            return (int) Arrays.stream(by).filter(p -> p >= 0).count();
        }
    }

    private QuoteMatching() {
    }

    /**
     * Pairs {@code gold} with {@code predicted} one to one, greedy by overlap, over the pairs {@code rule} accepts.
     * A gold quote in pieces ({@code "A," she said. "B."}) is one quote, but a finder may give each piece as a quote
     * of its own: a prediction on a piece that no prediction paired with that gold quote covers yet is right too
     * (the gold quote still counts once; two predictions on the same piece still count once). With
     * {@code partsShare}, a gold quote also counts as found when an accepted prediction was paired with another one
     * (BASIL marks several biased parts of one quotation apart); the prediction still counts once.
     */
    static Matching match(List<GoldQuote> gold, List<Prediction> predicted, BiPredicate<GoldQuote, Prediction> rule,
                          boolean partsShare) {
        Matching m = new Matching(gold.size(), predicted.size());
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (predicted.get(p).content() != null && rule.test(gold.get(g), predicted.get(p))) {
                    pairs.add(new int[] {g, p, gold.get(g).overlap(predicted.get(p).content())});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(x -> -x[2]).thenComparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
        for (int[] pair : pairs) {
            if (m.partner[pair[0]] < 0 && !m.right[pair[1]]) {
                m.partner[pair[0]] = pair[1];
                m.by[pair[0]] = pair[1];
                m.right[pair[1]] = true;
            }
        }
        List<Set<Integer>> covered = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            covered.add(m.partner[g] < 0 ? new HashSet<>() : pieces(gold.get(g), predicted.get(m.partner[g]).content()));
        }
        for (int[] pair : pairs) {
            if (m.partner[pair[0]] >= 0 && !m.right[pair[1]]) {
                Set<Integer> pieces = pieces(gold.get(pair[0]), predicted.get(pair[1]).content());
                if (!covered.get(pair[0]).containsAll(pieces)) {
                    covered.get(pair[0]).addAll(pieces);
                    m.right[pair[1]] = true;
                }
            }
        }
        if (partsShare) {
            for (int[] pair : pairs) {
                if (m.by[pair[0]] < 0) {
                    m.by[pair[0]] = pair[1];
                }
            }
        }
        return m;
    }

    /** The indexes of the gold quote's pieces that {@code span} overlaps. */
    private static Set<Integer> pieces(GoldQuote g, Span span) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < g.content().size(); i++) {
            if (GoldQuote.overlap(List.of(g.content().get(i)), span) > 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether the contents share a character. */
    static boolean overlaps(GoldQuote g, Prediction p) {
        return g.overlap(p.content()) > 0;
    }

    /** Whether the contents share at least half of the shorter one (BASIL's rule). */
    static boolean halfOfShorter(GoldQuote g, Prediction p) {
        int shorter = Math.min(g.length(), p.content().length());
        return shorter > 0 && 2 * g.overlap(p.content()) >= shorter;
    }

    /**
     * Whether the contents cover the same words: the prediction's span equals the gold quote's extent (first piece to
     * last) or one of its pieces, once white space, quotation marks and the punctuation {@code . , ; :} are trimmed
     * from both ends of each, so a direct quote given inside its marks equals one annotated with them.
     */
    static boolean sameWords(GoldQuote g, Prediction p, String text) {
        Span extent = g.extent();
        if (extent == null) {
            return false;
        }
        Span predicted = trim(p.content(), text);
        if (trim(extent, text).equals(predicted)) {
            return true;
        }
        return g.content().size() > 1 && g.content().stream().anyMatch(piece -> trim(piece, text).equals(predicted));
    }

    /** The span without white space, quotation marks and {@code . , ; :} at either end. */
    static Span trim(Span span, String text) {
        int s = span.start();
        int e = Math.min(span.end(), text.length());
        while (s < e && trimmed(text.charAt(s))) {
            s++;
        }
        while (e > s && trimmed(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    private static boolean trimmed(char c) {
        return TRIMMED.indexOf(c) >= 0 || TextAlignment.isSpace(c);
    }

    private static final String TRIMMED = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u00ab\u00bb\u2039\u203a.,;:";

    /**
     * PolNeAR's source rule. When the gold attribution names a source, the prediction must name one too (a speaker
     * or at least a source span) and be right by one of: its source span or its speaker's mention overlaps the gold
     * source; or its speaker's words (see {@link Prediction#words}) share a content word with the gold source's
     * words. When the gold attribution names no source, the prediction must name none either.
     */
    static boolean sourceRight(GoldQuote g, Prediction p) {
        if (g.speaker() == null) {
            return p.words() == null;
        }
        if (p.words() == null) {
            return false;
        }
        return GoldQuote.overlap(g.source(), p.source()) > 0 || GoldQuote.overlap(g.source(), p.speaker()) > 0
                || shareWord(p.words(), g.speaker());
    }

    /**
     * BASIL's speaker rule. A named gold speaker is right when the speaker's words share a content word with the
     * name; an {@code other_*} speaker (someone who is not one of the article's main entities) is right when the
     * speaker's words have a content word and share none with any main entity's name. A prediction naming no one
     * is never right.
     */
    static boolean speakerRight(GoldQuote g, Prediction p, List<String> mainEntities) {
        if (p.words() == null || g.speaker() == null) {
            return false;
        }
        if (!g.speaker().startsWith(OTHER)) {
            return shareWord(p.words(), g.speaker().replace('_', ' '));
        }
        if (contentWords(p.words()).isEmpty()) {
            return false;
        }
        return mainEntities.stream().noneMatch(e -> shareWord(p.words(), e));
    }

    /** BASIL's label for a speaker who is not one of the article's main entities. */
    static final String OTHER = "other_";

    /** Whether two names share a content word. */
    static boolean shareWord(String a, String b) {
        Set<String> words = contentWords(a);
        words.retainAll(contentWords(b));
        return !words.isEmpty();
    }

    /**
     * The content words of a name: runs of letters and digits, lower-cased, of two characters or more, leaving out
     * pronouns, articles, prepositions, conjunctions and the honorifics Mr, Mrs, Ms and Dr.
     */
    static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "an", "of", "in", "on", "at", "for", "to", "from", "by",
            "with", "and", "or", "but", "as", "he", "she", "it", "they", "them", "his", "her", "hers", "its", "their",
            "theirs", "him", "we", "us", "our", "me", "my", "you", "your", "who", "whom", "whose", "that", "this", "these",
            "those", "which", "mr", "mrs", "ms", "dr");
}

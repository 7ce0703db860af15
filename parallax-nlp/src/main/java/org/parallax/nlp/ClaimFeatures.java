package org.parallax.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signals the claim judge weighs for one claim against one text, in two modes.
 * <ul>
 * <li><b>sentence</b>, a claim against one sentence (or two), the two compared whole and both ways: the share of the
 * claim's content words the sentence holds ({@code cover}) and back; figures (numbers, dates) and names the claim
 * adds or leaves out; a negation that governs a shared word on one side only; a word whose antonym stands on the
 * other side; the lengths; the cosine of the two sentence vectors; how well each word piece of the claim finds its
 * like among the sentence's pieces in context, weighed by rarity ({@code recall}), at its two worst
 * ({@code weakest}), as an amount left unmatched ({@code extra}) and at its single worst ({@code surprise}), and
 * the same back; the longest common subsequence of their words over each length ({@code order}); the shares of
 * each one's runs of two and three words the other holds ({@code bigrams}, {@code trigrams}, and back), the overlap
 * of their runs of three characters ({@code characters}), how many distinct words each lacks of the other's
 * ({@code newWords}, {@code lostWords}) and the difference of their lengths in words ({@code lengthGap}). On
 * claims-dev's MRPC pairs the word and character runs raise the cross-validated supports F1 from 0.835 to 0.842;
 * the sentence vectors' per-dimension product and difference (SBERT's classifier head, whole or projected on its
 * leading directions) add nothing beyond their cosine.</li>
 * <li><b>article</b>, a claim against an article: each claim sentence against the {@link #ALIGNED} article
 * sentences that share most of its words, its figures and names against the whole article: the cosine, the figures
 * and names the article lacks, the figures the article gives only away from those of the sentences that share other
 * words with the claim ({@code farFigure}: "30 years ago" where the article says 35 years and, elsewhere, June 30),
 * a negation or an antonym against its aligned sentences. On claims-dev the sentence vector's cosine barely tells an
 * edited summary from a faithful one inside one article (its level differs from article to article), so this mode
 * weighs few signals; how the claim's word pieces find their like among the aligned sentences' would raise the
 * held-out balanced accuracy, but with a weight that rewards what the article does not hold (faithful summaries
 * there are reworded, edited ones are not).</li>
 * </ul>
 * Each comparison also says how much of the claim the text covers and whether the claim says what the text says
 * but for a substituted figure, polarity or antonym, or against an article a name (then it contradicts); against a
 * sentence a name that differs is left to the weights (another name is as often the same one's alias: "the
 * Pentagon" and "Defense Department"). Linear in the article's length for each claim; against a sentence, quadratic
 * in the two sentences' lengths (capped at {@link #LONGEST} words).
 */
final class ClaimFeatures {
    enum Mode {
        /** A claim against a sentence, with every signal: the second encoder's ({@link Names#SECOND}) last. */
        SENTENCE(Names.SENTENCE),
        /**
         * The same without the second encoder's signals: the judge's first look, enough when it is sure ({@link
         * ClaimJudge#UNSURE}); its features are the first of {@link #SENTENCE}'s, so it weighs that mode's values.
         */
        GLANCE(Names.SENTENCE.subList(0, Names.SENTENCE.size() - Names.SECOND)),
        ARTICLE(List.of("cos", "newFigure", "newName", "negation", "antonym", "farFigure"));

        final List<String> features;

        Mode(List<String> features) {
            this.features = List.copyOf(features);
        }

        int index(String feature) {
            int i = features.indexOf(feature);
            if (i < 0) {
                throw new IllegalArgumentException("no feature '" + feature + "' in mode " + this);
            }
            return i;
        }
    }

    /** The features of a claim against a sentence. */
    private static final class Names {
        static final List<String> SENTENCE = List.of("cover", "coverBack", "newFigure", "lostFigure", "newName",
                "lostName", "negation", "antonym", "length", "cos", "recall", "precision", "weakest", "extra", "extraBack",
                "surprise", "surpriseBack", "order", "orderBack", "bigrams", "bigramsBack", "trigrams", "trigramsBack",
                "characters", "newWords", "lostWords", "lengthGap", "e5Cos", "e5Recall", "e5Precision", "e5Weakest");
        /** How many of them, at the end, come from the second encoder. */
        static final int SECOND = 4;
    }

    /** How many of an article's sentences a claim is compared with: those sharing most of its words. */
    static final int ALIGNED = 3;

    /** One sentence (or a short text taken whole): its words now, its vectors when first needed. */
    static final class Unit {
        final ClaimText words;
        private volatile SentenceEncoder.Encoded encoded;
        private volatile SentenceEncoder.Encoded paraphrased;

        Unit(String text) {
            this.words = new ClaimText(text);
        }

        SentenceEncoder.Encoded encoded() {
            SentenceEncoder.Encoded e = encoded;
            if (e == null) {
                e = SentenceEncoder.shared().encode(words.text);
                encoded = e;
            }
            return e;
        }

        /** Whether the second encoder has read the text. */
        boolean readTwice() {
            return paraphrased != null;
        }

        /** The text as the second encoder ({@link SentenceEncoder#paraphrase}) reads it, on first need. */
        SentenceEncoder.Encoded paraphrased() {
            SentenceEncoder.Encoded e = paraphrased;
            if (e == null) {
                e = SentenceEncoder.paraphrase().encode(words.text);
                paraphrased = e;
            }
            return e;
        }
    }

    /**
     * One claim unit's signals in one mode (those the mode's regression weighs), and the share of its content words
     * the text holds.
     */
    record Comparison(Mode mode, double[] values, double cover, boolean substitution) {
        double get(String feature) {
            return values[mode.index(feature)];
        }
    }

    private ClaimFeatures() {
    }

    /**
     * A claim against one sentence; the second encoder's signals only when {@code second} (else 0, which the glance
     * does not weigh).
     */
    static Comparison sentence(Unit premise, Unit claim, boolean second) {
        ClaimText p = premise.words;
        ClaimText c = claim.words;
        double[] v = new double[Mode.SENTENCE.features.size()];
        v[0] = cover(c, p.forms);
        v[1] = cover(p, c.forms);
        v[2] = Math.min(2, missing(c.figures, p.forms));
        v[3] = Math.min(2, missing(p.figures, c.forms));
        v[4] = Math.min(2, missingNames(c.names, p.forms, p.names));
        v[5] = Math.min(2, missingNames(p.names, c.forms, c.names));
        v[6] = c.polarityDiffers(p) ? 1 : 0;
        v[7] = c.opposes(p) || p.opposes(c) ? 1 : 0;
        v[8] = Math.abs(Math.log((c.words.size() + 1.0) / (p.words.size() + 1.0)));
        SentenceEncoder.Encoded pe = premise.encoded();
        SentenceEncoder.Encoded ce = claim.encoded();
        v[9] = SentenceEncoder.dot(pe.mean(), ce.mean());
        double[] recall = matches(ce, List.of(pe));
        double[] precision = matches(pe, List.of(ce));
        v[10] = recall[0];
        v[11] = precision[0];
        v[12] = recall[1];
        v[13] = recall[2];
        v[14] = precision[2];
        v[15] = recall[3];
        v[16] = precision[3];
        int common = commonSubsequence(c.words, p.words);
        v[17] = c.words.isEmpty() ? 1 : (double) common / Math.min(c.words.size(), LONGEST);
        v[18] = p.words.isEmpty() ? 1 : (double) common / Math.min(p.words.size(), LONGEST);
        double[] bigrams = sharedGrams(c.words, p.words, 2);
        double[] trigrams = sharedGrams(c.words, p.words, 3);
        v[19] = bigrams[0];
        v[20] = bigrams[1];
        v[21] = trigrams[0];
        v[22] = trigrams[1];
        v[23] = sharedCharacters(c.text, p.text);
        v[24] = Math.min(LONGEST, unmatched(c.words, p.words));
        v[25] = Math.min(LONGEST, unmatched(p.words, c.words));
        v[26] = Math.min(LONGEST, Math.abs(c.words.size() - p.words.size()));
        if (second) {
            SentenceEncoder.Encoded pp = premise.paraphrased();
            SentenceEncoder.Encoded cp = claim.paraphrased();
            double[] recalled = matches(cp, List.of(pp));
            v[27] = SentenceEncoder.dot(pp.mean(), cp.mean());
            v[28] = recalled[0];
            v[29] = matches(pp, List.of(cp))[0];
            v[30] = recalled[1];
        }
        boolean swap = v[2] > 0 && v[3] > 0 || v[6] > 0 || v[7] > 0;
        return new Comparison(Mode.SENTENCE, v, v[0], swap && onlySubstituted(c, p.forms, p.stems)
                && onlySubstituted(p, c.forms, c.stems));
    }

    /**
     * A claim against an article: {@code sentences} are the article's, {@code forms} and {@code names} every word
     * form and name of the article (where a claim's figures and names are looked up). Each sentence of the claim is
     * compared with the article's sentences that share most of its words; the claim counts at its weakest: the lowest
     * cosine and cover of its sentences, the figures and names missing from the article over all of them, a negation
     * or antonym against any of them.
     */
    static Comparison article(List<Unit> sentences, Set<String> forms, Set<String> names, List<Unit> claim) {
        double[] v = new double[Mode.ARTICLE.features.size()];
        double cos = 1;
        double cover = 1;
        int figures = 0;
        int newNames = 0;
        boolean negated = false;
        boolean opposed = false;
        boolean onlySubstituted = true;
        int farFigures = 0;
        for (Unit unit : claim) {
            ClaimText c = unit.words;
            List<Unit> aligned = aligned(sentences, c);
            SentenceEncoder.Encoded ce = unit.encoded();
            double best = 0;
            Set<String> alignedContent = new HashSet<>();
            Set<String> alignedNegated = new HashSet<>();
            for (Unit u : aligned) {
                best = Math.max(best, SentenceEncoder.dot(u.encoded().mean(), ce.mean()));
                alignedContent.addAll(u.words.content);
                alignedNegated.addAll(u.words.negated);
                opposed |= c.opposes(u.words) || u.words.opposes(c);
            }
            cos = Math.min(cos, best);
            cover = Math.min(cover, cover(c, forms));
            Set<String> alignedForms = new HashSet<>();
            for (Unit u : aligned) {
                if (sharesWordBesidesFigures(c, u.words)) {
                    alignedForms.addAll(u.words.forms);
                }
            }
            farFigures += missing(c.figures, alignedForms) - missing(c.figures, forms);
            figures += missing(c.figures, forms);
            newNames += missingNames(c.names, forms, names);
            negated |= ClaimText.negates(c.negated, alignedContent, alignedNegated)
                    || !aligned.isEmpty() && ClaimText.negates(aligned.get(0).words.negated, c.content, c.negated);
            onlySubstituted &= onlySubstituted(c, forms, allStems(aligned));
        }
        v[0] = cos;
        v[1] = Math.min(2, figures);
        v[2] = Math.min(2, newNames);
        v[3] = negated ? 1 : 0;
        v[4] = opposed ? 1 : 0;
        v[5] = Math.min(2, farFigures);
        boolean swap = figures > 0 || farFigures > 0 || newNames > 0 || negated || opposed;
        return new Comparison(Mode.ARTICLE, v, cover, swap && onlySubstituted);
    }

    /**
     * The article's sentences that hold most of the claim's content words (a name counting twice), at most
     * {@link #ALIGNED}, best first, earlier first among equals. Linear in the article's length.
     */
    static List<Unit> aligned(List<Unit> sentences, ClaimText claim) {
        Unit[] best = new Unit[ALIGNED];
        int[] bestScore = new int[ALIGNED];
        java.util.Arrays.fill(bestScore, -1);
        for (Unit u : sentences) {
            int score = 0;
            for (String w : claim.content) {
                if (u.words.forms.contains(w)) {
                    score += claim.names.contains(w) ? 2 : 1;
                }
            }
            if (score == 0) {
                continue;
            }
            for (int k = 0; k < ALIGNED; k++) {
                if (score > bestScore[k]) {
                    System.arraycopy(best, k, best, k + 1, ALIGNED - k - 1);
                    System.arraycopy(bestScore, k, bestScore, k + 1, ALIGNED - k - 1);
                    best[k] = u;
                    bestScore[k] = score;
                    break;
                }
            }
        }
        List<Unit> out = new ArrayList<>();
        for (Unit u : best) {
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /** Whether {@code sentence} holds a content word of {@code claim} that is not a figure. */
    private static boolean sharesWordBesidesFigures(ClaimText claim, ClaimText sentence) {
        for (String w : claim.content) {
            if (!claim.figures.contains(w) && sentence.forms.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every content word of {@code text} that {@code forms} lacks is a figure, a name, or the antonym of one
     * of {@code stems}: whether {@code text} says what the other says but for what it substitutes.
     */
    static boolean onlySubstituted(ClaimText text, Set<String> forms, Set<String> stems) {
        for (String w : text.content) {
            if (!forms.contains(w) && !text.specific.contains(w) && !ClaimText.hasAntonymAmong(w, stems)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> allStems(List<Unit> units) {
        Set<String> stems = new HashSet<>();
        for (Unit u : units) {
            stems.addAll(u.words.stems);
        }
        return stems;
    }

    /** Words past this many are left out of the common subsequence of two sentences. */
    static final int LONGEST = 200;

    /**
     * The length of the longest common subsequence of two word sequences (all words, in order): how much of one
     * sentence the other says in the same order. Quadratic, on at most {@link #LONGEST} words of each.
     */
    static int commonSubsequence(List<String> a, List<String> b) {
        int n = Math.min(a.size(), LONGEST);
        int m = Math.min(b.size(), LONGEST);
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            String w = a.get(i - 1);
            for (int j = 1; j <= m; j++) {
                current[j] = w.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    /**
     * How many of the word sequences of length {@code n} of {@code a} stand in {@code b} and back, each over its own
     * number of sequences (a sequence counted as often as both hold it; 1 for a text too short to have one). Linear.
     */
    static double[] sharedGrams(List<String> a, List<String> b, int n) {
        List<List<String>> ofA = runs(a, n);
        List<List<String>> ofB = runs(b, n);
        int shared = shared(ofA, ofB);
        return new double[] {ofA.isEmpty() ? 1 : (double) shared / ofA.size(), ofB.isEmpty() ? 1 : (double) shared / ofB.size()};
    }

    private static List<List<String>> runs(List<String> words, int n) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(words.subList(i, i + n));
        }
        return out;
    }

    /**
     * The overlap of the two texts' runs of three characters (lower case, spaces and punctuation included), as
     * multisets: those both hold over those either holds. Catches words spelled alike ("Bush's" and "Bush",
     * "percent" and "per cent") and shared phrases. Linear.
     */
    static double sharedCharacters(String a, String b) {
        List<String> ofA = characterRuns(a);
        List<String> ofB = characterRuns(b);
        int shared = shared(ofA, ofB);
        int either = ofA.size() + ofB.size() - shared;
        return either == 0 ? 1 : (double) shared / either;
    }

    private static List<String> characterRuns(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 <= lower.length(); i++) {
            out.add(lower.substring(i, i + 3));
        }
        return out;
    }

    /** How many items of {@code a} stand in {@code b}, each counted as often as both hold it. Linear. */
    private static <T> int shared(List<T> a, List<T> b) {
        Map<T, Integer> inB = new HashMap<>();
        b.forEach(x -> inB.merge(x, 1, Integer::sum));
        int shared = 0;
        for (T x : a) {
            Integer left = inB.computeIfPresent(x, (k, count) -> count - 1);
            if (left != null && left >= 0) {
                shared++;
            }
        }
        return shared;
    }

    /** How many distinct words of {@code a} (function words included) {@code b} lacks. */
    static int unmatched(List<String> a, List<String> b) {
        Set<String> other = new HashSet<>(b);
        Set<String> missing = new HashSet<>();
        for (String w : a) {
            if (!other.contains(w)) {
                missing.add(w);
            }
        }
        return missing.size();
    }

    /** The share of {@code text}'s content words found among {@code forms} (1 when it has none). */
    static double cover(ClaimText text, Set<String> forms) {
        if (text.content.isEmpty()) {
            return 1;
        }
        int found = 0;
        for (String w : text.content) {
            found += forms.contains(w) ? 1 : 0;
        }
        return (double) found / text.content.size();
    }

    /** The shortest name that a longer name starting with it may stand for ("Gen" for "General"). */
    static final int SHORTEST_PREFIX = 3;

    /**
     * How many of {@code wanted} names the other text lacks: neither among its forms nor the beginning of one of its
     * names, nor a name that begins with one of them ("Gen" and "General", "JCP" and "JCP.N").
     */
    private static int missingNames(Set<String> wanted, Set<String> forms, Set<String> names) {
        int n = 0;
        for (String w : wanted) {
            if (forms.contains(w) || forms.contains(ClaimText.stem(w))) {
                continue;
            }
            boolean found = false;
            if (w.length() >= SHORTEST_PREFIX) {
                for (String other : names) {
                    if (other.length() >= SHORTEST_PREFIX && (other.startsWith(w) || w.startsWith(other))) {
                        found = true;
                        break;
                    }
                }
            }
            n += found ? 0 : 1;
        }
        return n;
    }

    private static int missing(Set<String> wanted, Set<String> forms) {
        int n = 0;
        for (String w : wanted) {
            n += forms.contains(w) || forms.contains(ClaimText.stem(w)) ? 0 : 1;
        }
        return n;
    }

    /**
     * How well the content pieces of {@code from} find their like among the pieces of {@code to}, each piece's best
     * cosine {@code s} weighed by its rarity {@code w}: the weighted mean of {@code s}, the mean of the two lowest
     * {@code s}, how much is left unmatched ({@code sum w (1 - s)}, growing with what {@code from} says that
     * {@code to} does not) and the worst single piece ({@code max w (1 - s)}). A text with no content piece gives
     * 1, 1, 0, 0; one with nothing to match against 0, 0 and its rarity.
     */
    static double[] matches(SentenceEncoder.Encoded from, List<SentenceEncoder.Encoded> to) {
        List<Double> best = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        double extra = 0;
        double surprise = 0;
        for (int i = 0; i < from.pieces().length; i++) {
            if (!isContentPiece(from.words(), i)) {
                continue;
            }
            double max = 0;
            for (SentenceEncoder.Encoded t : to) {
                for (float[] piece : t.pieces()) {
                    max = Math.max(max, SentenceEncoder.dot(from.pieces()[i], piece));
                }
            }
            double w = from.rarity()[i];
            best.add(max);
            weighted += w * max;
            weights += w;
            extra += w * (1 - max);
            surprise = Math.max(surprise, w * (1 - max));
        }
        if (best.isEmpty()) {
            return new double[] {1, 1, 0, 0};
        }
        List<Double> sorted = new ArrayList<>(best);
        sorted.sort(null);
        double weakest = sorted.size() == 1 ? sorted.get(0) : (sorted.get(0) + sorted.get(1)) / 2;
        return new double[] {weighted / weights, weakest, extra, surprise};
    }

    private static final Set<String> SKIPPED_PIECES = new HashSet<>(List.of("'", "s", "’"));

    /** A piece that carries meaning: not punctuation, not a function word standing whole. */
    private static boolean isContentPiece(String[] words, int i) {
        String w = words[i];
        boolean letterOrDigit = false;
        for (int k = 0; k < w.length(); k++) {
            letterOrDigit |= Character.isLetterOrDigit(w.charAt(k));
        }
        if (!letterOrDigit || SKIPPED_PIECES.contains(w)) {
            return false;
        }
        boolean whole = !w.startsWith("##") && (i + 1 >= words.length || !words[i + 1].startsWith("##"));
        return !(whole && ClaimText.isFunctionWord(w));
    }
}

package org.parallax.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.model.Sentence;

/**
 * Decides whether a text states a claim: {@link ClaimVerdict.Label#SUPPORTS supports} (in the same or other words),
 * {@link ClaimVerdict.Label#CONTRADICTS contradicts} (the text is about the same thing and says something else: another
 * figure, date or name, a negation, an antonym) or {@link ClaimVerdict.Label#OTHER other}. The text is one sentence
 * (or two) or a whole article; against an article, each sentence of the claim is compared with the few sentences that
 * share most of its words, its names and figures with the whole article.
 *
 * <p>The signals are those of {@link ClaimFeatures}, lexical and from all-MiniLM-L6-v2's vectors
 * ({@link SentenceEncoder}), between two sentences also from E5-small-v2's ({@link SentenceEncoder#paraphrase}) when
 * the first look without them leaves the judge unsure ({@link #UNSURE}); a logistic regression per mode ({@code
 * claim-weights.tsv}, fitted by {@link ClaimWeightsFit}, with its cross-validated scores) weighs them into the
 * probability that the text supports the claim. A claim that says what the text says but for a substituted figure, polarity or antonym (against an
 * article also a name) contradicts it whatever that probability; below the threshold, a claim whose content words the text mostly holds
 * and that differs from it in such a signal (or, against an article, in any content word) contradicts it;
 * otherwise the verdict is other. A claim that shares no content word with the text is other at once.
 *
 * <p>Alignment compares the same claims many times: {@link #prepare} reads a text's words once and keeps its vectors
 * once computed, on first need, so a comparison that stops at the words costs no encoding. The encoder loads once
 * per process on first use; the judge is thread-safe and deterministic (one ONNX thread per call).
 */
public final class ClaimJudge {
    /** A text longer than this, or of more than two sentences, is judged against as an article. */
    static final int SHORT_TEXT = 600;
    /**
     * How near its threshold the glance's probability of support must be for the judge to read the sentences with the
     * second encoder too: further off, the glance decides (cross-validated on MRPC: the same F1 as reading every pair
     * twice, with the second encoder needed for about three pairs in ten).
     */
    static final double UNSURE = 0.2;

    private final ClaimWeights weights;

    /** A judge with the bundled weights. */
    public ClaimJudge() {
        this(ClaimWeights.bundled());
    }

    ClaimJudge(ClaimWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** Loads the sentence encoders now rather than on the first comparison (about a second each). */
    public static void warmUp() {
        SentenceEncoder.shared();
        SentenceEncoder.paraphrase();
    }

    /** A text read for judging, as premise or as claim; its vectors are computed when first needed, then kept. */
    public static final class Prepared {
        final String text;
        final List<ClaimFeatures.Unit> sentences;
        /** The text as one unit when it is short, else null. */
        final ClaimFeatures.Unit whole;
        /** Every word form of the text. */
        final Set<String> forms;
        /** Every name of the text. */
        final Set<String> names;

        private Prepared(String text) {
            this.text = text;
            List<Sentence> split = Sentences.split(text);
            List<ClaimFeatures.Unit> units = new ArrayList<>();
            for (Sentence s : split) {
                units.add(new ClaimFeatures.Unit(s.span().of(text)));
            }
            if (units.size() == 1 && text.length() <= SHORT_TEXT) {
                whole = units.get(0);
            } else if (units.size() <= 2 && text.length() <= SHORT_TEXT) {
                whole = new ClaimFeatures.Unit(text);
            } else {
                whole = null;
            }
            this.sentences = List.copyOf(units);
            Set<String> all = new HashSet<>();
            Set<String> allNames = new HashSet<>();
            for (ClaimFeatures.Unit u : units) {
                all.addAll(u.words.forms);
                allNames.addAll(u.words.names);
            }
            this.forms = all;
            this.names = allNames;
        }

        /** The text. */
        public String text() {
            return text;
        }
    }

    /** Reads {@code text} for judging (its words now; its vectors on first need). */
    public Prepared prepare(String text) {
        return new Prepared(Objects.requireNonNull(text, "text"));
    }

    /** The verdict on {@code claim} against {@code premise}. */
    public ClaimVerdict judge(String premise, String claim) {
        return judge(prepare(premise), prepare(claim));
    }

    /**
     * The verdict on {@code claim} against {@code premise}. Against an article, a claim of several sentences is
     * compared sentence by sentence and weighed at its weakest (see {@link ClaimFeatures#article}); against a short
     * text, a long claim's verdict is that of its least supported sentence.
     */
    public ClaimVerdict judge(Prepared premise, Prepared claim) {
        ClaimVerdict worst = null;
        double worstSupport = 2;
        List<ClaimFeatures.Comparison> glances = compare(premise, claim, false);
        List<ClaimFeatures.Comparison> reads = null;
        for (int i = 0; i < glances.size(); i++) {
            ClaimFeatures.Comparison c = glances.get(i);
            ClaimVerdict verdict;
            double support;
            if (c == null) {
                verdict = new ClaimVerdict(ClaimVerdict.Label.OTHER, 1);
                support = 0;
            } else {
                boolean sentence = c.mode() == ClaimFeatures.Mode.SENTENCE;
                ClaimWeights.Model model = weights.model(sentence ? ClaimFeatures.Mode.GLANCE : c.mode());
                support = model.probability(c.values());
                if (sentence && unsure(support, model)) {
                    reads = reads != null ? reads : compare(premise, claim, true);
                    c = reads.get(i);
                    model = weights.model(ClaimFeatures.Mode.SENTENCE);
                    support = model.probability(c.values());
                }
                verdict = decide(c, support, model.threshold());
            }
            if (support < worstSupport) {
                worst = verdict;
                worstSupport = support;
            }
        }
        return worst != null ? worst : new ClaimVerdict(ClaimVerdict.Label.OTHER, 1);
    }

    /**
     * The comparisons the judge weighs for {@code claim} against {@code premise}: one against an article; one per
     * claim unit against a short text. A null stands for a unit that shares no content word with the premise (other
     * at once, without the encoder); a claim without content words gives none.
     */
    static List<ClaimFeatures.Comparison> compare(Prepared premise, Prepared claim, boolean second) {
        List<ClaimFeatures.Comparison> out = new ArrayList<>();
        if (premise.whole == null) {
            List<ClaimFeatures.Unit> units = new ArrayList<>();
            for (ClaimFeatures.Unit u : claim.sentences) {
                if (!u.words.content.isEmpty()) {
                    units.add(u);
                }
            }
            if (!units.isEmpty()) {
                boolean shares = false;
                for (ClaimFeatures.Unit u : units) {
                    shares |= ClaimFeatures.cover(u.words, premise.forms) > 0;
                }
                out.add(shares ? ClaimFeatures.article(premise.sentences, premise.forms, premise.names, units) : null);
            }
            return out;
        }
        for (ClaimFeatures.Unit unit : claim.whole != null ? List.of(claim.whole) : claim.sentences) {
            if (!unit.words.content.isEmpty()) {
                out.add(ClaimFeatures.cover(unit.words, premise.whole.words.forms) == 0 ? null
                        : ClaimFeatures.sentence(premise.whole, unit, second));
            }
        }
        return out;
    }

    /** Whether the glance's probability {@code support} is too near its threshold for the glance to decide. */
    static boolean unsure(double support, ClaimWeights.Model glance) {
        return Math.abs(support - glance.threshold()) <= UNSURE;
    }

    /** The label for a comparison whose probability of support is {@code support}, and the confidence in it. */
    static ClaimVerdict decide(ClaimFeatures.Comparison c, double support, double threshold) {
        if (c.substitution()) {
            return new ClaimVerdict(ClaimVerdict.Label.CONTRADICTS, Math.max(support, 1 - support));
        }
        if (support >= threshold) {
            return new ClaimVerdict(ClaimVerdict.Label.SUPPORTS, support);
        }
        boolean sameMatter = c.cover() >= 0.5;
        boolean conflict = c.get("negation") > 0 || c.get("antonym") > 0;
        if (c.mode() == ClaimFeatures.Mode.SENTENCE) {
            conflict |= c.get("newFigure") > 0 && c.get("lostFigure") > 0 || c.get("newName") > 0 && c.get("lostName") > 0;
        } else {
            conflict |= c.get("newFigure") > 0 || c.get("newName") > 0 || c.cover() < 1;
        }
        return new ClaimVerdict(sameMatter && conflict ? ClaimVerdict.Label.CONTRADICTS : ClaimVerdict.Label.OTHER,
                1 - support);
    }
}

package org.parallax.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.eval.ClaimEvaluation;
import org.parallax.eval.ClaimPairs;

/**
 * Fits the claim judge's weights on labelled pairs and says how well they do on pairs they were not fitted on.
 * Per mode, a logistic regression of "supports" against the rest over the mode's features (standardized, a light L2
 * penalty, Newton's method) and a threshold: the one that maximizes the F1 of supports against a sentence, the
 * balanced accuracy against an article (over the training pairs). Cross-validated: sentence pairs in k folds (dealt
 * in a seeded shuffle, pairs that share a text in one fold), article pairs one article out at a time, so that no article's claims are judged by weights
 * fitted on that article. Prints the out-of-fold scores with {@link ClaimEvaluation}, then writes the weights fitted
 * on all pairs.
 *
 * <p>Run: {@code java -cp parallax-app/target/parallax-app.jar org.parallax.nlp.ClaimWeightsFit PAIRS.tsv
 * [WEIGHTS.tsv] [FOLDS]}; {@code -Dparallax.fit.drop=f1,f2} leaves features out (weight 0), {@code
 * -Dparallax.fit.penalty=L2} sets the penalty on standardized features (3 by default: cross-validated MRPC F1 0.851,
 * 0.849, 0.852, 0.850 at 0.1, 1, 3, 10 with both encoders). The glance (the sentence mode without the second encoder)
 * is fitted on the same pairs, and the out-of-fold verdicts are the judge's: the glance's where it is sure.
 */
final class ClaimWeightsFit {
    private static final double PENALTY = Double.parseDouble(System.getProperty("parallax.fit.penalty", "3"));
    private static final long SEED = 16L;
    /** The modes the examples come in (the glance weighs the sentence mode's examples). */
    private static final List<ClaimFeatures.Mode> JUDGED = List.of(ClaimFeatures.Mode.SENTENCE, ClaimFeatures.Mode.ARTICLE);

    private ClaimWeightsFit() {
    }

    /** One labelled pair's comparison, as the judge makes it. */
    private record Example(ClaimPairs.Pair pair, ClaimFeatures.Comparison comparison, String group) {
        boolean supports() {
            return pair.label() == ClaimPairs.Label.SUPPORTS;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ClaimWeightsFit PAIRS.tsv [WEIGHTS.tsv] [FOLDS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int folds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Set<String> dropped = Set.of(System.getProperty("parallax.fit.drop", "").split(","));
        ClaimPairs.Read read = ClaimPairs.read(file);
        read.errors().forEach(System.err::println);
        List<ClaimPairs.Pair> pairs = read.pairs().stream().filter(p -> p.label() != null).toList();

        long started = System.nanoTime();
        ClaimJudge judge = new ClaimJudge(ClaimWeights.none());
        Map<String, ClaimJudge.Prepared> prepared = new HashMap<>();
        Map<String, ClaimPairs.Prediction> unmodelled = new HashMap<>();
        List<Example> examples = new ArrayList<>();
        for (ClaimPairs.Pair p : pairs) {
            ClaimJudge.Prepared premise = prepared.computeIfAbsent(p.first(), judge::prepare);
            ClaimJudge.Prepared claim = prepared.computeIfAbsent(p.second(), judge::prepare);
            ClaimFeatures.Comparison c = comparison(premise, claim);
            if (c == null) {
                unmodelled.put(p.id(), new ClaimPairs.Prediction(ClaimPairs.Label.OTHER, 1));
            } else {
                examples.add(new Example(p, c, p.first()));
            }
        }
        System.out.printf(Locale.ROOT, "features of %d pairs (%d texts) in %.1f s with %s; %d pairs share no content"
                        + " word (other at once)%n", pairs.size(), prepared.size(), (System.nanoTime() - started) / 1e9,
                SentenceEncoder.shared().name(), unmodelled.size());

        Map<String, ClaimPairs.Prediction> outOfFold = new HashMap<>(unmodelled);
        for (ClaimFeatures.Mode mode : JUDGED) {
            List<Example> in = examples.stream().filter(e -> e.comparison().mode() == mode).toList();
            if (in.isEmpty()) {
                continue;
            }
            int[] fold = mode == ClaimFeatures.Mode.SENTENCE ? sharedTextFolds(in, folds) : groupFolds(in);
            int k = java.util.Arrays.stream(fold).max().orElse(0) + 1;
            for (int f = 0; f < k; f++) {
                List<Example> train = new ArrayList<>();
                List<Example> test = new ArrayList<>();
                for (int i = 0; i < in.size(); i++) {
                    (fold[i] == f ? test : train).add(in.get(i));
                }
                ClaimWeights.Model model = fit(mode, train, dropped);
                ClaimWeights.Model glance = mode == ClaimFeatures.Mode.SENTENCE
                        ? fit(ClaimFeatures.Mode.GLANCE, train, dropped) : null;
                for (Example e : test) {
                    outOfFold.put(e.pair().id(), prediction(e, glance, model));
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d pairs, %d folds%n", mode, in.size(), k);
        }
        String dump = System.getProperty("parallax.fit.dump");
        if (dump != null) {
            StringBuilder sb = new StringBuilder("id\tset\tgold\tkind\tpredicted\tscore\tmode\tsubstitution\tcover");
            for (ClaimFeatures.Mode mode : JUDGED) {
                mode.features.forEach(f -> sb.append('\t').append(mode.name().charAt(0)).append(':').append(f));
            }
            sb.append('\n');
            for (Example e : examples) {
                ClaimPairs.Prediction p = outOfFold.get(e.pair().id());
                sb.append(e.pair().id()).append('\t').append(e.pair().set()).append('\t').append(e.pair().label().word())
                        .append('\t').append(String.join(",", e.pair().kinds())).append('\t').append(p.label().word())
                        .append('\t').append(String.format(Locale.ROOT, "%.3f", p.score())).append('\t')
                        .append(e.comparison().mode()).append('\t').append(e.comparison().substitution() ? 1 : 0)
                        .append('\t').append(String.format(Locale.ROOT, "%.4f", e.comparison().cover()));
                for (ClaimFeatures.Mode mode : JUDGED) {
                    for (int j = 0; j < mode.features.size(); j++) {
                        sb.append('\t').append(mode == e.comparison().mode()
                                ? String.format(Locale.ROOT, "%.4f", e.comparison().values()[j]) : "");
                    }
                }
                sb.append('\n');
            }
            Files.writeString(Path.of(dump), sb, StandardCharsets.UTF_8);
        }
        System.out.println("== cross-validated (out of fold)");
        ClaimEvaluation.Report crossValidated = ClaimEvaluation.score(pairs, outOfFold, 0);
        System.out.println(crossValidated);

        Map<ClaimFeatures.Mode, ClaimWeights.Model> all = new EnumMap<>(ClaimFeatures.Mode.class);
        Map<String, ClaimPairs.Prediction> inSample = new HashMap<>(unmodelled);
        for (ClaimFeatures.Mode mode : ClaimFeatures.Mode.values()) {
            ClaimFeatures.Mode of = mode == ClaimFeatures.Mode.GLANCE ? ClaimFeatures.Mode.SENTENCE : mode;
            List<Example> in = examples.stream().filter(e -> e.comparison().mode() == of).toList();
            all.put(mode, in.isEmpty() ? new ClaimWeights.Model(0, 0.5, new double[mode.features.size()]) : fit(mode, in, dropped));
        }
        for (Example e : examples) {
            ClaimFeatures.Mode mode = e.comparison().mode();
            ClaimWeights.Model glance = mode == ClaimFeatures.Mode.SENTENCE ? all.get(ClaimFeatures.Mode.GLANCE) : null;
            inSample.put(e.pair().id(), prediction(e, glance, all.get(mode)));
        }
        System.out.println("== in sample (weights fitted on all pairs)");
        System.out.println(ClaimEvaluation.score(pairs, inSample, 0));
        ClaimWeights weights = new ClaimWeights(all);
        String comment = "Claim judge weights: per mode a logistic regression of 'supports' against the rest over the"
                + " features of ClaimFeatures\n(raw scales), and the probability from which a claim is supported."
                + " Made by ClaimWeightsFit on claims-dev/" + file.getFileName() + " (" + pairs.size()
                + " labelled pairs)\nwith " + SentenceEncoder.shared().name() + " (and " + SentenceEncoder.PARAPHRASE
                + " between sentences), L2 penalty " + PENALTY
                + " on standardized features; thresholds: best supports F1 (sentence), best balanced accuracy (article)."
                + "\nCross-validated (" + folds + " folds for sentence pairs, one article out for article pairs):\n"
                + crossValidated.summary()
                + (dropped.stream().anyMatch(s -> !s.isBlank()) ? "\nLeft out: " + String.join(",", dropped) : "");
        String text = weights.format(comment);
        System.out.print(text);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        }
    }

    /**
     * The comparison the judge weighs for this pair (of a claim of several units against a short text, that of the
     * least covered), or null when the judge weighs none.
     */
    private static ClaimFeatures.Comparison comparison(ClaimJudge.Prepared premise, ClaimJudge.Prepared claim) {
        ClaimFeatures.Comparison chosen = null;
        for (ClaimFeatures.Comparison c : ClaimJudge.compare(premise, claim, true)) {
            if (c == null) {
                return null;
            }
            if (chosen == null || c.cover() < chosen.cover()) {
                chosen = c;
            }
        }
        return chosen;
    }

    /** The judge's verdict on an example: the glance's when it is sure (or there is none), else the whole model's. */
    private static ClaimPairs.Prediction prediction(Example e, ClaimWeights.Model glance, ClaimWeights.Model model) {
        double p = glance == null ? Double.NaN : glance.probability(e.comparison().values());
        ClaimWeights.Model used = glance != null && !ClaimJudge.unsure(p, glance) ? glance : model;
        p = used.probability(e.comparison().values());
        ClaimVerdict v = ClaimJudge.decide(e.comparison(), p, used.threshold());
        return new ClaimPairs.Prediction(ClaimPairs.Label.valueOf(v.label().name()), v.score());
    }

    /**
     * Fold numbers dealt round a seeded shuffle of groups of pairs: pairs that share a text (an MRPC sentence paired
     * twice) are in one group, so no text is judged by weights fitted on a pair that holds it.
     */
    private static int[] sharedTextFolds(List<Example> examples, int k) {
        Map<String, String> parent = new HashMap<>();
        for (Example e : examples) {
            String a = root(parent, e.pair().first());
            String b = root(parent, e.pair().second());
            if (!a.equals(b)) {
                parent.put(a, b);
            }
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        int[] group = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            group[i] = groups.computeIfAbsent(root(parent, examples.get(i).pair().first()), g -> groups.size());
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            order.add(g);
        }
        java.util.Collections.shuffle(order, new java.util.Random(SEED));
        int[] foldOfGroup = new int[groups.size()];
        for (int i = 0; i < order.size(); i++) {
            foldOfGroup[order.get(i)] = i % k;
        }
        int[] fold = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            fold[i] = foldOfGroup[group[i]];
        }
        return fold;
    }

    private static String root(Map<String, String> parent, String text) {
        String r = text;
        for (String up = parent.get(r); up != null; up = parent.get(r)) {
            r = up;
        }
        if (!r.equals(text)) {
            parent.put(text, r);
        }
        return r;
    }

    /** One fold per premise text (per article), in order of first appearance. */
    private static int[] groupFolds(List<Example> examples) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        int[] fold = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            fold[i] = groups.computeIfAbsent(examples.get(i).group(), g -> groups.size());
        }
        return fold;
    }

    /** A regression and threshold fitted on {@code examples}. */
    static ClaimWeights.Model fit(ClaimFeatures.Mode mode, List<Example> examples, Set<String> dropped) {
        int d = mode.features.size();
        int n = examples.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (Example e : examples) {
            for (int j = 0; j < d; j++) {
                mean[j] += e.comparison().values()[j] / n;
            }
        }
        for (Example e : examples) {
            for (int j = 0; j < d; j++) {
                double x = e.comparison().values()[j] - mean[j];
                scale[j] += x * x / n;
            }
        }
        boolean[] used = new boolean[d];
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(scale[j]);
            used[j] = scale[j] > 1e-9 && !dropped.contains(mode.features.get(j));
        }
        double[][] x = new double[n][d + 1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            for (int j = 0; j < d; j++) {
                x[i][j + 1] = used[j] ? (examples.get(i).comparison().values()[j] - mean[j]) / scale[j] : 0;
            }
            y[i] = examples.get(i).supports() ? 1 : 0;
        }
        double[] beta = newton(x, y, used);
        double[] weights = new double[d];
        double bias = beta[0];
        for (int j = 0; j < d; j++) {
            if (used[j]) {
                weights[j] = beta[j + 1] / scale[j];
                bias -= weights[j] * mean[j];
            }
        }
        ClaimWeights.Model unthresholded = new ClaimWeights.Model(bias, 0.5, weights);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = unthresholded.probability(examples.get(i).comparison().values());
        }
        double threshold = threshold(p, y, mode != ClaimFeatures.Mode.ARTICLE);
        return new ClaimWeights.Model(bias, threshold, weights);
    }

    /** Penalized logistic regression by Newton's method (the intercept not penalized). */
    private static double[] newton(double[][] x, double[] y, boolean[] used) {
        int d = x[0].length;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += beta[j] * x[i][j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double w = p * (1 - p);
                for (int j = 0; j < d; j++) {
                    gradient[j] += (y[i] - p) * x[i][j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += w * x[i][j] * x[i][k];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] -= PENALTY * beta[j];
                hessian[j][j] += PENALTY;
            }
            for (int j = 1; j < d; j++) {
                if (!used[j - 1]) {
                    java.util.Arrays.fill(hessian[j], 0);
                    for (int k = 0; k < d; k++) {
                        hessian[k][j] = 0;
                    }
                    hessian[j][j] = 1;
                    gradient[j] = 0;
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < d; j++) {
                beta[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return beta;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * out[k];
            }
            out[r] = s / m[r][r];
        }
        return out;
    }

    /**
     * The probability from which a pair counts as supported: the one of the training pairs' probabilities that
     * maximizes supports F1 ({@code f1}) or balanced accuracy; the lowest such on ties.
     */
    private static double threshold(double[] p, double[] y, boolean f1) {
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        int positives = 0;
        for (double v : y) {
            positives += v > 0 ? 1 : 0;
        }
        int negatives = y.length - positives;
        double best = -1;
        double bestThreshold = 0.5;
        for (double t : sorted) {
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= t) {
                    if (y[i] > 0) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            double value = f1 ? (tp == 0 ? 0 : 2.0 * tp / (tp + fp + positives))
                    : ((positives == 0 ? 0 : (double) tp / positives) + (negatives == 0 ? 0 : 1 - (double) fp / negatives)) / 2;
            if (value > best) {
                best = value;
                bestThreshold = t;
            }
        }
        return bestThreshold;
    }
}

package org.parallax.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.eval.ClaimPairs.Label;
import org.parallax.eval.ClaimPairs.Pair;
import org.parallax.eval.ClaimPairs.Prediction;

/**
 * Scores claim verdicts against claims-dev's labels with the measures its SOURCE.txt defines: per set and over all
 * labelled pairs, accuracy, P/R/F1 of supports and of contradicts, and macro-F1 over the gold labels present; for
 * SummEdits also the balanced accuracy of supports against the rest (its leaderboard's measure) and the recall of
 * contradicts per error kind. A pair with no prediction counts as other. MRPC has no contradiction label: there a
 * contradicts prediction counts as other, in its own rows and in the rows over all pairs. Held-out pairs (no label)
 * are left out of every measure.
 */
public final class ClaimEvaluation {
    /** The set scored two-way: its gold has supports and other only. */
    static final String TWO_WAY = "mrpc";
    /** The set whose balanced accuracy and recall per kind are reported. */
    static final String SUMMARIES = "summedits";
    static final String ALL = "all";

    private ClaimEvaluation() {
    }

    /** Precision, recall and F1 of one label. */
    public record Score(int right, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) right / gold;
        }

        public double f1() {
            return right == 0 ? 0 : 2.0 * right / (predicted + gold);
        }
    }

    /**
     * The measures over one group of labelled pairs.
     *
     * @param name     the set's name, or "all"
     * @param pairs    how many labelled pairs
     * @param correct  how many got their gold label
     * @param labels   each label's score, for the labels gold or predicted holds
     * @param present  the gold labels present, over which macro-F1 is taken
     */
    public record Group(String name, int pairs, int correct, Map<Label, Score> labels, Set<Label> present) {
        public Group {
            Objects.requireNonNull(name, "name");
            labels = Map.copyOf(labels);
            present = Set.copyOf(present);
        }

        public double accuracy() {
            return pairs == 0 ? 0 : (double) correct / pairs;
        }

        public Score score(Label label) {
            return labels.getOrDefault(label, new Score(0, 0, 0));
        }

        public double macroF1() {
            return present.isEmpty() ? 0 : present.stream().mapToDouble(l -> score(l).f1()).sum() / present.size();
        }
    }

    /**
     * The scores of one run.
     *
     * @param pairs       all pairs read
     * @param labelled    pairs with a gold label
     * @param malformed   lines of the pairs file that could not be read
     * @param groups      per set in the order they first appear, then "all"
     * @param balanced    SummEdits' balanced accuracy, or NaN when it has no labelled pairs of both sides
     * @param kindRecall  SummEdits' gold contradictions per kind ("" for none): recall of contradicts
     */
    public record Report(int pairs, int labelled, int malformed, List<Group> groups, double balanced,
                         Map<String, Score> kindRecall) {
        public Report {
            groups = List.copyOf(groups);
            kindRecall = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kindRecall));
        }

        /** The group of {@code name} (a set or "all"), or null. */
        public Group group(String name) {
            return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
        }

        /** The closing line of SOURCE.txt's scoring. */
        public String summary() {
            Group mrpc = group(TWO_WAY);
            Group all = group(ALL);
            return String.format(Locale.ROOT, "Summary: claims n=%d mrpc_supports_F1=%s mrpc_acc=%s summedits_bacc=%s"
                            + " contradicts_F1=%s macro_F1=%s", labelled,
                    mrpc == null ? "NA" : f(mrpc.score(Label.SUPPORTS).f1()), mrpc == null ? "NA" : f(mrpc.accuracy()),
                    Double.isNaN(balanced) ? "NA" : f(balanced), all == null ? "NA" : f(all.score(Label.CONTRADICTS).f1()),
                    all == null ? "NA" : f(all.macroF1()));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "claims: %d pairs, %d labelled", pairs, labelled));
            if (malformed > 0) {
                sb.append(", ").append(malformed).append(" malformed lines skipped");
            }
            sb.append(String.format(Locale.ROOT, "%n  %-10s %5s  %5s  %-17s  %-17s  %s", "set", "n", "acc",
                    "supports P/R/F1", "contradicts P/R/F1", "macro-F1"));
            for (Group g : groups) {
                Score s = g.score(Label.SUPPORTS);
                Score c = g.score(Label.CONTRADICTS);
                sb.append(String.format(Locale.ROOT, "%n  %-10s %5d  %s  %s/%s/%s  %s/%s/%s  %s", g.name(), g.pairs(),
                        f(g.accuracy()), f(s.precision()), f(s.recall()), f(s.f1()), f(c.precision()), f(c.recall()),
                        f(c.f1()), f(g.macroF1())));
            }
            if (!Double.isNaN(balanced)) {
                sb.append(String.format(Locale.ROOT, "%n  summedits balanced accuracy (supports vs the rest): %s",
                        f(balanced)));
            }
            if (!kindRecall.isEmpty()) {
                sb.append("\n  summedits recall of contradicts by kind:");
                kindRecall.forEach((kind, s) -> sb.append(String.format(Locale.ROOT, " %s %s (%d/%d)",
                        kind.isEmpty() ? "(no kind)" : kind, f(s.recall()), s.right(), s.gold())));
            }
            sb.append('\n').append(summary());
            return sb.toString();
        }

        private static String f(double x) {
            return String.format(Locale.ROOT, "%.3f", x);
        }
    }

    /** Scores {@code predictions} (by pair id) on the labelled pairs; {@code malformed} lines are only counted. */
    public static Report score(List<Pair> pairs, Map<String, Prediction> predictions, int malformed) {
        Map<String, List<Pair>> bySet = new LinkedHashMap<>();
        List<Pair> labelled = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.label() != null) {
                labelled.add(p);
                bySet.computeIfAbsent(p.set().isEmpty() ? "(no set)" : p.set(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Group> groups = new ArrayList<>();
        bySet.forEach((set, list) -> groups.add(group(set, list, predictions)));
        groups.add(group(ALL, labelled, predictions));
        double balanced = Double.NaN;
        Map<String, Score> kinds = new LinkedHashMap<>();
        List<Pair> summaries = bySet.get(SUMMARIES);
        if (summaries != null) {
            int[] consistent = new int[2];
            int[] inconsistent = new int[2];
            Map<String, int[]> perKind = new LinkedHashMap<>();
            for (Pair p : summaries) {
                Label predicted = predicted(p, predictions);
                if (p.label() == Label.SUPPORTS) {
                    consistent[predicted == Label.SUPPORTS ? 0 : 1]++;
                } else {
                    inconsistent[predicted == Label.SUPPORTS ? 1 : 0]++;
                }
                if (p.label() == Label.CONTRADICTS) {
                    for (String kind : p.kinds().isEmpty() ? List.of("") : p.kinds()) {
                        int[] count = perKind.computeIfAbsent(kind, k -> new int[2]);
                        count[0] += predicted == Label.CONTRADICTS ? 1 : 0;
                        count[1]++;
                    }
                }
            }
            int pos = consistent[0] + consistent[1];
            int neg = inconsistent[0] + inconsistent[1];
            if (pos > 0 && neg > 0) {
                balanced = ((double) consistent[0] / pos + (double) inconsistent[0] / neg) / 2;
            }
            perKind.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> kinds.put(e.getKey(),
                    new Score(e.getValue()[0], e.getValue()[0], e.getValue()[1])));
        }
        return new Report(pairs.size(), labelled.size(), malformed, groups, balanced, kinds);
    }

    /** The label predicted for {@code p} as scored: other when missing, other for contradicts on the two-way set. */
    static Label predicted(Pair p, Map<String, Prediction> predictions) {
        Prediction prediction = predictions.get(p.id());
        Label label = prediction == null ? Label.OTHER : prediction.label();
        return label == Label.CONTRADICTS && TWO_WAY.equals(p.set()) ? Label.OTHER : label;
    }

    private static Group group(String name, List<Pair> pairs, Map<String, Prediction> predictions) {
        Map<Label, int[]> counts = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            counts.put(l, new int[3]);
        }
        Set<Label> present = new LinkedHashSet<>();
        int correct = 0;
        for (Pair p : pairs) {
            Label predicted = predicted(p, predictions);
            present.add(p.label());
            counts.get(predicted)[1]++;
            counts.get(p.label())[2]++;
            if (predicted == p.label()) {
                counts.get(predicted)[0]++;
                correct++;
            }
        }
        Map<Label, Score> scores = new EnumMap<>(Label.class);
        counts.forEach((l, c) -> scores.put(l, new Score(c[0], c[1], c[2])));
        return new Group(name, pairs.size(), correct, scores, present);
    }
}

package org.parallax.eval;

import java.util.Locale;

/**
 * The segment metric of trafilatura's evaluation: a "with" segment found is a true positive, one
 * missing a false negative, a "without" segment found a false positive; white space is folded first.
 */
public record SegmentScore(int truePositives, int falsePositives, int falseNegatives) {
    public static final SegmentScore ZERO = new SegmentScore(0, 0, 0);

    /** Scores one extracted text against the segments it must and must not contain. */
    public static SegmentScore of(String extracted, Iterable<String> with, Iterable<String> without) {
        String text = fold(extracted);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        for (String s : with) {
            if (text.contains(fold(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : without) {
            if (text.contains(fold(s))) {
                fp++;
            }
        }
        return new SegmentScore(tp, fp, fn);
    }

    public SegmentScore plus(SegmentScore o) {
        return new SegmentScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, FN %d)", precision(), recall(),
                f1(), truePositives, falsePositives, falseNegatives);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

package org.parallax.nlp;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The combination weights of the claim judge: per mode, a logistic regression over its features (a bias and a weight
 * per feature, on the features' own scales) and the probability from which a claim counts as supported. Read from
 * {@code claim-weights.tsv}, whose comment says how they were fitted: lines {@code mode name value}, every feature
 * of each mode present.
 */
final class ClaimWeights {
    static final String RESOURCE = "claim-weights.tsv";

    /** One mode's regression and threshold. */
    record Model(double bias, double threshold, double[] weights) {
        double probability(double[] features) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * features[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private final Map<ClaimFeatures.Mode, Model> models;

    ClaimWeights(Map<ClaimFeatures.Mode, Model> models) {
        for (ClaimFeatures.Mode mode : ClaimFeatures.Mode.values()) {
            Model m = models.get(mode);
            if (m == null || m.weights().length != mode.features.size()) {
                throw new IllegalArgumentException("claim weights need " + mode.features.size() + " weights for mode "
                        + mode + ", found " + (m == null ? "none" : m.weights().length));
            }
        }
        this.models = Map.copyOf(models);
    }

    Model model(ClaimFeatures.Mode mode) {
        return models.get(mode);
    }

    /** No weights: every probability 1/2 (for a judge used only to prepare texts). */
    static ClaimWeights none() {
        Map<ClaimFeatures.Mode, Model> models = new EnumMap<>(ClaimFeatures.Mode.class);
        for (ClaimFeatures.Mode mode : ClaimFeatures.Mode.values()) {
            models.put(mode, new Model(0, 0.5, new double[mode.features.size()]));
        }
        return new ClaimWeights(models);
    }

    /** The weights bundled with the judge. */
    static ClaimWeights bundled() {
        return parse(ClaimText.lines(RESOURCE), RESOURCE);
    }

    /** Reads weight lines (comments and blank lines already dropped); fails naming {@code source} and the line. */
    static ClaimWeights parse(List<String> lines, String source) {
        Map<ClaimFeatures.Mode, double[]> weights = new EnumMap<>(ClaimFeatures.Mode.class);
        Map<ClaimFeatures.Mode, double[]> fixed = new EnumMap<>(ClaimFeatures.Mode.class);
        for (ClaimFeatures.Mode mode : ClaimFeatures.Mode.values()) {
            double[] w = new double[mode.features.size()];
            java.util.Arrays.fill(w, Double.NaN);
            weights.put(mode, w);
            fixed.put(mode, new double[] {Double.NaN, Double.NaN});
        }
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException(source + ": a line is 'mode<TAB>name<TAB>value', not '" + line + "'");
            }
            ClaimFeatures.Mode mode;
            double value;
            try {
                mode = ClaimFeatures.Mode.valueOf(f[0].toUpperCase(Locale.ROOT));
                value = Double.parseDouble(f[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": cannot read '" + line + "': " + e.getMessage(), e);
            }
            switch (f[1]) {
                case "bias" -> fixed.get(mode)[0] = value;
                case "threshold" -> fixed.get(mode)[1] = value;
                default -> weights.get(mode)[mode.index(f[1])] = value;
            }
        }
        Map<ClaimFeatures.Mode, Model> models = new EnumMap<>(ClaimFeatures.Mode.class);
        for (ClaimFeatures.Mode mode : ClaimFeatures.Mode.values()) {
            double[] w = weights.get(mode);
            double[] b = fixed.get(mode);
            for (int i = 0; i < w.length; i++) {
                if (Double.isNaN(w[i])) {
                    throw new IllegalArgumentException(source + ": no weight for " + mode.features.get(i) + " in mode "
                            + mode.name().toLowerCase(Locale.ROOT));
                }
            }
            if (Double.isNaN(b[0]) || Double.isNaN(b[1])) {
                throw new IllegalArgumentException(source + ": mode " + mode.name().toLowerCase(Locale.ROOT)
                        + " needs a bias and a threshold");
            }
            models.put(mode, new Model(b[0], b[1], w));
        }
        return new ClaimWeights(models);
    }

    /** The weights as lines of {@link #RESOURCE}, after {@code comment} (each of its lines made a '#' line). */
    String format(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        for (ClaimFeatures.Mode mode : ClaimFeatures.Mode.values()) {
            Model m = models.get(mode);
            String name = mode.name().toLowerCase(Locale.ROOT);
            sb.append(String.format(Locale.ROOT, "%s\tbias\t%.6f%n%s\tthreshold\t%.6f%n", name, m.bias(), name,
                    m.threshold()));
            for (int i = 0; i < m.weights().length; i++) {
                sb.append(String.format(Locale.ROOT, "%s\t%s\t%.6f%n", name, mode.features.get(i), m.weights()[i]));
            }
        }
        return sb.toString();
    }
}

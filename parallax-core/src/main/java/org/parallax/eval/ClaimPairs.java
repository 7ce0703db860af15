package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The claim pairs of claims-dev ({@code pairs.tsv}) and the predictions written for them. A pairs file is UTF-8,
 * tab-separated, with a header line naming its columns ({@code id set first second label kind}; {@code id},
 * {@code first} and {@code second} must be there); inside a field, backslash, tab, newline and carriage return are
 * written {@code \\ \t \n \r} and read back in one left-to-right pass. The label may be empty (held-out pairs). A
 * line that cannot be read (too few fields, no id, a repeated id, an unknown label) is reported with its file and
 * line number and the other lines are read.
 */
public final class ClaimPairs {
    /** The labels of a pair and of a prediction. */
    public enum Label {
        SUPPORTS, CONTRADICTS, OTHER;

        /** The label as the files write it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The label written {@code word}, or null when it is none. */
        public static Label of(String word) {
            for (Label l : values()) {
                if (l.word().equals(word)) {
                    return l;
                }
            }
            return null;
        }
    }

    /**
     * One pair.
     *
     * @param id     its id
     * @param set    the set it comes from (mrpc, summedits), or "" when the file has no set column
     * @param first  the premise: one sentence or a whole article
     * @param second the claim
     * @param label  the gold label, or null when it is held out
     * @param kinds  the error types of a gold contradiction (entity, negation, antonym, hallucination), maybe none
     */
    public record Pair(String id, String set, String first, String second, Label label, List<String> kinds) {
        public Pair {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(set, "set");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            kinds = List.copyOf(kinds);
        }
    }

    /** A prediction: a label and the confidence in it, in [0, 1]. */
    public record Prediction(Label label, double score) {
        public Prediction {
            Objects.requireNonNull(label, "label");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("a prediction's score must be in [0, 1], not " + score);
            }
        }
    }

    /** The pairs read from a file, and a line for each line that could not be read. */
    public record Read(List<Pair> pairs, List<String> errors) {
        public Read {
            pairs = List.copyOf(pairs);
            errors = List.copyOf(errors);
        }
    }

    private ClaimPairs() {
    }

    /** Reads a pairs file; fails only when it cannot be opened or has no usable header line. */
    public static Read read(Path file) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(file + ": empty, expected a header line 'id\tset\tfirst\tsecond\tlabel\tkind'");
            }
            Map<String, Integer> column = new HashMap<>();
            String[] names = header.replace("\uFEFF", "").split("\t", -1);
            for (int i = 0; i < names.length; i++) {
                column.putIfAbsent(names[i].strip(), i);
            }
            for (String required : List.of("id", "first", "second")) {
                if (!column.containsKey(required)) {
                    throw new IOException(file + ":1: the header line has no '" + required + "' column: '" + header + "'");
                }
            }
            int needed = List.of("id", "first", "second").stream().mapToInt(column::get).max().orElseThrow() + 1;
            Set<String> seen = new HashSet<>();
            int number = 1;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String where = file + ":" + number + ": ";
                if (fields.length < needed) {
                    errors.add(where + "expected at least " + needed + " tab-separated fields, found " + fields.length);
                    continue;
                }
                String id = unescape(fields[column.get("id")]).strip();
                if (id.isEmpty()) {
                    errors.add(where + "the pair has no id");
                    continue;
                }
                if (!seen.add(id)) {
                    errors.add(where + "the id " + id + " was already given to an earlier pair");
                    continue;
                }
                String labelWord = field(fields, column, "label").strip();
                Label label = labelWord.isEmpty() ? null : Label.of(labelWord);
                if (label == null && !labelWord.isEmpty()) {
                    errors.add(where + "unknown label '" + labelWord + "' (supports, contradicts, other or empty)");
                    continue;
                }
                List<String> kinds = new ArrayList<>();
                for (String k : field(fields, column, "kind").split(",")) {
                    if (!k.isBlank()) {
                        kinds.add(k.strip());
                    }
                }
                pairs.add(new Pair(id, field(fields, column, "set").strip(), unescape(fields[column.get("first")]),
                        unescape(fields[column.get("second")]), label, kinds));
            }
        }
        return new Read(pairs, errors);
    }

    private static String field(String[] fields, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= fields.length ? "" : unescape(fields[i]);
    }

    /** Reads {@code \\ \t \n \r} back in one left-to-right pass; any other backslash stays as it is. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                char decoded = switch (next) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> 0;
                };
                if (decoded != 0) {
                    sb.append(decoded);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Writes {@code \\ \t \n \r} for backslash, tab, newline and carriage return. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Writes the predictions file: a header, then {@code id label score} for each pair in order. */
    public static void write(Writer out, List<Pair> pairs, Map<String, Prediction> predictions) throws IOException {
        out.write("id\tlabel\tscore\n");
        for (Pair p : pairs) {
            Prediction prediction = predictions.get(p.id());
            if (prediction != null) {
                out.write(escape(p.id()) + "\t" + prediction.label().word() + "\t"
                        + String.format(Locale.ROOT, "%.4f", prediction.score()) + "\n");
            }
        }
    }
}

package org.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.model.Article;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;

/**
 * Scores time expressions against TimeML gold (TempEval-3, temporal-dev) with the TempEval-3 measures: extraction
 * strict (the same span) and relaxed (an overlapping span), value (a relaxed match whose value is the gold's) and
 * type (the share of relaxed matches with the gold's type).
 *
 * <p>Each {@code .tml} file of the folder (recursively, in name order) is one document: its text is what stands
 * between {@code <TEXT>} and {@code </TEXT>}, tags removed and character references decoded, so that each gold
 * {@code TIMEX3} is a span of that text; its document creation time ({@code <DCT>}) is the article's publication
 * date. The text goes to the finder as an article with that date, whole, as TempEval-3 systems see it. Predictions and
 * gold are paired one to one, each gold expression in text order with the unpaired prediction it overlaps most
 * (strict pairs first), so a prediction that spans two gold expressions ("Monday through Wednesday") is paired
 * with one of them. Precision is pairs over predictions, recall pairs over gold; value F1 counts the pairs whose
 * values are equal once both are {@linkplain #wellFormed well formed}: a few gold values break the TIMEX3 value syntax
 * (a week of one digit, "2000-W7" for ISO's "2000-W07"), and no system should lose a value for writing the standard
 * form. The TempEval-3 scorer itself compares the strings as written; that count is reported beside it
 * ({@link Counts#exactValues()}), so the numbers stay comparable with published ones.
 */
public final class TimeEvaluation {
    private TimeEvaluation() {
    }

    /** A gold time expression: its span of the document's text, its words, type and value. */
    public record GoldTime(Span span, String text, String type, String value) {
        public GoldTime {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A TimeML document: its name, text, creation time (a TimeML value) and gold time expressions in text order. */
    public record Document(String name, String text, String creation, List<GoldTime> times) {
        public Document {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(creation, "creation");
            times = List.copyOf(times);
        }

        /** The document as an article published at its creation time. */
        public Article article() {
            PublicationDate date = new PublicationDate(creation, false, new Evidence(0, creation.length(), creation));
            return new Article(name, name, null, "", text, date, null, null, null, "en");
        }
    }

    /**
     * Counts of one run: strict, relaxed, same-value and same-type pairs, over predictions and gold; {@code values}
     * compares well-formed values, {@code exactValues} the strings as written (as the TempEval-3 scorer does).
     */
    public record Counts(int gold, int predicted, int strict, int relaxed, int values, int types, int exactValues) {
        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, strict + o.strict, relaxed + o.relaxed, values + o.values,
                    types + o.types, exactValues + o.exactValues);
        }

        public double precision(int right) {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        public double recall(int right) {
            return gold == 0 ? 0 : (double) right / gold;
        }

        public double f1(int right) {
            double p = precision(right);
            double r = recall(right);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double strictF1() {
            return f1(strict);
        }

        public double relaxedF1() {
            return f1(relaxed);
        }

        public double valueF1() {
            return f1(values);
        }

        /** The share of relaxed pairs whose types agree. */
        public double typeAccuracy() {
            return relaxed == 0 ? 0 : (double) types / relaxed;
        }
    }

    /** The result of a run: the data set, its counts, the finder's time, and each error for error analysis. */
    public record Report(String dataset, int documents, Counts counts, double seconds, int characters, String errors) {
        public Report {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(counts, "counts");
            Objects.requireNonNull(errors, "errors");
        }

        @Override
        public String toString() {
            Counts c = counts;
            return String.format(Locale.ROOT, "%s (TempEval-3, TimeML): %d documents, %d gold time expressions, %d predicted%n"
                            + "  %-22s P %.3f  R %.3f  F1 %.3f%n"
                            + "  %-22s P %.3f  R %.3f  F1 %.3f  bar: F1 >= 0.92%n"
                            + "  %-22s P %.3f  R %.3f  F1 %.3f  bar: F1 >= 0.85 (HeidelTime 0.776, SUTime 0.693 on TempEval-3 test)%n"
                            + "  %-22s P %.3f  R %.3f  F1 %.3f  (gold values as written, as the TempEval-3 scorer reads them)%n"
                            + "  %-22s %.3f  (%d of %d relaxed pairs)%n"
                            + "  finder: %.2f ms per document, %.1f µs per 1,000 characters",
                    dataset, documents, c.gold, c.predicted,
                    "strict extraction", c.precision(c.strict), c.recall(c.strict), c.strictF1(),
                    "relaxed extraction", c.precision(c.relaxed), c.recall(c.relaxed), c.relaxedF1(),
                    "value", c.precision(c.values), c.recall(c.values), c.valueF1(),
                    "value as written", c.precision(c.exactValues), c.recall(c.exactValues), c.f1(c.exactValues),
                    "type accuracy", c.typeAccuracy(), c.types, c.relaxed,
                    documents == 0 ? 0 : seconds * 1000 / documents, characters == 0 ? 0 : seconds * 1e6 / characters * 1000);
        }
    }

    /** Whether the folder holds TimeML files. */
    public static boolean isTimeMl(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".tml"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The TimeML documents of a folder, recursively, in the order of their paths. */
    public static List<Document> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Document> out = new ArrayList<>();
        for (Path f : files) {
            out.add(parse(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"([^\"]*)\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** A TimeML document: the text of its TEXT element, and the TIMEX3 elements in it as spans of that text. */
    public static Document parse(String name, String xml) {
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IllegalArgumentException("no creation time (<DCT><TIMEX3 value=...>) in " + name);
        }
        int open = xml.indexOf("<TEXT>");
        int close = xml.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no <TEXT> element in " + name);
        }
        StringBuilder text = new StringBuilder();
        List<GoldTime> times = new ArrayList<>();
        Map<String, String> timex = null;
        int timexStart = 0;
        int i = open + "<TEXT>".length();
        while (i < close) {
            char c = xml.charAt(i);
            if (c == '<') {
                int end = xml.indexOf('>', i);
                if (end < 0 || end > close) {
                    throw new IllegalArgumentException("an unclosed tag at offset " + i + " of " + name);
                }
                String tag = xml.substring(i + 1, end);
                if (tag.startsWith("TIMEX3")) {
                    timex = new HashMap<>();
                    Matcher a = ATTRIBUTE.matcher(tag);
                    while (a.find()) {
                        timex.put(a.group(1), a.group(2));
                    }
                    timexStart = text.length();
                    if (tag.endsWith("/")) {
                        timex = null;   // an empty TIMEX3 marks no words
                    }
                } else if (tag.equals("/TIMEX3") && timex != null) {
                    String words = text.substring(timexStart);
                    times.add(new GoldTime(new Span(timexStart, text.length()), words, timex.getOrDefault("type", ""),
                            timex.getOrDefault("value", "")));
                    timex = null;
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = xml.indexOf(';', i);
                String entity = semi > i && semi - i <= 8 ? xml.substring(i + 1, semi) : "";
                String decoded = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> entity.startsWith("#") ? decodeNumeric(entity) : null;
                };
                if (decoded == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        return new Document(name, text.toString(), dct.group(1), times);
    }

    private static String decodeNumeric(String entity) {
        try {
            int code = entity.startsWith("#x") || entity.startsWith("#X") ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return new String(Character.toChars(code));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Runs the finder over every document of the folder and scores it. */
    public static Report run(Path dir, Function<Article, List<TimeExpression>> finder) {
        List<Document> documents;
        try {
            documents = read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the TimeML documents of " + dir, e);
        }
        return score(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(), documents, finder);
    }

    /** Scores the finder on these documents. */
    public static Report score(String dataset, List<Document> documents, Function<Article, List<TimeExpression>> finder) {
        Counts total = new Counts(0, 0, 0, 0, 0, 0, 0);
        StringBuilder errors = new StringBuilder();
        long nanos = 0;
        int characters = 0;
        for (Document d : documents) {
            Article article = d.article();
            long started = System.nanoTime();
            List<TimeExpression> predicted = finder.apply(article);
            nanos += System.nanoTime() - started;
            characters += d.text().length();
            total = total.plus(compare(d, predicted, errors));
        }
        return new Report(dataset, documents.size(), total, nanos / 1e9, characters, errors.toString());
    }

    /** Pairs a document's predictions with its gold, counts the pairs, and writes each error. */
    static Counts compare(Document d, List<TimeExpression> predicted, StringBuilder errors) {
        List<GoldTime> gold = d.times();
        int[] pairOf = new int[gold.size()];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] taken = new boolean[predicted.size()];
        // strict pairs first, then the largest overlap
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!taken[p] && predicted.get(p).span().equals(gold.get(g).span())) {
                    pairOf[g] = p;
                    taken[p] = true;
                    break;
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (pairOf[g] >= 0) {
                continue;
            }
            int best = -1;
            int bestOverlap = 0;
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = overlap(gold.get(g).span(), predicted.get(p).span());
                if (!taken[p] && overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                pairOf[g] = best;
                taken[best] = true;
            }
        }
        int strict = 0;
        int relaxed = 0;
        int values = 0;
        int types = 0;
        int exactValues = 0;
        List<String> lines = new ArrayList<>();
        String text = d.text();
        for (int g = 0; g < gold.size(); g++) {
            GoldTime gt = gold.get(g);
            if (pairOf[g] < 0) {
                lines.add(String.format(Locale.ROOT, "%6d MISS   %-28s %-9s %-16s | %s", gt.span().start(), quoted(gt.text()),
                        gt.type(), gt.value(), context(text, gt.span())));
                continue;
            }
            TimeExpression p = predicted.get(pairOf[g]);
            relaxed++;
            boolean sameSpan = p.span().equals(gt.span());
            if (sameSpan) {
                strict++;
            }
            boolean sameValue = wellFormed(p.value()).equals(wellFormed(gt.value()));
            if (sameValue) {
                values++;
            }
            if (p.value().equals(gt.value())) {
                exactValues++;
            }
            if (p.type().name().equals(gt.type())) {
                types++;
            }
            if (!sameValue) {
                lines.add(String.format(Locale.ROOT, "%6d VALUE  %-28s %-9s %-16s got %s %s %s | %s", gt.span().start(),
                        quoted(gt.text()), gt.type(), gt.value(), quoted(p.span().of(text)), p.type(), p.value(),
                        context(text, gt.span())));
            } else if (!sameSpan) {
                lines.add(String.format(Locale.ROOT, "%6d SPAN   %-28s got %s", gt.span().start(), quoted(gt.text()),
                        quoted(p.span().of(text))));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!taken[p]) {
                TimeExpression e = predicted.get(p);
                lines.add(String.format(Locale.ROOT, "%6d EXTRA  %-28s %-9s %-16s | %s", e.span().start(), quoted(e.span().of(text)),
                        e.type(), e.value(), context(text, e.span())));
            }
        }
        if (!lines.isEmpty()) {
            lines.sort(Comparator.comparingInt(l -> Integer.parseInt(l.substring(0, 6).strip())));
            errors.append("=== ").append(d.name()).append("  (created ").append(d.creation()).append(")\n");
            for (String l : lines) {
                errors.append(l).append('\n');
            }
        }
        return new Counts(gold.size(), predicted.size(), strict, relaxed, values, types, exactValues);
    }

    private static final Pattern SHORT_WEEK = Pattern.compile("^(\\d{4})-W(\\d)(?=$|-)");

    /**
     * A TimeML value in the standard form of its syntax: a week of one digit padded to two ("2000-W7" is "2000-W07",
     * "2000-W7-WE" is "2000-W07-WE"); every other value as it is.
     */
    public static String wellFormed(String value) {
        Matcher m = SHORT_WEEK.matcher(value);
        return m.find() ? m.replaceFirst("$1-W0$2") : value;
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static String quoted(String s) {
        return "'" + s.replace('\n', ' ') + "'";
    }

    private static String context(String text, Span s) {
        int from = Math.max(0, s.start() - 60);
        int to = Math.min(text.length(), s.end() + 40);
        return (text.substring(from, s.start()) + "[" + text.substring(s.start(), s.end()) + "]" + text.substring(s.end(), to))
                .replace('\n', ' ');
    }
}

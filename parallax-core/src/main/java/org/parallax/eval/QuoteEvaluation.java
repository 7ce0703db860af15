package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.parallax.ingest.Ingest;
import org.parallax.ingest.Ingested;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.model.Span;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.ChromeStore;
import org.parallax.pipeline.Pipeline;
import org.parallax.stage.DocumentStage;

/**
 * Scores the quotes the annotation stage finds (what was said, and who said it) against a data set's gold quotes.
 * The texts go once through the pipeline as {@code parallax analyze} runs it (the chrome step over all of them,
 * extraction, then the given annotation stage, on a pool of threads), under neutral names
 * ({@code article-00001.txt}) so no file name tells the pipeline the outlet or the event. The quotes point into
 * each article's clean text; each of their spans is placed back on the text file by its words (a clean line is
 * found in the file after the previous one, white space folded; else the span's words are looked for, nearest
 * first), and a prediction whose words are not found in the file still counts, as a wrong one.
 *
 * <p>Two formats, told by the folder:
 * <ul>
 * <li><b>PolNeAR</b> ({@code text/} and {@code attributions/}, quotes-dev): every attribution of the first
 * annotator in sorted order. Content is scored exactly (the prediction covers the same words as the gold extent
 * or as one of its pieces once white space, quotation marks and {@code . , ; :} are trimmed from both ends, so a
 * quote given inside its marks equals one annotated with them) and by overlap (a character in common). An
 * attribution is right when the contents overlap and the source is right: when the gold names a source, the
 * prediction names someone (a speaker or a source span) and its source span or its speaker's mention overlaps
 * the gold source, or the speaker's words share a content word with the gold source's words; when the gold names
 * no source, the prediction names no one. Attribution is scored over the gold attributions whose content holds an
 * opening double quotation mark (curly, low, angled or straight) against the predicted direct quotes (but for those
 * that overlap only gold attributions outside the subset, which count neither way), and over all
 * attributions against all predictions. The project's bars: F1 0.90 in quotation marks, 0.65 over all.</li>
 * <li><b>BASIL</b> ({@code annotations.jsonl}, stances-dev): the annotations marked as quotes, which are only
 * their biased parts. A prediction matches one when they share at least half of the shorter span; the
 * attribution is right when the speaker is too: the speaker's words share a content word with the gold name, or,
 * for BASIL's {@code other_*} (someone who is not one of the article's main entities), they have a content word
 * and share none with a main entity's name. A prediction is right once, but every biased part of a quotation it
 * covers counts as found. Precision is a lower bound, for BASIL marks only quotes that carry bias. The project's
 * bar: attribution recall 0.80.</li>
 * </ul>
 * The speaker's words are the name of the entity whose mention (or role description) the quote's speaker is, else
 * the speaker's own words, else the source's. Content words are runs of letters and digits, lower-cased, of two
 * characters or more, without pronouns, articles, prepositions, conjunctions and Mr, Mrs, Ms, Dr. Pairs are made
 * one to one, greedy by overlap, so a quote predicted twice counts once; but a gold quote in pieces
 * ({@code "A," she said. "B."}) may take one prediction per piece, each right, the gold quote found once.
 * Predicted quotes that one cue attributes to one source (the partial quotes of one clause: {@code he called it
 * "unhinged" and "a con"}) are one predicted attribution, its content running from the first to the last, as the
 * data sets annotate one attribution per cue.
 */
public final class QuoteEvaluation {

    /** The formats of quote data sets the evaluation reads. */
    public enum Format {
        /** PolNeAR: {@code text/<article>.txt} and BRAT standoff {@code attributions/<article>_<annotator>.ann}. */
        POLNEAR("PolNeAR"),
        /** BASIL as stances-dev keeps it: {@code text/}, {@code annotations.jsonl} and {@code articles.tsv}. */
        BASIL("BASIL");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        /** The data set's name as its paper gives it. */
        public String label() {
            return label;
        }
    }

    /**
     * Predictions that are right and gold quotes found: precision is right over predicted, recall found over gold.
     * Paired one to one, the two counts are equal, except for BASIL's parts of one quotation (see the class).
     */
    public record Score(int right, int predicted, int found, int gold) {
        public static final Score ZERO = new Score(0, 0, 0, 0);

        public Score {
            if (right < 0 || right > predicted || found < 0 || found > gold) {
                throw new IllegalArgumentException("a score needs 0 <= right <= predicted and 0 <= found <= gold, was "
                        + right + "/" + predicted + " and " + found + "/" + gold);
            }
        }

        public Score plus(Score o) {
            return new Score(right + o.right, predicted + o.predicted, found + o.found, gold + o.gold);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d of %d predicted right, %d of %d gold found)",
                    precision(), recall(), f1(), right, predicted, found, gold);
        }
    }

    /** One measure of a run: what it scores, its score, and the bar the project sets for it (or null). */
    public record Metric(String name, Score score, String bar) {
        public Metric {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(score, "score");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-38s %s", name, score) + (bar == null ? "" : "  bar: " + bar);
        }
    }

    /**
     * One error for error analysis: a gold quote missed, a prediction that matches none (or whose words are not in
     * the file), or a gold quote found with the wrong speaker.
     *
     * @param kind      which error
     * @param span      where it stands in the text file, or null (a gold quote without content, an unplaced prediction)
     * @param words     the words said: the file's for a gold quote, the clean text's for a prediction
     * @param gold      the gold speaker's words, or null
     * @param predicted the predicted speaker's words, or null
     */
    public record Finding(Kind kind, Span span, String words, String gold, String predicted) {
        /** The kinds of error. */
        public enum Kind { MISSED, EXTRA, UNPLACED, SPEAKER }

        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(words, "words");
        }

        @Override
        public String toString() {
            String where = span == null ? "" : span.start() + ".." + span.end();
            String g = gold == null ? "(no one)" : gold;
            String p = predicted == null ? "(no one)" : predicted;
            String who = switch (kind) {
                case MISSED -> "gold: " + g;
                case EXTRA, UNPLACED -> "predicted: " + p;
                case SPEAKER -> "gold: " + g + "; predicted: " + p;
            };
            return String.format(Locale.ROOT, "%-9s %-11s %s  -- %s", kind, where, snippet(words), who);
        }
    }

    /**
     * What the evaluation found in one article.
     *
     * @param file      the file's name in the data set
     * @param failure   why the pipeline made no article of it, or null
     * @param gold      its gold quotes
     * @param predicted its predicted quotes
     * @param findings  its errors in text order, unplaced predictions last
     */
    public record ArticleResult(String file, String failure, int gold, int predicted, List<Finding> findings) {
        public ArticleResult {
            Objects.requireNonNull(file, "file");
            findings = List.copyOf(findings);
        }
    }

    /**
     * The scores of one run.
     *
     * @param dataset         the data set's folder name
     * @param format          its format
     * @param articles        its articles
     * @param failed          articles the pipeline made nothing of (their gold quotes count as missed)
     * @param gold            its gold quotes
     * @param goldMarked      gold quotes in quotation marks
     * @param goldUnnamed     gold quotes that name no one: PolNeAR's without a source; for BASIL, those by someone
     *                        not among the article's main entities ({@code other_*})
     * @param goldOutsideText gold quotes of which no character is in the clean text (a headline, a dropped line):
     *                        no finder reading the clean text can find them
     * @param predicted       predicted quotes
     * @param unplaced        predicted quotes whose words were not found in the file
     * @param metrics         the measures, in the order printed
     * @param results         per article, in the order of the file names
     */
    public record Report(String dataset, Format format, int articles, int failed, int gold, int goldMarked,
                         int goldUnnamed, int goldOutsideText, int predicted, int unplaced, List<Metric> metrics,
                         List<ArticleResult> results) {
        public Report {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(format, "format");
            metrics = List.copyOf(metrics);
            results = List.copyOf(results);
        }

        /** The measure named {@code name}; fails when the report has none. */
        public Score score(String name) {
            return metrics.stream().filter(m -> m.name().equals(name)).findFirst().map(Metric::score)
                    .orElseThrow(() -> new IllegalArgumentException("no measure named '" + name + "' in " + metrics));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(dataset).append(" (").append(format.label()).append("): ").append(articles).append(" articles");
            if (failed > 0) {
                sb.append(" (").append(failed).append(" failed)");
            }
            sb.append(", ").append(gold).append(format == Format.POLNEAR ? " gold attributions (" : " gold quotes (")
                    .append(goldMarked).append(" in quotation marks, ").append(goldUnnamed)
                    .append(format == Format.POLNEAR ? " with no source, " : " by someone not a main entity, ")
                    .append(goldOutsideText).append(" outside the clean text), ").append(predicted).append(" predicted (")
                    .append(unplaced).append(" not found in the file)");
            for (Metric m : metrics) {
                sb.append("\n  ").append(m);
            }
            return sb.toString();
        }

        /** Each article's errors: a heading per article with any, then one line per error. */
        public String errors() {
            StringBuilder sb = new StringBuilder();
            for (ArticleResult r : results) {
                if (r.failure() == null && r.findings().isEmpty()) {
                    continue;
                }
                sb.append("=== ").append(dataset).append('/').append(r.file()).append("  gold ").append(r.gold())
                        .append(", predicted ").append(r.predicted()).append('\n');
                if (r.failure() != null) {
                    sb.append("  FAILED    ").append(r.failure().replaceAll("\\s+", " ")).append('\n');
                }
                for (Finding f : r.findings()) {
                    sb.append("  ").append(f).append('\n');
                }
            }
            return sb.toString();
        }
    }

    /** The names of PolNeAR's measures, in the order printed. */
    public static final String CONTENT_EXACT = "content, exact";
    public static final String CONTENT_OVERLAP = "content, overlap";
    public static final String MARKED_CONTENT = "content in quotation marks, overlap";
    public static final String MARKED_ATTRIBUTION = "attribution in quotation marks";
    public static final String ATTRIBUTION = "attribution, all";
    /** The names of BASIL's measures, in the order printed. */
    public static final String QUOTE_SPAN = "quote span, half of the shorter";
    public static final String SPEAKER = "attribution (speaker)";

    private QuoteEvaluation() {
    }

    /** The format of the data set in {@code folder}, or null when it is neither. */
    public static Format format(Path folder) {
        if (Files.isDirectory(folder.resolve(BratAttributions.FOLDER)) && Files.isDirectory(folder.resolve("text"))) {
            return Format.POLNEAR;
        }
        if (Files.isRegularFile(folder.resolve(BasilQuotes.ANNOTATIONS))) {
            return Format.BASIL;
        }
        return null;
    }

    /**
     * Runs {@code annotation} over the data set in {@code folder} on {@code threads} threads and scores its quotes.
     * Fails when the folder holds no data set of a known format, or its gold does not fit its texts.
     */
    public static Report run(Path folder, int threads, DocumentStage<Article, AnnotatedArticle> annotation)
            throws IOException {
        Format format = format(folder);
        if (format == null) {
            throw new IOException("no quote data set in " + folder + ": a PolNeAR folder holds text/ and "
                    + BratAttributions.FOLDER + "/, a BASIL folder " + BasilQuotes.ANNOTATIONS);
        }
        List<GoldArticle> articles = format == Format.POLNEAR ? BratAttributions.readFolder(folder)
                : BasilQuotes.readFolder(folder);
        Ingest ingest = new Ingest();
        List<Ingested> inputs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            inputs.add(ingest.reread(neutralName(i), RawDocument.Kind.TEXT_FILE, articles.get(i).bytes().toArray(), null));
        }
        Map<String, AnnotatedArticle> done = new ConcurrentHashMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        BatchSink sink = batch -> {
            batch.forEach(d -> done.put(d.source(), d.annotated()));
            return new BatchSink.Outcome(batch.size(), 0);
        };
        new Pipeline(Clock.systemUTC(), threads, 256).run(inputs, annotation, sink, ChromeStore.NONE, s -> { },
                f -> failures.put(f.source(), f.line()));
        List<AnnotatedArticle> annotated = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String name = neutralName(i);
            annotated.add(done.get(name));
            failed.add(done.containsKey(name) ? null : failures.getOrDefault(name, "the pipeline gave no article"));
        }
        return score(folder.getFileName().toString(), format, articles, annotated, failed);
    }

    /** The name the {@code i}-th article goes through the pipeline under: it tells neither outlet nor event. */
    static String neutralName(int i) {
        return String.format(Locale.ROOT, "article-%05d.txt", i + 1);
    }

    /**
     * Scores the annotated articles, one per gold article in the same order; an article the pipeline failed is
     * null in {@code annotated}, with its reason in {@code failures} (else null there).
     */
    static Report score(String dataset, Format format, List<GoldArticle> articles, List<AnnotatedArticle> annotated,
                        List<String> failures) {
        List<Measure> measures = measures(format);
        Score[] totals = new Score[measures.size()];
        java.util.Arrays.fill(totals, Score.ZERO);
        int gold = 0;
        int marked = 0;
        int unnamed = 0;
        int outside = 0;
        int predicted = 0;
        int unplaced = 0;
        int failed = 0;
        List<ArticleResult> results = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            GoldArticle article = articles.get(i);
            AnnotatedArticle a = annotated.get(i);
            List<Prediction> predictions = new ArrayList<>();
            TextAlignment alignment = null;
            if (a != null) {
                String text = a.article().text();
                alignment = new TextAlignment(text, article.text());
                for (var q : attributions(a.quotes())) {
                    predictions.add(Prediction.of(q, text, a.entities(), alignment));
                }
            } else {
                failed++;
            }
            List<GoldQuote> quotes = article.quotes();
            gold += quotes.size();
            for (GoldQuote g : quotes) {
                marked += g.marked() ? 1 : 0;
                unnamed += format == Format.POLNEAR ? (g.speaker() == null ? 1 : 0)
                        : (g.speaker() == null || g.speaker().startsWith(QuoteMatching.OTHER) ? 1 : 0);
                outside += alignment != null && !alignment.covers(g.content()) ? 1 : 0;
            }
            predicted += predictions.size();
            unplaced += (int) predictions.stream().filter(p -> p.content() == null).count();
            QuoteMatching.Matching span = null;
            QuoteMatching.Matching attribution = null;
            for (int m = 0; m < measures.size(); m++) {
                Measure measure = measures.get(m);
                List<GoldQuote> g = quotes.stream().filter(measure.gold()).toList();
                List<Prediction> p = predictions.stream().filter(measure.predicted())
                        .filter(x -> measure.gold() == ALL || !outsideTheSubset(x, quotes, measure.gold())).toList();
                QuoteMatching.Matching matching = QuoteMatching.match(g, p,
                        (x, y) -> measure.rule().holds(article, x, y), format == Format.BASIL);
                totals[m] = totals[m].plus(new Score(matching.right(), p.size(), matching.found(), g.size()));
                if (measure.name().equals(CONTENT_OVERLAP) || measure.name().equals(QUOTE_SPAN)) {
                    span = matching;
                } else if (measure.name().equals(ATTRIBUTION) || measure.name().equals(SPEAKER)) {
                    attribution = matching;
                }
            }
            results.add(new ArticleResult(article.name(), failures.get(i), quotes.size(), predictions.size(),
                    findings(article, predictions, span, attribution)));
        }
        List<Metric> metrics = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            metrics.add(new Metric(measures.get(m).name(), totals[m], measures.get(m).bar()));
        }
        return new Report(dataset, format, articles.size(), failed, gold, marked, unnamed, outside, predicted, unplaced,
                metrics, results);
    }

    /** Whether a pair counts under a measure, in the article they belong to. */
    private interface Rule {
        boolean holds(GoldArticle article, GoldQuote gold, Prediction predicted);
    }

    /** One measure: which gold quotes and predictions it takes, when a pair of them counts, and its bar. */
    private record Measure(String name, String bar, Predicate<GoldQuote> gold, Predicate<Prediction> predicted, Rule rule) {
    }

    private static final Predicate<GoldQuote> ALL = g -> true;

    /**
     * Whether a prediction belongs to gold quotes outside a measure's subset only: it overlaps some gold quote the
     * subset leaves out and none it takes (a direct quote the annotators marked without its quotation marks). Such a
     * prediction is neither right nor wrong for the subset, and is left out of its precision.
     */
    private static boolean outsideTheSubset(Prediction p, List<GoldQuote> quotes, Predicate<GoldQuote> subset) {
        if (p.content() == null) {
            return false;
        }
        boolean outside = false;
        for (GoldQuote g : quotes) {
            if (g.overlap(p.content()) > 0) {
                if (subset.test(g)) {
                    return false;
                }
                outside = true;
            }
        }
        return outside;
    }

    private static List<Measure> measures(Format format) {
        Predicate<GoldQuote> all = ALL;
        Predicate<Prediction> any = p -> true;
        if (format == Format.BASIL) {
            return List.of(
                    new Measure(QUOTE_SPAN, null, all, any, (a, g, p) -> QuoteMatching.halfOfShorter(g, p)),
                    new Measure(SPEAKER, "R 0.80 (P is a lower bound)", all, any, (a, g, p) ->
                            QuoteMatching.halfOfShorter(g, p) && QuoteMatching.speakerRight(g, p, a.mainEntities())));
        }
        Rule attributed = (a, g, p) -> QuoteMatching.overlaps(g, p) && QuoteMatching.sourceRight(g, p);
        return List.of(
                new Measure(CONTENT_EXACT, null, all, any, (a, g, p) -> QuoteMatching.sameWords(g, p, a.text())),
                new Measure(CONTENT_OVERLAP, null, all, any, (a, g, p) -> QuoteMatching.overlaps(g, p)),
                new Measure(MARKED_CONTENT, null, GoldQuote::marked, Prediction::direct,
                        (a, g, p) -> QuoteMatching.overlaps(g, p)),
                new Measure(MARKED_ATTRIBUTION, "F1 0.90", GoldQuote::marked, Prediction::direct, attributed),
                new Measure(ATTRIBUTION, "F1 0.65", all, any, attributed));
    }

    /**
     * The errors of one article: gold quotes no prediction matched, predictions that matched none (or whose words
     * the file lacks), and gold quotes matched by span whose speaker was wrong; in text order, unplaced last.
     */
    private static List<Finding> findings(GoldArticle article, List<Prediction> predictions, QuoteMatching.Matching span,
                                          QuoteMatching.Matching attribution) {
        List<Finding> out = new ArrayList<>();
        List<GoldQuote> quotes = article.quotes();
        for (int g = 0; g < quotes.size(); g++) {
            GoldQuote q = quotes.get(g);
            String said = q.content().isEmpty() ? "(the annotation gives no content)"
                    : BratAttributions.words(q.content(), article.text());
            if (span.by[g] < 0) {
                out.add(new Finding(Finding.Kind.MISSED, q.extent(), said, q.speaker(), null));
            } else if (attribution.by[g] < 0) {
                String predicted = predictions.get(span.by[g]).words();
                out.add(new Finding(Finding.Kind.SPEAKER, q.extent(), said, q.speaker(), predicted));
            }
        }
        for (int p = 0; p < predictions.size(); p++) {
            Prediction x = predictions.get(p);
            if (x.content() == null) {
                out.add(new Finding(Finding.Kind.UNPLACED, null, x.said(), null, x.words()));
            } else if (!span.right[p]) {
                out.add(new Finding(Finding.Kind.EXTRA, x.content(), x.said(), null, x.words()));
            }
        }
        out.sort(Comparator.comparingInt((Finding f) -> f.span() == null ? Integer.MAX_VALUE : f.span().start()));
        return out;
    }

    /** The words folded to one line and cut to a readable length. */
    static String snippet(String words) {
        String flat = words.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? "\"" + flat + "\"" : "\"" + flat.substring(0, SNIPPET - 1) + "…\"";
    }

    private static final int SNIPPET = 140;

    /** The quotes as attributions: quotes sharing their cue and source are one, from the first's start to the last's end. */
    static List<org.parallax.model.Quote> attributions(List<org.parallax.model.Quote> quotes) {
        List<org.parallax.model.Quote> out = new ArrayList<>();
        for (org.parallax.model.Quote q : quotes) {
            org.parallax.model.Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && q.cue() != null && q.cue().equals(last.cue()) && Objects.equals(q.source(), last.source())
                    && q.direct() == last.direct()) {
                out.set(out.size() - 1, new org.parallax.model.Quote(new Span(last.content().start(), q.content().end()),
                        last.direct(), last.headline(), last.cue(), last.source(), last.speaker(), last.via()));
            } else {
                out.add(q);
            }
        }
        return out;
    }
}

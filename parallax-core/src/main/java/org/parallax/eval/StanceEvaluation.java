package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.ingest.Ingest;
import org.parallax.ingest.Ingested;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Mention;
import org.parallax.model.RawDocument;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.ChromeStore;
import org.parallax.pipeline.Pipeline;
import org.parallax.stage.DocumentStage;

/**
 * Scores the stances the annotation stage finds against BASIL's quotes read as stances (stances-dev): each quote's
 * speaker stands for or against its target, one of the article's main entities. The texts go once through the
 * pipeline under neutral names, as for {@link QuoteEvaluation}; each stance's evidence is placed back on the text
 * file by its words. A predicted stance matches a gold one when
 * <ul>
 * <li><b>span</b>: the evidence and the gold span share at least half of the shorter;</li>
 * <li><b>actor</b>: the actor's name shares a content word with the gold speaker, or, for BASIL's {@code other_*},
 * has one and shares none with a main entity (the rule of the quote evaluation);</li>
 * <li><b>issue</b>: the issue (with the target's name, for a stance toward an actor) shares a content word with the
 * gold target;</li>
 * <li><b>position</b>: supports for a positive polarity, opposes for a negative one.</li>
 * </ul>
 * Each measure adds a condition to the one before; pairs are one to one, greedy by overlap, and a gold quote also
 * counts as found when a stance matching it went to another part of the same quotation (BASIL marks parts apart).
 * Polarity accuracy is over the gold stances paired on span and issue: how many of those pairs have the right
 * position. Precision is a lower bound: BASIL marks only quotes that carry bias, and not the stances the writers
 * report in their own words. The project's bars: stance recall 0.60, polarity accuracy 0.80.
 */
public final class StanceEvaluation {
    /** The names of the measures, in the order printed. */
    public static final String SPAN = "evidence span, half of the shorter";
    public static final String ACTOR = "span + actor";
    public static final String ISSUE = "span + actor + issue";
    public static final String STANCE = "stance (span, actor, issue, position)";

    private StanceEvaluation() {
    }

    /**
     * The scores of one run.
     *
     * @param dataset   the data set's folder name
     * @param articles  its articles
     * @param failed    articles the pipeline made nothing of
     * @param gold      its gold stances (BASIL's quotes)
     * @param predicted the stances found
     * @param unplaced  stances whose evidence was not found in the file
     * @param metrics   the measures, in the order printed
     * @param polarity  pairs on span and issue, and how many of them have the right position
     * @param errors    each article's misses and wrong stances, for error analysis
     */
    public record Report(String dataset, int articles, int failed, int gold, int predicted, int unplaced,
                         List<QuoteEvaluation.Metric> metrics, QuoteEvaluation.Score polarity, String errors) {
        public Report {
            Objects.requireNonNull(dataset, "dataset");
            metrics = List.copyOf(metrics);
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(errors, "errors");
        }

        /** The measure named {@code name}; fails when the report has none. */
        public QuoteEvaluation.Score score(String name) {
            return metrics.stream().filter(m -> m.name().equals(name)).findFirst().map(QuoteEvaluation.Metric::score)
                    .orElseThrow(() -> new IllegalArgumentException("no measure named '" + name + "' in " + metrics));
        }

        /** Right positions over the pairs on span and issue. */
        public double polarityAccuracy() {
            return polarity.precision();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(dataset).append(" (BASIL stances): ").append(articles).append(" articles");
            if (failed > 0) {
                sb.append(" (").append(failed).append(" failed)");
            }
            sb.append(", ").append(gold).append(" gold stances, ").append(predicted).append(" predicted (").append(unplaced)
                    .append(" not found in the file)");
            for (QuoteEvaluation.Metric m : metrics) {
                sb.append("\n  ").append(m);
            }
            sb.append(String.format(Locale.ROOT, "%n  %-38s %.3f  (%d of %d pairs on span and issue)  bar: 0.80",
                    "polarity accuracy", polarity.precision(), polarity.right(), polarity.predicted()));
            return sb.toString();
        }
    }

    /** A stance found, placed on the text file: its evidence as a prediction (the actor's name as its words). */
    private record Found(Prediction evidence, String issue, Stance.Position position) {
    }

    /** Runs {@code annotation} over the BASIL folder {@code folder} on {@code threads} threads and scores its stances. */
    public static Report run(Path folder, int threads, DocumentStage<Article, AnnotatedArticle> annotation) throws IOException {
        if (!Files.isRegularFile(folder.resolve(BasilQuotes.ANNOTATIONS))) {
            throw new IOException("no stance data set in " + folder + ": a BASIL folder holds " + BasilQuotes.ANNOTATIONS);
        }
        Map<String, List<BasilQuotes.GoldStance>> stances = new java.util.HashMap<>();
        List<GoldArticle> articles = BasilQuotes.readFolder(folder, stances);
        Ingest ingest = new Ingest();
        List<Ingested> inputs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            inputs.add(ingest.reread(QuoteEvaluation.neutralName(i), RawDocument.Kind.TEXT_FILE,
                    articles.get(i).bytes().toArray(), null));
        }
        Map<String, AnnotatedArticle> done = new ConcurrentHashMap<>();
        BatchSink sink = batch -> {
            batch.forEach(d -> done.put(d.source(), d.annotated()));
            return new BatchSink.Outcome(batch.size(), 0);
        };
        Map<String, String> failures = new ConcurrentHashMap<>();
        new Pipeline(Clock.systemUTC(), threads, 256).run(inputs, annotation, sink, ChromeStore.NONE, s -> { },
                f -> failures.put(f.source(), f.line()));
        List<AnnotatedArticle> annotated = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String name = QuoteEvaluation.neutralName(i);
            annotated.add(done.get(name));
            failed.add(done.containsKey(name) ? null : failures.getOrDefault(name, "the pipeline gave no article"));
        }
        return score(folder.getFileName().toString(), articles, stances, annotated, failed);
    }

    /**
     * Scores the annotated articles, one per gold article in the same order; an article the pipeline failed is null,
     * with its reason in {@code failures} (else null there).
     */
    static Report score(String dataset, List<GoldArticle> articles, Map<String, List<BasilQuotes.GoldStance>> stances,
                        List<AnnotatedArticle> annotated, List<String> failures) {
        QuoteEvaluation.Score[] totals = new QuoteEvaluation.Score[4];
        java.util.Arrays.fill(totals, QuoteEvaluation.Score.ZERO);
        int polarityPairs = 0;
        int polarityRight = 0;
        int gold = 0;
        int predicted = 0;
        int unplaced = 0;
        int failed = 0;
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < articles.size(); i++) {
            GoldArticle article = articles.get(i);
            AnnotatedArticle a = annotated.get(i);
            List<BasilQuotes.GoldStance> wanted = stances.getOrDefault(article.name(), List.of());
            Map<GoldQuote, BasilQuotes.GoldStance> stanceOf = new IdentityHashMap<>();
            wanted.forEach(s -> stanceOf.put(s.quote(), s));
            List<GoldQuote> goldQuotes = wanted.stream().map(BasilQuotes.GoldStance::quote).toList();
            List<Found> found = new ArrayList<>();
            if (a != null) {
                String text = a.article().text();
                TextAlignment alignment = new TextAlignment(text, article.text());
                for (Stance s : a.stances()) {
                    found.add(found(s, text, a.entities(), alignment));
                }
            } else {
                failed++;
                errors.append("=== ").append(article.name()).append("\n  FAILED    ")
                        .append(failures.get(i).replaceAll("\\s+", " ")).append('\n');
            }
            gold += wanted.size();
            predicted += found.size();
            unplaced += (int) found.stream().filter(f -> f.evidence().content() == null).count();
            Map<Prediction, Found> foundOf = new IdentityHashMap<>();
            found.forEach(f -> foundOf.put(f.evidence(), f));
            List<Prediction> predictions = found.stream().map(Found::evidence).toList();
            List<java.util.function.BiPredicate<GoldQuote, Prediction>> rules = List.of(
                    QuoteMatching::halfOfShorter,
                    (g, p) -> QuoteMatching.halfOfShorter(g, p) && QuoteMatching.speakerRight(g, p, article.mainEntities()),
                    (g, p) -> QuoteMatching.halfOfShorter(g, p) && QuoteMatching.speakerRight(g, p, article.mainEntities())
                            && issueRight(stanceOf.get(g), foundOf.get(p)),
                    (g, p) -> QuoteMatching.halfOfShorter(g, p) && QuoteMatching.speakerRight(g, p, article.mainEntities())
                            && issueRight(stanceOf.get(g), foundOf.get(p)) && positionRight(stanceOf.get(g), foundOf.get(p)));
            QuoteMatching.Matching[] matchings = new QuoteMatching.Matching[rules.size()];
            for (int r = 0; r < rules.size(); r++) {
                matchings[r] = QuoteMatching.match(goldQuotes, predictions, rules.get(r), true);
                totals[r] = totals[r].plus(new QuoteEvaluation.Score(matchings[r].right(), predictions.size(),
                        matchings[r].found(), goldQuotes.size()));
            }
            QuoteEvaluation.Score polarity = polarity(goldQuotes, predictions, stanceOf, foundOf);
            polarityPairs += polarity.predicted();
            polarityRight += polarity.right();
            errors.append(errors(article, wanted, found, matchings));
        }
        List<QuoteEvaluation.Metric> metrics = List.of(
                new QuoteEvaluation.Metric(SPAN, totals[0], null),
                new QuoteEvaluation.Metric(ACTOR, totals[1], null),
                new QuoteEvaluation.Metric(ISSUE, totals[2], null),
                new QuoteEvaluation.Metric(STANCE, totals[3], "R 0.60 (P is a lower bound)"));
        return new Report(dataset, articles.size(), failed, gold, predicted, unplaced, metrics,
                new QuoteEvaluation.Score(polarityRight, polarityPairs, polarityRight, polarityPairs), errors.toString());
    }

    /** The gold stances paired on span and issue, one to one, and how many of the pairs have the right position. */
    private static QuoteEvaluation.Score polarity(List<GoldQuote> gold, List<Prediction> predictions,
                                                  Map<GoldQuote, BasilQuotes.GoldStance> stanceOf, Map<Prediction, Found> foundOf) {
        QuoteMatching.Matching m = QuoteMatching.match(gold, predictions, (g, p) -> QuoteMatching.halfOfShorter(g, p)
                && issueRight(stanceOf.get(g), foundOf.get(p)), false);
        int pairs = 0;
        int right = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (m.partner[g] >= 0) {
                pairs++;
                right += positionRight(stanceOf.get(gold.get(g)), foundOf.get(predictions.get(m.partner[g]))) ? 1 : 0;
            }
        }
        return new QuoteEvaluation.Score(right, pairs, right, pairs);
    }

    /** Whether the stance's issue (with its target's name) shares a content word with the gold target. */
    static boolean issueRight(BasilQuotes.GoldStance gold, Found found) {
        return QuoteMatching.shareWord(found.issue(), gold.target());
    }

    static boolean positionRight(BasilQuotes.GoldStance gold, Found found) {
        return found.position() == (gold.positive() ? Stance.Position.SUPPORTS : Stance.Position.OPPOSES);
    }

    /** A stance placed on the file: its evidence and the actor's name (the name of the entity its mention names). */
    private static Found found(Stance s, String text, ArticleEntities entities, TextAlignment alignment) {
        String actor = nameAt(s.actor(), text, entities);
        String issue = s.issue() + (s.target() == null ? "" : " (" + nameAt(s.target(), text, entities) + ")");
        Prediction evidence = new Prediction(s.evidence().of(text), alignment.place(s.evidence(), text), false, null,
                alignment.place(s.actor(), text), actor);
        return new Found(evidence, issue, s.position());
    }

    /** The name of the entity one of whose mentions (or role descriptions) holds {@code span}, else its words. */
    private static String nameAt(Span span, String text, ArticleEntities entities) {
        for (ArticleEntities.Found f : entities.entities()) {
            for (List<Mention> list : List.of(f.mentions(), f.descriptions())) {
                for (Mention m : list) {
                    if (m.start() <= span.start() && span.end() <= m.end()) {
                        return f.name();
                    }
                }
            }
        }
        return span.of(text);
    }

    /**
     * One article's errors: each gold stance not found, under it the stances whose evidence matched its span (so what
     * was wrong with them shows), then the stances whose evidence matched no gold span.
     */
    private static String errors(GoldArticle article, List<BasilQuotes.GoldStance> wanted, List<Found> found,
                                 QuoteMatching.Matching[] matchings) {
        QuoteMatching.Matching span = matchings[0];
        QuoteMatching.Matching full = matchings[matchings.length - 1];
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < wanted.size(); g++) {
            if (full.by[g] >= 0) {
                continue;
            }
            BasilQuotes.GoldStance w = wanted.get(g);
            GoldQuote q = w.quote();
            sb.append(String.format(Locale.ROOT, "  MISSED  %-11s %s  -- gold: %s %s %s%n",
                    q.extent().start() + ".." + q.extent().end(), QuoteEvaluation.snippet(BratAttributions.words(q.content(),
                            article.text())), q.speaker(), w.positive() ? "supports" : "opposes", w.target()));
            for (Found f : found) {
                if (f.evidence().content() != null && QuoteMatching.halfOfShorter(q, f.evidence())) {
                    sb.append("            found: ").append(line(f)).append('\n');
                }
            }
        }
        for (int p = 0; p < found.size(); p++) {
            Found f = found.get(p);
            if (!span.right[p]) {
                Span at = f.evidence().content();
                sb.append(String.format(Locale.ROOT, "  EXTRA   %-11s %s  -- %s%n", at == null ? "(unplaced)" : at.start()
                        + ".." + at.end(), QuoteEvaluation.snippet(f.evidence().said()), line(f)));
            }
        }
        return sb.isEmpty() ? "" : "=== " + article.name() + "  gold " + wanted.size() + ", predicted " + found.size()
                + "\n" + sb;
    }

    private static String line(Found f) {
        return f.evidence().words() + " " + f.position().label() + " " + f.issue();
    }
}

package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parallax.corpus.CorpusIndex;
import org.parallax.ingest.Ingest;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.Story;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Pipeline;

/**
 * Scores stories and storylines against gold clusters with B-cubed precision, recall and F1 and with
 * normalised mutual information. Gold clusters are the subfolders of a folder, or, in a flat folder, the
 * file name before its number ("label.12.txt", "label (12).txt"), as clustering-dev names them.
 */
public final class ClusteringEvaluation {

    /** B-cubed and NMI of one clustering against the gold one. */
    public record Score(double precision, double recall, double f1, double nmi, int clusters) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "B-cubed P %.3f  R %.3f  F1 %.3f  NMI %.3f  (%d clusters)", precision, recall,
                    f1, nmi, clusters);
        }
    }

    /**
     * The scores of one run: stories and storylines against the gold clusters, and, when the gold clusters fall
     * into coarser topics, storylines against those (else null).
     */
    public record Report(int articles, int goldClusters, Score stories, Score storylines, int goldTopics,
                         Score storylinesByTopic, String errors, double seconds) {
        public Report(int articles, int goldClusters, Score stories, Score storylines) {
            this(articles, goldClusters, stories, storylines, 0, null, "", 0);
        }

        @Override
        public String toString() {
            String out = "clustering: " + articles + " articles, " + goldClusters + " gold clusters, placed in "
                    + String.format(Locale.ROOT, "%.2f s", seconds) + "\n  stories     " + stories
                    + "\n  storylines  " + storylines;
            return storylinesByTopic == null ? out
                    : out + "\n  storylines against " + goldTopics + " topics  " + storylinesByTopic;
        }
    }

    /**
     * How to run: what each article's entity layer is (the annotation stage's, or none), whether dates a labels
     * file gives count as publication dates, how many leading characters of a gold label name its topic
     * (0: no topics), and what each article's gist is (or null).
     */
    public record Options(Function<Article, ArticleEntities> entities, boolean labelDates, int topicLength,
                          Function<Article, float[]> gist) {
        /** Without gists. */
        public Options(Function<Article, ArticleEntities> entities, boolean labelDates, int topicLength) {
            this(entities, labelDates, topicLength, a -> null);
        }

        public Options {
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(gist, "gist");
            if (topicLength < 0) {
                throw new IllegalArgumentException("topic length must not be negative, was " + topicLength);
            }
        }

        /** No entities, dates from a labels file, no topics: what the corpus stage sees without annotation. */
        public static Options plain() {
            return new Options(a -> ArticleEntities.none(a.id()), true, 0);
        }
    }

    /**
     * A labelled folder read and extracted: its articles in the corpus order, each with its entities and gold label,
     * and what gives an article's gist.
     */
    public record Prepared(List<Article> articles, Map<String, ArticleEntities> entities, Function<Article, float[]> gist,
                           Map<String, String> gold, int topicLength) {
        public Prepared {
            articles = List.copyOf(articles);
            entities = Map.copyOf(entities);
            Objects.requireNonNull(gist, "gist");
            gold = Map.copyOf(gold);
        }
    }

    private ClusteringEvaluation() {
    }

    public static Report run(Path folder, int threads) throws IOException {
        return run(folder, threads, Options.plain());
    }

    public static Report run(Path folder, int threads, Options options) throws IOException {
        return score(prepare(folder, threads, options), new CorpusIndex());
    }

    /**
     * Reads a labelled folder: gold labels from its subfolders, from file names, or from a labels file
     * ({@value #LABELS}: tab-separated with a header naming the columns {@code file} and {@code event}, and
     * optionally {@code date}, the publication day, and {@code outlet}; the files it names lie beside it or in
     * {@code text/}). The articles come in the corpus order the store uses: dated ones by day, then undated,
     * each by id.
     */
    public static Prepared prepare(Path folder, int threads, Options options) throws IOException {
        Map<String, String> gold = new HashMap<>();
        Map<String, String[]> labelled = new HashMap<>();
        List<String> files = new ArrayList<>();
        Path labels = folder.resolve(LABELS);
        if (Files.isRegularFile(labels)) {
            readLabels(folder, labels, gold, labelled, files);
        } else {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(".") || name.equalsIgnoreCase("readme.txt") || name.equals("SOURCE.txt")) {
                        continue;
                    }
                    Path parent = folder.relativize(p).getParent();
                    if (parent == null && !name.endsWith(".txt") || name.toUpperCase(java.util.Locale.ROOT).startsWith("COPYING")) {
                        continue;   // a data set's licence beside its data
                    }
                    gold.put(p.toString(), parent != null && !flat(folder) ? (parent.getNameCount() > 1
                            ? parent.getFileName().toString() : parent.toString()) : label(name));
                    files.add(p.toString());
                }
            }
        }
        List<Article> articles = new ArrayList<>();
        BatchSink sink = batch -> {
            batch.forEach(d -> articles.add(d.article()));
            return new BatchSink.Outcome(batch.size(), 0);
        };
        new Pipeline(Clock.systemUTC(), threads, 256).run(new Ingest().readLocations(files), sink, s -> { }, f -> { });
        List<Article> ordered = new ArrayList<>();
        for (Article a : articles) {
            String[] given = labelled.get(a.source());
            ordered.add(given == null ? a : withLabels(a, given[0], given[1], options.labelDates()));
        }
        ordered.sort(Comparator.comparing((Article a) -> a.published() == null ? 1 : 0)
                .thenComparing(a -> a.published() == null ? "" : a.published().day())
                .thenComparing(Article::id));
        Map<String, ArticleEntities> entities = new HashMap<>();
        for (Article a : ordered) {
            entities.put(a.id(), options.entities().apply(a));
        }
        Map<String, String> goldOfArticle = new HashMap<>();
        ordered.forEach(a -> goldOfArticle.put(a.id(), gold.get(a.source())));
        return new Prepared(ordered, entities, options.gist(), goldOfArticle, options.topicLength());
    }

    /** The name of a labels file in a data set's folder. */
    public static final String LABELS = "articles.tsv";

    static void readLabels(Path folder, Path labels, Map<String, String> gold, Map<String, String[]> labelled,
                                   List<String> files) throws IOException {
        List<String> lines = Files.readAllLines(labels);
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int event = header.indexOf("event");
        int date = header.indexOf("date");
        int outlet = header.indexOf("outlet");
        if (file < 0 || event < 0) {
            throw new IOException("labels file must have a header with the columns file and event: " + labels);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] row = lines.get(i).split("\t", -1);
            if (row.length <= Math.max(file, event)) {
                throw new IOException("labels file line " + (i + 1) + " has " + row.length + " columns: " + labels);
            }
            Path p = Files.isRegularFile(folder.resolve(row[file])) ? folder.resolve(row[file]) : folder.resolve("text").resolve(row[file]);
            if (!Files.isRegularFile(p)) {
                throw new IOException("labels file line " + (i + 1) + " names a missing file " + row[file] + ": " + labels);
            }
            gold.put(p.toString(), row[event]);
            labelled.put(p.toString(), new String[] {date >= 0 && date < row.length ? row[date] : "",
                    outlet >= 0 && outlet < row.length ? row[outlet] : ""});
            files.add(p.toString());
        }
    }

    /** The article with the date and outlet a labels file gives, where its text gave none. */
    private static Article withLabels(Article a, String date, String outlet, boolean dates) {
        PublicationDate published = a.published();
        if (dates && published == null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            published = new PublicationDate(date, false, new Evidence(0, 0, ""));
        }
        String source = a.outlet() == null && !outlet.isEmpty() ? outlet : a.outlet();
        return new Article(a.id(), a.source(), a.url(), a.title(), a.text(), published, a.pageDate(), source,
                a.syndicatedFrom(), a.language(), a.note());
    }

    /**
     * Places the prepared articles, one at a time in their order, with a fresh index, and scores the result; its
     * errors name each gold cluster split over stories and each story that joins gold clusters, with every article's
     * headline and the reason it was placed where it is.
     */
    public static Report score(Prepared prepared, CorpusIndex index) {
        Map<String, CorpusIndex.Placement> placements = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> days = new HashMap<>();
        long started = System.nanoTime();
        for (Article a : prepared.articles()) {
            placements.put(a.id(), index.add(a, prepared.entities().get(a.id()), () -> prepared.gist().apply(a)));
            titles.put(a.id(), a.title());
            days.put(a.id(), a.published() == null ? "undated" : a.published().day()
                    + (a.published().inferred() ? " (\"" + a.published().evidence().text() + "\")" : ""));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, String> story = new HashMap<>();
        Map<String, String> storyline = new HashMap<>();
        for (Story s : index.stories()) {
            for (String article : s.articles()) {
                story.put(article, s.id());
                storyline.put(article, s.storyline());
            }
        }
        Map<String, String> gold = prepared.gold();
        int goldClusters = (int) gold.values().stream().distinct().count();
        String errors = errors(story, gold, placements, titles, days);
        if (prepared.topicLength() == 0) {
            return new Report(story.size(), goldClusters, score(story, gold), score(storyline, gold), 0, null, errors, seconds);
        }
        Map<String, String> topics = new HashMap<>();
        gold.forEach((article, label) -> topics.put(article, label.substring(0, Math.min(label.length(), prepared.topicLength()))));
        return new Report(story.size(), goldClusters, score(story, gold), score(storyline, gold),
                (int) topics.values().stream().distinct().count(), score(storyline, topics),
                errors + lineErrors(storyline, topics, story, gold, titles), seconds);
    }

    /** Gold clusters split over stories, then stories that join gold clusters: each article with its headline and reason. */
    private static String errors(Map<String, String> story, Map<String, String> gold,
                                 Map<String, CorpusIndex.Placement> placements, Map<String, String> titles,
                                 Map<String, String> days) {
        StringBuilder out = new StringBuilder();
        splitsAndMerges(out, story, gold, "SPLIT", "stories", "MERGED in",
                (group, articles) -> describe(out, group, articles, placements, titles, days));
        return out.toString();
    }

    /**
     * Topics split over storylines, then storylines that join topics: each storyline or topic with the stories in it,
     * each story with the gold events of its articles and its first headline.
     */
    private static String lineErrors(Map<String, String> storyline, Map<String, String> topics, Map<String, String> story,
                                     Map<String, String> gold, Map<String, String> titles) {
        Map<String, TreeMap<String, Integer>> eventsOfStory = new HashMap<>();
        Map<String, String> firstTitle = new HashMap<>();
        story.keySet().stream().sorted().forEach(article -> {
            eventsOfStory.computeIfAbsent(story.get(article), k -> new TreeMap<>()).merge(gold.get(article), 1, Integer::sum);
            firstTitle.putIfAbsent(story.get(article), titles.get(article));
        });
        StringBuilder out = new StringBuilder();
        splitsAndMerges(out, storyline, topics, "TOPIC SPLIT", "storylines", "TOPICS MERGED in", (group, articles) -> {
            out.append("  ").append(group).append('\n');
            articles.stream().map(story::get).distinct().sorted().forEach(s -> out.append("    ").append(s).append(' ')
                    .append(eventsOfStory.get(s)).append("  ").append(firstTitle.get(s)).append('\n'));
        });
        return out.toString();
    }

    /**
     * Each gold group split over predicted ones, then each predicted one that joins gold groups, in name order: a
     * heading, then each part with its items ({@code part}).
     */
    private static void splitsAndMerges(StringBuilder out, Map<String, String> predicted, Map<String, String> gold,
                                        String split, String kind, String merged,
                                        java.util.function.BiConsumer<String, List<String>> part) {
        Map<String, TreeMap<String, List<String>>> predictedOfGold = new TreeMap<>();
        Map<String, TreeMap<String, List<String>>> goldOfPredicted = new TreeMap<>();
        predicted.forEach((item, p) -> {
            predictedOfGold.computeIfAbsent(gold.get(item), k -> new TreeMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(item);
            goldOfPredicted.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(gold.get(item), k -> new ArrayList<>()).add(item);
        });
        predictedOfGold.forEach((label, parts) -> {
            if (parts.size() > 1) {
                out.append(split).append(' ').append(label).append(" over ").append(parts.size()).append(' ').append(kind)
                        .append('\n');
                parts.forEach(part);
            }
        });
        goldOfPredicted.forEach((p, parts) -> {
            if (parts.size() > 1) {
                out.append(merged).append(' ').append(p).append(": ").append(String.join(", ", parts.keySet())).append('\n');
                parts.forEach(part);
            }
        });
    }

    private static void describe(StringBuilder out, String group, List<String> articles,
                                 Map<String, CorpusIndex.Placement> placements, Map<String, String> titles,
                                 Map<String, String> days) {
        out.append("  ").append(group).append(" (").append(articles.size()).append(")\n");
        for (String a : articles.stream().sorted().toList()) {
            CorpusIndex.Placement p = placements.get(a);
            out.append("    ").append(days.get(a)).append("  ").append(titles.get(a)).append("  [").append(p.story()).append(": ").append(p.reason())
                    .append("]\n");
        }
    }

    private static boolean flat(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.noneMatch(Files::isDirectory) || isSingleDataFolder(folder);
        }
    }

    /**
     * clustering-dev keeps its files in one subfolder (WikiRef220): that is a flat layout too; but one subfolder of
     * subfolders (stories-dev's ECB+/01a/…) is labelled by those.
     */
    private static boolean isSingleDataFolder(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> dirs = list.filter(Files::isDirectory).toList();
            if (dirs.size() != 1) {
                return false;
            }
            try (Stream<Path> inner = Files.list(dirs.get(0))) {
                return inner.noneMatch(Files::isDirectory);
            }
        }
    }

    /** "premier.league.12.txt" and "ParisAttacks2015 (12).txt" are labelled "premier.league" and "ParisAttacks2015". */
    static String label(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]+$", "");
        return base.replaceFirst("\\s*\\(\\d+\\)$", "").replaceFirst("\\.\\d+$", "");
    }

    /** B-cubed P/R/F1 and NMI of {@code predicted} against {@code gold}, both mapping item to cluster. */
    public static Score score(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, List<String>> byPredicted = groups(predicted);
        Map<String, List<String>> byGold = groups(gold);
        double p = 0;
        double r = 0;
        int n = predicted.size();
        for (String item : predicted.keySet()) {
            List<String> sameP = byPredicted.get(predicted.get(item));
            List<String> sameG = byGold.get(gold.get(item));
            long both = sameP.stream().filter(o -> gold.get(o).equals(gold.get(item))).count();
            p += (double) both / sameP.size();
            r += (double) both / sameG.size();
        }
        p /= n;
        r /= n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(p, r, f1, nmi(predicted, gold, byPredicted, byGold), byPredicted.size());
    }

    private static double nmi(Map<String, String> predicted, Map<String, String> gold, Map<String, List<String>> byP,
                              Map<String, List<String>> byG) {
        double n = predicted.size();
        Map<String, Integer> joint = new HashMap<>();
        predicted.forEach((item, c) -> joint.merge(c + "\u0000" + gold.get(item), 1, Integer::sum));
        double mi = 0;
        for (Map.Entry<String, Integer> e : joint.entrySet()) {
            String[] k = e.getKey().split("\u0000", 2);
            double pxy = e.getValue() / n;
            double px = byP.get(k[0]).size() / n;
            double py = byG.get(k[1]).size() / n;
            mi += pxy * Math.log(pxy / (px * py));
        }
        double hp = entropy(byP, n);
        double hg = entropy(byG, n);
        return hp + hg == 0 ? 1 : 2 * mi / (hp + hg);
    }

    private static double entropy(Map<String, List<String>> groups, double n) {
        double h = 0;
        for (List<String> g : groups.values()) {
            double p = g.size() / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static Map<String, List<String>> groups(Map<String, String> assignment) {
        Map<String, List<String>> out = new HashMap<>();
        assignment.forEach((item, c) -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(item));
        return out;
    }
}

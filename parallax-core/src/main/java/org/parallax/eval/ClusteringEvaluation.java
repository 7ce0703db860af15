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
import java.util.stream.Stream;
import org.parallax.corpus.CorpusIndex;
import org.parallax.ingest.Ingest;
import org.parallax.model.Article;
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

    public record Report(int articles, int goldClusters, Score stories, Score storylines) {
        @Override
        public String toString() {
            return "clustering: " + articles + " articles, " + goldClusters + " gold clusters\n  stories     " + stories
                    + "\n  storylines  " + storylines;
        }
    }

    private ClusteringEvaluation() {
    }

    public static Report run(Path folder, int threads) throws IOException {
        Map<String, String> gold = new HashMap<>();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.equalsIgnoreCase("readme.txt") || name.equals("SOURCE.txt")) {
                    continue;
                }
                Path parent = folder.relativize(p).getParent();
                gold.put(p.toString(), parent != null && !flat(folder) ? parent.toString() : label(name));
                files.add(p.toString());
            }
        }
        List<Article> articles = new ArrayList<>();
        BatchSink sink = batch -> {
            batch.forEach(d -> articles.add(d.article()));
            return new BatchSink.Outcome(batch.size(), 0);
        };
        new Pipeline(Clock.systemUTC(), threads, 256).run(new Ingest().readLocations(files), sink, s -> { }, f -> { });
        articles.sort(Comparator.comparing((Article a) -> a.published() == null ? "9999" : a.published().day()));
        CorpusIndex index = new CorpusIndex();
        Map<String, String> story = new HashMap<>();
        for (Article a : articles) {
            story.put(a.source(), index.add(a).story());
        }
        Map<String, String> storyline = new HashMap<>();
        Map<String, String> lineOfStory = new HashMap<>();
        index.stories().forEach(s -> lineOfStory.put(s.id(), s.storyline()));
        story.forEach((source, s) -> storyline.put(source, lineOfStory.get(s)));
        Map<String, String> goldOfScored = new HashMap<>();
        story.keySet().forEach(k -> goldOfScored.put(k, gold.get(k)));
        return new Report(story.size(), (int) goldOfScored.values().stream().distinct().count(),
                score(story, goldOfScored), score(storyline, goldOfScored));
    }

    private static boolean flat(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.noneMatch(Files::isDirectory) || isSingleDataFolder(folder);
        }
    }

    /** clustering-dev keeps its files in one subfolder (WikiRef220): that is a flat layout too. */
    private static boolean isSingleDataFolder(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> dirs = list.filter(Files::isDirectory).toList();
            return dirs.size() == 1;
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

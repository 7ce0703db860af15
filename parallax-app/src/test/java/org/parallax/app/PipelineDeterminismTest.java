package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.Story;
import org.parallax.nlp.Annotation;
import org.parallax.store.Store;

/**
 * The same inputs give the same texts, entity spans and stories whatever their order, the batch size or the
 * number of threads: the chrome profile is learned in a step of its own before any article is cleaned, and
 * the corpus stages take articles in the corpus order, not the order they came in.
 */
class PipelineDeterminismTest {
    private static final Path ECB = TestCli.SHARED.resolve("datasets/stories-dev/ECB+");

    @TempDir
    Path dir;

    /** What must not change: texts by article, entity mention spans, stories as sets of articles. */
    private record Outcome(Map<String, String> texts, Set<String> spans, Set<Set<String>> stories) {
    }

    @Test
    void analyze_inOtherOrdersBatchSizesAndThreads_givesIdenticalTextsSpansAndStories() throws Exception {
        List<String> inputs = inputs();
        Outcome forward = analyze(inputs, "forward", 256, 2);
        List<String> reversed = new ArrayList<>(inputs);
        java.util.Collections.reverse(reversed);
        Outcome backward = analyze(reversed, "backward", 3, 1);

        assertThat(forward.texts()).hasSizeGreaterThan(30);
        assertThat(backward.texts()).isEqualTo(forward.texts());
        assertThat(backward.spans()).isNotEmpty().isEqualTo(forward.spans());
        assertThat(backward.stories()).isEqualTo(forward.stories());
        // the footer every page of the site repeats is chrome in every article, the first one read included
        assertThat(forward.texts().values()).noneMatch(t -> t.contains("served the lakeside towns"));
    }

    @Test
    void analyze_inTwoRunsThenReanalyzeExtraction_givesTheTextsOfOneRun() throws Exception {
        List<String> inputs = inputs();
        Outcome once = analyze(inputs, "once", 256, 2);
        Path folder = dir.resolve("halves");
        int half = inputs.size() / 2;
        try (Store store = Store.open(folder, Clock.systemUTC())) {
            PrintWriter quiet = new PrintWriter(new StringWriter());
            Analysis.run(inputs.subList(0, half), store, quiet, 2, 256, new Annotation());
            Analysis.run(inputs.subList(half, inputs.size()), store, quiet, 2, 256, new Annotation());
            List<String> withFooter = new ArrayList<>();
            store.forEachArticle(a -> {
                if (a.article().text().contains("served the lakeside towns")) {
                    withFooter.add(a.article().id());
                }
            });
            assertThat(withFooter).as("the first page, cleaned before the site's other pages came").hasSize(1);
            assertThat(Analysis.reextract(store.pending(null, Store.EXTRACTION, Integer.MAX_VALUE), store, quiet, 2)
                    .failed()).isZero();
            Analysis.updateCorpus(store);
            Map<String, String> texts = new TreeMap<>();
            store.forEachArticle(a -> texts.put(a.article().id(), a.article().text()));
            assertThat(texts).isEqualTo(once.texts());
            assertThat(spans(store, texts.keySet())).isEqualTo(once.spans());
        }
    }

    /** Articles of four ECB+ events, each a file, and one site's pages that repeat a footer, in a JSON Lines file. */
    private List<String> inputs() throws Exception {
        List<String> out = new ArrayList<>();
        for (String event : List.of("01a", "01b", "03a", "03b")) {
            try (Stream<Path> files = Files.list(ECB.resolve(event))) {
                files.sorted().limit(8).forEach(f -> out.add(f.toString()));
            }
        }
        StringBuilder first = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        String[] topics = {"ferry fares", "school term", "harbour wall", "bus routes", "library hours"};
        for (int i = 0; i < topics.length; i++) {
            String text = "The council changed the " + topics[i] + " on Monday after a vote of " + (7 + i)
                    + " to 2, the mayor said, and residents will see the change from next month.\\n\\n"
                    + "The Herald has served the lakeside towns and their readers since 1921.";
            (i == 0 ? first : rest).append("{\"id\":\"h").append(i).append("\",\"outlet\":\"herald.example\",\"title\":\"Council changes ")
                    .append(topics[i]).append("\",\"text\":\"").append(text).append("\"}\n");
        }
        // one page of the site comes first, the others last: only together do they show its footer is chrome
        Path one = dir.resolve("herald-1.jsonl");
        Path others = dir.resolve("herald-2.jsonl");
        Files.writeString(one, first);
        Files.writeString(others, rest);
        out.add(0, one.toString());
        out.add(others.toString());
        return out;
    }

    private Outcome analyze(List<String> inputs, String name, int batchSize, int threads) {
        try (Store store = Store.open(dir.resolve(name), Clock.systemUTC())) {
            Analysis.Result result = Analysis.run(inputs, store, new PrintWriter(new StringWriter()), threads, batchSize,
                    new Annotation());
            assertThat(result.summary().failed()).isZero();
            Map<String, String> texts = new TreeMap<>();
            store.forEachArticle(a -> texts.put(a.article().id(), a.article().text()));
            Set<String> spans = spans(store, texts.keySet());
            Set<Set<String>> stories = store.stories(0, 10_000).stream().map(Story::articles)
                    .map(a -> (Set<String>) new TreeSet<>(a)).collect(Collectors.toSet());
            return new Outcome(texts, spans, stories);
        }
    }

    private static Set<String> spans(Store store, Set<String> articles) {
        Set<String> spans = new TreeSet<>();
        for (Entity e : store.entitiesOf(articles)) {
            for (Mention m : e.mentions()) {
                spans.add(m.article() + ":" + m.start() + "-" + m.end() + ":" + m.text());
            }
        }
        return spans;
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.nlp.Annotation;
import org.parallax.stage.TimeBudget;
import org.parallax.stage.DocumentStage;
import org.parallax.store.Store;

/** A document that makes a stage throw is reported with its id and stage; the rest is stored; the next run goes on. */
class StageFailureTest {
    @TempDir
    Path dir;

    @Test
    void analyze_whenAnnotationThrowsOnOneArticle_reportsItStoresTheRestAndTheNextRunCompletes() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Port fees cut\n\nThe port of Lisbon cut its fees on Monday, said Ana Costa, the harbour master. The work took three weeks and cost less than planned, officials said, and traffic is expected to return to normal by the end of the month.\n\nResidents welcomed the news at a meeting in the town hall on Monday evening.");
        Files.writeString(corpus.resolve("b.txt"), "Ferry strike ends\n\nFerry crews in Oslo ended their strike on Tuesday after talks with Nordic Lines. The crews won a pay rise of four percent over two years and shorter night shifts on the longer routes.\n\nThe first boats left the harbour on Wednesday morning with few passengers on board.");
        Files.writeString(corpus.resolve("c.txt"), "Bridge reopens\n\nThe Quarnby bridge reopened on Friday after repairs. Engineers replaced two of its steel cables and painted the deck, and the first buses crossed it before noon.\n\nShop owners on both banks said trade had fallen by half while it was shut.");
        Annotation real = new Annotation();
        DocumentStage<Article, AnnotatedArticle> breaking = DocumentStage.of("annotation", Annotation.VERSION, a -> {
            if (a.text().contains("Quarnby")) {
                throw new IllegalStateException("the finder broke on this text");
            }
            return real.apply(a);
        });
        StringWriter err = new StringWriter();
        try (Store store = Store.open(dir.resolve("store"), Clock.systemUTC())) {
            Analysis.Result first = Analysis.run(List.of(corpus.toString()), store, new PrintWriter(err), 2, 256, breaking);
            assertThat(first.summary().failed()).isEqualTo(1);
            assertThat(first.summary().stored()).isEqualTo(2);
            assertThat(err.toString()).contains("error: " + corpus.resolve("c.txt") + ": annotation failed: document ")
                    .contains("the finder broke on this text");
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.entitySummaries(null, 0, 100)).extracting(e -> e.name()).contains("Ana Costa", "Oslo");
            assertThat(store.storyCount()).isEqualTo(2);

            StringWriter again = new StringWriter();
            Analysis.Result second = Analysis.run(List.of(corpus.toString()), store, new PrintWriter(again), 2, 256, real);
            assertThat(second.summary().failed()).isZero();
            assertThat(again.toString()).doesNotContain("error:");
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.pending(Store.ANNOTATION, Store.IDENTITIES, Store.IDENTITIES_VERSION)).isEmpty();
            assertThat(store.storyCount()).isEqualTo(3);
        }
    }

    @Test
    void analyze_whenAnArticleTakesLongerThanItsBudget_failsItClearlyStoresTheRestAndTheNextRunCompletes() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Port fees cut\n\nThe port of Lisbon cut its fees on Monday, said Ana Costa, the harbour master. The work took three weeks and cost less than planned, officials said, and traffic is expected to return to normal by the end of the month.\n\nResidents welcomed the news at a meeting in the town hall on Monday evening.");
        Files.writeString(corpus.resolve("b.txt"), "Bridge reopens\n\nThe Quarnby bridge reopened on Friday after repairs. Engineers replaced two of its steel cables and painted the deck, and the first buses crossed it before noon.\n\nShop owners on both banks said trade had fallen by half while it was shut.");
        Annotation real = new Annotation();
        Annotation hurried = new Annotation(new TimeBudget(Duration.ZERO, Duration.ZERO));
        DocumentStage<Article, AnnotatedArticle> stage = DocumentStage.of("annotation", Annotation.VERSION,
                a -> (a.text().contains("Quarnby") ? hurried : real).apply(a));
        StringWriter err = new StringWriter();
        try (Store store = Store.open(dir.resolve("store"), Clock.systemUTC())) {
            Analysis.Result first = Analysis.run(List.of(corpus.toString()), store, new PrintWriter(err), 2, 256, stage);
            assertThat(first.summary().failed()).as(err.toString()).isEqualTo(1);
            assertThat(err.toString()).containsPattern("error: " + java.util.regex.Pattern.quote(corpus.resolve("b.txt").toString())
                    + ": annotation failed: document \\w+: stopped after sentences: [0-9.]+ s, over its time budget of 0.0 s");
            assertThat(store.count()).isEqualTo(1);

            Analysis.Result second = Analysis.run(List.of(corpus.toString()), store, new PrintWriter(new StringWriter()), 2, 256, real);
            assertThat(second.summary().failed()).isZero();
            assertThat(store.count()).isEqualTo(2);
        }
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.InferredDate;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.model.TimeExpression.Anchor;
import org.parallax.nlp.TimeFinder;
import org.parallax.pipeline.Processed;
import org.parallax.store.BundleExport;
import org.parallax.store.Store;

/**
 * Publication days inferred for articles whose pages give none: from a dateline, from the story's first dated report,
 * from the latest day the words name; marked as inferred with their evidence in the store and the bundle; the story's
 * period from the events its articles report.
 */
class StoryDateStageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final TimeFinder TIMES = new TimeFinder();

    static final String DATED = "Harbour talks end in Tarnby\n"
            + "The harbour ministers of Tarnby and Vell met on Tuesday in Tarnby and agreed on new fishing quotas. "
            + "Last week the two harbours had closed their waters to each other's boats.\n";
    static final String UNDATED = "Harbour talks end in Tarnby with a deal\n"
            + "The harbour ministers of Tarnby and Vell met on Tuesday in Tarnby and agreed on new fishing quotas for their boats. "
            + "Last week the two harbours had closed their waters, a ban first imposed in 2019.\n";
    static final String DATELINE = "VELL, 12 March 2024 (Harbour Wire) -- Glassblowers of Vell opened their winter fair on"
            + " Tuesday, a fair first held on 3 June 1961.\n";
    static final String NAMED = "Orchard growers count losses\n"
            + "Apple growers in the upper valley said the frost of Friday, 14 April 2023 cost them half a harvest, worse than"
            + " the frost of 2 May 2017. They met on Friday to ask for help.\n";
    /** Days named by date alone tell of what happened before or lies ahead: they date no report. */
    static final String BACKGROUND = "Orchard growers remember\n"
            + "Apple growers in the upper valley said the frost of 14 April 2023 cost them half a harvest, worse than the"
            + " frost of 2 May 2017, and the next fair is set for 3 June 2031.\n";

    @TempDir
    Path dir;

    private static Processed.Done done(String name, String text, String day) {
        return done(name, text, day, false);
    }

    private static Processed.Done done(String name, String text, String day, boolean inferred) {
        RawDocument raw = new RawDocument("in/" + name + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
        int title = text.indexOf('\n');
        Article article = new Article(raw.id(), raw.source(), null, text.substring(0, title > 0 ? title : 10), text,
                day == null ? null : new PublicationDate(day, inferred, Evidence.of(text, 0, 7)), null, "outlet-" + name, null, "en");
        return new Processed.Done(raw, new AnnotatedArticle(article, List.of(), ArticleEntities.none(article.id()), List.of(),
                TIMES.find(article)));
    }

    @Test
    void update_datesUndatedArticles_byDatelineStoryOrWords_andTheBundleSaysSo() throws Exception {
        Processed.Done dated = done("dated", DATED, "2025-03-05");
        Processed.Done undated = done("undated", UNDATED, null);
        Processed.Done dateline = done("dateline", DATELINE, null);
        Processed.Done named = done("named", NAMED, null);
        Processed.Done background = done("background", BACKGROUND, null);
        String d = dated.article().id();
        String u = undated.article().id();
        Path file = dir.resolve("bundle.json");
        try (Store store = Store.open(dir.resolve("store"), CLOCK)) {
            store.accept(List.of(dated, undated, dateline, named, background));
            CorpusIndex index = new CorpusIndex();
            List<CorpusIndex.Placement> placed = List.of(index.add(dated.article()), index.add(undated.article()));
            assertThat(placed.get(1).story()).isEqualTo(placed.get(0).story());
            store.saveCorpus(index, placed);
            StoryDateStage stage = new StoryDateStage(store);
            assertThat(stage.update().articles()).as("the four undated articles").isEqualTo(4);

            InferredDate byStory = store.inferredDate(u).orElseThrow();
            assertThat(byStory.basis()).isEqualTo(InferredDate.Basis.STORY);
            assertThat(byStory.day()).isEqualTo("2025-03-05");
            assertThat(byStory.source()).isEqualTo(d);
            assertThat(byStory.evidence()).isEqualTo(dated.article().title());
            assertThat(store.timesOfArticle(u)).filteredOn(t -> t.text().equals("Tuesday")).singleElement()
                    .satisfies(t -> assertThat(t.time().value()).isEqualTo("2025-03-04"))
                    .satisfies(t -> assertThat(t.time().anchor()).isEqualTo(Anchor.STORY));

            InferredDate byDateline = store.inferredDate(dateline.article().id()).orElseThrow();
            assertThat(byDateline.basis()).isEqualTo(InferredDate.Basis.DATELINE);
            assertThat(byDateline.day()).isEqualTo("2024-03-12");
            assertThat(byDateline.span().of(DATELINE)).isEqualTo("12 March 2024");
            assertThat(store.timesOfArticle(dateline.article().id())).filteredOn(t -> t.text().equals("Tuesday"))
                    .singleElement().satisfies(t -> assertThat(t.time().value()).isEqualTo("2024-03-12"));

            InferredDate byWords = store.inferredDate(named.article().id()).orElseThrow();
            assertThat(byWords.basis()).isEqualTo(InferredDate.Basis.TEXT);
            assertThat(byWords.day()).isEqualTo("2023-04-14");
            assertThat(store.inferredDate(background.article().id())).isEmpty();
            assertThat(store.inferredDate(d)).as("a dated article keeps its own date").isEmpty();

            assertThat(stage.update().articles()).as("nothing changed: nothing to redo").isZero();
            try (OutputStream out = Files.newOutputStream(file)) {
                BundleExport.writeAll(store, out);
            }
        }
        JsonNode root = BundleSchema.validBundle(file);
        Map<String, JsonNode> articles = new HashMap<>();
        root.get("articles").forEach(a -> articles.put(a.get("id").asText(), a));
        JsonNode a = articles.get(u);
        assertThat(a.get("published").asText()).isEqualTo("2025-03-05");
        assertThat(a.get("published_inferred").asBoolean()).isTrue();
        assertThat(a.get("published_evidence").get("basis").asText()).isEqualTo("STORY");
        assertThat(a.get("published_evidence").get("article").asText()).isEqualTo(d);
        JsonNode w = articles.get(named.article().id()).get("published_evidence");
        assertThat(NAMED.substring(w.get("start").asInt(), w.get("end").asInt())).isEqualTo(w.get("text").asText())
                .isEqualTo("Friday, 14 April 2023");
        assertThat(articles.get(d).get("published_inferred").asBoolean()).isFalse();
        JsonNode story = root.get("stories").get(0);
        assertThat(story.get("start").asText()).as("the meeting on Tuesday, the day before its first report")
                .isEqualTo("2025-03-04");
        assertThat(story.get("end").asText()).isEqualTo("2025-03-04");
    }

    @Test
    void update_lendsNoStoryDayThatWasItselfInferred() throws Exception {
        Processed.Done guessed = done("guessed", DATED, "2025-03-05", true);
        Processed.Done undated = done("undated", UNDATED, null);
        try (Store store = Store.open(dir.resolve("store"), CLOCK)) {
            store.accept(List.of(guessed, undated));
            CorpusIndex index = new CorpusIndex();
            store.saveCorpus(index, List.of(index.add(guessed.article()), index.add(undated.article())));
            assertThat(new StoryDateStage(store).update().articles()).isEqualTo(1);
            assertThat(store.inferredDate(undated.article().id())).as("a day read from a lead may rest on a guessed year")
                    .isEmpty();
        }
    }
}

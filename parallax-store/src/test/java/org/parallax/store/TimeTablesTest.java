package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.ArticleTime;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.InferredDate;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.model.TimeExpression;
import org.parallax.model.TimeExpression.Anchor;
import org.parallax.nlp.TimeFinder;
import org.parallax.pipeline.Processed;

/**
 * Time expressions through the store: written with the article's layers, read by article and by story, replaced
 * when the annotation is redone, and reckoned again for an undated article once its story has a date.
 */
class TimeTablesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final TimeFinder TIMES = new TimeFinder();

    static final String DATED = "Harbour talks end in Tarnby\n"
            + "The harbour ministers of Tarnby and Vell met on Tuesday in Tarnby for three hours and agreed on new fishing quotas. "
            + "Last week the two harbours had closed their waters to each other's boats.\n";
    static final String UNDATED = "Harbour talks end in Tarnby with a deal\n"
            + "The harbour ministers of Tarnby and Vell met on Tuesday in Tarnby and agreed on new fishing quotas for their boats. "
            + "Last week the two harbours had closed their waters, a ban first imposed in 2019.\n";

    @TempDir
    Path dir;

    private static Processed.Done done(String name, String text, String day) {
        RawDocument raw = new RawDocument("in/" + name + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), null, text.substring(0, text.indexOf('\n')), text,
                day == null ? null : new PublicationDate(day, false, Evidence.of(text, 0, 7)), null, "outlet-" + name, null, "en");
        AnnotatedArticle a = new AnnotatedArticle(article, List.of(), ArticleEntities.none(article.id()), List.of(),
                TIMES.find(article));
        return new Processed.Done(raw, a);
    }

    private static List<String> values(List<ArticleTime> times) {
        return times.stream().map(t -> t.text() + "=" + t.time().value()).toList();
    }

    @Test
    void times_areStoredWithTheLayers_readByArticleAndStory_andAnUndatedArticleIsDatedByItsStory() {
        try (Store store = Store.open(dir.resolve("store"), CLOCK)) {
            Processed.Done dated = done("dated", DATED, "2025-03-05");
            Processed.Done undated = done("undated", UNDATED, null);
            store.accept(List.of(dated, undated));
            String d = dated.article().id();
            String u = undated.article().id();

            assertThat(values(store.timesOfArticle(d))).containsExactly("Tuesday=2025-03-04", "three hours=PT3H", "Last week=2025-W09");
            assertThat(values(store.timesOfArticle(u))).containsExactly("Tuesday=XXXX-WXX-2", "Last week=XXXX-WXX", "2019=2019");
            for (ArticleTime t : store.timesOfArticle(d)) {
                assertThat(DATED.substring(t.time().span().start(), t.time().span().end())).isEqualTo(t.text());
            }
            assertThat(store.timeCount()).isEqualTo(6);
            List<ArticleTime> all = new ArrayList<>();
            store.forEachTime(all::add);
            assertThat(all).hasSize(6);
            assertThat(store.undatedToDate()).as("not looked at yet, in no story").singleElement()
                    .satisfies(x -> assertThat(x.article().id()).isEqualTo(u)).satisfies(x -> assertThat(x.storyDay()).isNull());
            store.writeInferredDates(List.of(new Store.Dated(u, null, List.of())));
            assertThat(store.undatedToDate()).as("looked at: its words name no day, and it has no story").isEmpty();
            assertThat(store.inferredDate(u)).isEmpty();

            CorpusIndex index = new CorpusIndex();
            List<CorpusIndex.Placement> placed = List.of(index.add(dated.article()), index.add(undated.article()));
            assertThat(placed.get(1).story()).isEqualTo(placed.get(0).story());
            store.saveCorpus(index, placed);
            String story = placed.get(0).story();

            List<Store.Undated> toDate = store.undatedToDate();
            assertThat(toDate).as("its story now gives a day").extracting(s -> s.article().id()).containsExactly(u);
            assertThat(toDate.get(0).storyDay()).isEqualTo(LocalDate.of(2025, 3, 5));
            assertThat(toDate.get(0).storySource()).isEqualTo(d);
            assertThat(toDate.get(0).storySourceTitle()).isEqualTo(dated.article().title());
            InferredDate day = new InferredDate(u, "2025-03-05", InferredDate.Basis.STORY, toDate.get(0).storySourceTitle(), null, d);
            store.writeInferredDates(List.of(new Store.Dated(u, day, TIMES.find(toDate.get(0).article(), day))));
            assertThat(values(store.timesOfArticle(u))).containsExactly("Tuesday=2025-03-04", "Last week=2025-W09", "2019=2019");
            assertThat(store.timesOfArticle(u)).extracting(t -> t.time().anchor()).containsExactly(Anchor.STORY, Anchor.STORY, Anchor.NONE);
            assertThat(store.inferredDate(u)).contains(day);
            assertThat(store.inferredDate(d)).as("a dated article has none").isEmpty();
            assertThat(store.undatedToDate()).as("dated by its story already").isEmpty();

            assertThat(values(store.datesOfStory(story))).as("dates only, no amounts")
                    .containsExactly("Tuesday=2025-03-04", "Last week=2025-W09", "Tuesday=2025-03-04", "Last week=2025-W09", "2019=2019");

            // the annotation redone: the layer replaces the old one, and the story's day is to be given again
            store.replaceLayers(List.of(done("undated", UNDATED, null).annotated()));
            assertThat(store.timesOfArticle(u)).extracting(t -> t.time().anchor()).contains(Anchor.UNRESOLVED);
            assertThat(store.undatedToDate()).extracting(s -> s.article().id()).containsExactly(u);
            store.replaceLayers(List.of(new AnnotatedArticle(dated.article(), List.of(), ArticleEntities.none(d), List.of())));
            assertThat(store.timesOfArticle(d)).isEmpty();
            assertThat(store.timeCount()).isEqualTo(3);
        }
    }

    @Test
    void aStoryWhosePagesDateItsArticlesWeeksApart_lendsNoDay_andTakesBackTheDayItLent() {
        try (Store store = Store.open(dir.resolve("store"), CLOCK)) {
            Processed.Done first = done("first", DATED, "2025-03-05");
            Processed.Done undated = done("undated", UNDATED, null);
            store.accept(List.of(first, undated));
            String u = undated.article().id();
            CorpusIndex index = new CorpusIndex();
            List<CorpusIndex.Placement> placed = new ArrayList<>(List.of(index.add(first.article()), index.add(undated.article())));
            store.saveCorpus(index, placed);
            List<Store.Undated> toDate = store.undatedToDate();
            assertThat(toDate.get(0).storyDay()).as("one day so far").isEqualTo(LocalDate.of(2025, 3, 5));
            InferredDate day = new InferredDate(u, "2025-03-05", InferredDate.Basis.STORY, toDate.get(0).storySourceTitle(), null,
                    first.article().id());
            store.writeInferredDates(List.of(new Store.Dated(u, day, TIMES.find(toDate.get(0).article(), day))));
            assertThat(store.undatedToDate()).isEmpty();

            // later reports of the same story, each within days of the one before, until its days span two weeks
            List<Processed.Done> later = List.of(
                    done("second", DATED + "The quotas were signed by both harbour councils.\n", "2025-03-10"),
                    done("third", DATED + "Fishing crews of Vell welcomed the quotas.\n", "2025-03-15"),
                    done("fourth", DATED + "The first boats of Tarnby sailed to Vell under the new quotas.\n", "2025-03-19"));
            store.accept(later);
            for (Processed.Done d : later) {
                placed.add(index.add(d.article()));
            }
            assertThat(placed).extracting(CorpusIndex.Placement::story).containsOnly(placed.get(0).story());
            store.saveCorpus(index, placed);
            assertThat(store.undatedToDate()).as("its story no longer tells which of its days it is of").singleElement()
                    .satisfies(x -> assertThat(x.article().id()).isEqualTo(u)).satisfies(x -> assertThat(x.storyDay()).isNull());
        }
    }

    private static Timeline.Day day(String first, String last) {
        return new Timeline.Day(LocalDate.parse(first), LocalDate.parse(last), List.of());
    }

    @Test
    void period_isTheStorysOwnEvents_elseItsPublicationDays() {
        LocalDate published = LocalDate.parse("2025-03-05");
        Timeline t = new Timeline("s", List.of(day("2019-06-01", "2019-06-01"), day("2025-03-03", "2025-03-03"),
                day("2025-03-06", "2025-03-20"), day("2025-09-01", "2025-09-01")), 0);
        Timeline.Period p = t.period(published, published);
        assertThat(p.start()).as("the event two days before the report; 2019 is background").isEqualTo(LocalDate.parse("2025-03-03"));
        assertThat(p.end()).as("a range set to go on past the window ends with it; September is far off")
                .isEqualTo(published.plusDays(Timeline.EVENT_WINDOW_DAYS));
        Timeline background = new Timeline("s", List.of(day("2019-06-01", "2019-06-01")), 0);
        assertThat(background.period(published, LocalDate.parse("2025-03-07")))
                .isEqualTo(new Timeline.Period(published, LocalDate.parse("2025-03-07")));
        assertThat(t.period(null, null)).as("no publication day: no window to tell its own events by").isNull();
    }

    @Test
    void reopen_keepsTheTimes() {
        Processed.Done dated = done("dated", DATED, "2025-03-05");
        try (Store store = Store.open(dir.resolve("store"), CLOCK)) {
            store.accept(List.of(dated));
        }
        try (Store store = Store.open(dir.resolve("store"), CLOCK)) {
            List<TimeExpression> times = store.timesOfArticle(dated.article().id()).stream().map(ArticleTime::time).toList();
            assertThat(times).isEqualTo(dated.annotated().times());
        }
    }
}

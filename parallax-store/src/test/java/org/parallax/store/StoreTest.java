package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Processed;

class StoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** Only a guard that turns a hang into a failure: no assertion here is about time. */
    private static final long GUARD_SECONDS = 60;

    @TempDir
    Path dir;

    static Processed.Done done(String rawText, String title, String text) {
        RawDocument raw = new RawDocument("in/" + title + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(rawText), "UTF-8", rawText, SourceHints.NONE);
        PublicationDate published = new PublicationDate("2025-03-04", false, Evidence.of(rawText, 0, Math.min(4, rawText.length())));
        return new Processed.Done(raw, new Article(raw.id(), raw.source(), null, title, text, published, null,
                "outlet.example", null, "en"));
    }

    @Test
    void accept_sameBatchTwice_storesOnceAndKeepsEverything() {
        List<Processed.Done> batch = List.of(done("raw one", "Bridge closed", "The bridge was closed on Tuesday."),
                done("raw two", "Ferries added", "Extra ferries ran all day."));
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.accept(batch)).isEqualTo(new BatchSink.Outcome(2, 0));
            assertThat(store.accept(batch)).isEqualTo(new BatchSink.Outcome(0, 2));
            assertThat(store.count()).isEqualTo(2);
            Article a = batch.get(0).article();
            Store.StoredArticle back = store.article(a.id()).orElseThrow();
            assertThat(back.article()).isEqualTo(a);
            assertThat(store.raw(a.id()).orElseThrow().bytes()).isEqualTo(Bytes.utf8("raw one"));
        }
    }

    @Test
    void accept_sameTextFromOtherInput_isMarkedDuplicateOfTheFirst() {
        try (Store store = Store.open(dir, CLOCK)) {
            Processed.Done first = done("page A chrome", "Wire story", "Identical wire text.");
            Processed.Done copy = done("page B other chrome", "Wire story", "Identical wire text.");
            store.accept(List.of(first));
            store.accept(List.of(copy));
            assertThat(store.article(copy.article().id()).orElseThrow().duplicateOf()).isEqualTo(first.article().id());
            assertThat(store.article(first.article().id()).orElseThrow().duplicateOf()).isNull();
        }
    }

    @Test
    void saveCorpus_thenLoad_keepsEachStorylinesGist() {
        List<Processed.Done> batch = List.of(done("raw one", "Bridge closed", "The harbor bridge was closed on Tuesday"
                + " after a ship struck a pier; buses took the detour."),
                done("raw two", "Water budget passes", "The assembly passed the water budget; the harbor board backed it,"
                        + " and the harbor needs water too."));
        Article first = batch.get(0).article();
        Article second = batch.get(1).article();
        float[] firstGist = {1, 0, 0};
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(batch);
            CorpusIndex live = new CorpusIndex();
            store.saveCorpus(live, List.of(live.add(first, ArticleEntities.none(first.id()), () -> firstGist)));
            CorpusIndex loaded = store.loadCorpus().orElseThrow();
            for (float[] gist : new float[][] {{0.6f, 0.8f, 0}, {0, 0, 1}}) {
                CorpusIndex.Placement placed = loaded.add(second, ArticleEntities.none(second.id()), () -> gist);
                assertThat(placed.storyline().equals("storyline-" + first.id())).isEqualTo(gist[0] > 0);
                loaded = store.loadCorpus().orElseThrow();
            }
        }
    }

    @Test
    void saveCorpus_thenLoad_keepsAStoryDatedByAGuessedYearMatchedByMonthAndDay() {
        List<Processed.Done> batch = List.of(done("raw one", "Ship strikes harbor bridge", "A cargo ship struck a pier of"
                + " the Averill Harbor Bridge early on Tuesday; the city closed the crossing and buses took the detour."),
                done("raw two", "Harbor bridge closed after ship strike", "The Averill Harbor Bridge stayed closed after a"
                        + " ship struck a pier of the bridge; buses took the detour while engineers inspected the pier."));
        // "Tuesday, March 4" fits 1997 as well as 2025: the story it starts is not dated 1997 for good
        Article first = dated(batch.get(0).article(), new PublicationDate("1997-03-04", true,
                new Evidence(0, 16, "Tuesday, March 4")));
        Article second = dated(batch.get(1).article(), new PublicationDate("2025-03-05", false,
                new Evidence(0, 10, "2025-03-05")));
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(batch);
            CorpusIndex live = new CorpusIndex();
            store.saveCorpus(live, List.of(live.add(first)));
            CorpusIndex loaded = store.loadCorpus().orElseThrow();
            assertThat(loaded.add(second).story()).isEqualTo("story-" + first.id());
        }
    }

    private static Article dated(Article a, PublicationDate published) {
        return new Article(a.id(), a.source(), a.url(), a.title(), a.text(), published, a.pageDate(), a.outlet(),
                a.syndicatedFrom(), a.language(), a.note(), a.authors(), a.credit(), a.modified());
    }

    @Test
    void open_again_keepsDataAndSchemaVersion() throws Exception {
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(List.of(done("r", "T", "Text.")));
        }
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.count()).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.SCRIPTS.size());
        }
    }

    @Test
    void open_storeFromNewerVersion_failsWithTheRule() throws Exception {
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.count()).isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Store.open(dir, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this Parallax knows");
    }

    @Test
    void search_findsWordsAndMarksThem_andHostileQueriesAreLiteral() {
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(List.of(done("r1", "Bridge closed", "The harbour bridge was closed after a ship struck it."),
                    done("r2", "Budget vote", "The council voted on the budget.")));
            List<SearchHit> hits = store.search("harbour SHIP", 10);
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.title()).isEqualTo("Bridge closed");
                assertThat(h.snippet()).contains(SearchHit.MATCH_START + "harbour" + SearchHit.MATCH_END);
            });
            for (String hostile : List.of("\"", "NEAR(", "a OR", "*", "title:bridge", "'; DROP TABLE articles; --", "")) {
                assertThat(store.search(hostile, 10)).as(hostile).isNotNull();
            }
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void list_newestFirst() {
        try (Store store = Store.open(dir, CLOCK)) {
            Processed.Done old = done("old", "Old", "Old text.");
            Processed.Done newer = done("new", "New", "New text.");
            Article a = newer.article();
            Processed.Done dated = new Processed.Done(newer.raw(), new Article(a.id(), a.source(), a.url(), a.title(),
                    a.text(), new PublicationDate("2025-05-01", false, a.published().evidence()), null, null, null, "en"));
            store.accept(List.of(old, dated));
            assertThat(store.list(0, 10)).extracting(ArticleSummary::title).containsExactly("New", "Old");
        }
    }

    /** Articles "Story i" whose texts share the word harbour and each hold one word of their own, {@code unique<i>}. */
    private static List<Processed.Done> numbered(int from, int to) {
        List<Processed.Done> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
            batch.add(done("raw " + i, "Story " + i, "The harbour stayed open on day " + i + ", said unique" + i + "."));
        }
        return batch;
    }

    @Test
    void reads_fromEightThreadsAtOnce_allSeeTheCommittedBatch() throws Exception {
        int articles = 40;
        int threads = 8;
        int rounds = 200;
        try (Store store = Store.open(dir, CLOCK)) {
            List<Processed.Done> batch = numbered(0, articles);
            assertThat(store.accept(batch)).isEqualTo(new BatchSink.Outcome(articles, 0));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> readers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    readers.add(pool.submit(() -> {
                        go.await();
                        int checks = 0;
                        for (int round = 0; round < rounds; round++) {
                            int i = (thread * 7 + round) % articles;
                            Article a = batch.get(i).article();
                            assertThat(store.article(a.id()).orElseThrow().article()).isEqualTo(a);
                            assertThat(store.search("unique" + i, 5)).singleElement()
                                    .satisfies(h -> assertThat(h.id()).isEqualTo(a.id()));
                            assertThat(store.count()).isEqualTo(articles);
                            if (round % 20 == 0) {
                                assertThat(store.search("harbour", 100)).hasSize(articles);
                                assertThat(store.list(0, 10)).hasSize(10);
                            }
                            checks++;
                        }
                        return checks;
                    }));
                }
                go.countDown();
                for (Future<Integer> reader : readers) {
                    assertThat(reader.get(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(rounds);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void reads_whileBatchesAreWritten_neverGoBackAndEndWithEverything() throws Exception {
        int first = 20;
        int more = 10;
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(numbered(0, first));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch written = new CountDownLatch(1);
                Future<?> writer = pool.submit(() -> {
                    for (int i = first; i < first + more; i++) {
                        store.accept(numbered(i, i + 1));
                    }
                    written.countDown();
                });
                List<Future<Integer>> readers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    readers.add(pool.submit(() -> {
                        int last = first;
                        boolean done;
                        do {
                            done = written.getCount() == 0;
                            int count = store.count();
                            int found = store.search("harbour", 100).size();
                            assertThat(count).isBetween(last, first + more);
                            // the search began after the count: it sees at least as much
                            assertThat(found).isBetween(count, first + more);
                            last = count;
                        } while (!done);
                        return last;
                    }));
                }
                writer.get(GUARD_SECONDS, TimeUnit.SECONDS);
                for (Future<Integer> reader : readers) {
                    assertThat(reader.get(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(first + more);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void read_duringAnOpenWriteTransaction_doesNotWaitAndSeesTheLastCommit() throws Exception {
        Processed.Done bridge = done("r1", "Bridge closed", "The harbour bridge was closed.");
        String id = bridge.article().id();
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(List.of(bridge));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch inside = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<String> writer = pool.submit(() -> store.transaction("test write", c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE articles SET title = 'Bridge reopened', text = 'The ferry resumed.' WHERE id = ?")) {
                        ps.setString(1, id);
                        assertThat(ps.executeUpdate()).isEqualTo(1);
                    }
                    String seen;
                    try (PreparedStatement ps = c.prepareStatement("SELECT title FROM articles WHERE id = ?")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            seen = rs.next() ? rs.getString(1) : null;
                        }
                    }
                    inside.countDown();
                    try {
                        assertThat(release.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return seen;
                }));
                assertThat(inside.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
                // the writer holds its transaction open until released: these reads must finish first
                Future<Store.StoredArticle> during = pool.submit(() -> {
                    assertThat(store.count()).isEqualTo(1);
                    assertThat(store.search("ferry", 10)).isEmpty();
                    assertThat(store.search("harbour", 10)).extracting(SearchHit::id).containsExactly(id);
                    return store.article(id).orElseThrow();
                });
                assertThat(during.get(GUARD_SECONDS, TimeUnit.SECONDS).article().title()).isEqualTo("Bridge closed");
                assertThat(writer.isDone()).isFalse();
                release.countDown();
                assertThat(writer.get(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo("Bridge reopened");
                assertThat(store.article(id).orElseThrow().article().title()).isEqualTo("Bridge reopened");
                assertThat(store.search("ferry", 10)).extracting(SearchHit::id).containsExactly(id);
                assertThat(store.search("harbour", 10)).isEmpty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void transaction_workThrows_rollsBackAndTheStoreGoesOn() {
        Processed.Done bridge = done("r1", "Bridge closed", "The harbour bridge was closed.");
        String id = bridge.article().id();
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(List.of(bridge));
            assertThatThrownBy(() -> store.transaction("test write", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE articles SET title = 'Half done'");
                }
                throw new IllegalStateException("stopped half way");
            })).isInstanceOf(IllegalStateException.class).hasMessage("stopped half way");
            assertThat(store.article(id).orElseThrow().article().title()).isEqualTo("Bridge closed");
            assertThat(store.accept(List.of(done("r2", "Budget vote", "The council voted.")))).isEqualTo(new BatchSink.Outcome(1, 0));
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void forEachArticle_actionReadsTheStoreAgain_getsRightAnswers() {
        try (Store store = Store.open(dir, CLOCK)) {
            List<Processed.Done> batch = numbered(0, 12);
            store.accept(batch);
            List<String> titles = new ArrayList<>();
            store.forEachArticle(a -> {
                titles.add(store.article(a.article().id()).orElseThrow().article().title());
                assertThat(store.count()).isEqualTo(12);
            });
            assertThat(titles).containsExactlyElementsOf(batch.stream().map(d -> d.article().title()).toList());
        }
    }

    @Test
    void statements_keepTriggerBodiesWhole() {
        List<String> got = Migrations.statements("""
                CREATE TABLE t (a TEXT); -- note
                CREATE TRIGGER x AFTER INSERT ON t BEGIN
                    INSERT INTO u VALUES (1);
                    INSERT INTO u VALUES (2);
                END;
                """);
        assertThat(got).hasSize(2);
        assertThat(got.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }
}

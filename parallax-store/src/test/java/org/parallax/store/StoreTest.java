package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Processed;

class StoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

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

package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.parallax.pipeline.Processed;

class AuthorTablesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Processed.Done done(String title, List<String> authors, String credit) {
        String text = title + " happened on Tuesday.";
        RawDocument raw = new RawDocument("in/" + title + ".html", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
        PublicationDate published = new PublicationDate("2025-03-04T09:30", false, Evidence.of(text, 0, 5), "+01:00");
        return new Processed.Done(raw, new Article(raw.id(), raw.source(), null, title, text, published, null,
                "herald.example", null, "en", null, authors, credit, "2025-03-04T11:00+01:00"));
    }

    @Test
    void accept_keepsAuthorsCreditModifiedAndZone_andTheListFiltersByAuthorInAnyCase() {
        Processed.Done ferry = done("Ferry returns", List.of("Mara Velden", "Ola Hansen"), "Reuters");
        Processed.Done pier = done("Pier reopens", List.of("Ola Hansen"), null);
        Processed.Done bridge = done("Bridge closes", List.of(), "The Lakeside Herald");
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(List.of(ferry, pier, bridge));
            assertThat(store.article(ferry.article().id()).orElseThrow().article()).isEqualTo(ferry.article());
            assertThat(store.article(bridge.article().id()).orElseThrow().article().authors()).isEmpty();
            assertThat(store.list(0, 10, "ola HANSEN")).extracting(ArticleSummary::title)
                    .containsExactlyInAnyOrder("Ferry returns", "Pier reopens");
            assertThat(store.countByAuthor("Ola Hansen")).isEqualTo(2);
            assertThat(store.list(0, 10, "Hansen")).isEmpty();
            assertThat(store.list(0, 10, null)).hasSize(3);
            assertThat(store.list(0, 10, null).stream().filter(a -> a.title().equals("Ferry returns")).findFirst()
                    .orElseThrow().authors()).containsExactly("Mara Velden", "Ola Hansen");
        }
    }

    @Test
    void open_storeFromBeforeAuthors_migratesAndItsArticlesHaveNone() throws Exception {
        Processed.Done ferry = done("Ferry returns", List.of(), null);
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(List.of(ferry));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement s = c.createStatement()) {
            OlderSchema.rollBackTo(s, 13);
        }
        try (Store store = Store.open(dir, CLOCK)) {
            Article back = store.article(ferry.article().id()).orElseThrow().article();
            assertThat(back.authors()).isEmpty();
            assertThat(back.credit()).isNull();
            assertThat(back.published().offset()).isNull();
            store.replaceArticles(List.of(done("Ferry returns", List.of("Mara Velden"), null)));
            assertThat(store.countByAuthor("Mara Velden")).isEqualTo(1);
        }
    }
}

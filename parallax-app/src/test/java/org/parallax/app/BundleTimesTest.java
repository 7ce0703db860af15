package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.nlp.TimeFinder;
import org.parallax.pipeline.Processed;
import org.parallax.store.BundleExport;
import org.parallax.store.Store;

/** The bundle's time expressions: every field DESIGN.md names, each pointing at its words, as the schema says. */
class BundleTimesTest {
    private static final String TEXT = "Ferry service resumes\n"
            + "The ferry between Tarnby and Vell sailed again on Tuesday after three weeks, and it will sail every Monday.\n"
            + "Its owners said last month that the route had lost money recently.\n";

    @TempDir
    Path dir;

    @Test
    void times_meetTheSchema_andPointAtTheirWords() throws Exception {
        RawDocument raw = new RawDocument("in/ferry.txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(TEXT), "UTF-8", TEXT,
                SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), null, "Ferry service resumes", TEXT,
                new PublicationDate("2025-06-11", false, Evidence.of(TEXT, 0, 5)), null, "Outlet", null, "en");
        AnnotatedArticle annotated = new AnnotatedArticle(article, List.of(), ArticleEntities.none(article.id()), List.of(),
                new TimeFinder().find(article));
        Path file = dir.resolve("bundle.json");
        try (Store store = Store.open(dir.resolve("store"), Clock.systemUTC())) {
            store.accept(List.of(new Processed.Done(raw, annotated)));
            try (OutputStream out = Files.newOutputStream(file)) {
                BundleExport.writeAll(store, out);
            }
        }
        JsonNode root = BundleSchema.validBundle(file);
        Map<String, String> values = new HashMap<>();
        for (JsonNode t : root.get("times")) {
            assertThat(t.get("article").asText()).isEqualTo(article.id());
            assertThat(TEXT.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
            values.put(t.get("text").asText(), t.get("value").asText() + " " + t.get("type").asText() + " " + t.get("anchor").asText());
        }
        assertThat(values).containsEntry("Tuesday", "2025-06-10 DATE article")
                .containsEntry("three weeks", "P3W DURATION none")
                .containsEntry("every Monday", "XXXX-WXX-1 SET none")
                .containsEntry("last month", "2025-05 DATE article")
                .containsEntry("recently", "PAST_REF DATE none");

        ObjectNode broken = root.deepCopy();
        ((ObjectNode) broken.get("times").get(0)).put("type", "WEEK");
        assertThat(BundleSchema.violations(broken)).as("a time of no TimeML type").isNotEmpty();
        ObjectNode valueless = root.deepCopy();
        ((ObjectNode) valueless.get("times").get(0)).remove("value");
        assertThat(BundleSchema.violations(valueless)).as("a time without its value").isNotEmpty();
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax analyze ../shared/seeds} meets every {@code documents} entry of the seeds'
 * expected.json: title, date (or an accepted one), page date, syndication, language, body start and end,
 * and none of the page chrome.
 */
class SeedsTest {
    @TempDir
    static Path dir;
    static JsonNode expected;
    static Map<String, JsonNode> articles = new HashMap<>();
    static Cli.Result run;

    @BeforeAll
    static void analyze() throws IOException {
        Path seeds = Cli.SHARED.resolve("seeds");
        expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile()).get("documents");
        Path bundle = dir.resolve("bundle.json");
        run = Cli.run("analyze", seeds.toString(), "--out", bundle.toString(), "--store", dir.resolve("store").toString());
        JsonNode root = BundleSchema.validBundle(bundle);
        for (JsonNode a : root.get("articles")) {
            articles.put(Path.of(a.get("source").asText()).getFileName().toString(), a);
        }
    }

    @Test
    void analyze_seeds_succeedsAndSkipsTheAnswerKey() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("skipped=1", "failed=0");
    }

    @Test
    void analyze_seeds_meetsEveryDocumentExpectation() {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode want = e.getValue();
            JsonNode got = articles.get(e.getKey());
            assertThat(got).as("article for " + e.getKey()).isNotNull();
            String name = e.getKey() + ": ";
            assertThat(got.get("title").asText()).as(name + "title").isEqualTo(want.get("title").asText());
            assertThat(got.get("language").asText()).as(name + "language").isEqualTo(want.get("language").asText());
            assertThat(textOrNull(got.get("syndicated_from"))).as(name + "syndicated_from")
                    .isEqualTo(textOrNull(want.get("syndicated_from")));
            if (want.has("page_date")) {
                assertThat(textOrNull(got.get("page_date"))).as(name + "page_date").isEqualTo(want.get("page_date").asText());
            }
            assertPublished(name, got, want);
            String text = got.get("text").asText();
            assertThat(text).as(name + "body start").startsWith(want.get("body_starts_with").asText());
            assertThat(text).as(name + "body end").endsWith(want.get("body_ends_with").asText());
            for (JsonNode chrome : want.get("not_in_body")) {
                assertThat(text).as(name + "chrome in body").doesNotContain(chrome.asText());
            }
        }
    }

    @Test
    void analyze_seeds_everyDateHasItsEvidence() {
        for (JsonNode a : articles.values()) {
            if (!a.get("published").isNull()) {
                JsonNode evidence = a.get("published_evidence");
                assertThat(evidence.get("end").asInt() - evidence.get("start").asInt())
                        .isEqualTo(evidence.get("text").asText().length());
                assertThat(evidence.get("text").asText()).isNotBlank();
            }
        }
    }

    private static void assertPublished(String name, JsonNode got, JsonNode want) {
        String published = textOrNull(got.get("published"));
        String day = published == null ? null : published.substring(0, 10);
        boolean exact = published != null && !want.get("published").isNull()
                && (published.equals(want.get("published").asText()) || day.equals(want.get("published").asText()));
        boolean accepted = false;
        for (JsonNode a : want.path("published_accept")) {
            accepted |= a.isNull() ? published == null : a.asText().equals(day);
        }
        if (want.get("published").isNull() && published == null) {
            accepted = true;
        }
        assertThat(exact || accepted).as(name + "published " + published + " is not among the accepted values").isTrue();
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}

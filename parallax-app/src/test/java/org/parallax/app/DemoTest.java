package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in demo corpus analyzes cleanly: every article titled and dated, the wire copy found. */
class DemoTest {
    @TempDir
    Path dir;

    @Test
    void demo_noServe_analyzesTheCorpus() throws Exception {
        Cli.Result r = Cli.run("demo", "--no-serve", "--store", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("read=" + 8, "failed=0");

        Path bundle = dir.resolve("bundle.json");
        assertThat(Cli.run("export", "--format", "json", "--out", bundle.toString(), "--store", dir.toString()).exit()).isZero();
        JsonNode articles = BundleSchema.validBundle(bundle).get("articles");
        assertThat(articles).hasSize(8);
        List<String> copies = new ArrayList<>();
        for (JsonNode a : articles) {
            assertThat(a.get("title").asText()).as(a.get("source").asText()).isNotBlank().doesNotContain("|");
            assertThat(a.get("text").asText()).doesNotContain("Leave a Comment", "Read more", "Subscribe", "Source:");
            if (!a.get("duplicate_of").isNull()) {
                copies.add(a.get("source").asText());
                assertThat(a.get("syndicated_from").asText()).isNotBlank();
            }
        }
        assertThat(copies).singleElement().asString().contains("valley-ledger");
        JsonNode root = BundleSchema.validBundle(bundle);
        JsonNode strike = null;
        for (JsonNode story : root.get("stories")) {
            if (story.get("articles").size() > 1 && (strike == null || story.get("articles").size() > strike.get("articles").size())) {
                strike = story;
            }
        }
        assertThat(strike).as("a story with several outlets' articles").isNotNull();
        assertThat(strike.get("articles")).hasSize(4);
        assertThat(strike.get("independent_sources").asInt()).as("the wire copy counts with its original").isEqualTo(3);
        java.util.Map<String, String> storyOf = new java.util.HashMap<>();
        root.get("stories").forEach(story -> story.get("articles").forEach(id -> storyOf.put(id.asText(), story.get("id").asText())));
        List<String> reopening = new ArrayList<>();
        for (JsonNode a : articles) {
            if (a.get("source").asText().contains("feeds.jsonl")) {
                reopening.add(storyOf.get(a.get("id").asText()));
            }
        }
        assertThat(reopening).as("two reports of the reopening on its day: one story").hasSize(2).containsOnly(reopening.get(0));
        assertThat(root.get("storylines")).hasSize(1);
        assertThat(root.get("storylines").get(0).get("stories").size()).isEqualTo(root.get("stories").size());
        assertThat(articles).as("the one page with no date: its day inferred").filteredOn(a -> a.get("published_evidence").has("basis"))
                .extracting(a -> a.get("source").asText()).singleElement().asString().contains("valley-ledger");
        assertThat(articles).filteredOn(a -> a.get("published").isNull()).isEmpty();
    }

    @Test
    void demo_portInUse_saysSoBeforeAnalyzing() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli.Result r = Cli.run("demo", "--port", String.valueOf(taken.getLocalPort()), "--store", dir.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("port " + taken.getLocalPort(), "is in use").doesNotContain("read=", "duplicates");
        }
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories grow across runs: later articles join them, and a story keeps its id. */
class StoriesIncrementalTest {
    @TempDir
    Path dir;

    @Test
    void analyze_inTwoRuns_keepsStoryIdsAndJoinsLaterArticles() throws Exception {
        Path corpus = DemoCommand.unpack(dir.resolve("corpus"));
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.move(corpus.resolve("courier-bridge-strike.txt"), first.resolve("courier-bridge-strike.txt"));
        String store = dir.resolve("store").toString();
        assertThat(Cli.run("analyze", first.toString(), "--out", dir.resolve("b1.json").toString(), "--store", store).exit())
                .isZero();
        String storyBefore = BundleSchema.validBundle(dir.resolve("b1.json")).get("articles").get(0).get("story").asText();

        assertThat(Cli.run("analyze", corpus.toString(), "--out", dir.resolve("b2.json").toString(), "--store", store).exit())
                .isZero();
        Path all = dir.resolve("all.json");
        assertThat(Cli.run("export", "--format", "json", "--out", all.toString(), "--store", store).exit()).isZero();
        Map<String, String> storyOf = new HashMap<>();
        for (JsonNode a : BundleSchema.validBundle(all).get("articles")) {
            storyOf.put(Path.of(a.get("source").asText()).getFileName().toString(), a.get("story").asText());
        }
        assertThat(storyOf.get("courier-bridge-strike.txt")).isEqualTo(storyBefore);
        assertThat(storyOf.get("northshore-bridge-strike.txt")).isEqualTo(storyBefore);
        assertThat(storyOf.get("coastline-wire-bridge-strike.txt")).isEqualTo(storyBefore);
        Cli.Result rerun = Cli.run("analyze", corpus.toString(), "--out", dir.resolve("b3.json").toString(), "--store", store);
        assertThat(rerun.err()).contains("stories done: version=1, articles=0,");
    }
}

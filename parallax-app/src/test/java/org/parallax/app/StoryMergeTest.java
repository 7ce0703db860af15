package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Store;
import org.parallax.web.WebServer;

/**
 * Two stories of one event, told in words that do not meet, become one when a later run brings an article that
 * reports what both report: the older story keeps its id and takes the other's articles, and the other's id still
 * leads to it.
 */
class StoryMergeTest {
    @TempDir
    Path dir;

    private static final String SHIP = "Freighter drifts into harbor bridge pier\n\nA container ship lost power near the"
            + " harbor mouth and drifted into a support pier of the harbor bridge. Tugs reached the vessel within twenty"
            + " minutes; the captain said the engine failed as the freighter turned, and the coast guard boarded to check"
            + " the hull and the crew.\n";
    private static final String DETOUR = "Long queues on the detour downtown\n\nCommuters faced long queues downtown as"
            + " buses took the mill road detour. Traffic officers waved drivers away from the closed crossing, and the"
            + " transit agency added extra buses and ferries for the evening rush while the city asked people to work"
            + " from home.\n";
    private static final String BOTH = "Ship strike shuts harbor bridge\n\nA container ship lost power, drifted into a"
            + " pier of the harbor bridge and forced the city to shut the crossing. Tugs reached the vessel within twenty"
            + " minutes. Commuters faced long queues as buses took the mill road detour, and the transit agency added"
            + " extra buses and ferries for the evening rush.\n";

    private Map<String, String> storyOfEach(Path bundle) throws Exception {
        Map<String, String> storyOf = new HashMap<>();
        for (JsonNode a : BundleSchema.validBundle(bundle).get("articles")) {
            storyOf.put(Path.of(a.get("source").asText()).getFileName().toString(), a.get("story").asText());
        }
        return storyOf;
    }

    @Test
    void articleThatBridgesTwoStories_mergesThemIntoTheOlder_andTheOtherIdRedirects() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("ship.txt"), SHIP);
        Files.writeString(corpus.resolve("detour.txt"), DETOUR);
        String store = dir.resolve("store").toString();
        assertThat(Cli.run("analyze", corpus.toString(), "--out", dir.resolve("b1.json").toString(), "--store", store)
                .exit()).isZero();
        Map<String, String> before = storyOfEach(dir.resolve("b1.json"));
        assertThat(before.get("ship.txt")).isNotEqualTo(before.get("detour.txt"));

        Files.writeString(corpus.resolve("both.txt"), BOTH);
        Cli.Result second = Cli.run("analyze", corpus.toString(), "--out", dir.resolve("b2.json").toString(), "--store", store);
        assertThat(second.exit()).isZero();
        Path all = dir.resolve("all.json");
        assertThat(Cli.run("export", "--format", "json", "--out", all.toString(), "--store", store).exit()).isZero();
        Map<String, String> after = storyOfEach(all);
        String kept = before.get("ship.txt").compareTo(before.get("detour.txt")) < 0 ? before.get("ship.txt") : before.get("detour.txt");
        String gone = kept.equals(before.get("ship.txt")) ? before.get("detour.txt") : before.get("ship.txt");
        assertThat(after).containsEntry("ship.txt", kept).containsEntry("detour.txt", kept).containsEntry("both.txt", kept);
        assertThat(BundleSchema.validBundle(all).get("stories")).hasSize(1);

        try (Store opened = Store.open(Path.of(store), Clock.systemUTC());
             WebServer web = WebServer.start(opened, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/stories/" + gone, "/api/stories/" + gone + "/claims?claims=single"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(301);
                assertThat(r.headers().firstValue("Location")).as(path).hasValue(path.replace(gone, kept));
            }
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                    + "/api/stories/" + kept)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.body()).get("merged_from"))
                    .extracting(JsonNode::asText).containsExactly(gone);
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                    + "/stories/" + kept)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Ship strike shuts harbor bridge", "Long queues on the detour downtown",
                    "brings in the story &quot;");
            assertThat(page.body()).doesNotContainPattern("to the story it brings in|similarity [0-9]");
        }
    }
}

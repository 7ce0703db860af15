package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.TestCli;
import org.parallax.model.CorroboratedClaim;
import org.parallax.store.Store;

/**
 * The reports of {@link ClaimBrowserTest}, one from a named outlet and two whose outlet is not known: the claim stage
 * counts each of the two as an independent source of its own, and every count of sources says how much of it rests on
 * them, on the pages, in the API and in the CSV.
 */
class UnknownOutletClaimsTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static String story;

    @BeforeAll
    static void start() throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        String[][] reports = {{"harbor", ClaimBrowserTest.HARBOR, "Harbor Post"}, {"coast", ClaimBrowserTest.COAST, null},
            {"daily", ClaimBrowserTest.DAILY, null}};
        for (String[] r : reports) {
            String[] parts = r[1].split("\n\n", 2);
            ObjectNode record = json.createObjectNode().put("id", r[0]).put("title", parts[0]).put("text", parts[1])
                    .put("published", "2025-06-03");
            if (r[2] != null) {
                record.put("outlet", r[2]);
            }
            lines.append(record).append('\n');
        }
        Path in = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("reports.jsonl"), lines);
        Path storeDir = dir.resolve("store");
        assertThat(TestCli.run("analyze", in.toString(), "--store", storeDir.toString(), "--out", dir.resolve("b.json").toString()))
                .isZero();
        store = Store.open(storeDir, Clock.systemUTC());
        assertThat(store.storyCount()).as("the three reports are one story").isEqualTo(1);
        story = store.stories(0, 1).get(0).id();
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** The claim whose words contain {@code words}, from the API. */
    private static JsonNode claim(String words) throws Exception {
        JsonNode body = new ObjectMapper().readTree(WebServerTest.get(server, "/api/stories/" + story + "/claims").body());
        for (JsonNode c : body.get("claims")) {
            if (c.get("text").asText().contains(words)) {
                return c;
            }
        }
        throw new AssertionError("no claim with '" + words + "' in " + body);
    }

    @Test
    void api_saysHowManyIndependentSourcesAreArticlesOfUnknownOutlet() throws Exception {
        JsonNode captain = claim("fire started in the engine room");
        assertThat(captain.get("independent_sources").asInt()).as("Harbor Post and an article of unknown outlet").isEqualTo(2);
        assertThat(captain.get("unknown_outlet_sources").asInt()).isEqualTo(1);
        JsonNode one = new ObjectMapper().readTree(WebServerTest.get(server, "/api/claims/" + captain.get("id").asText()).body());
        assertThat(one.get("unknown_outlet_sources").asInt()).isEqualTo(1);
        java.util.List<String> fields = new java.util.ArrayList<>();
        one.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("independent_sources", "unknown_outlet_sources", "contradicted_by");
    }

    @Test
    void storyAndClaimPages_tellTheCountsThatRestOnArticlesOfUnknownOutlet() throws Exception {
        JsonNode captain = claim("fire started in the engine room");
        String page = WebServerTest.get(server, "/stories/" + story).body();
        assertThat(page).contains("<td>2 <span class=\"meta unknown-outlet\"");
        assertThat(page).contains(">(1 of unknown outlet)</span>");
        assertThat(page).containsPattern("<a class=\"source unknown-outlet\" href=\"/articles/[0-9a-f]+\" title=\"outlet not known:"
                + " an article, not an outlet\">");
        String claimPage = WebServerTest.get(server, "/claims/" + captain.get("id").asText()).body();
        assertThat(claimPage).contains("2 independent sources <span class=\"unknown-outlet\">(1 of them an article of unknown outlet,"
                + " each counted as a source of its own: two may come from one outlet)</span>");
    }

    @Test
    void unknownOutletSources_countsEachOriginalOfUnknownOutletOnce_andNoneOfKnownOutlet() {
        UnknownOutletSources unknown = new UnknownOutletSources(store);
        int all = 0;
        for (CorroboratedClaim c : store.claimsOfStory(story, Store.ClaimFilter.ALL, 0, 100)) {
            int n = unknown.applyAsInt(c);
            long known = c.sources().stream().filter(s -> Html.known(s.outlet())).map(CorroboratedClaim.Source::outlet).distinct().count();
            assertThat(n).as(c.text()).isBetween(0, c.independentSources());
            assertThat(n + known).as(c.text()).isEqualTo(c.independentSources());
            all += n;
        }
        assertThat(all).isPositive();
    }

    @Test
    void claimsCsv_hasTheUnknownOutletCountOfEachClaim() throws Exception {
        String csv = WebServerTest.get(server, "/api/export/claims.csv").body();
        assertThat(csv).startsWith("id,story,text,articles,independent_sources,single_sourced,contradicted_by,unknown_outlet_sources\r\n");
        String id = claim("fire started in the engine room").get("id").asText();
        assertThat(csv.lines().filter(l -> l.startsWith("\"" + id + "\"")).findFirst().orElseThrow()).endsWith(",\"1\"");
    }
}

package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.TestCli;
import org.parallax.store.Store;

/**
 * What is confirmed, as a person sees it in headless Chromium: three outlets report one (invented) ferry fire, the
 * whole pipeline analyzes them, and the story page shows a summary whose every sentence is a sentence of an article
 * it cites, a claims table with the claim two outlets make counted as two independent sources, the claim one outlet
 * alone makes flagged, the casualty figures the outlets disagree on marked as contested; a claim opens on each
 * source's own words; the API and the CSV give the same claims.
 */
class ClaimBrowserTest {
    static final String HARBOR = "Fire on Tarnby ferry forces evacuation\n\n"
            + "A fire broke out on the Tarnby ferry Vellamo on Monday, forcing the evacuation of"
            + " 230 passengers.\n\n"
            + "The Tarnby Coast Guard said 14 people were treated for smoke inhalation.\n\n"
            + "Captain Ilse Brandt said the fire started in the engine room.\n\n"
            + "The ferry company will pay for hotel rooms for stranded passengers, its spokesman Otto Lind said.\n";
    static final String COAST = "Ferry Vellamo evacuated after engine fire\n\n"
            + "Fire broke out on the Tarnby ferry Vellamo on Monday, forcing the evacuation of"
            + " 230 passengers.\n\n"
            + "The Tarnby Coast Guard said 19 people were treated for smoke inhalation.\n\n"
            + "Investigators from the Maritime Safety Board arrived in Tarnby on Tuesday.\n";
    static final String DAILY = "Vellamo fire: what we know\n\n"
            + "Captain Ilse Brandt said the fire started in the engine room of the Vellamo.\n\n"
            + "The Maritime Safety Board has opened an inquiry into the fire on the Tarnby ferry.\n";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @TempDir
    static Path dir;
    static Store store;
    static String base;
    static String story;

    /** A news page: the outlet's name and the day in its metadata, the headline and paragraphs in its article. */
    static String page(String outlet, String day, String text) {
        String[] parts = text.split("\n\n");
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(parts[0])
                .append("</title><meta property=\"og:site_name\" content=\"").append(outlet)
                .append("\"><meta property=\"article:published_time\" content=\"").append(day).append("T09:00:00Z\">")
                .append("</head><body><article><h1>").append(parts[0]).append("</h1>");
        for (int i = 1; i < parts.length; i++) {
            b.append("<p>").append(parts[i].strip()).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    @BeforeAll
    static void start() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("harbor.html"), page("Harbor Post", "2025-06-03", HARBOR));
        Files.writeString(in.resolve("coast.html"), page("Coastline Wire", "2025-06-03", COAST));
        Files.writeString(in.resolve("daily.html"), page("Northshore Daily", "2025-06-04", DAILY));
        Path storeDir = dir.resolve("store");
        assertThat(TestCli.run("analyze", in.toString(), "--store", storeDir.toString(), "--out", dir.resolve("b.json").toString()))
                .isZero();
        store = site.open(storeDir);
        assertThat(store.storyCount()).as("the three reports are one story").isEqualTo(1);
        story = store.stories(0, 1).get(0).id();
        base = site.serve(store);
    }

    /** The claims table's rows: claim, sources, independent count, disputed by. */
    private static List<List<String>> rows(Page page) {
        List<List<String>> out = new ArrayList<>();
        for (var row : page.locator("table.claims tbody tr").all()) {
            out.add(row.locator("td").allTextContents().stream().map(String::strip).toList());
        }
        return out;
    }

    private static List<String> row(List<List<String>> rows, String words) {
        return rows.stream().filter(r -> r.get(0).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + rows));
    }

    @Test
    void storyPage_showsSummaryClaimsCorroborationAndDisputes() {
        Page page = site.newPage();
        page.navigate(base + "/stories/" + story);
        assertThat(page.locator("h2").allTextContents()).contains("Summary", "Claims", "Who reports what");

        // each summary sentence is a whole sentence of the first article it cites
        List<String> sentences = page.locator("ol.summary li a.said").allTextContents();
        assertThat(sentences).isNotEmpty();
        for (String s : sentences) {
            assertThat(List.of(HARBOR, COAST, DAILY)).anyMatch(text -> text.contains(s));
            assertThat(s).endsWith(".");
        }
        assertThat(page.locator("ol.summary li").first().locator("a.cite").count()).isGreaterThanOrEqualTo(1);

        List<List<String>> rows = rows(page);
        List<String> captain = row(rows, "fire started in the engine room");
        assertThat(captain.get(1)).contains("Harbor Post", "Northshore Daily");
        assertThat(captain.get(2)).isEqualTo("2");
        List<String> board = row(rows, "arrived in Tarnby on Tuesday");
        assertThat(board.get(2)).isEqualTo("1 single source");
        List<String> figures = row(rows, "people were treated for smoke inhalation");
        assertThat(figures.get(3)).as("the dispute in words").isEqualTo("another number");
        LiveSite.screenshot(page, "story-claims.png");

        // each source opens the article of that outlet that makes the claim
        page.locator("table.claims tbody tr", new Page.LocatorOptions().setHasText("fire started in the engine room"))
                .locator("a.source", new Locator.LocatorOptions().setHasText("Northshore Daily")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Vellamo fire: what we know");
        page.goBack();

        // the filters: single-sourced, contested
        page.navigate(base + "/stories/" + story + "?claims=contested");
        assertThat(rows(page)).allMatch(r -> !r.get(3).isEmpty()).hasSizeGreaterThanOrEqualTo(2);
        page.navigate(base + "/stories/" + story + "?claims=single");
        assertThat(rows(page)).allMatch(r -> r.get(2).startsWith("1 "));
    }

    @Test
    void storylinePage_showsItsBestCorroboratedClaims() {
        Page page = site.newPage();
        page.navigate(base + "/storylines/" + store.story(story).orElseThrow().storyline());
        assertThat(page.locator("h2").allTextContents()).contains("Best corroborated across the storyline");
        List<String> captain = row(rows(page), "fire started in the engine room");
        assertThat(captain.get(2)).isEqualTo("2");
    }

    @Test
    void claimOpened_showsEachSourcesOwnWords() {
        Page page = site.newPage();
        page.navigate(base + "/stories/" + story);
        page.locator("table.claims a", new Page.LocatorOptions().setHasText("fire started in the engine room")).first().click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/claims/");
        assertThat(page.locator("li.claim-source .outlet").allTextContents()).containsExactlyInAnyOrder("Harbor Post",
                "Northshore Daily");
        for (String marked : page.locator("li.claim-source mark").allTextContents()) {
            assertThat(marked).contains("the fire started in the engine room");
        }
        assertThat(page.locator("li.claim-source blockquote").allTextContents())
                .anyMatch(q -> q.contains("of the Vellamo"));
        LiveSite.screenshot(page, "claim.png");

        // the words open in their article
        page.locator("li.claim-source a").first().click();
        page.waitForLoadState();
        assertThat(page.locator(".sentence:target").textContent()).contains("the fire started in the engine room");
    }

    @Test
    void contestedClaim_showsBothSidesWords() {
        Page page = site.newPage();
        page.navigate(base + "/stories/" + story + "?claims=contested");
        page.locator("table.claims tbody tr td:first-child a").first().click();
        page.waitForLoadState();
        assertThat(page.locator("ul.contradictions li").first().textContent()).contains("another number")
                .contains("people were treated for smoke inhalation");
        List<String> words = page.locator("ul.contradictions li a").allTextContents();
        assertThat(String.join(" ", words)).contains("14 people").contains("19 people");
    }

    @Test
    void api_andCsv_giveTheSameClaims() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode body = json.readTree(LiveSite.get(base + "/api/stories/" + story + "/claims").body());
        assertThat(body.get("total").asInt()).isEqualTo(body.get("claims").size());
        assertThat(body.get("summary").size()).isGreaterThan(0);
        for (JsonNode claim : body.get("claims")) {
            for (JsonNode source : claim.get("sources")) {
                assertThat(source.get("end").asInt() - source.get("start").asInt()).isEqualTo(source.get("text").asText().length());
            }
        }
        JsonNode single = json.readTree(LiveSite.get(base + "/api/stories/" + story + "/claims?filter=single").body());
        assertThat(single.get("claims")).allMatch(c -> c.get("independent_sources").asInt() == 1);
        String id = body.get("claims").get(0).get("id").asText();
        JsonNode one = json.readTree(LiveSite.get(base + "/api/claims/" + id).body());
        assertThat(one.get("text").asText()).isEqualTo(body.get("claims").get(0).get("text").asText());
        String csv = LiveSite.get(base + "/api/export/claims.csv").body();
        assertThat(csv.lines().count()).isEqualTo(1 + store.claimCount());
        assertThat(csv).startsWith("id,story,text,articles,independent_sources,single_sourced,contradicted_by");
    }
}

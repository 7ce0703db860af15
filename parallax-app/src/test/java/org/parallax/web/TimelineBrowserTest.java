package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.InferredDate;
import org.parallax.nlp.TimeFinder;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;

/**
 * A story's timeline as a person sees it, in headless Chromium: two reports of a ferry dispute, one dated and one
 * not, their days on a time axis (the undated report's "on Tuesday" dated by its story), each day linked to what is
 * said of it and each sentence to its words in its article.
 */
class TimelineBrowserTest {
    static final String DATED = "Ferry dispute ends in Tarnby\n"
            + "The ferry owners of Tarnby and Vell settled their dispute on Tuesday after three weeks of strikes.\n"
            + "The ferries will sail again Monday through Wednesday, the owners said.\n"
            + "The dispute began on 2 May 2025, when the Vell crews walked out.\n";
    static final String UNDATED = "Tarnby ferry dispute settled\n"
            + "The ferry owners of Tarnby and Vell settled their dispute on Tuesday, ending strikes by the Vell crews.\n"
            + "The crews first walked out on 2 May 2025 over pay.\n";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @TempDir
    static Path dir;
    static Store store;
    static String base;
    static String story;
    static String undatedId;

    /** Sentences a line each, no names; the times by the time finder. */
    private static AnnotatedArticle annotate(Article article) {
        return new AnnotatedArticle(article, HandLaid.lines(article.text()), ArticleEntities.none(article.id()), List.of(),
                new TimeFinder().find(article));
    }

    @BeforeAll
    static void start() throws Exception {
        store = site.open(dir.resolve("store"));
        Processed.Done dated = HandLaid.article("dated", DATED, "2025-06-11", TimelineBrowserTest::annotate);
        Processed.Done undated = HandLaid.article("undated", UNDATED, null, TimelineBrowserTest::annotate);
        story = HandLaid.oneStory(store, dated, undated);
        undatedId = undated.article().id();
        for (Store.Undated u : store.undatedToDate()) {
            InferredDate day = new InferredDate(u.article().id(), u.storyDay().toString(), InferredDate.Basis.STORY,
                    u.storySourceTitle(), null, u.storySource());
            store.writeInferredDates(List.of(new Store.Dated(u.article().id(), day, new TimeFinder().find(u.article(), day))));
        }
        base = site.serve(store);
    }

    @Test
    void storyPage_daysOnAnAxis_eachLinkedToWhatIsSaidOfIt_andToItsWords() {
        Page page = site.newPage();
        page.navigate(base + "/stories/" + story);
        assertThat(page.locator("h2").allTextContents()).contains("What happened when");
        // 2 May, 10 June (both reports' "on Tuesday"), and 16-18 June (a range)
        assertThat(page.locator("svg.timeline.events a.day circle").count()).isEqualTo(3);
        assertThat(page.locator("svg.timeline.events rect").count()).as("the range as a bar").isEqualTo(1);
        assertThat(page.locator("ol.events > li .day").allTextContents())
                .containsExactly("2025-05-02", "2025-06-10", "2025-06-16 – 2025-06-18");
        assertThat(page.locator("#day-2025-06-10 a.witness").allTextContents()).containsExactly("Outlet dated", "Outlet undated");
        assertThat(page.locator("p.undated").textContent()).contains("1 article gives no date of its own");
        LiveSite.screenshot(page, "timeline.png");

        page.locator("svg.timeline.events a.day").nth(2).click();
        assertThat(page.url()).endsWith("#day-2025-06-16");
        assertThat(page.locator("ol.events > li:target q").textContent()).contains("Monday through Wednesday");

        page.locator("#day-2025-06-10 a.witness", new Page.LocatorOptions().setHasText("Outlet undated")).click();
        assertThat(page.url()).contains("/articles/" + undatedId + "#s1");
        assertThat(page.locator(".sentence:target").textContent()).contains("settled their dispute on Tuesday");
        assertThat(page.locator(".sentence:target time.timex").getAttribute("title"))
                .isEqualTo("date 2025-06-10 (reckoned from the story's date: the article has none)");
        page.close();
    }

    @Test
    void storylinePage_theEventsOfItsStoriesOnOneAxis_andTheUndatedReportSaysWhereItsDayCameFrom() {
        String line = store.story(story).orElseThrow().storyline();
        Page page = site.newPage();
        page.navigate(base + "/storylines/" + line);
        assertThat(page.locator("h2#timeline").textContent()).isEqualTo("What happened when");
        assertThat(page.locator("svg.timeline.events a.day circle").count()).isEqualTo(3);
        assertThat(page.locator("ol.events > li .day").allTextContents())
                .containsExactly("2025-05-02", "2025-06-10", "2025-06-16 – 2025-06-18");
        assertThat(page.locator("#day-2025-06-10 a.story").first().getAttribute("href")).isEqualTo("/stories/" + story);
        assertThat(page.locator("p.undated").textContent()).contains("1 article gives no date of its own");
        LiveSite.screenshot(page, "storyline-timeline.png");

        page.locator("#day-2025-06-10 a.witness", new Page.LocatorOptions().setHasText("Outlet undated")).click();
        assertThat(page.url()).contains("/articles/" + undatedId + "#s1");
        assertThat(page.locator(".inferred-date").textContent()).startsWith("2025-06-11 (inferred from its story")
                .contains("its page gives no date");
        page.locator(".inferred-date a.evidence").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Ferry dispute ends in Tarnby");
        page.close();
    }

    @Test
    void api_storylineTimeline_givesItsStoriesDaysWithTheStoryOfEachWitness() throws Exception {
        String line = store.story(story).orElseThrow().storyline();
        JsonNode t = new ObjectMapper().readTree(LiveSite.get(base + "/api/storylines/" + line + "/timeline").body());
        assertThat(t.get("storyline").asText()).isEqualTo(line);
        assertThat(t.get("days")).hasSize(3);
        assertThat(t.get("undated_articles").asInt()).isEqualTo(1);
        assertThat(t.get("days").get(1).get("events").get(0).get("articles").get(0).get("story").asText()).isEqualTo(story);
        assertThat(LiveSite.get(base + "/api/storylines/nope/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void api_timeline_givesTheDaysWithTheirEvents() throws Exception {
        JsonNode t = new ObjectMapper().readTree(LiveSite.get(base + "/api/stories/" + story + "/timeline").body());
        assertThat(t.get("start").asText()).isEqualTo("2025-05-02");
        assertThat(t.get("end").asText()).isEqualTo("2025-06-18");
        assertThat(t.get("undated_articles").asInt()).isEqualTo(1);
        assertThat(t.get("days")).hasSize(3);
        JsonNode tuesday = t.get("days").get(1);
        assertThat(tuesday.get("day").asText()).isEqualTo(LocalDate.of(2025, 6, 10).toString());
        assertThat(tuesday.get("events")).hasSize(2);
        assertThat(tuesday.get("events").get(0).get("time").get("text").asText()).isEqualTo("Tuesday");
        assertThat(tuesday.get("events").get(0).get("articles").get(0).get("sentence").asInt()).isEqualTo(1);
    }
}

package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.nlp.StanceFinder;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;

/**
 * Who stands where as a person sees it, in headless Chromium: two reports of a ferry strike whose names and quote are
 * laid by hand and whose stances the stance finder reads; the story's actor × issue table, a cell opened on the words
 * that show it (a sentence, or a quote marked whole), the storyline's table, the entity's stances, and the JSON and
 * CSV of them.
 */
class StanceBrowserTest {
    static final String FIRST = "Ferry strike talks in Tarnby\n"
            + "The Tarnby Council called for a truce in the ferry strike on Monday.\n"
            + "The Vell Union said it is ready for talks only if the council restores the night shifts.\n"
            + "\"The Tarnby Council is dishonest and its plan is a disaster,\" said Mara Holm, who rides the ferry.\n";
    static final String SECOND = "Tarnby ferry strike talks go on\n"
            + "The Tarnby Council now rejects a truce in the ferry strike, its spokesman said.\n"
            + "The Vell Union said it is ready for talks only if the council restores the night shifts.\n";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @TempDir
    static Path dir;
    static Store store;
    static String base;
    static String story;
    static String first;
    static String second;

    /** Sentences a line each, names where their words stand, the quote by hand; the stances by the stance finder. */
    private static AnnotatedArticle annotate(Article article) {
        String text = article.text();
        List<Sentence> sentences = HandLaid.lines(text);
        List<ArticleEntities.Found> found = new ArrayList<>();
        found.add(named(article, "Tarnby Council", EntityType.ORGANIZATION));
        found.add(named(article, "Vell Union", EntityType.ORGANIZATION));
        List<Quote> quotes = new ArrayList<>();
        int holm = text.indexOf("Mara Holm");
        if (holm >= 0) {
            found.add(named(article, "Mara Holm", EntityType.PERSON));
            Span speaker = new Span(holm, holm + "Mara Holm".length());
            int content = text.indexOf("The Tarnby Council is");
            quotes.add(new Quote(new Span(content, text.indexOf(",\" said")), true, false, new Span(holm - 5, holm - 1), speaker,
                    speaker, null));
        }
        ArticleEntities entities = new ArticleEntities(article.id(), found, List.of());
        return new AnnotatedArticle(article, sentences, entities, quotes, List.of(),
                new StanceFinder().find(text, sentences, entities, quotes));
    }

    private static ArticleEntities.Found named(Article article, String name, EntityType type) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = article.text().indexOf(name); at >= 0; at = article.text().indexOf(name, at + 1)) {
            mentions.add(new Mention(article.id(), at, at + name.length(), name));
        }
        return new ArticleEntities.Found(type.name().toLowerCase() + ":" + name.toLowerCase(), type, name, false, true, List.of(name),
                List.of(), mentions, List.of());
    }

    @BeforeAll
    static void start() throws Exception {
        store = site.open(dir.resolve("store"));
        Processed.Done a = HandLaid.article("first", FIRST, "2025-06-10", StanceBrowserTest::annotate);
        Processed.Done b = HandLaid.article("second", SECOND, "2025-06-12", StanceBrowserTest::annotate);
        story = HandLaid.oneStory(store, a, b);
        first = a.article().id();
        second = b.article().id();
        HandLaid.linkEntities(store, List.of(first, second));
        base = site.serve(store);
    }

    /** The link of the cell of {@code actor} (its row) under {@code topic} (its column), or null. */
    private static String cell(Page page, String actor, String topic) {
        return (String) page.evaluate("([actor, topic]) => { const t = document.querySelector('table.stances');"
                + " const heads = [...t.querySelectorAll('thead th')].map(h => h.textContent.trim());"
                + " const k = heads.indexOf(topic); if (k < 0) return null;"
                + " for (const tr of t.querySelectorAll('tbody tr')) { if (tr.querySelector('th').textContent.trim() === actor) {"
                + " const a = tr.children[k].querySelector('a.stance'); return a ? a.getAttribute('href') : null; } } return null; }",
                List.of(actor, topic));
    }

    @Test
    void storyPage_cellsAllEvidence_opensTheListAtThatCell_andTheCellSaysItsStanceInWords() {
        Page page = site.newPage();
        page.navigate(base + "/stories/" + story);
        com.microsoft.playwright.Locator opposes = page.locator("table.stances td.cell.opposes");
        assertThat(opposes.locator("a.stance").getAttribute("title")).startsWith("Mara Holm opposes Tarnby Council: ");
        opposes.locator("a.all").click();
        String target = opposes.locator("a.all").getAttribute("href");
        assertThat(page.locator("dl.stance-evidence dt" + target).isVisible()).as("the cell's evidence, shown").isTrue();
        assertThat(page.locator("dl.stance-evidence dt" + target).textContent()).startsWith("Mara Holm — ");
        page.close();
    }

    @Test
    void storyPage_stanceCellOpened_showsItsEvidenceInTheArticle() {
        Page page = site.newPage();
        page.navigate(base + "/stories/" + story);
        assertThat(page.locator("h2").allTextContents()).contains("Who stands where");
        assertThat(page.locator("table.stances tbody th").allTextContents()).containsExactly("Tarnby Council", "Vell Union",
                "Mara Holm");
        assertThat(page.locator("table.stances td.cell").allTextContents()).containsExactly("mixed ×2 …", "conditional ×2 …",
                "opposes …");
        assertThat(page.locator("table.stances td.cell.conditional").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isEqualTo("rgb(255, 231, 168)");
        LiveSite.screenshot(page, "story-stances.png");

        // a cell for, then against: it opens the latest stance's sentence
        String mixed = cell(page, "Tarnby Council", "peace process");
        assertThat(mixed).isEqualTo("/articles/" + second + "#s1");
        page.locator("a.stance[href='" + mixed + "']").click();
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/articles/" + second + "#s1");
        assertThat(page.locator(".sentence:target").textContent()).contains("now rejects a truce");
        assertThat(page.locator(".sentence:target").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isEqualTo("rgb(255, 243, 196)");

        // a stance shown by a quote opens the quote, marked whole
        page.navigate(base + "/stories/" + story);
        String toward = cell(page, "Mara Holm", "toward Tarnby Council");
        assertThat(toward).startsWith("/articles/" + first + "?quote=");
        page.locator("a.stance[href='" + toward + "']").click();
        page.waitForLoadState();
        assertThat(page.locator(".text .quote.focus").textContent()).isEqualTo("The Tarnby Council is dishonest and its plan is a disaster");
        assertThat(page.locator(".text .quote.focus").isVisible()).isTrue();

        // every cell's evidence, listed under the table with the condition's words
        page.navigate(base + "/stories/" + story);
        page.locator("details.evidence-list summary").click();
        assertThat(page.locator("dl.stance-evidence").textContent())
                .contains("only if the council restores the night shifts", "ready for talks");
        page.close();
    }

    @Test
    void storylinePage_showsTheTableOverItsStories() {
        Page page = site.newPage();
        page.navigate(base + "/storylines/" + store.story(story).orElseThrow().storyline());
        assertThat(page.locator("h2").allTextContents()).contains("Who stands where");
        assertThat(page.locator("table.stances td.cell").allTextContents()).containsExactly("mixed ×2 …", "conditional ×2 …",
                "opposes …");
        page.close();
    }

    @Test
    void entityPage_listsWhereItStands_andWhoStandsTowardIt() {
        Page page = site.newPage();
        page.navigate(base + "/entities/organization-tarnby-council");
        assertThat(page.locator("h2").allTextContents()).contains("Where Tarnby Council stands");
        assertThat(page.locator("ol.stances.taken li").allTextContents()).hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("supports ceasefire in ferry strike"))
                .anySatisfy(t -> assertThat(t).startsWith("opposes ceasefire in ferry strike"));
        assertThat(page.locator("ol.stances.received li").allTextContents()).singleElement()
                .satisfies(t -> assertThat(t).startsWith("Mara Holm opposes Tarnby Council"));
        page.close();
    }

    @Test
    void api_storyAndEntityStances_andTheCsv() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode m = json.readTree(LiveSite.get(base + "/api/stories/" + story + "/stances").body());
        assertThat(m.get("actors").findValuesAsText("name")).containsExactly("Tarnby Council", "Vell Union", "Mara Holm");
        assertThat(m.get("issues").get(0).get("topic").asText()).isEqualTo("peace process");
        List<String> cells = new ArrayList<>();
        m.get("cells").forEach(c -> cells.add(c.get("actor").asText() + " " + c.get("position").asText() + " "
                + c.get("stances").size()));
        assertThat(cells).containsExactly("organization-tarnby-council mixed 2", "organization-vell-union conditional 2",
                "person-mara-holm opposes 1");
        JsonNode vell = json.readTree(LiveSite.get(base + "/api/entities/organization-vell-union/stances").body());
        assertThat(vell.get("total").asInt()).isEqualTo(2);
        assertThat(vell.get("stances")).allSatisfy(s -> {
            assertThat(s.get("position").asText()).isEqualTo("conditional");
            assertThat(s.get("issue").asText()).isEqualTo("peace talks");
            assertThat(s.get("condition").asText()).isEqualTo("only if the council restores the night shifts");
            assertThat(s.get("actor_name").asText()).isEqualTo("Vell Union");
        });
        String line = store.story(story).orElseThrow().storyline();
        JsonNode across = json.readTree(LiveSite.get(base + "/api/storylines/" + line + "/stances").body());
        assertThat(across.get("storyline").asText()).isEqualTo(line);
        assertThat(across.get("actors").findValuesAsText("name")).as("the storyline holds the one story")
                .containsExactlyElementsOf(m.get("actors").findValuesAsText("name"));
        assertThat(LiveSite.get(base + "/api/storylines/no-such-storyline/stances").statusCode()).isEqualTo(404);
        assertThat(LiveSite.get(base + "/api/stories/no-such-story/stances").statusCode()).isEqualTo(404);
        assertThat(LiveSite.get(base + "/api/entities/no-such-entity/stances").statusCode()).isEqualTo(404);
        String csv = LiveSite.get(base + "/api/export/stances.csv").body();
        assertThat(csv).startsWith("id,article,actor,actor_text,topic,issue,position,condition").contains("\"conditional\"");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",evidence.start,evidence.end,evidence.text");
        String evidence = m.get("cells").get(0).get("stances").get(0).get("evidence").get("text").asText();
        assertThat(csv).as("the evidence's words in a cell of their own, not JSON").contains(",\"" + evidence + "\"\r\n");
    }
}

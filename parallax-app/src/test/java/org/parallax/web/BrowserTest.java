package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.TestCli;
import org.parallax.store.Store;

/**
 * The pages as a person sees them, in headless Chromium (Debian's, driven by Playwright): the demo corpus
 * and the seeds, home → story → article → search, and a hostile article that must render inert.
 * Screenshots of each page are kept in target/screenshots.
 */
class BrowserTest {
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("PARALLAX_CHROMIUM", "/usr/bin/chromium"));
    static final Path SHOTS = Paths.get("target", "screenshots");

    /** Debian's headless Chromium, quiet (no network of its own), with a folder for screenshots. */
    static Browser chromium(Playwright playwright) throws java.io.IOException {
        Files.createDirectories(SHOTS);
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static Playwright playwright;
    static Browser browser;
    static String base;
    /** The headline of the first seed article, and its longest word as a query: read, not written here. */
    static String seedTitle;
    static String seedQuery;
    /** A second store and server over a story whose quotes were laid by hand (the finder's own are not tested here). */
    static Store quotedStore;
    static WebServer quotedServer;
    static QuotedStory quoted;

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM).as("Chromium for the browser tests (./run-tests installs Debian's chromium)").isExecutable();
        com.fasterxml.jackson.databind.JsonNode documents = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(TestCli.SHARED.resolve("seeds/expected.json").toFile()).get("documents");
        seedTitle = documents.elements().next().get("title").asText();
        seedQuery = java.util.Arrays.stream(seedTitle.split("[^\\p{L}]+")).max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        Path storeDir = dir.resolve("store");
        assertThat(TestCli.run("demo", "--no-serve", "--store", storeDir.toString())).isZero();
        assertThat(TestCli.run("analyze", TestCli.SHARED.resolve("seeds").toString(), "--out", dir.resolve("b.json").toString(),
                "--store", storeDir.toString())).isZero();
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(hostile.resolve("xss.txt"), "Harbour <script>window.pwned=1</script> news <img src=x onerror=\"window.pwned=2\">\n\n"
                + "The harbour master said on Monday that the <script>window.pwned=3</script> pier would reopen after"
                + " repairs, and that <b onmouseover=\"window.pwned=4\">ferries</b> would return to their timetable.\n");
        TestCli.run("analyze", hostile.toString(), "--out", dir.resolve("h.json").toString(), "--store", storeDir.toString());
        store = Store.open(storeDir, Clock.systemUTC());
        server = WebServer.start(store, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        quotedStore = Store.open(dir.resolve("quoted"), Clock.systemUTC());
        quoted = QuotedStory.write(quotedStore);
        quotedServer = WebServer.start(quotedStore, "127.0.0.1", 0);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = chromium(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (quotedServer != null) {
            quotedServer.close();
        }
        if (quotedStore != null) {
            quotedStore.close();
        }
    }

    @Test
    void homeToStoryToArticleToSearch() {
        Page page = browser.newPage();
        page.navigate(base + "/");
        assertThat(page.locator("h1").textContent()).isEqualTo("Stories");
        assertThat(page.locator("table.stories a.story").allTextContents())
                .contains("Ship hits Port Averill bridge after engine failure; crossing closed", seedTitle);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("home.png")).setFullPage(true));

        page.locator("a.story", new Page.LocatorOptions().setHasText("Ship hits Port Averill bridge")).first().click();
        assertThat(page.url()).contains("/stories/story-");
        assertThat(page.locator("h2").allTextContents()).contains("Timeline", "Coverage by outlet", "Articles by independent source");
        assertThat(page.locator("svg.timeline circle").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("li.copy").count()).isEqualTo(1);
        assertThat(page.locator("li.copy").textContent()).contains("copy");
        assertThat(page.locator(".sources > li").count()).as("independent sources").isEqualTo(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story.png")).setFullPage(true));

        page.locator("li.original a").first().click();
        assertThat(page.url()).contains("/articles/");
        assertThat(page.locator("dt").allTextContents()).contains("Published", "Outlet", "Story", "Source");
        assertThat(page.locator(".text p").count()).isGreaterThan(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article.png")).setFullPage(true));

        page.locator("a", new Page.LocatorOptions().setHasText("raw input")).click();
        assertThat(page.content()).contains("PORT AVERILL");
        page.goBack();

        String named = page.locator(".text a.mention.person").first().getAttribute("title");
        page.locator(".text a.mention.person").first().click();
        assertThat(page.url()).contains("/entities/person-");
        assertThat(page.locator("h1").textContent()).isEqualTo(named);
        assertThat(page.locator("dt").allTextContents()).contains("Type", "Mentions").doesNotContain("-");
        assertThat(page.locator("li.context mark").count()).isGreaterThanOrEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("entity.png")).setFullPage(true));
        page.locator("dd a", new Page.LocatorOptions().setHasText("stories")).click();
        assertThat(page.locator("table.stories a.story").allTextContents())
                .contains("Ship hits Port Averill bridge after engine failure; crossing closed");
        page.navigate(base + "/entities");
        assertThat(page.locator("table.entities a.entity").count()).isGreaterThan(10);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("entities.png")).setFullPage(true));

        page.locator("header input[name=q]").fill(seedQuery);
        page.locator("header button").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Search");
        assertThat(page.locator("ol.hits li").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("ol.hits mark").first().textContent()).isNotBlank();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("search.png")).setFullPage(true));

        page.navigate(base + "/storylines");
        page.locator("table a").first().click();
        assertThat(page.locator("ol.storyline li").count()).isGreaterThanOrEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("storyline.png")).setFullPage(true));
        page.close();
    }

    @Test
    void seedStoryToArticleToEntity_oneIdentityAcrossArticles() {
        Page page = browser.newPage();
        page.navigate(base + "/");
        page.locator("a.story", new Page.LocatorOptions().setHasText(seedTitle)).first().click();
        assertThat(page.locator("h2").allTextContents()).contains("Who and where");
        page.locator("li.original a").first().click();
        String named = page.locator(".text a.mention.person").first().getAttribute("title");
        page.locator(".text a.mention.person").first().click();
        assertThat(page.locator("h1").textContent()).isEqualTo(named);
        assertThat(page.locator("ol.mentions > li").count()).as("articles naming " + named).isGreaterThanOrEqualTo(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("seed-entity.png")).setFullPage(true));
        page.close();
    }

    @Test
    void hostileArticle_rendersInert() {
        Page page = browser.newPage();
        boolean[] dialog = {false};
        page.onDialog(d -> {
            dialog[0] = true;
            d.dismiss();
        });
        page.navigate(base + "/search?q=harbour+master");
        page.locator("ol.hits a").first().click();
        page.waitForLoadState();
        assertThat(page.locator(".text").textContent()).contains("<script>window.pwned=3</script>");
        page.locator(".text").hover();
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(page.locator("script").count()).isZero();
        assertThat(dialog[0]).isFalse();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("hostile.png")).setFullPage(true));
        page.close();
    }

    @Test
    void filters_narrowTheStories() {
        Page page = browser.newPage();
        page.navigate(base + "/?to=2024-12-31");
        List<String> titles = page.locator("table.stories a.story").allTextContents();
        assertThat(titles).noneSatisfy(t -> assertThat(t).contains("Port Averill bridge"));
        assertThat(titles).anySatisfy(t -> assertThat(t).startsWith("War in Ukraine"));
        page.navigate(base + "/");
        page.locator("select[name=outlet]").selectOption("Coastline Wire");
        page.locator("form.filters button").click();
        assertThat(page.url()).contains("outlet=Coastline+Wire");
        assertThat(page.locator("table.stories a.story").allTextContents()).isNotEmpty()
                .allSatisfy(t -> assertThat(t).doesNotStartWith("War in Ukraine"));
        page.close();
    }

    @Test
    void storyWhoSaidWhat_quoteClicked_landsOnItsWordsMarkedInTheArticle() {
        Page page = browser.newPage();
        String quotedBase = "http://127.0.0.1:" + quotedServer.port();
        page.navigate(quotedBase + "/stories/" + quoted.story);
        assertThat(page.locator("h2").allTextContents()).contains("Who said what");
        assertThat(page.locator(".said section.speaker h3").allTextContents())
                .containsExactly("Dmitry Peskov", "Xi Jinping", "Unattributed");
        assertThat(page.locator(".said section.speaker h3 a").first().getAttribute("href")).isEqualTo("/entities/person-dmitry-peskov");
        assertThat(page.locator(".said li.reported .kind").first().textContent()).as("reported speech after its cue")
                .isEqualTo("added that");
        assertThat(page.locator(".said li.reported .kind").first().getAttribute("title")).isEqualTo("reported speech");
        assertThat(page.locator("details.headlines").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story-quotes.png")).setFullPage(true));

        page.locator(".said a.said", new Page.LocatorOptions().setHasText("We will wait")).click();
        page.waitForLoadState();
        int start = QuotedStory.SECOND.indexOf("We will wait");
        assertThat(page.url()).contains("/articles/" + quoted.second).endsWith("#q-" + start);
        assertThat(page.evaluate("() => document.querySelector(':target') && document.querySelector(':target').id"))
                .isEqualTo("q-" + start);
        com.microsoft.playwright.Locator marked = page.locator(".text .quote.focus");
        assertThat(marked.count()).as("the quote over two paragraphs, marked in each").isEqualTo(2);
        assertThat(marked.allTextContents()).containsExactly("We will wait for as long as it takes.", "We will not move");
        for (int i = 0; i < marked.count(); i++) {
            assertThat(marked.nth(i).evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(255, 229, 138)");
        }
        assertThat(marked.first().isVisible()).isTrue();
        assertThat(marked.first().getAttribute("title")).isEqualTo("quoted, said by Dmitry Peskov");
        assertThat(page.locator(".text .quote:not(.focus)").first().evaluate("e => getComputedStyle(e).backgroundColor"))
                .isNotEqualTo("rgb(255, 229, 138)");
        assertThat(page.locator(".legend").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article-quote.png")).setFullPage(true));

        page.navigate(quotedBase + "/entities/person-dmitry-peskov");
        assertThat(page.locator("h2").allTextContents()).contains("What Dmitry Peskov said");
        assertThat(page.locator("ol.said-by > li").count()).isEqualTo(4);
        page.close();
    }
}

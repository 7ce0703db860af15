package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.TestCli;
import org.parallax.store.Store;

/**
 * The pages as a person sees them, in headless Chromium (Debian's, driven by Playwright): the demo corpus
 * and the seeds, home → story → article → search, and a hostile article that must render inert.
 * Screenshots of each page are kept in target/screenshots.
 */
class BrowserTest {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @TempDir
    static Path dir;
    static String base;
    /** The headline of the first seed article's story (its most central article's), and the longest word of the first
     * seed article's headline as a query: read, not written here. */
    static String seedTitle;
    static String seedQuery;
    /** A second store and server over a story whose quotes were laid by hand (the finder's own are not tested here). */
    static String quotedBase;
    static QuotedStory quoted;

    @BeforeAll
    static void start() throws Exception {
        com.fasterxml.jackson.databind.JsonNode documents = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(TestCli.SHARED.resolve("seeds/expected.json").toFile()).get("documents");
        String firstSeed = documents.fieldNames().next();
        seedQuery = java.util.Arrays.stream(documents.get(firstSeed).get("title").asText().split("[^\\p{L}]+"))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        Path storeDir = dir.resolve("store");
        assertThat(TestCli.run("demo", "--no-serve", "--store", storeDir.toString())).isZero();
        assertThat(TestCli.run("analyze", TestCli.SHARED.resolve("seeds").toString(), "--out", dir.resolve("b.json").toString(),
                "--store", storeDir.toString())).isZero();
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(hostile.resolve("xss.txt"), "Harbour <script>window.pwned=1</script> news <img src=x onerror=\"window.pwned=2\">\n\n"
                + "The harbour master said on Monday that the <script>window.pwned=3</script> pier would reopen after"
                + " repairs, and that <b onmouseover=\"window.pwned=4\">ferries</b> would return to their timetable.\n");
        TestCli.run("analyze", hostile.toString(), "--out", dir.resolve("h.json").toString(), "--store", storeDir.toString());
        com.fasterxml.jackson.databind.JsonNode bundle = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("b.json").toFile());
        String story = null;
        for (com.fasterxml.jackson.databind.JsonNode a : bundle.get("articles")) {
            if (a.get("source").asText().endsWith(firstSeed)) {
                story = a.get("story").asText();
            }
        }
        for (com.fasterxml.jackson.databind.JsonNode st : bundle.get("stories")) {
            if (st.get("id").asText().equals(story)) {
                seedTitle = st.get("title").asText();
            }
        }
        assertThat(seedTitle).as("the first seed article's story").isNotBlank();
        base = site.serve(site.open(storeDir));
        Store quotedStore = site.open(dir.resolve("quoted"));
        quoted = QuotedStory.write(quotedStore);
        quotedBase = site.serve(quotedStore);
    }

    @Test
    void homeToStoryToArticleToSearch() {
        Page page = site.newPage();
        page.navigate(base + "/");
        assertThat(page.locator("h1").textContent()).isEqualTo("Stories");
        assertThat(page.locator("table.stories a.story").allTextContents())
                .contains("Ship hits Port Averill bridge after engine failure; crossing closed", seedTitle);
        LiveSite.screenshot(page, "home.png");

        page.locator("a.story", new Page.LocatorOptions().setHasText("Ship hits Port Averill bridge")).first().click();
        assertThat(page.url()).contains("/stories/story-");
        assertThat(page.locator("h2").allTextContents()).contains("When it was reported", "What happened when",
                "Coverage by outlet", "Articles by independent source");
        assertThat(page.locator("svg.timeline circle").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("p.published").textContent()).as("the publication picture says what it shows")
                .startsWith("Each dot is a day its articles were published")
                .contains("1 article gives no publication date of its own and is not shown");
        assertThat(page.locator("li.copy").count()).isEqualTo(1);
        assertThat(page.locator("li.copy").textContent()).contains("copy");
        assertThat(page.locator("li.copy .meta").textContent()).as("an unknown outlet named as every other list names it")
                .startsWith(Html.NO_OUTLET).doesNotContain(".txt");
        assertThat(page.locator(".sources > li").count()).as("independent sources").isEqualTo(3);
        assertThat(page.locator(".sources > li > .origin").allTextContents()).as("each source named by its outlet")
                .contains("original reporting by Coastline Wire").doesNotHaveDuplicates();
        LiveSite.screenshot(page, "story.png");

        page.locator("li.original a").first().click();
        assertThat(page.url()).contains("/articles/");
        assertThat(page.locator("dt").allTextContents()).contains("Published", "Outlet", "Story", "Source");
        assertThat(page.locator(".text p").count()).isGreaterThan(2);
        LiveSite.screenshot(page, "article.png");

        page.locator("a", new Page.LocatorOptions().setHasText("raw input")).click();
        assertThat(page.content()).contains("PORT AVERILL");
        page.goBack();

        String named = page.locator(".text a.mention.person").first().getAttribute("title");
        page.locator(".text a.mention.person").first().click();
        assertThat(page.url()).contains("/entities/person-");
        assertThat(page.locator("h1").textContent()).isEqualTo(named);
        assertThat(page.locator("dt").allTextContents()).contains("Type", "Mentions").doesNotContain("-");
        assertThat(page.locator("li.context mark").count()).isGreaterThanOrEqualTo(1);
        LiveSite.screenshot(page, "entity.png");
        page.locator("dd a", new Page.LocatorOptions().setHasText("stories")).click();
        assertThat(page.locator("table.stories a.story").allTextContents())
                .contains("Ship hits Port Averill bridge after engine failure; crossing closed");
        page.navigate(base + "/entities");
        assertThat(page.locator("table.entities a.entity").count()).isGreaterThan(10);
        LiveSite.screenshot(page, "entities.png");

        page.locator("header input[name=q]").fill(seedQuery);
        page.locator("header button").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Search");
        assertThat(page.locator("ol.hits li").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("ol.hits mark").first().textContent()).isNotBlank();
        LiveSite.screenshot(page, "search.png");

        page.navigate(base + "/storylines");
        page.locator("table a").first().click();
        assertThat(page.locator("ol.storyline li").count()).isGreaterThanOrEqualTo(1);
        LiveSite.screenshot(page, "storyline.png");
        page.close();
    }

    @Test
    void seedStoryToArticleToEntity_oneIdentityAcrossArticles() {
        Page page = site.newPage();
        page.navigate(base + "/");
        page.locator("a.story", new Page.LocatorOptions().setHasText(seedTitle)).first().click();
        assertThat(page.locator("h2").allTextContents()).contains("Who and where");
        page.locator("li.original a").first().click();
        String named = page.locator(".text a.mention.person").first().getAttribute("title");
        page.locator(".text a.mention.person").first().click();
        assertThat(page.locator("h1").textContent()).isEqualTo(named);
        assertThat(page.locator("ol.mentions > li").count()).as("articles naming " + named).isGreaterThanOrEqualTo(2);
        LiveSite.screenshot(page, "seed-entity.png");
        page.close();
    }

    /** On a seed article's page each kind of mark looks like its own entry in the legend and like no other kind. */
    @Test
    void seedArticle_marksOfEachKindLookApart_andAsTheLegendShowsThem() {
        Page page = site.newPage();
        page.navigate(base + "/");
        page.locator("a.story", new Page.LocatorOptions().setHasText(seedTitle)).first().click();
        page.locator("li.original a").first().click();
        String look = "e => { const s = getComputedStyle(e); return s.backgroundColor + ' ' + s.borderBottomColor; }";
        java.util.Map<String, Object> inText = new java.util.LinkedHashMap<>();
        for (String kind : List.of("a.mention.person", "a.mention.country", "time.timex")) {
            Object text = page.locator(".text " + kind).first().evaluate(look);
            assertThat(page.locator(".legend " + kind).first().evaluate(look)).as(kind + " in the legend").isEqualTo(text);
            inText.put(kind, text);
        }
        assertThat(new java.util.HashSet<>(inText.values())).as("looks of " + inText).hasSize(inText.size());
        page.close();
    }

    @Test
    void hostileArticle_rendersInert() {
        Page page = site.newPage();
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
        LiveSite.screenshot(page, "hostile.png");
        page.close();
    }

    /** How many pixels wider than the window a page is. */
    private static final String OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";
    /** The innermost elements that reach past the window's right edge, three at most, named by tag and class. */
    private static final String PAST_THE_EDGE = """
            () => { const edge = document.documentElement.clientWidth;
              const past = e => e.getBoundingClientRect().right > edge;
              return Array.from(document.querySelectorAll('main *'))
                .filter(e => past(e) && !Array.from(e.children).some(past)).slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                  + ' in ' + e.parentElement.tagName.toLowerCase() + '.' + e.parentElement.className); }""";
    /** The site's own links of the page's main part, without their fragments. */
    private static final String LINKS = """
            () => Array.from(document.querySelectorAll('main a[href^="/"]')).map(a => a.getAttribute('href').split('#')[0])""";

    /**
     * Every page reachable from home by its links (stories, storylines, entities, articles, claims, search) fits the
     * window: nothing makes the reader scroll sideways, on a laptop's width, a tablet's or a phone's.
     */
    @Test
    void everyPage_fitsTheWidthOfTheWindow() {
        Page page = site.newPage();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of("/", "/search?q=" + seedQuery));
        List<String> wide = new java.util.ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 60) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            page.navigate(base + path);
            for (int width : new int[] {1280, 768, 480}) {
                page.setViewportSize(width, 900);
                Object overflow = page.evaluate(OVERFLOW);
                if (((Number) overflow).intValue() > 0) {
                    wide.add(path + " at " + width + " px: " + overflow + " px too wide, past the edge: "
                            + page.evaluate(PAST_THE_EDGE));
                }
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate(LINKS);
            for (String link : links) {
                String kind = link.replaceAll("^/([a-z]*).*", "$1");
                if (List.of("stories", "storylines", "entities", "articles", "claims", "search").contains(kind)
                        && seen.stream().filter(s -> s.startsWith("/" + kind)).count() < 10) {
                    queue.add(link);
                }
            }
        }
        assertThat(seen).as("pages looked at").hasSizeGreaterThan(20);
        assertThat(wide).as("pages wider than the window").isEmpty();
        page.close();
    }

    @Test
    void filters_narrowTheStories() {
        Page page = site.newPage();
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
        Page page = site.newPage();
        page.navigate(quotedBase + "/stories/" + quoted.story);
        assertThat(page.locator("h2").allTextContents()).contains("Who said what");
        assertThat(page.locator(".said section.speaker h3").allTextContents())
                .containsExactly("Dmitry Peskov", "Xi Jinping", "Unattributed");
        assertThat(page.locator(".said section.speaker h3 a").first().getAttribute("href")).isEqualTo("/entities/person-dmitry-peskov");
        assertThat(page.locator(".said li.reported .kind").first().textContent()).as("reported speech after its cue")
                .isEqualTo("added that");
        assertThat(page.locator(".said li.reported .kind").first().getAttribute("title")).isEqualTo("reported speech");
        assertThat(page.locator("details.headlines").isVisible()).isTrue();
        LiveSite.screenshot(page, "story-quotes.png");

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
        LiveSite.screenshot(page, "article-quote.png");

        page.navigate(quotedBase + "/entities/person-dmitry-peskov");
        assertThat(page.locator("h2").allTextContents()).contains("What Dmitry Peskov said");
        assertThat(page.locator("ol.said-by > li").count()).isEqualTo(4);
        page.close();
    }
}

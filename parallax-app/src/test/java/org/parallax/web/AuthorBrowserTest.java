package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.TestCli;

/**
 * Authors from the page to the product: two pages whose bylines name people (one in capitals, with an agency, one
 * with a name that is markup) go through analyze; the bundle, the article page, the article list's author filter and
 * the API all show the same people, and the name that is markup renders as text.
 */
class AuthorBrowserTest {
    private static final String PARAGRAPH = "<p>The harbour board voted on Monday to keep the night ferry running through"
            + " the winter, after a petition from shift workers gathered more than four thousand names in a week.</p>";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @TempDir
    static Path dir;
    static String base;
    static JsonNode bundle;

    static String page(String headline, String author, String extra) {
        return "<!doctype html><html lang=\"en\"><head><title>" + headline + " | The Lakeside Herald</title>"
                + "<meta property=\"og:site_name\" content=\"The Lakeside Herald\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + headline + "\","
                + "\"datePublished\":\"2025-11-04T08:15:00+01:00\",\"author\":" + author + "}</script></head><body>"
                + "<article><h1>" + headline + "</h1>" + PARAGRAPH + extra + PARAGRAPH.replace("Monday", "Tuesday")
                + "</article></body></html>";
    }

    @BeforeAll
    static void start() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("ferry.html"), page("Night ferry stays for the winter",
                "[{\"@type\":\"Person\",\"name\":\"MARA VELDEN\"},{\"@type\":\"Person\",\"name\":\"Reuters\"}]",
                "<p>Workers welcomed the decision, which the board said would cost less than the petition feared.</p>"));
        Files.writeString(in.resolve("pier.html"), page("Pier lights return after the storm",
                "{\"@type\":\"Person\",\"name\":\"Mara Velden and Ola <b onmouseover=\\\"window.pwned=1\\\">Hansen</b>\"}",
                "<p>The pier's lamps were repaired by volunteers, who worked through the weekend to finish them.</p>"));
        Path storeDir = dir.resolve("store");
        assertThat(TestCli.run("analyze", in.toString(), "--out", dir.resolve("b.json").toString(), "--store",
                storeDir.toString())).isZero();
        bundle = new ObjectMapper().readTree(dir.resolve("b.json").toFile());
        base = site.serve(site.open(storeDir));
    }

    private static JsonNode bundleArticle(String title) {
        for (JsonNode a : bundle.get("articles")) {
            if (a.get("title").asText().equals(title)) {
                return a;
            }
        }
        throw new AssertionError("no article titled " + title + " in the bundle");
    }

    @Test
    void bundle_namesThePeopleAndTheCredit() {
        JsonNode ferry = bundleArticle("Night ferry stays for the winter");
        assertThat(ferry.get("authors").toString()).isEqualTo("[\"Mara Velden\"]");
        assertThat(ferry.get("credit").asText()).isEqualTo("Reuters");
        assertThat(ferry.get("published").asText()).isEqualTo("2025-11-04T08:15");
        assertThat(ferry.get("published_offset").asText()).isEqualTo("+01:00");
        assertThat(ferry.get("modified").isNull()).isTrue();
    }

    @Test
    void articlePage_showsItsAuthors_andTheirLinkListsTheirArticles() {
        Page page = site.newPage();
        page.navigate(base + "/articles/" + bundleArticle("Night ferry stays for the winter").get("id").asText());
        assertThat(page.locator("dl").innerText()).contains("Mara Velden", "Reuters");
        page.screenshot(new Page.ScreenshotOptions().setPath(LiveSite.SHOTS.resolve("article-authors.png")));
        page.locator("a.author", new Page.LocatorOptions().setHasText("Mara Velden")).first().click();
        page.waitForURL("**/articles?author=*");
        assertThat(page.locator("tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("h1 + p.meta").innerText()).contains("2 articles by Mara Velden");
        page.close();
    }

    @Test
    void aNameThatIsMarkup_rendersAsText() {
        Page page = site.newPage();
        page.navigate(base + "/articles/" + bundleArticle("Pier lights return after the storm").get("id").asText());
        assertThat(page.locator("a.author").allInnerTexts()).containsExactly("Mara Velden");
        assertThat(page.locator("dl b").count()).isZero();
        page.locator("dl").hover();
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        page.close();
    }

    @Test
    void api_filtersByAuthor_inAnyCase() throws Exception {
        String url = base + "/api/articles?author=" + URLEncoder.encode("mara VELDEN", StandardCharsets.UTF_8);
        JsonNode found = new ObjectMapper().readTree(LiveSite.get(url).body());
        assertThat(found.get("total").asInt()).isEqualTo(2);
        assertThat(found.get("articles").get(0).get("authors").toString()).contains("Mara Velden");
        JsonNode none = new ObjectMapper().readTree(LiveSite.get(base + "/api/articles?author=Nobody").body());
        assertThat(none.get("total").asInt()).isZero();
    }
}

package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.Article;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;

/**
 * A story told by two outlets and by two articles whose outlet is not known: wherever outlets are counted, it is two
 * outlets, and the two articles are told apart, never counted as outlets of their own.
 */
class OutletCountTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static String story;

    private static final String[] TEXTS = {
        "The harbour bridge in Kestrel Bay reopened on Wednesday after three weeks of repairs, the port authority said.",
        "Kestrel Bay harbour bridge reopened on Wednesday after three weeks of repairs, port authority officials said.",
        "After three weeks of repairs the harbour bridge of Kestrel Bay reopened on Wednesday, said the port authority.",
        "The port authority said the Kestrel Bay harbour bridge reopened Wednesday after repairs lasting three weeks.",
    };
    private static final String[] OUTLETS = {"Harbour Wire", "Coast Daily", null, " "};

    @BeforeAll
    static void start() {
        store = Store.open(dir, Clock.systemUTC());
        List<Processed.Done> batch = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            batch.add(article("in/" + i + ".txt", "Kestrel Bay harbour bridge reopens " + i, TEXTS[i], OUTLETS[i],
                    i == 3 ? "BBC" : null));
        }
        store.accept(batch);
        CorpusIndex index = new CorpusIndex();
        List<CorpusIndex.Placement> placed = batch.stream().map(d -> index.add(d.article())).toList();
        store.saveCorpus(index, placed);
        story = placed.get(0).story();
        assertThat(placed).as("the four articles are one story").allMatch(p -> p.story().equals(story));
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static Processed.Done article(String name, String title, String text, String outlet, String syndicatedFrom) {
        RawDocument raw = new RawDocument(name, RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text, SourceHints.NONE);
        return new Processed.Done(raw, new Article(raw.id(), raw.source(), null, title, text,
                new PublicationDate("2025-04-02", false, Evidence.of(text, 0, 3)), null, outlet, syndicatedFrom, "en"));
    }

    @Test
    void storyPage_namesACreditedOutletAsTheArticleSpellsIt() throws Exception {
        assertThat(WebServerTest.get(server, "/stories/" + story).body()).contains("<span class=\"origin\">credited to BBC</span>")
                .doesNotContain("credited to bbc");
    }

    @Test
    void apiStories_countsKnownOutlets_andTheArticlesOfUnknownOutletApart() throws Exception {
        JsonNode s = new ObjectMapper().readTree(WebServerTest.get(server, "/api/stories").body()).get("stories").get(0);
        assertThat(s.get("articles").asInt()).isEqualTo(4);
        assertThat(s.get("outlets").asInt()).as("two outlets, not four").isEqualTo(2);
        assertThat(s.get("unknown_outlet_articles").asInt()).isEqualTo(2);
    }

    @Test
    void storiesPage_showsTwoOutlets_andTwoArticlesOfUnknownOutlet() throws Exception {
        String page = WebServerTest.get(server, "/").body();
        assertThat(page).contains("<td>4</td><td>2 <span class=\"meta unknown-outlet\">and 2 articles of unknown outlet</span></td>");
    }

    @Test
    void outletsCell_saysNoneKnown_ratherThanZeroAndSome() {
        assertThat(Pages.outletsCell(3, 0)).isEqualTo("3");
        assertThat(Pages.outletsCell(2, 1)).isEqualTo("2 <span class=\"meta unknown-outlet\">and 1 article of unknown outlet</span>");
        assertThat(Pages.outletsCell(0, 3)).isEqualTo("none known <span class=\"meta unknown-outlet\">(3 articles of unknown outlet)</span>");
    }

    @Test
    void storyPage_saysTwoOutlets_andShowsTheUnknownApartInItsCoverage() throws Exception {
        String page = WebServerTest.get(server, "/stories/" + story).body();
        assertThat(page).contains(" · 4 articles · 2 outlets and 2 articles of unknown outlet · ");
        String coverage = page.substring(page.indexOf("<h2>Coverage by outlet</h2>"));
        coverage = coverage.substring(0, coverage.indexOf("</table>"));
        assertThat(coverage).contains("<td>Harbour Wire</td>", "<td>Coast Daily</td>",
                "<tr class=\"unknown-outlet\"><td><em>outlet not known</em></td>", "2 articles, not counted as an outlet");
        assertThat(coverage.split("<tr")).as("two outlets and one row for the unknown").hasSize(1 + 3);
    }

    @Test
    void storylinePage_countsItsStoriesOutletsTheSameWay() throws Exception {
        String line = store.story(story).orElseThrow().storyline();
        assertThat(WebServerTest.get(server, "/storylines/" + line).body())
                .contains("4 articles · 2 outlets and 2 articles of unknown outlet</span>");
    }

    @Test
    void storiesCsv_exportsTheOutletCounts() throws Exception {
        String[] rows = WebServerTest.get(server, "/api/export/stories.csv").body().split("\r\n");
        assertThat(rows[0]).endsWith(",independent_sources,outlets,unknown_outlet_articles");
        assertThat(rows[1]).startsWith("\"" + story + "\"").endsWith(",\"2\",\"2\"");
    }

    @Test
    void outlets_inWords_neverCountAnUnknownOutletAsOne() {
        assertThat(Html.outlets(3, 0)).isEqualTo("3 outlets");
        assertThat(Html.outlets(1, 0)).isEqualTo("1 outlet");
        assertThat(Html.outlets(2, 1)).isEqualTo("2 outlets and 1 article of unknown outlet");
        assertThat(Html.outlets(0, 2)).isEqualTo("2 articles of unknown outlet");
        assertThat(Html.outlet(" ")).isEqualTo(Html.NO_OUTLET);
    }
}

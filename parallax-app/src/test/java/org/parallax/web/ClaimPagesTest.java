package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Span;
import org.parallax.store.Store;

class ClaimPagesTest {
    private static final String LONG_OUTLET =
            "The Very Long Name Of A Regional Evening Newspaper And Its Weekend Supplement Edition";

    private static CorroboratedClaim.Source source(String article, String outlet, String text) {
        return new CorroboratedClaim.Source(article, outlet, new Span(0, text.length()), text, 1.0);
    }

    private static final Map<String, String> OUTLETS = Map.of("a1", LONG_OUTLET, "a2", "Wire");
    /** The articles of story s1 in these tests. */
    private static final java.util.Set<String> ALL = java.util.Set.of("a1", "a2", "a3");

    private static String storySection() {
        return storySection(List.of());
    }

    private static String storySection(List<org.parallax.model.SummarySentence> summary) {
        CorroboratedClaim.Source twelve = source("a1", LONG_OUTLET, "12 ships were delayed.");
        CorroboratedClaim.Source fourteen = source("a2", "Wire", "14 ships were delayed.");
        List<CorroboratedClaim> claims = List.of(
                new CorroboratedClaim("c1", "s1", "The bridge closed.", List.of(source("a1", LONG_OUTLET, "The bridge closed."),
                        source("a2", "Wire", "The bridge closed.")), 2, List.of()),
                new CorroboratedClaim("c2", "s1", twelve.text(), List.of(twelve), 1,
                        List.of(new CorroboratedClaim.Contradiction("c3", "number", twelve, fourteen))),
                new CorroboratedClaim("c3", "s1", fourteen.text(), List.of(fourteen), 1,
                        List.of(new CorroboratedClaim.Contradiction("c2", "number", fourteen, twelve))));
        return ClaimPages.section("s1", summary, claims, Map.of(Store.ClaimFilter.ALL, 3, Store.ClaimFilter.SINGLE, 2,
                Store.ClaimFilter.CONTESTED, 2), Store.ClaimFilter.ALL, 1, id -> "Headline " + id, OUTLETS::get, id -> List.of(), UnknownOutletSources.NONE, ALL);
    }

    @Test
    void claimsPastOnePage_areReachedPageByPage_onTheStoryPage() {
        List<CorroboratedClaim> second = java.util.stream.IntStream.range(0, ClaimPages.STORY_CLAIMS)
                .mapToObj(i -> new CorroboratedClaim("c" + i, "s1", "Bus line " + i + " runs again.",
                        List.of(source("a1", "Wire", "Bus line " + i + " runs again.")), 1, List.of())).toList();
        int total = 2 * ClaimPages.STORY_CLAIMS + 10;
        String html = ClaimPages.section("s1", List.of(), second, Map.of(Store.ClaimFilter.ALL, total,
                Store.ClaimFilter.SINGLE, total, Store.ClaimFilter.CONTESTED, 0), Store.ClaimFilter.SINGLE, 2,
                id -> "Headline " + id, OUTLETS::get, id -> List.of(), UnknownOutletSources.NONE, ALL);
        assertThat(html).contains("claims " + (ClaimPages.STORY_CLAIMS + 1) + "–" + 2 * ClaimPages.STORY_CLAIMS + " of " + total,
                "href=\"?claims=single&claimsPage=1#claims\"", "href=\"?claims=single&claimsPage=3#claims\"");
        String last = ClaimPages.section("s1", List.of(), second.subList(0, 10), Map.of(Store.ClaimFilter.ALL, total,
                Store.ClaimFilter.SINGLE, total, Store.ClaimFilter.CONTESTED, 0), Store.ClaimFilter.SINGLE, 3,
                id -> "Headline " + id, OUTLETS::get, id -> List.of(), UnknownOutletSources.NONE, ALL);
        assertThat(last).contains("claims " + (2 * ClaimPages.STORY_CLAIMS + 1) + "–" + total + " of " + total,
                "claimsPage=2#claims").doesNotContain("claimsPage=4");
    }

    @Test
    void picture_longOutletName_labelledShort_withTheWholeNameOnHover_andTheHeightOfAShortOne() {
        String html = storySection();
        String svg = html.substring(html.indexOf("<svg class=\"claim-coverage\""), html.indexOf("</svg>"));
        List<String> labels = Pattern.compile("<text class=\"outlet\"[^>]*><title>([^<]*)</title>([^<]*)</text>").matcher(svg)
                .results().map(m -> m.group(2)).toList();
        assertThat(labels).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(41));
        assertThat(svg).contains("<title>" + LONG_OUTLET + "</title>");
        int height = Integer.parseInt(svg.replaceAll("(?s).*? height=\"(\\d+)\".*", "$1"));
        assertThat(height).as("rows and short labels, not the long name's length").isLessThan(400);
    }

    @Test
    void picture_andAlone_markAnArticleOfUnknownOutlet_asNoOutlet() {
        List<CorroboratedClaim> claims = List.of(
                new CorroboratedClaim("c1", "s1", "The bridge closed.", List.of(source("a1", "Wire", "The bridge closed."),
                        source("a3", null, "The bridge closed.")), 2, List.of()),
                new CorroboratedClaim("c2", "s1", "Trucks wait.", List.of(source("a3", null, "Trucks wait.")), 1, List.of()),
                new CorroboratedClaim("c3", "s1", "Ships wait.", List.of(source("a1", "Wire", "Ships wait.")), 1, List.of()));
        String html = ClaimPages.section("s1", List.of(), claims, Map.of(Store.ClaimFilter.ALL, 3, Store.ClaimFilter.SINGLE, 2,
                Store.ClaimFilter.CONTESTED, 0), Store.ClaimFilter.ALL, 1, id -> "Headline " + id, OUTLETS::get, id -> List.of(),
                c -> c.sources().stream().anyMatch(s -> s.outlet() == null) ? 1 : 0, ALL);
        String svg = html.substring(html.indexOf("<svg class=\"claim-coverage\""), html.indexOf("</svg>"));
        assertThat(svg).contains("<text class=\"outlet\" ", "<title>Wire</title>Wire</text>",
                "<text class=\"outlet unknown-outlet\" ", "<title>outlet not known: Headline a3</title>Headline a3</text>");
        assertThat(html).contains("A column headed in italics by a headline is an article whose outlet is not known, not an outlet.")
                .contains("<dt><em class=\"unknown-outlet\">outlet not known:</em> Headline a3</dt>")
                .contains("<td>2 <span class=\"meta unknown-outlet\"", ">(1 of unknown outlet)</span>")
                .contains("<td>1 <span class=\"meta unknown-outlet\"", ">(of unknown outlet)</span>");
    }

    @Test
    void ofStoryline_listsOnlyClaimsOfMoreThanOneSource_orSaysThereAreNone() {
        CorroboratedClaim two = new CorroboratedClaim("c1", "s1", "The bridge closed.", List.of(source("a1", "Wire", "The bridge closed."),
                source("a2", "Post", "The bridge closed.")), 2, List.of());
        CorroboratedClaim one = new CorroboratedClaim("c2", "s1", "Trucks wait.", List.of(source("a1", "Wire", "Trucks wait.")), 1,
                List.of());
        String both = ClaimPages.ofStoryline(List.of(two, one), id -> "Headline " + id, UnknownOutletSources.NONE);
        assertThat(both).contains("The bridge closed.").doesNotContain("Trucks wait.", "single source");
        String single = ClaimPages.ofStoryline(List.of(one), id -> "Headline " + id, UnknownOutletSources.NONE);
        assertThat(single).contains("No claim of its stories is made by more than one independent source")
                .doesNotContain("<table");
    }

    @Test
    void page_anArticleOfUnknownOutlet_saysWhomItCredits() {
        CorroboratedClaim c = new CorroboratedClaim("c1", "s1", "The bridge closed.", List.of(source("a1", "Wire", "The bridge closed."),
                source("a3", null, "The bridge closed.")), 2, List.of());
        String html = ClaimPages.page(c, "Story", id -> "Headline " + id, id -> "The bridge closed.", id -> List.of(),
                UnknownOutletSources.NONE, Map.of("a1", "Agency", "a3", "<b>BBC</b>")::get, id -> "s1");
        assertThat(html).contains("<span class=\"outlet\">Wire</span> · ")
                .contains("<span class=\"outlet\">outlet not known</span> <span class=\"meta credit\">(credited to &lt;b&gt;BBC&lt;/b&gt;)</span> · ")
                .doesNotContain("Agency");
    }

    @Test
    void table_marksASourceOfAnotherStoryOfTheStoryline_preferringTheOutletsArticleInThisStory() {
        CorroboratedClaim c = new CorroboratedClaim("c1", "s1", "The bridge closed.", List.of(source("a1", "Wire", "The bridge closed."),
                source("b1", "Post", "The bridge closed."), source("b2", "Wire", "The bridge closed.")), 2, List.of());
        String html = ClaimPages.section("s1", List.of(), List.of(c), Map.of(Store.ClaimFilter.ALL, 1, Store.ClaimFilter.SINGLE, 0,
                Store.ClaimFilter.CONTESTED, 0), Store.ClaimFilter.ALL, 1, id -> "Headline " + id, OUTLETS::get, id -> List.of(),
                UnknownOutletSources.NONE, java.util.Set.of("a1"));
        assertThat(html).contains("href=\"/articles/a1\">Wire</a>, ", "href=\"/articles/b1\">Post</a> <span class=\"elsewhere\">other story</span>")
                .doesNotContain("/articles/b2", "Wire</a> <span class=\"elsewhere\"")
                .contains("is an article of another story of this storyline");
        String mine = ClaimPages.section("s1", List.of(), List.of(c), Map.of(Store.ClaimFilter.ALL, 1, Store.ClaimFilter.SINGLE, 0,
                Store.ClaimFilter.CONTESTED, 0), Store.ClaimFilter.ALL, 1, id -> "Headline " + id, OUTLETS::get, id -> List.of(),
                UnknownOutletSources.NONE, java.util.Set.of("a1", "b1", "b2"));
        assertThat(mine).doesNotContain("elsewhere", "another story");
        org.parallax.model.SummarySentence said = new org.parallax.model.SummarySentence("c1", "a1", new Span(0, 18),
                "The bridge closed.", List.of("a1", "b1"));
        String summary = ClaimPages.section("s1", List.of(said), List.of(c), Map.of(Store.ClaimFilter.ALL, 1,
                Store.ClaimFilter.SINGLE, 0, Store.ClaimFilter.CONTESTED, 0), Store.ClaimFilter.ALL, 1, id -> "Headline " + id,
                OUTLETS::get, id -> List.of(), UnknownOutletSources.NONE, java.util.Set.of("a1"));
        String cited = summary.substring(summary.indexOf("<ol class=\"citations"), summary.indexOf("<h2 id=\"claims\""));
        assertThat(cited).contains(">Headline b1</a> · outlet not known <span class=\"elsewhere\">other story</span></li>")
                .contains(">Headline a1</a> · " + LONG_OUTLET + "</li>");
        String page = ClaimPages.page(c, "Story", id -> "Headline " + id, id -> "The bridge closed.", id -> List.of(),
                UnknownOutletSources.NONE, id -> null, id -> id.startsWith("a") ? "s1" : "s2");
        assertThat(page).contains(">Headline b1</a> <a class=\"elsewhere\" href=\"/stories/s2\"")
                .doesNotContain(">Headline a1</a> <a class=\"elsewhere\"");
    }

    @Test
    void table_saysEachDisputeInWords() {
        String html = storySection();
        String table = html.substring(html.indexOf("<table class=\"claims\""), html.indexOf("</table>"));
        assertThat(table).contains("<th>Disputed by</th>", ">another number</a>").doesNotContain(">number<");
        assertThat(ClaimPages.dispute("polarity")).isEqualTo("the opposite");
        assertThat(ClaimPages.dispute("date")).isEqualTo("another date");
    }

    @Test
    void summary_citations_nameEachArticlesOutlet_soTwoOfOneHeadlineTellApart() {
        org.parallax.model.SummarySentence said = new org.parallax.model.SummarySentence("c1", "a1", new Span(0, 18),
                "The bridge closed.", List.of("a1", "a2", "a3"));
        String html = storySection(List.of(said));
        int list = html.indexOf("<ol class=\"citations");
        String cited = html.substring(list, html.indexOf("</ol>", list));
        assertThat(cited).contains(">Headline a1</a> · " + LONG_OUTLET + "</li>", ">Headline a2</a> · Wire</li>",
                ">Headline a3</a> · " + Html.NO_OUTLET + "</li>");
    }
}

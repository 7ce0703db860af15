package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void why_reasonOfTheCorpusStage_readsAsWordsWithoutScoresOrIds() {
        assertThat(Pages.why("similarity 0.42; shares bridge, Averill, pier")).isEqualTo("shares bridge, Averill, pier");
        assertThat(Pages.why("copy of 763e210268120bf1")).isEqualTo("a copy of an earlier article of this story");
        assertThat(Pages.why("starts the story")).isEqualTo("starts the story");
    }

    @Test
    void whyLinked_linksEachSharedEntityToItsPageAndEachWordToASearch_escaped() {
        String html = Pages.whyLinked("similarity 0.42, and 0.30 to the story it brings in; shares Anna Berg, pier <b>;"
                + " brings in the story \"Bridge <i>shut</i>\"", java.util.Map.of("anna berg", "person-anna-berg"));
        assertThat(html).startsWith("shares <a href=\"/entities/person-anna-berg\">Anna Berg</a>, "
                        + "<a href=\"/search?q=pier+%3Cb%3E\">pier &lt;b&gt;</a>; brings in the story &quot;Bridge &lt;i&gt;")
                .doesNotContain("0.42", "<b>", "<i>");
        assertThat(Pages.whyLinked("starts the story", java.util.Map.of())).isEqualTo("starts the story");
    }

    @Test
    void when_aTimeReadsWithoutTheIsoT_aDayAsItIs_noneAsUndated() {
        assertThat(Html.when("2025-11-04T08:15")).isEqualTo("2025-11-04 08:15");
        assertThat(Html.when("2025-11-04")).isEqualTo("2025-11-04");
        assertThat(Html.when(null)).isEqualTo("undated");
    }

    @Test
    void count_saysOneArticleAndManyArticles() {
        assertThat(Pages.count(1, "article")).isEqualTo("1 article");
        assertThat(Pages.count(0, "article")).isEqualTo("0 articles");
        assertThat(Pages.count(12, "article")).isEqualTo("12 articles");
    }

    @Test
    void query_ofTheStoriesFilter_keepsEveryFilterForTheNextPage() {
        String q = Pages.query(new org.parallax.store.StoryFilter("2025-03-01", "2025-03-31", "Coastline Wire",
                "storyline-1", "person-elena-brandt"));
        assertThat(q.split("&")).containsExactly("from=2025-03-01", "to=2025-03-31", "outlet=Coastline+Wire",
                "storyline=storyline-1", "entity=person-elena-brandt");
    }

    @Test
    void page_headerSearchBoxKeepsTheQuery_escaped() {
        assertThat(Html.page("Search", "", "ferry \"strike\"<"))
                .contains("name=\"q\" placeholder=\"Search articles\" value=\"ferry &quot;strike&quot;&lt;\"");
        assertThat(Html.page("Stories", "")).doesNotContain(" value=");
    }

    @Test
    void contexts_eachSentenceOnce_withAllItsMentionsMarked_andLinkedToTheSentence() {
        String text = "Harbour bridge reopens\nMayor Anna Berg said the <b>bridge</b> reopened, and Berg thanked the crews.\n"
                + "Trucks waited a week, Berg said.";
        org.parallax.model.Article a = new org.parallax.model.Article("a1", "in/a.txt", null, "Harbour bridge reopens", text,
                null, null, "Wire", null, "en");
        java.util.List<org.parallax.model.Sentence> sentences = java.util.List.of(
                new org.parallax.model.Sentence(new org.parallax.model.Span(0, 22), 0),
                new org.parallax.model.Sentence(new org.parallax.model.Span(23, text.indexOf("crews.") + 6), 1),
                new org.parallax.model.Sentence(new org.parallax.model.Span(text.indexOf("Trucks"), text.length()), 2));
        int anna = text.indexOf("Anna Berg");
        int second = text.indexOf("Berg thanked");
        int third = text.indexOf("Berg said.");
        java.util.List<org.parallax.model.Mention> mentions = java.util.List.of(
                new org.parallax.model.Mention("a1", third, third + 4, "Berg"),
                new org.parallax.model.Mention("a1", anna, anna + 9, "Anna Berg"),
                new org.parallax.model.Mention("a1", second, second + 4, "Berg"));
        String html = Pages.contexts(a, mentions, sentences);
        assertThat(html.split("<li class=\"context\">")).as("two sentences, each once").hasSize(1 + 2);
        assertThat(html).contains("<li class=\"context\"><a class=\"context-link\" href=\"/articles/a1#s1\"",
                        ">Mayor <mark>Anna Berg</mark> said the &lt;b&gt;bridge&lt;/b&gt; reopened, and <mark>Berg</mark> thanked the crews.</a></li>",
                        "href=\"/articles/a1#s2\"", ">Trucks waited a week, <mark>Berg</mark> said.</a></li>")
                .doesNotContain("<b>");
    }
}

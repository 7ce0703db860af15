package org.parallax.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final String PAGE = """
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
            <title>Harbour bridge reopens | The Lakeside Herald</title>
            <meta property="og:site_name" content="The Lakeside Herald">
            <meta property="og:title" content="Harbour bridge reopens after four weeks">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Harbour bridge reopens after four weeks","datePublished":"2025-04-02T06:30:00Z",
              "author":{"@type":"Person","name":"Mara Velden"}}</script>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <main><article>
              <h1>Harbour bridge reopens after four weeks</h1>
              <p>The harbour bridge reopened to cars and buses on Wednesday morning, four weeks after a container
                 ship knocked out a bearing on one of its piers.</p>
              <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
              <h2>Trucks must wait</h2>
              <p>Trucks over twenty tonnes remain barred until a final load test next week, the city engineer said.</p>
              <ul><li>Buses return to the bridge route</li><li>Ferries keep the extra sailings until Friday</li></ul>
              <figure><img src="a.jpg"><figcaption>Photo: City of Lakeside</figcaption></figure>
              <p>The ship's owner has agreed to repay the city's emergency fund, the harbour authority said.</p>
              <div class="grid"><div class="card"><h3><a href="/c">Tram line extended</a></h3><p>Work starts in June.</p></div>
              <div class="card"><h3><a href="/d">Lido opens early</a></h3><p>Warm spring brings crowds.</p></div>
              <div class="card"><h3><a href="/e">New mayor sworn in</a></h3><p>A ceremony at the town hall.</p></div></div>
            </article>
            <section class="related-posts"><h3>Related</h3><ul><li><a href="/a">Ferry fares rise</a></li>
              <li><a href="/b">Council votes on budget</a></li></ul></section>
            <div id="comments"><p>Leave a reply. Your email address will not be published.</p></div>
            </main>
            <aside><p>Most read this week: something else entirely that is not this article.</p></aside>
            <footer><p>© 2025 The Lakeside Herald. All rights reserved.</p></footer>
            </body></html>
            """;

    private final HtmlPage page = HtmlExtractor.extract(PAGE, "https://herald.example/2025/04/02/bridge");

    @Test
    void extract_readsStatedMetadata() {
        assertThat(page.title()).isEqualTo("Harbour bridge reopens after four weeks");
        assertThat(page.published()).isEqualTo(new HtmlPage.StatedDate("2025-04-02T06:30:00Z", "json-ld"));
        assertThat(page.authors()).containsExactly("Mara Velden");
        assertThat(page.siteName()).isEqualTo("The Lakeside Herald");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.marked()).isTrue();
    }

    @Test
    void extract_keepsArticleBlocksInOrder() {
        assertThat(page.text()).contains("The harbour bridge reopened to cars", "Trucks must wait",
                "Buses return to the bridge route", "has agreed to repay");
        assertThat(page.text().indexOf("Trucks must wait")).isLessThan(page.text().indexOf("has agreed to repay"));
    }

    @Test
    void extract_dropsNavigationWidgetsCaptionsCommentsAndFooters() {
        assertThat(page.text()).doesNotContain("Home", "cookies", "Share on Facebook", "Photo: City",
                "Ferry fares rise", "Tram line extended", "Warm spring brings crowds", "Leave a reply", "Most read", "All rights reserved");
    }

    @Test
    void extract_keepsTheStandfirstBetweenHeadlineAndBody_andAnAsideThatHoldsTheArticle() {
        String html = """
                <html><head><title>Night trains return to the valley line - Valley Courier</title></head><body>
                <nav><a href="/">Home</a></nav>
                <aside class="main-column"><header><h1>Night trains return to the valley line</h1>
                <div class="article-lead">Two sleeper services a week will run from May, the operator said.</div>
                <div class="share"><a href="#">Share</a></div></header>
                <div itemprop="articleBody"><p>The operator will run two sleeper services a week from May, ending a
                  gap of eleven years on the valley line, its chief executive told reporters on Monday.</p>
                <p>Tickets go on sale next month; the first train leaves the capital on the second Friday in May.</p>
                </div></aside>
                <aside><p>Most read: a different story about the weather that is not part of this article.</p></aside>
                </body></html>
                """;
        HtmlPage page = HtmlExtractor.extract(html, null);
        assertThat(page.marked()).isTrue();
        assertThat(page.text()).startsWith("Two sleeper services a week will run from May")
                .contains("ending a gap of eleven years", "Tickets go on sale")
                .doesNotContain("Most read", "Share", "Home");
    }

    @Test
    void extract_linksInTheCellsOfADataTable_areData_andALayoutTableOfLinksStillGoes() {
        String html = """
                <html><body><article><h1>Winter squash soup for six</h1>
                <p>A thick soup for a cold evening that keeps for three days in the fridge and freezes well too.</p>
                <table><tr><td>2</td><td><a href="/ingredients/squash">Butternut squash</a></td></tr>
                <tr><td>1 litre</td><td><a href="/ingredients/stock">Vegetable stock</a></td></tr>
                <tr><td>200 ml</td><td>Single cream, or oat cream for a vegan soup</td></tr></table>
                <table><tr><td><a href="/soups">More soups</a></td><td><a href="/stews">More stews</a></td></tr></table>
                <p>Roast the squash first for a deeper taste, then simmer it in the stock for twenty minutes.</p>
                </article></body></html>""";
        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).contains("Butternut squash", "Vegetable stock", "Single cream");
        assertThat(text).doesNotContain("More soups", "More stews");
    }

    @Test
    void extract_aFigureThatHoldsATable_isATable_andAPhotoCaptionStillGoes() {
        String html = """
                <html><body><article><h1>Bank fees compared across five banks</h1>
                <p>Fees for cash withdrawals abroad differ widely between the banks we compared this spring.</p>
                <figure><table><tr><th>Bank</th><th>Fee per withdrawal</th></tr>
                <tr><td>Northern Savings</td><td>2 GBP</td></tr><tr><td>Coastal Mutual</td><td>free</td></tr></table></figure>
                <figure><img src="atm.jpg"><figcaption>A cash machine in the old town</figcaption></figure>
                <p>Card fees for payments in shops are lower everywhere, and two of the banks charge nothing at all.</p>
                </article></body></html>""";
        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).contains("Fee per withdrawal", "Northern Savings", "2 GBP");
        assertThat(text).doesNotContain("A cash machine in the old town");
    }

    @Test
    void extract_preformattedCode_keepsItsLineBreaksAndIsMarkedAsPreformatted() {
        String html = """
                <html><body><article><h1>Turning off the terminal bell for good</h1>
                <p>The bell rings on every failed completion, which gets tiresome after a long day at the shell.</p>
                <pre><code>set bell-style none
                bind 'set show-all-if-ambiguous on'</code></pre>
                <p>Put both lines in the startup file of the shell and open a new terminal to see the difference.</p>
                </article></body></html>""";
        HtmlPage page = HtmlExtractor.extract(html, null);
        assertThat(page.text()).contains("set bell-style none\nbind 'set show-all-if-ambiguous on'");
        assertThat(page.preformatted()).hasSize(1);
        assertThat(page.preformatted().get(0).of(page.text()))
                .isEqualTo("set bell-style none\nbind 'set show-all-if-ambiguous on'");
    }

    @Test
    void extract_aBoxAroundAnEntryField_goesWithItsText_theArticleAroundItStays() {
        String html = """
                <html><body><article><h1>Ferry timetable changes for the winter</h1>
                <p>From November the first ferry leaves half an hour later, and the last one an hour earlier than now.</p>
                <div><h3>The week on the water</h3><p>Every Friday morning, the harbour's week in one letter.</p>
                <input type="email" placeholder="Address"></div>
                <p>The harbour office says the change follows a drop in passengers on the earliest and latest crossings.</p>
                </article></body></html>""";
        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).contains("From November the first ferry", "The harbour office says");
        assertThat(text).doesNotContain("The week on the water", "the harbour's week in one letter");
    }

    @Test
    void extract_aDropCap_joinsTheRestOfItsWord_aCapitalThatEndsASentenceDoesNot() {
        String html = """
                <html><body><article><h1>Ferry timetable changes for the winter</h1>
                <p><span class="drop">T</span></p><p>he first ferry leaves half an hour later from November, and the last one earlier.</p>
                <p>Tickets bought before the change stay valid, the operator says, and so do the season passes we all use.</p>
                <p>The operator's figures are in Annex B</p><p>and its timetable for the spring follows in January.</p>
                </article></body></html>""";
        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).contains("\n\nThe first ferry leaves", "in Annex B\n\nand its timetable");
    }

    @Test
    void extract_aHeadlineInsideABreadcrumb_staysAndTheStandfirstUnderItIsFound() {
        String html = """
                <html><head><title>Night trains return to the valley line - The Valley Post</title></head><body>
                <nav class="crumbs"><a href="/">Home</a> <a href="/travel">Travel</a><h1>Night trains return to the valley line</h1></nav>
                <p>After two years of repairs the sleeper is back, with new cabins and a later departure.</p>
                <article><p>The night train from the capital to the valley runs again from May, after two years of repairs.</p>
                <p>It leaves at ten in the evening and arrives shortly after six, with a stop in the market town.</p></article>
                </body></html>""";
        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).startsWith("After two years of repairs the sleeper is back");
        assertThat(text).doesNotContain("Home", "Travel");
    }

    @Test
    void extract_theHeadlineIsTheFirstH1TheTitleRepeats_notALogo_andKeepsItsWordsWhateverTheirNames() {
        String html = """
                <html><head><title>Night trains return to the valley line - The Valley Post</title></head><body>
                <header><h1><a href="/"><img src="logo.png" alt=""></a></h1></header>
                <div><h1>Night trains return <span class="ad-badge">to the valley line</span></h1>
                <p>After two years of repairs the sleeper is back, with new cabins and a later departure.</p></div>
                <article><p>The night train from the capital to the valley runs again from May, after two years of repairs.</p>
                <p>It leaves at ten in the evening and arrives shortly after six, with a stop in the market town.</p></article>
                </body></html>""";
        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).startsWith("After two years of repairs the sleeper is back");
    }

    @Test
    void extract_headingsThatEndTheText_go() {
        String html = """
                <html><body><article><h1>Night trains return to the valley line</h1>
                <p>The night train from the capital to the valley runs again from May, after two years of repairs.</p>
                <h2>Timetable</h2>
                <p>It leaves at ten in the evening and arrives shortly after six, with a stop in the market town.</p>
                <h3>You may also like</h3>
                <ul><li><a href="/a">Ferry fares rise</a></li><li><a href="/b">Tram line extended</a></li></ul>
                <h4>Share this article</h4>
                </article></body></html>""";
        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).contains("Night trains return to the valley line", "Timetable", "arrives shortly after six");
        assertThat(text).doesNotContain("You may also like", "Share this article");
        assertThat(text.strip()).endsWith("with a stop in the market town.");
    }

    @Test
    void extract_inlineElements_keepWordsApartAndPunctuationAttached() {
        String html = "<html><body><article><p>The report (<a href=\"/r\">PDF</a>) is in <em>our</em> "
                + "<a href=\"/a\">archive</a>. See <span>page</span><span>four</span>: it lists "
                + "the <b>twelve</b> districts that the council named in its reply to the ministry.</p>"
                + "</article></body></html>";
        assertThat(HtmlExtractor.extract(html, null).text())
                .startsWith("The report (PDF) is in our archive. See page four: it lists the twelve districts");
    }

    @Test
    void extract_readsTheArticleBodyTheStructuredDataStates() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"<p>"
                + "The council voted to rebuild the old pier. ".repeat(6) + "</p><p>" + "Work starts in March. ".repeat(10)
                + "</p>\"}</script></head><body><div id=app></div></body></html>";
        HtmlPage page = HtmlExtractor.extract(html, null);
        assertThat(page.statedBody()).startsWith("The council voted to rebuild the old pier.")
                .contains("\n\nWork starts in March.").doesNotContain("<p>");
        assertThat(HtmlExtractor.extract(PAGE, null).statedBody()).isNull();
    }

    @Test
    void extract_aTeaserNamedLeadWithoutLinks_isTheArticles() {
        String html = "<html><body><article><div class=\"teaser-text\"><p>The ferry returns on Monday.</p>"
                + "<ul><li>Two sailings a day</li><li>Fares unchanged</li></ul></div><div class=\"body\"><p>"
                + "The operator said the repaired ramp passed its last inspection on Friday afternoon. ".repeat(3)
                + "</p></div><div class=\"teaser\"><h3><a href=\"/x\">Bridge works start</a></h3></div>"
                + "</article></body></html>";
        assertThat(HtmlExtractor.extract(html, null).text()).contains("The ferry returns on Monday.", "Fares unchanged")
                .doesNotContain("Bridge works start");
    }

    @Test
    void extract_siteNameComesOffTheDocumentTitle() {
        assertThat(Headlines.withoutSite("Harbour bridge reopens | The Lakeside Herald", List.of("The Lakeside Herald"), ""))
                .isEqualTo("Harbour bridge reopens");
    }

    @Test
    void extract_headline_decodesEntitiesAndIsTheHeadingTheMetaTitleAgreesWith() {
        String html = "<html><head><title>Pier &amp;amp; ferry: &quot;We stay open&quot; | News | The Lakeside Herald</title>"
                + "<meta property=\"og:site_name\" content=\"The Lakeside Herald\">"
                + "<meta property=\"og:title\" content=\"Pier &amp;amp; ferry: &amp;quot;We stay open&amp;quot;\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A teaser for the pier\"}"
                + "</script></head><body><h1>The Lakeside Herald</h1><article><h1>Pier &amp; ferry: \"We stay open\"</h1>"
                + "<p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html, "https://herald.example/a").title()).isEqualTo("Pier & ferry: \"We stay open\"");
        String siteOnly = "<html><head><title>Pier reopens on Monday - Local - The Lakeside Herald</title>"
                + "<meta property=\"og:site_name\" content=\"The Lakeside Herald\"></head><body><p>Text.</p></body></html>";
        assertThat(HtmlExtractor.extract(siteOnly, null).title()).isEqualTo("Pier reopens on Monday");
        String dashed = "<html><head><title>Ferry returns - and fares stay the same</title></head><body></body></html>";
        assertThat(HtmlExtractor.extract(dashed, null).title()).isEqualTo("Ferry returns - and fares stay the same");
    }

    @Test
    void extract_headline_takesTheQuotationMarksMostOfItsStatementsWrite() {
        String curly = "Mayor’s ‘last ferry’ leaves the pier";
        String straight = "Mayor's 'last ferry' leaves the pier";
        String flattenedByOg = "<html><head><title>" + curly + "</title><meta property=\"og:title\" content=\"" + straight
                + "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + curly
                + "\"}</script></head><body><article><h1>" + curly + "</h1><p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(flattenedByOg, null).title()).isEqualTo(curly);
        String curlyHeadingOnly = "<html><head><title>" + straight + " - The Lakeside Herald</title>"
                + "<meta property=\"og:site_name\" content=\"The Lakeside Herald\"><meta property=\"og:title\" content=\""
                + straight + "\"></head><body><article><h1>" + curly + "</h1><p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(curlyHeadingOnly, null).title()).isEqualTo(straight);
        String quotedHeading = "<html><head><title>Last ferry leaves the pier</title><meta property=\"og:title\""
                + " content=\"Last ferry leaves the pier\"></head><body><article><h1>\"Last ferry\" leaves the pier</h1>"
                + "<p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(quotedHeading, null).title()).isEqualTo("Last ferry leaves the pier");
    }

    @Test
    void extract_aFormThatWrapsTheWholePage_keepsItsText_whileASearchFormGoes() {
        String post = "Since the update the phone no longer downloads apps over mobile data, only over wifi";
        String html = "<html><body><form class=\"search\"><span>Search the forum</span></form><form id=\"page\">"
                + "<div class=\"thread\"><div class=\"text\">" + post + "</div><div class=\"text\">"
                + post.replace("phone", "tablet") + "</div></div></form></body></html>";
        HtmlPage wrapped = HtmlExtractor.extract(html, null);
        assertThat(wrapped.text()).contains(post, post.replace("phone", "tablet")).doesNotContain("Search the forum");
    }

    @Test
    void extract_headline_underABreadcrumbHeading_isTheHeadingOverTheArticleThatAStatedTitleAgreesWith() {
        String trail = "<ul class=\"crumbs\"><li><a href=\"/\">Home</a></li><li><a href=\"/local\">Local</a></li>"
                + "<li><h1>Pier works: ferry stays in port for a month</h1></li></ul>";
        String kicker = "<html><head><meta property=\"og:title\" content=\"Ferry stays in port while the pier is rebuilt\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pier works: ferry stays in"
                + " port for a month\"}</script></head><body>" + trail + "<article><h2><span>Harbour works</span><span>Ferry stays in port while the pier"
                + " is rebuilt</span></h2><p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(kicker, null).title()).isEqualTo("Ferry stays in port while the pier is rebuilt");
        String stated = "<html><head><meta property=\"og:title\" content=\"Pier works: ferry stays in port for a month\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"No ferry until the pier"
                + " is rebuilt\"}</script></head><body>" + trail + "<article><hgroup><h2>No ferry until the pier is rebuilt</h2>"
                + "</hgroup><p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(stated, null).title()).isEqualTo("No ferry until the pier is rebuilt");
        String unconfirmed = "<html><head><meta property=\"og:title\" content=\"Pier works: ferry stays in port for a month\">"
                + "</head><body>" + trail + "<article><h2>What the works change for commuters</h2><p>Text.</p></article>"
                + "</body></html>";
        assertThat(HtmlExtractor.extract(unconfirmed, null).title()).isEqualTo("Pier works: ferry stays in port for a month");
        String sectionLink = "<html><head><meta property=\"og:title\" content=\"Ferry stays in port for a month\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"What the works change\"}"
                + "</script></head><body><article><a href=\"/local\">Local</a><h1>Ferry stays in port for a month</h1>"
                + "<h2>What the works change</h2><p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(sectionLink, null).title()).isEqualTo("Ferry stays in port for a month");
    }

    @Test
    void extract_authors_fromStructuredDataByReferenceAndFromBylineElements() {
        String graph = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Mara Velden\"},"
                + "{\"@type\":\"Organization\",\"name\":\"Elsewhere\"}]}</script></head><body></body></html>";
        assertThat(HtmlExtractor.extract(graph, null).authors()).containsExactly("Mara Velden");
        String markup = "<html><body><article><h1>Pier reopens</h1><p class=\"byline\">Von: Anna Berg</p><p>Text.</p>"
                + "</article><div class=\"teaser\"><span class=\"byline\">Tom Other</span></div></body></html>";
        assertThat(HtmlExtractor.extract(markup, null).bylines()).containsExactly("Von: Anna Berg");
    }

    @Test
    void extract_datesOnlyInScriptsOrState_areRead() {
        String script = "<html><head><script>window.page = {\"section\":\"local\",\"publishDate\":\"2024-04-26T20:44:00+0200\"};"
                + "</script></head><body><p>Text.</p></body></html>";
        assertThat(HtmlExtractor.extract(script, null).published())
                .isEqualTo(new HtmlPage.StatedDate("2024-04-26T20:44:00+0200", "script", "2024-04-26T20:44:00+0200"));
        String state = "<html><body data-analytics='{\"title\":\"x\",\"createDate\":20240425,\"lastModified\":202404251407}'>"
                + "<p>Text.</p></body></html>";
        assertThat(HtmlExtractor.extract(state, null).published().value()).isEqualTo("2024-04-25");
        String url = "<html><body><p>Text.</p></body></html>";
        assertThat(HtmlExtractor.extract(url, "https://herald.example/2025/4/2/pier").published())
                .isEqualTo(new HtmlPage.StatedDate("2025-04-02", "url", "2025/4/2"));
    }

    @Test
    void extract_scriptDateKeys_areReadInAnyCase_andTheFirstInThePageIsTaken() {
        for (String key : List.of("pubdate", "PUB_DATE", "creationDate", "DATE_PUBLISHED", "publication_date")) {
            String page = "<html><head><script>var s = {\"" + key + "\": \"2023-11-02\"};</script></head>"
                    + "<body><p>Text.</p></body></html>";
            assertThat(HtmlExtractor.extract(page, null).published()).as(key).isNotNull()
                    .extracting(HtmlPage.StatedDate::value).isEqualTo("2023-11-02");
        }
        String two = "<html><head><script>var s = {\"dateCreated\": \"2022-01-05\", \"datePublished\": \"2022-01-06\"};"
                + "</script></head><body><p>Text.</p></body></html>";
        assertThat(HtmlExtractor.extract(two, null).published().value()).isEqualTo("2022-01-05");
    }

    @Test
    void extract_streamedSegmentsAndAPaywalledRest_areTheArticle() {
        String para = "<p>" + "The ferry board agreed to keep the night service through the winter months. ".repeat(3) + "</p>";
        String streamed = "<html><body><div id=\"app\"></div><div hidden id=\"S:1\"><article><h1>Night ferry stays</h1>"
                + para + para + "</article></div><div hidden><p>Cookie settings for this site.</p></div></body></html>";
        assertThat(HtmlExtractor.extract(streamed, null).text()).contains("night service").doesNotContain("Cookie settings");
        String paywalled = "<html><body><article><h1>Night ferry stays</h1>" + para + para
                + "<div class=\"paywall\" hidden>" + para.replace("ferry board", "harbour council") + para + "</div>"
                + "</article></body></html>";
        assertThat(HtmlExtractor.extract(paywalled, null).text()).contains("harbour council");
    }

    @Test
    void stateBody_readsTheArticleFromAScriptBuiltPagesState() {
        String first = "The ferry board agreed on Monday to keep the night service running through the winter months.";
        String second = "Shift workers had collected four thousand names for the petition in a single week of campaigning.";
        String next = "<html><body><div id=\"app\"></div><script id=\"__NEXT_DATA__\" type=\"application/json\">"
                + "{\"props\":{\"pageProps\":{\"teaser\":\"Night ferry\",\"article\":{\"intro\":\"<p>" + first + " "
                + first + "</p>\",\"body\":\"<p>" + second + " " + second + "</p><p>" + first + "</p>\"}}}}</script>"
                + "<script id=\"other\" type=\"application/json\">{\"footer\":\"<p>About us and our newsletter.</p>\"}</script>"
                + "</body></html>";
        HtmlPage page = HtmlExtractor.extract(next, null);
        assertThat(page.text()).isEmpty();
        assertThat(page.stateBody()).startsWith(first).contains("\n\n" + second).doesNotContain("newsletter");
        String flight = "<html><body><script>self.__next_f.push([1,\"\\u003cp\\u003e" + first + " " + second
                + "\\u003c/p\\u003e\\u003cp\\u003e" + second + " " + first + " " + second + "\\u003c/p\\u003e\"])</script>"
                + "</body></html>";
        assertThat(HtmlExtractor.extract(flight, null).stateBody()).startsWith(first + " " + second);
        String props = "<html><body><div data-react-props=\"{&quot;text&quot;:&quot;&lt;p&gt;" + (first + " ").repeat(5)
                + "&lt;/p&gt;&quot;}\"></div></body></html>";
        assertThat(HtmlExtractor.extract(props, null).stateBody()).startsWith(first);
        assertThat(HtmlExtractor.extract("<html><body><script type=\"application/json\">{not json</script></body></html>",
                null).stateBody()).isNull();
    }

    @Test
    void extract_hostilePages_giveAClearOutcome() {
        String deep = "<div>".repeat(100_000) + "<p>Deep text.</p>" + "</div>".repeat(100_000);
        assertThat(HtmlExtractor.extract(deep, null).text()).isNotNull();
        String deepAsides = "<h1>A headline for the deep page</h1>" + "<aside><div class=\"lead\">".repeat(50_000)
                + "<p>Deep text.</p>" + "</div></aside>".repeat(50_000);
        assertThat(HtmlExtractor.extract(deepAsides, null).text()).isNotNull();
        String scripts = "<html><body>" + "<script>var x = 1;</script>".repeat(1000) + "</body></html>";
        assertThat(HtmlExtractor.extract(scripts, null).text()).isEmpty();
        assertThat(HtmlExtractor.extract("", null).text()).isEmpty();
        assertThat(HtmlExtractor.extract("<<<>>>&&&", null).title()).isNotNull();
    }
}

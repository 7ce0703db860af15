package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Bytes;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.nlp.EntityFinder;
import org.parallax.nlp.EntityResolver;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;

/** The web server over a real store, spoken to over real HTTP. */
class WebServerTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static String plainId;
    static String hostileId;
    /** A second store and server, over a story whose quotes were laid by hand. */
    static Store quotedStore;
    static WebServer quotedServer;
    static QuotedStory quoted;

    @BeforeAll
    static void start() {
        store = Store.open(dir, Clock.systemUTC());
        Processed.Done plain = article("raw plain", "Harbour bridge reopens",
                "Mayor Anna Berg said the harbour bridge reopened on Wednesday.\n\nTrucks wait a week, Berg said in Norway.");
        Processed.Done hostile = article("raw " + HOSTILE, "Title " + HOSTILE, "Body " + HOSTILE + " harbour");
        store.accept(List.of(plain, hostile));
        plainId = plain.article().id();
        hostileId = hostile.article().id();
        org.parallax.corpus.CorpusIndex index = new org.parallax.corpus.CorpusIndex();
        store.saveCorpus(index, List.of(index.add(plain.article()), index.add(hostile.article())));
        String hostileText = hostile.article().text();
        int evil = hostileText.indexOf("<img");
        Mention evilMention = new Mention(hostileId, evil, hostileText.indexOf("harbour") - 1,
                hostileText.substring(evil, hostileText.indexOf("harbour") - 1));
        ArticleEntities.Found evilPerson = new ArticleEntities.Found("person:evil one", EntityType.PERSON, evilMention.text(),
                false, true, List.of(evilMention.text()), List.of(), List.of(evilMention), List.of());
        EntityResolver resolver = new EntityResolver(List.of());
        List<ArticleEntities> found = List.of(new EntityFinder().find(plainId, plain.article().text()),
                new ArticleEntities(hostileId, List.of(evilPerson), List.of()));
        store.saveEntities(List.of(plainId, hostileId), resolver.resolve(found).stream().flatMap(List::stream).toList(),
                resolver.drainChanged());
        server = WebServer.start(store, "127.0.0.1", 0);
        quotedStore = Store.open(dir.resolve("quoted"), Clock.systemUTC());
        quoted = QuotedStory.write(quotedStore);
        quotedServer = WebServer.start(quotedStore, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        quotedServer.close();
        quotedStore.close();
    }

    static Processed.Done article(String rawText, String title, String text) {
        RawDocument raw = new RawDocument("in/" + rawText.length() + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(rawText), "UTF-8", rawText,
                SourceHints.NONE);
        return new Processed.Done(raw, new Article(raw.id(), raw.source(), null, title, text,
                new PublicationDate("2025-04-02", false, Evidence.of(rawText, 0, 3)), null, "example.test", null, "en"));
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(server, path);
    }

    static HttpResponse<String> get(WebServer on, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON answer of the quoted story's server. */
    static JsonNode quotedJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(quotedServer, path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void home_listsStories_andArticlesPageListsArticles() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(r.body()).contains("Harbour bridge reopens", "href=\"/stories/story-");
        HttpResponse<String> articles = get("/articles");
        assertThat(articles.body()).contains("href=\"/articles/" + plainId + "\"", "2 articles");
    }

    @Test
    void article_showsTextMetadataAndEvidence() throws Exception {
        HttpResponse<String> r = get("/articles/" + plainId);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Harbour bridge reopens</h1>", "reopened on Wednesday.</p>", "<p>Trucks wait a week, ", "2025-04-02",
                "class=\"evidence\">raw</span>", "/articles/" + plainId + "/raw");
    }

    @Test
    void parameters_outOfTheirRange_areRefusedWithTheRule() throws Exception {
        for (String path : List.of("/api/articles?limit=-1", "/api/articles?limit=501", "/api/articles?offset=-5",
                "/api/stories?limit=abc", "/articles?page=2147483647", "/entities?page=0")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("must be a whole number from");
        }
        assertThat(new ObjectMapper().readTree(get("/api/articles?limit=-1").body()).get("error").asText())
                .isEqualTo("limit must be a whole number from 1 to 500");
        assertThat(get("/articles?page=100000").statusCode()).isEqualTo(200);
        assertThat(get("/api/articles?limit=1&offset=1").statusCode()).isEqualTo(200);
    }

    @Test
    void requestsForAnotherHost_areRefused_andOtherMethodsGet405() throws Exception {
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")).isEqualTo(421);
        assertThat(rawStatus("GET /api/articles HTTP/1.1\r\nHost: attacker.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n")).isEqualTo(421);
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n"))
                .isEqualTo(200);
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: [::1]:" + server.port() + "\r\nConnection: close\r\n\r\n"))
                .isEqualTo(200);
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void serversOwnErrors_tooLongOrMalformed_carryTheSecurityHeaders() throws Exception {
        String longUri = "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        String hugeHeader = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n";
        String malformed = "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        for (String request : List.of(longUri, hugeHeader, malformed)) {
            String head = rawHead(request);
            assertThat(head).as(head).matches("(?s)HTTP/1.1 4\\d\\d .*")
                    .contains("X-Content-Type-Options: nosniff", "Content-Security-Policy: default-src 'none'",
                            "X-Frame-Options: DENY");
        }
    }

    @Test
    void articlesAndSearch_markACopyAndLinkItsOriginal() throws Exception {
        Path folder = dir.resolve("copies");
        try (Store copies = Store.open(folder, Clock.systemUTC())) {
            Processed.Done original = article("raw original", "Ferry resumes", "The island ferry resumed on Monday.");
            Processed.Done copy = article("raw copy of it", "Ferry resumes", "The island ferry resumed on Monday.");
            copies.accept(List.of(original));
            copies.accept(List.of(copy));
            try (WebServer on = WebServer.start(copies, "127.0.0.1", 0)) {
                String list = get(on, "/articles").body();
                String mark = "<a class=\"kind copy\" title=\"a copy of another article\" href=\"/articles/"
                        + original.article().id() + "\">copy</a>";
                assertThat(list.split(java.util.regex.Pattern.quote(mark), -1)).as("one copy marked, the original not").hasSize(2);
                assertThat(get(on, "/search?q=ferry").body()).contains(mark);
                assertThat(get(on, "/api/articles").body()).contains("\"duplicate_of\":\"" + original.article().id() + "\"");
            }
        }
    }

    /** The status line and headers of a request written by hand. */
    private static String rawHead(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            return head.toString();
        }
    }

    @Test
    void slowClients_holdingConnectionsWithUnfinishedRequests_areLetGo_andOthersAreServedMeanwhile() throws Exception {
        List<java.net.Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            assertThat(get("/").statusCode()).isEqualTo(200);
            java.net.Socket first = slow.get(0);
            first.setSoTimeout((int) (WebServer.IDLE_TIMEOUT_MS * 3));
            assertThat(first.getInputStream().read()).as("the server closes the idle connection").isEqualTo(-1);
        } finally {
            for (java.net.Socket s : slow) {
                s.close();
            }
        }
    }

    /** The status of a request written by hand (the HTTP client will not send another Host). */
    private static int rawStatus(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void article_showsTheInputsFileNameNotWhereItLiesOnTheServer() throws Exception {
        String body = get("/articles/" + plainId).body();
        String source = store.article(plainId).orElseThrow().article().source();
        assertThat(source).contains("/");
        assertThat(body).doesNotContain(source).contains(source.substring(source.lastIndexOf('/') + 1));
    }

    @Test
    void raw_returnsTheVerbatimInputAsPlainText() throws Exception {
        HttpResponse<String> r = get("/articles/" + hostileId + "/raw");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.body()).isEqualTo("raw " + HOSTILE);
    }

    @Test
    void pages_escapeUntrustedText() throws Exception {
        for (String path : List.of("/", "/articles", "/articles/" + hostileId, "/search?q=" + URLEncoder.encode("harbour " + HOSTILE, StandardCharsets.UTF_8))) {
            HttpResponse<String> r = get(path);
            assertThat(r.body()).as(path).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;");
            assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        }
    }

    @Test
    void everyFieldOfAnArticle_isEscapedWhereverItIsShown() throws Exception {
        String evil = HOSTILE + "\"'><svg onload=alert(2)>";
        String rawText = "raw " + evil;
        RawDocument raw = new RawDocument("in/" + evil + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(rawText), "UTF-8",
                rawText, SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), "javascript:alert(3)//" + evil, "Harbour " + evil,
                "Harbour news " + evil, new PublicationDate("2025-04-02", false, Evidence.of(rawText, 0, 3)), evil,
                "outlet " + evil, "wire " + evil, "en", "note " + evil, List.of("Ann " + evil), "credit " + evil, evil);
        Path folder = dir.resolve("every-field");
        try (Store fields = Store.open(folder, Clock.systemUTC())) {
            fields.accept(List.of(new Processed.Done(raw, article)));
            org.parallax.corpus.CorpusIndex index = new org.parallax.corpus.CorpusIndex();
            fields.saveCorpus(index, List.of(index.add(article)));
            String story = fields.stories(0, 1).get(0).id();
            try (WebServer web = WebServer.start(fields, "127.0.0.1", 0)) {
                for (String path : List.of("/", "/articles", "/articles/" + raw.id(), "/stories/" + story,
                        "/search?q=harbour", "/articles?author=" + URLEncoder.encode("Ann " + evil, StandardCharsets.UTF_8))) {
                    HttpResponse<String> r = get(web, path);
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                    assertThat(r.body()).as(path).doesNotContain("<script>alert", "<img src=x", "<svg onload",
                            "href=\"javascript:", "'><");
                }
                assertThat(get(web, "/articles/" + raw.id()).body()).contains("&lt;script&gt;");
            }
        }
    }

    @Test
    void search_withMoreMatchesThanAPageShows_saysItShowsTheBestOfAll_andTheApiGivesTheTotal() throws Exception {
        try (Store many = Store.open(dir.resolve("many-matches"), Clock.systemUTC())) {
            List<Processed.Done> batch = new java.util.ArrayList<>();
            for (int i = 0; i < Pages.SEARCH_PAGE_SIZE + 5; i++) {
                batch.add(article("raw ferry " + i, "Ferry timetable " + i, "The ferry timetable changes on day " + i + "."));
            }
            many.accept(batch);
            try (WebServer web = WebServer.start(many, "127.0.0.1", 0)) {
                String body = get(web, "/search?q=ferry").body();
                assertThat(body).contains("The " + Pages.SEARCH_PAGE_SIZE + " best of " + (Pages.SEARCH_PAGE_SIZE + 5) + " matches")
                        .doesNotContain(Pages.SEARCH_PAGE_SIZE + " results");
                assertThat(get(web, "/search?q=day+3").body()).containsPattern("[0-9]+ results?");
                ObjectMapper json = new ObjectMapper();
                JsonNode some = json.readTree(get(web, "/api/search?q=ferry&limit=5").body());
                assertThat(some.get("hits")).hasSize(5);
                assertThat(some.get("total").asInt()).as("every match, not the hits given").isEqualTo(Pages.SEARCH_PAGE_SIZE + 5);
                JsonNode one = json.readTree(get(web, "/api/search?q=timetable+day+3").body());
                assertThat(one.get("total").asInt()).isEqualTo(one.get("hits").size()).isEqualTo(1);
                assertThat(json.readTree(get(web, "/api/search?q=nowhere").body()).get("total").asInt()).isZero();
                assertThat(json.readTree(get(web, "/api/search?q=").body()).get("total").asInt()).isZero();
            }
        }
    }

    @Test
    void search_highlightsMatches() throws Exception {
        HttpResponse<String> r = get("/search?q=reopened");
        assertThat(r.body()).contains("1 result for", "<mark>reopened</mark>", "Harbour bridge reopens");
    }

    @Test
    void unknownOrTraversingPaths_areRefused() throws Exception {
        assertThat(get("/articles/nope").statusCode()).isEqualTo(404);
        assertThat(get("/articles/..%2F..%2Fparallax.db/raw").statusCode()).isIn(400, 404);
        assertThat(get("/../../etc/passwd").statusCode()).isIn(400, 404);
    }

    @Test
    void api_storiesStoryStorylines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode stories = json.readTree(get("/api/stories").body());
        assertThat(stories.get("total").asInt()).isEqualTo(stories.get("stories").size()).isGreaterThanOrEqualTo(1);
        String id = stories.get("stories").get(0).get("id").asText();
        JsonNode story = json.readTree(get("/api/stories/" + id).body());
        assertThat(story.get("members").size()).isEqualTo(story.get("articles").size());
        assertThat(story.get("members").get(0).get("reason").asText()).isNotBlank();
        assertThat(get("/api/stories/nope").statusCode()).isEqualTo(404);
        JsonNode lineList = json.readTree(get("/api/storylines").body());
        JsonNode lines = lineList.get("storylines");
        assertThat(lines.size()).isGreaterThanOrEqualTo(1);
        assertThat(lineList.get("total").asInt()).isEqualTo(lines.size());
        assertThat(json.readTree(get("/api/storylines?limit=1").body()).get("total").asInt()).isEqualTo(lines.size());
        assertThat(json.readTree(get("/api/stories?storyline=" + lines.get(0).get("id").asText()).body()).get("stories").size())
                .isGreaterThanOrEqualTo(1);
        assertThat(json.readTree(get("/api/stories?from=2030-01-01").body()).get("stories").size()).isZero();
        assertThat(get("/stories/" + id).body()).contains("Articles by independent source");
        assertThat(get("/storylines/" + lines.get(0).get("id").asText()).statusCode()).isEqualTo(200);
        assertThat(get("/storylines").statusCode()).isEqualTo(200);
    }

    @Test
    void api_storyline_isTheBundlesStoryline_andUnknownApiPathsAnswerJsonErrors() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode bundle = json.readTree(get("/api/export/bundle.json").body());
        JsonNode expected = bundle.get("storylines").get(0);
        HttpResponse<String> r = get("/api/storylines/" + expected.get("id").asText());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(json.readTree(r.body())).isEqualTo(expected);
        for (String path : List.of("/api/storylines/nope", "/api/nope", "/api/stories/x/nope", "/api/export/secrets.csv")) {
            HttpResponse<String> missing = get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).as(path).get().asString().startsWith("application/json");
            assertThat(json.readTree(missing.body()).get("error").asText()).as(path).isNotBlank();
        }
        assertThat(json.readTree(get("/api/storylines/nope").body()).get("error").asText()).isEqualTo("no such storyline");
    }

    @Test
    void openApi_everyPathItDescribes_isServed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode api = json.readTree(get("/api/openapi.json").body());
        String story = json.readTree(get("/api/stories").body()).get("stories").get(0).get("id").asText();
        String entity = json.readTree(get("/api/entities").body()).get("entities").get(0).get("id").asText();
        java.util.Iterator<String> paths = api.get("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            String id = path.startsWith("/api/stories/") ? story
                    : path.startsWith("/api/storylines/") ? store.story(story).orElseThrow().storyline()
                    : path.startsWith("/api/articles/") ? plainId
                    : path.startsWith("/api/entities/") ? entity : "none";
            HttpResponse<String> r = get(path.replace("{id}", id).replace("{table}", "articles") + "?q=harbour");
            if (r.statusCode() == 404) {
                assertThat(json.readTree(r.body()).get("error").asText()).as(path + ": routed, its id unknown")
                        .startsWith("no such ").doesNotStartWith("no such path");
            } else {
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void openApi_describesEveryTopLevelFieldOfEachAnswer() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode api = json.readTree(get("/api/openapi.json").body());
        String story = json.readTree(get("/api/stories").body()).get("stories").get(0).get("id").asText();
        String entity = json.readTree(get("/api/entities").body()).get("entities").get(0).get("id").asText();
        java.util.Iterator<String> paths = api.get("paths").fieldNames();
        int checked = 0;
        while (paths.hasNext()) {
            String path = paths.next();
            JsonNode ok = api.get("paths").get(path).get("get").get("responses").get("200");
            if (path.startsWith("/api/export/") || path.equals("/api/openapi.json") || ok == null) {
                continue;
            }
            String described = ok.get("description").asText();
            String id = path.startsWith("/api/stories/") ? story
                    : path.startsWith("/api/storylines/") ? store.story(story).orElseThrow().storyline()
                    : path.startsWith("/api/articles/") ? plainId
                    : path.startsWith("/api/entities/") ? entity : "none";
            JsonNode answer = json.readTree(get(path.replace("{id}", id) + "?q=harbour").body());
            if (answer.has("error")) {
                continue;
            }
            java.util.Iterator<String> fields = answer.fieldNames();
            while (fields.hasNext()) {
                String field = fields.next();
                assertThat(described).as(path + " answers " + field).containsPattern("[{,] ?" + field + "\\b");
            }
            // the lists' items: each field of the first item
            for (JsonNode value : answer) {
                if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                    value.get(0).fieldNames().forEachRemaining(field -> assertThat(described).as(path + " items answer " + field)
                            .containsPattern("[{,] ?" + field + "\\b"));
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void listsWithNothingToShow_sayWhy_insteadOfAnEmptyTable() throws Exception {
        try (Store empty = Store.open(dir.resolve("empty"), Clock.systemUTC());
             WebServer emptyServer = WebServer.start(empty, "127.0.0.1", 0)) {
            for (String path : List.of("/", "/storylines", "/entities", "/articles")) {
                String page = get(emptyServer, path).body();
                assertThat(page).as(path).contains("yet. Analyze some articles: <code>parallax analyze FOLDER</code>.")
                        .doesNotContain("<table");
            }
        }
        assertThat(get("/?from=2030-01-01").body()).contains("No story matches these filters.").doesNotContain("yet.");
        assertThat(get("/articles?author=Nobody+Atall").body()).contains("No article's byline names this author.")
                .doesNotContain("<table");
        assertThat(get("/articles?page=9").body()).contains("No more articles.");
        assertThat(get("/entities?page=9").body()).contains("No more entities.");
    }

    @Test
    void api_totals_countWhatTheFiltersKeep_andTheEntitiesPageCountsItsType() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode none = json.readTree(get("/api/stories?from=2030-01-01").body());
        assertThat(none.get("stories")).isEmpty();
        assertThat(none.get("total").asInt()).isZero();
        JsonNode all = json.readTree(get("/api/stories").body());
        String line = all.get("stories").get(0).get("storyline").asText();
        JsonNode ofLine = json.readTree(get("/api/stories?storyline=" + line).body());
        assertThat(ofLine.get("total").asInt()).isEqualTo(ofLine.get("stories").size()).isPositive();
        int entities = json.readTree(get("/api/entities").body()).get("total").asInt();
        int people = 0;
        for (EntityType type : EntityType.values()) {
            JsonNode ofType = json.readTree(get("/api/entities?type=" + type.name()).body());
            assertThat(ofType.get("total").asInt()).as(type.name()).isEqualTo(ofType.get("entities").size());
            people += type == EntityType.PERSON ? ofType.get("total").asInt() : 0;
        }
        assertThat(people).isPositive().isLessThan(entities);
        assertThat(get("/entities?type=PERSON").body()).contains("<p class=\"meta\">" + people + " people</p>");
    }

    @Test
    void storiesPath_leadsToTheStoriesPage() throws Exception {
        HttpResponse<String> r = get("/stories");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).get().asString().endsWith("/");
    }

    @Test
    void everyPage_offersTheDownloadsAndTheApi_andEachAnswers() throws Exception {
        String home = get("/").body();
        String footer = home.substring(home.indexOf("<footer>"), home.indexOf("</footer>"));
        List<String> links = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(footer).results()
                .map(m -> m.group(1)).toList();
        assertThat(links).contains("/api/export/bundle.json", "/api/export/entities.graphml", "/api/openapi.json");
        for (String table : CsvTables.TABLES) {
            assertThat(links).contains("/api/export/" + table + ".csv");
        }
        for (String link : links) {
            assertThat(get(link).statusCode()).as(link).isEqualTo(200);
        }
        assertThat(get("/articles/" + plainId).body()).contains("<footer>");
    }

    @Test
    void storyAndStorylinePages_countInWords_oneAndMany() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (JsonNode s : json.readTree(get("/api/stories").body()).get("stories")) {
            String page = get("/stories/" + s.get("id").asText()).body();
            assertThat(page).contains(" · " + Pages.count(s.get("independent_sources").asInt(), "independent source") + " · ")
                    .doesNotContainPattern("\\b1 independent sources");
        }
        for (JsonNode l : json.readTree(get("/api/storylines").body()).get("storylines")) {
            String page = get("/storylines/" + l.get("id").asText()).body();
            assertThat(page).contains(" · " + Pages.count(l.get("stories").asInt(), "story") + "</p>")
                    .doesNotContainPattern("\\b1 stories").doesNotContain("storys");
        }
    }

    @Test
    void count_saysRegularEnglishPlurals() {
        assertThat(Pages.count(4, "story")).isEqualTo("4 stories");
        assertThat(Pages.count(1, "story")).isEqualTo("1 story");
        assertThat(Pages.count(0, "article")).isEqualTo("0 articles");
        assertThat(Pages.count(2, "match")).isEqualTo("2 matches");
        assertThat(Pages.count(2, "day")).isEqualTo("2 days");
        assertThat(Pages.count(3, "independent source")).isEqualTo("3 independent sources");
    }

    @Test
    void api_exportsAndOpenApi() throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> bundle = get("/api/export/bundle.json");
        JsonNode root = json.readTree(bundle.body());
        assertThat(root.get("articles")).hasSize(2);
        assertThat(root.get("stories").size()).isGreaterThanOrEqualTo(1);
        HttpResponse<String> csv = get("/api/export/articles.csv");
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body()).startsWith(org.parallax.bundle.Csv.header(org.parallax.bundle.Csv.ARTICLES))
                .contains(plainId, hostileId);
        assertThat(get("/api/export/stories.csv").body()).startsWith("id,title,start");
        assertThat(get("/api/export/storylines.csv").body()).startsWith("id,title,start");
        assertThat(get("/api/export/secrets.csv").statusCode()).isEqualTo(404);
        JsonNode api = json.readTree(get("/api/openapi.json").body());
        assertThat(api.get("openapi").asText()).startsWith("3.");
        for (String path : List.of("/api/stories", "/api/stories/{id}", "/api/storylines", "/api/storylines/{id}/timeline",
                "/api/storylines/{id}/stances", "/api/articles", "/api/articles/{id}",
                "/api/search", "/api/entities", "/api/entities/{id}", "/api/export/bundle.json", "/api/export/{table}.csv",
                "/api/export/entities.graphml")) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void onlyGetIsServed() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(404, 405);
    }

    @Test
    void rateLimiter_refusesPastTheBurstAndRefills() {
        long[] now = {0};
        RateLimiter limiter = new RateLimiter(2, 3, () -> now[0]);
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isFalse();
        assertThat(limiter.allow("b")).isTrue();
        now[0] = 500_000_000L;
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isFalse();
    }

    @Test
    void api_articlesArticleAndSearch() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode list = json.readTree(get("/api/articles?limit=1").body());
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("articles")).hasSize(1);
        JsonNode one = json.readTree(get("/api/articles/" + plainId).body());
        assertThat(one.get("title").asText()).isEqualTo("Harbour bridge reopens");
        assertThat(one.get("published_evidence").get("text").asText()).isEqualTo("raw");
        // one view per record: the API gives an article as the bundle does, with its entities besides
        JsonNode inBundle = null;
        for (JsonNode a : json.readTree(get("/api/export/bundle.json").body()).get("articles")) {
            inBundle = a.get("id").asText().equals(plainId) ? a : inBundle;
        }
        com.fasterxml.jackson.databind.node.ObjectNode withoutEntities = one.deepCopy();
        withoutEntities.remove("entities");
        withoutEntities.remove("quotes");
        withoutEntities.remove("times");
        assertThat(withoutEntities).isEqualTo(inBundle);
        assertThat(one.get("page_date")).isNotNull();
        HttpResponse<String> missing = get("/api/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("error").asText()).isEqualTo("no such article");
        JsonNode hits = json.readTree(get("/api/search?q=harbour").body()).get("hits");
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).get("snippet").asText()).doesNotContain("\uE000");
    }

    @Test
    void entityPages_listShowAndLinkFromArticlesAndStories() throws Exception {
        String list = get("/entities").body();
        assertThat(list).contains("href=\"/entities/person-anna-berg\"", "Anna Berg", "Norway");
        assertThat(get("/entities?type=COUNTRY").body()).contains("Norway").doesNotContain("Anna Berg");
        HttpResponse<String> page = get("/entities/person-anna-berg");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Anna Berg</h1>", "Mayor", "<mark>Berg</mark>", "Harbour bridge reopens");
        assertThat(get("/entities/person-nobody").statusCode()).isEqualTo(404);
        String article = get("/articles/" + plainId).body();
        assertThat(article).contains("<a class=\"mention person\" href=\"/entities/person-anna-berg\" title=\"Anna Berg\">Anna Berg</a>");
        String story = get("/stories/" + store.placement(plainId).orElseThrow().story()).body();
        assertThat(story).contains("Who and where", "/entities/person-anna-berg");
        assertThat(get("/?entity=person-anna-berg").body()).contains("class=\"story\" href=\"/stories/story-");
        assertThat(get("/?entity=country-norway").body()).contains("class=\"story\" href=\"/stories/story-");
        assertThat(get("/?entity=person-nobody").body()).doesNotContain("class=\"story\" href=\"/stories/story-");
    }

    @Test
    void entityPages_escapeUntrustedNames() throws Exception {
        for (String path : List.of("/entities", "/entities/person-evil-one", "/articles/" + hostileId)) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    @Test
    void api_entitiesEntityAndGraph() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode list = json.readTree(get("/api/entities?type=PERSON").body());
        assertThat(list.get("entities")).extracting(e -> e.get("name").asText()).contains("Anna Berg");
        JsonNode berg = json.readTree(get("/api/entities/person-anna-berg").body());
        assertThat(berg.get("type").asText()).isEqualTo("PERSON");
        assertThat(berg.get("mentions")).extracting(m -> m.get("text").asText()).containsExactly("Anna Berg", "Berg");
        assertThat(berg.get("co_mentioned")).extracting(m -> m.get("id").asText()).contains("country-norway");
        assertThat(get("/api/entities/person-nobody").statusCode()).isEqualTo(404);
        JsonNode article = json.readTree(get("/api/articles/" + plainId).body());
        assertThat(article.get("entities")).extracting(e -> e.get("name").asText()).contains("Anna Berg", "Norway");
        HttpResponse<String> graph = get("/api/export/entities.graphml");
        assertThat(graph.headers().firstValue("Content-Type")).get().asString().startsWith("application/graphml+xml");
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(graph.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(json.readTree(get("/api/entities").body()).get("total").asInt());
        org.w3c.dom.NodeList edges = xml.getElementsByTagName("edge");
        boolean bergNorway = false;
        for (int i = 0; i < edges.getLength(); i++) {
            org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(i);
            bergNorway |= java.util.Set.of(edge.getAttribute("source"), edge.getAttribute("target"))
                    .equals(java.util.Set.of("person-anna-berg", "country-norway"));
        }
        assertThat(bergNorway).as("an edge between the two entities the article names").isTrue();
    }

    @Test
    void api_quotesOfArticle_spansWordsAndSpeakers() throws Exception {
        JsonNode article = quotedJson("/api/articles/" + quoted.first);
        String text = article.get("text").asText();
        assertThat(article.get("quotes")).hasSize(5);
        JsonNode page = quotedJson("/api/articles/" + quoted.first + "/quotes");
        assertThat(page.get("total").asInt()).isEqualTo(5);
        JsonNode quotes = page.get("quotes");
        assertThat(quotes).hasSize(5);
        for (JsonNode q : quotes) {
            assertThat(q.get("text").asText()).isEqualTo(text.substring(q.get("start").asInt(), q.get("end").asInt()));
            assertThat(q.get("id").asText()).isEqualTo("quote-" + quoted.first + "-" + q.get("start").asInt() + "-" + q.get("end").asInt());
            assertThat(q.get("article").asText()).isEqualTo(quoted.first);
            assertThat(q.get("story").asText()).isEqualTo(quoted.story);
            for (String field : List.of("direct", "headline", "speaker", "speaker_text", "via", "cue", "speaker_name", "article_title")) {
                assertThat(q.has(field)).as(field).isTrue();
            }
        }
        JsonNode peskov = quotes.get(1);
        assertThat(peskov.get("text").asText()).isEqualTo("There are realities on the ground.");
        assertThat(peskov.get("direct").asBoolean()).isTrue();
        assertThat(peskov.get("headline").asBoolean()).isFalse();
        assertThat(peskov.get("speaker").asText()).isEqualTo("person-dmitry-peskov");
        assertThat(peskov.get("speaker_name").asText()).isEqualTo("Dmitry Peskov");
        assertThat(peskov.get("cue").asText()).isEqualTo("said");
        assertThat(quotes.get(2).get("direct").asBoolean()).isFalse();
        assertThat(quotes.get(2).get("speaker_text").asText()).isEqualTo("He");
        assertThat(quotes.get(3).get("via").asText()).isEqualTo("organization-cctv");
        assertThat(quotes.get(3).get("via_name").asText()).isEqualTo("CCTV");
        assertThat(quotes.get(4).get("speaker").isNull()).isTrue();
        assertThat(quotes.get(0).get("headline").asBoolean()).isTrue();
        JsonNode paged = quotedJson("/api/articles/" + quoted.first + "/quotes?offset=1&limit=2");
        assertThat(paged.get("total").asInt()).isEqualTo(5);
        assertThat(paged.get("quotes")).extracting(q -> q.get("start").asInt())
                .containsExactly(quotes.get(1).get("start").asInt(), quotes.get(2).get("start").asInt());
        // one view per record: the API gives a quote as the bundle does, with names and where it was reported besides
        JsonNode inBundle = null;
        for (JsonNode q : new ObjectMapper().readTree(get(quotedServer, "/api/export/bundle.json").body()).get("quotes")) {
            inBundle = q.get("id").equals(peskov.get("id")) ? q : inBundle;
        }
        com.fasterxml.jackson.databind.node.ObjectNode bare = peskov.deepCopy();
        bare.remove(List.of("speaker_name", "via_name", "article_title", "outlet", "published", "story", "story_title"));
        assertThat(bare).isEqualTo(inBundle);
    }

    @Test
    void api_quotesOfStoryAndEntity_groupedBySpeaker_andAcrossStories() throws Exception {
        JsonNode story = quotedJson("/api/stories/" + quoted.story + "/quotes");
        assertThat(story.get("total").asInt()).isEqualTo(7);
        assertThat(story.get("quotes")).extracting(q -> q.get("speaker").isNull() ? null : q.get("speaker").asText())
                .containsExactly("person-dmitry-peskov", "person-dmitry-peskov", "person-dmitry-peskov", "person-dmitry-peskov",
                        "person-xi-jinping", null, null);
        assertThat(quotedJson("/api/stories/" + quoted.story + "/quotes?limit=1&offset=4").get("quotes").get(0)
                .get("speaker_name").asText()).isEqualTo("Xi Jinping");
        JsonNode peskov = quotedJson("/api/entities/person-dmitry-peskov/quotes");
        assertThat(peskov.get("total").asInt()).isEqualTo(4);
        assertThat(peskov.get("quotes")).allSatisfy(q -> {
            assertThat(q.get("speaker").asText()).isEqualTo("person-dmitry-peskov");
            assertThat(q.get("story").asText()).isEqualTo(quoted.story);
            assertThat(q.get("story_title").asText()).isNotBlank();
            assertThat(q.get("article_title").asText()).startsWith("Kremlin rejects");
        });
        assertThat(peskov.get("quotes").get(0).get("article").asText()).as("newest first").isEqualTo(quoted.second);
        assertThat(quotedJson("/api/entities/organization-cctv/quotes").get("total").asInt()).isZero();
        assertThat(quotedJson("/api/entities/person-xi-jinping/quotes?limit=500").get("quotes")).hasSize(1);
    }

    @Test
    void api_quotes_unknownIdsAre404_badPagingIs400() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String path : List.of("/api/articles/nope/quotes", "/api/stories/nope/quotes", "/api/entities/nope/quotes")) {
            HttpResponse<String> r = get(quotedServer, path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(json.readTree(r.body()).get("error").asText()).as(path).startsWith("no such ");
        }
        for (String route : List.of("/api/articles/" + quoted.first, "/api/stories/" + quoted.story,
                "/api/entities/person-dmitry-peskov")) {
            for (String paging : List.of("?limit=0", "?limit=501", "?offset=-1", "?limit=abc", "?offset=1e3")) {
                HttpResponse<String> r = get(quotedServer, route + "/quotes" + paging);
                assertThat(r.statusCode()).as(route + paging).isEqualTo(400);
                assertThat(json.readTree(r.body()).get("error").asText()).as(route + paging).contains("must be a whole number from");
            }
        }
        JsonNode api = json.readTree(get(quotedServer, "/api/openapi.json").body());
        for (String path : List.of("/api/articles/{id}/quotes", "/api/stories/{id}/quotes", "/api/entities/{id}/quotes")) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void quotesCsv_oneRowPerQuote_fieldsOfTheOneView() throws Exception {
        HttpResponse<String> csv = get(quotedServer, "/api/export/quotes.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body()).startsWith(org.parallax.bundle.Csv.header(org.parallax.bundle.Csv.QUOTES))
                .contains("\"person-dmitry-peskov\",\"Dmitry Peskov\",\"\",\"said\",\"There are realities on the ground.\"")
                .contains("\"person-xi-jinping\",\"Xi Jinping\",\"organization-cctv\",\"as saying\"");
        assertThat(csv.body().split("\r\n")).hasSize(1 + 7);
    }

    @Test
    void storyPage_whoSaidWhat_bySpeakerWithTheSameWordsOnce_unattributedLast_headlinesApart() throws Exception {
        String page = get(quotedServer, "/stories/" + quoted.story).body();
        assertThat(page).contains("<h2>Who said what</h2>");
        String said = page.substring(page.indexOf("<h2>Who said what</h2>"), page.indexOf("<h2>When it was reported</h2>"));
        assertThat(said.indexOf("<a class=\"speaker\" href=\"/entities/person-dmitry-peskov\">Dmitry Peskov</a>"))
                .isGreaterThan(0)
                .isLessThan(said.indexOf("href=\"/entities/person-xi-jinping\">Xi Jinping</a>"));
        assertThat(said.indexOf("<h3>Unattributed</h3>")).isGreaterThan(said.indexOf("Xi Jinping</a>"));
        // the words both articles quote stand once, with both articles; a direct quote in marks, reported speech after its cue
        assertThat(said.split("There are realities on the ground.", -1)).hasSize(2);
        assertThat(said).contains("“There are realities on the ground.”</a>",
                "href=\"/articles/" + quoted.first + "?quote=" + FIRST_REALITIES + "#q-" + FIRST_REALITIES + "\">Outlet first</a>",
                ">Outlet second</a>",
                "<span class=\"kind\" title=\"reported speech\">added that</span><a class=\"said\"", ">Ukraine must accept them</a>",
                " via <a href=\"/entities/organization-cctv\">CCTV</a>",
                "<summary>Quoted in headlines (1)</summary>");
        assertThat(said.substring(0, said.indexOf("<details"))).as("the headline quote apart").doesNotContain(">“talks”<");
        assertThat(said).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "— an official &lt;img src=x onerror=alert(2)&gt;");
    }

    /** Where Peskov's first quote starts in the first article. */
    static final int FIRST_REALITIES = QuotedStory.FIRST.indexOf("There are realities");

    @Test
    void entityPage_whatTheEntitySaid_acrossArticlesWithTheirStory() throws Exception {
        String page = get(quotedServer, "/entities/person-dmitry-peskov").body();
        assertThat(page).contains("<h2>What Dmitry Peskov said</h2>");
        String said = page.substring(page.indexOf("<h2>What Dmitry Peskov said</h2>"), page.indexOf("<h2>Mentions</h2>"));
        assertThat(said.split("<li class=", -1)).hasSize(1 + 4);
        assertThat(said).contains("“We will wait for as long as it takes.\nWe will not move”",
                "story <a href=\"/stories/" + quoted.story + "\">", "Outlet second · 2025-03-05");
        assertThat(said.indexOf("We will wait")).as("newest first").isLessThan(said.indexOf("Ukraine must accept them"));
        assertThat(get(quotedServer, "/entities/organization-cctv").body()).doesNotContain("said</h2>");
    }

    @Test
    void articlePage_legend_namesEveryKindOfMarkTheTextCarries() throws Exception {
        String page = get(quotedServer, "/articles/" + quoted.first).body();
        String legend = page.substring(page.indexOf("<p class=\"legend meta\">"));
        legend = legend.substring(0, legend.indexOf("</p>"));
        assertThat(legend).contains("<span class=\"quote direct\">", "<span class=\"quote reported\">", "<time class=\"timex\">");
        for (EntityType type : EntityType.values()) {
            assertThat(legend).as("a name of each type, in its colour").contains("<a class=\"mention "
                    + type.name().toLowerCase(java.util.Locale.ROOT) + "\">");
        }
    }

    @Test
    void articlePage_quotesMarkedInTheText_withTheirSpeakerAndAnAnchor() throws Exception {
        String page = get(quotedServer, "/articles/" + quoted.first).body();
        assertThat(page).contains("class=\"legend meta\"",
                "<span class=\"quote direct\" id=\"q-" + FIRST_REALITIES + "\" title=\"quoted, said by Dmitry Peskov\">"
                        + "There are realities on the ground.</span>",
                "title=\"reported speech, said by Dmitry Peskov\"><a class=\"mention country\"",
                "title=\"quoted, said by Xi Jinping, via CCTV\">",
                "title=\"In a headline: quoted, said by an unknown speaker\"",
                "title=\"quoted, said by an official &lt;img src=x onerror=alert(2)&gt; (not linked to an entity)\"");
        assertThat(page).doesNotContain("<script>", "<img").doesNotContain("quote direct focus");
        // a quote over two paragraphs is marked in each, anchored once; the one looked for is marked whole
        int start = QuotedStory.SECOND.indexOf("We will wait");
        String second = get(quotedServer, "/articles/" + quoted.second + "?quote=" + start).body();
        assertThat(second).contains("<span class=\"quote direct focus\" id=\"q-" + start + "\"",
                "<p><span class=\"quote direct focus\" title=\"quoted, said by Dmitry Peskov\">We will not move</span>,");
        assertThat(second.split("id=\"q-" + start + "\"", -1)).hasSize(2);
        assertThat(get(quotedServer, "/articles/" + quoted.second + "?quote=x").statusCode()).isEqualTo(400);
        assertThat(get("/articles/" + plainId).body()).doesNotContain("class=\"legend");
    }
}

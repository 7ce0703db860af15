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
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Processed.Done article(String rawText, String title, String text) {
        RawDocument raw = new RawDocument("in/" + rawText.length() + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(rawText), "UTF-8", rawText,
                SourceHints.NONE);
        return new Processed.Done(raw, new Article(raw.id(), raw.source(), null, title, text,
                new PublicationDate("2025-04-02", false, Evidence.of(rawText, 0, 3)), null, "example.test", null, "en"));
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
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
        JsonNode lines = json.readTree(get("/api/storylines").body()).get("storylines");
        assertThat(lines.size()).isGreaterThanOrEqualTo(1);
        assertThat(json.readTree(get("/api/stories?storyline=" + lines.get(0).get("id").asText()).body()).get("stories").size())
                .isGreaterThanOrEqualTo(1);
        assertThat(json.readTree(get("/api/stories?from=2030-01-01").body()).get("stories").size()).isZero();
        assertThat(get("/stories/" + id).body()).contains("Articles by independent source");
        assertThat(get("/storylines/" + lines.get(0).get("id").asText()).statusCode()).isEqualTo(200);
        assertThat(get("/storylines").statusCode()).isEqualTo(200);
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
        for (String path : List.of("/api/stories", "/api/stories/{id}", "/api/storylines", "/api/articles", "/api/articles/{id}",
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
}

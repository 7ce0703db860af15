package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.nlp.TimeFinder;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;

/** Time expressions through the web: in the article's JSON, on their own route, as CSV, and marked in the article's text. */
class TimesWebTest {
    static final String TEXT = "Ferry service resumes\n"
            + "The ferry between Tarnby and Vell sailed again on Tuesday after three weeks <b>ashore</b>.\n"
            + "Its owners said last month that it will sail every Monday.\n";

    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static String id;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir, Clock.systemUTC());
        RawDocument raw = new RawDocument("in/ferry.txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(TEXT), "UTF-8", TEXT,
                SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), null, "Ferry service resumes", TEXT,
                new PublicationDate("2025-06-11", false, Evidence.of(TEXT, 0, 5)), null, "Outlet", null, "en");
        store.accept(List.of(new Processed.Done(raw, new AnnotatedArticle(article, List.of(), ArticleEntities.none(article.id()),
                List.of(), new TimeFinder().find(article)))));
        id = article.id();
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void api_articleAndItsTimes_giveEachValueOverItsWords() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode article = json.readTree(get("/api/articles/" + id).body());
        JsonNode times = json.readTree(get("/api/articles/" + id + "/times").body());
        assertThat(times.get("total").asInt()).isEqualTo(4);
        assertThat(times.get("times")).isEqualTo(article.get("times"));
        assertThat(times.get("times").get(0).get("text").asText()).isEqualTo("Tuesday");
        assertThat(times.get("times").get(0).get("value").asText()).isEqualTo("2025-06-10");
        assertThat(times.get("times").get(0).get("anchor").asText()).isEqualTo("article");
        for (JsonNode t : times.get("times")) {
            assertThat(TEXT.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        }
        HttpResponse<String> missing = get("/api/articles/nope/times");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(get("/api/openapi.json").body()).get("paths").has("/api/articles/{id}/times")).isTrue();
    }

    @Test
    void csv_oneRowPerTimeExpression() throws Exception {
        HttpResponse<String> csv = get("/api/export/times.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith(org.parallax.bundle.Csv.header(org.parallax.bundle.Csv.TIMES))
                .contains("\"DURATION\",\"P3W\",\"\",\"none\",\"three weeks\"")
                .contains("\"SET\",\"XXXX-WXX-1\"");
        assertThat(csv.body().split("\r\n")).hasSize(1 + 4);
    }

    @Test
    void articlePage_marksEachTimeWithItsValue_andEscapesTheText() throws Exception {
        String page = get("/articles/" + id).body();
        assertThat(page).contains("<time class=\"timex date\" title=\"date 2025-06-10 (reckoned from the article&#39;s date)\">"
                + "Tuesday</time>");
        assertThat(page).contains("title=\"duration P3W\">three weeks</time>");
        assertThat(page).doesNotContain("<b>ashore</b>");
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** A WARC written here and a feed served by a real local HTTP server, analyzed end to end. */
class WebInputsEndToEndTest {
    @TempDir
    Path dir;

    private static final String ARTICLE = "<html lang=\"en\"><head><title>%s | Island News</title>"
            + "<meta property=\"article:published_time\" content=\"2025-03-0%dT08:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/x\">World</a></nav><article><h1>%s</h1>"
            + "<p>%s</p><p>The operator said the timetable would be back to normal by the end of the week.</p>"
            + "</article><footer>© Island News</footer></body></html>";

    private static byte[] http(String type, String body) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void analyze_warcWithPagesRevisitPdfAndCorruptRecord() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            w.write(new WarcResponse.Builder(URI.create("https://island.example/ferry")).date(Instant.parse("2026-01-01T00:00:00Z"))
                    .body(MediaType.HTTP_RESPONSE, http("text/html", String.format(ARTICLE, "Ferry resumes", 3, "Ferry resumes",
                            "The island ferry resumed service on Monday after a week of storms kept the boats in harbour."))).build());
            w.write(new WarcRevisit.Builder(URI.create("https://island.example/ferry")).date(Instant.now()).build());
            w.write(new WarcResponse.Builder(URI.create("https://island.example/a.pdf")).date(Instant.now())
                    .body(MediaType.HTTP_RESPONSE, http("application/pdf", "%PDF-1.4")).build());
        }
        Files.write(warc, "WARC/1.1\r\nContent-Length: x\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        Path bundle = dir.resolve("bundle.json");
        Cli.Result r = Cli.run("analyze", warc.toString(), "--out", bundle.toString(), "--store", dir.resolve("store").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("corrupt WARC record at offset", "read=2", "stored=1", "skipped=2", "failed=1");
        JsonNode article = BundleSchema.validBundle(bundle).get("articles").get(0);
        assertThat(article.get("url").asText()).isEqualTo("https://island.example/ferry");
        assertThat(article.get("title").asText()).isEqualTo("Ferry resumes");
        assertThat(article.get("published").asText()).isEqualTo("2025-03-03T08:00");
        assertThat(article.get("outlet").asText()).isEqualTo("island.example");
        assertThat(article.get("text").asText()).startsWith("The island ferry resumed").doesNotContain("Home", "©");
    }

    @Test
    void analyze_feedUrlFromALocalServer() throws Exception {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Island News</title>"
                + "<link>http://island.example/</link><description>d</description>"
                + "<item><title>School closed</title><link>http://island.example/school</link>"
                + "<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>The island school stays closed for a"
                + " second day after storm damage to its roof, the council said.</description></item></channel></rss>";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", ex -> {
            byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            Path bundle = dir.resolve("bundle.json");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
            Cli.Result refused = Cli.run("analyze", url, "--store", dir.resolve("refused").toString());
            assertThat(refused.err()).contains("error: " + url, "private or local address", "--allow-private-urls");
            Cli.Result r = Cli.run("analyze", url, "--allow-private-urls", "--out", bundle.toString(), "--store",
                    dir.resolve("store").toString());
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode article = BundleSchema.validBundle(bundle).get("articles").get(0);
            assertThat(article.get("title").asText()).isEqualTo("School closed");
            assertThat(article.get("outlet").asText()).isEqualTo("Island News");
            assertThat(article.get("published").asText()).isEqualTo("2025-03-04T08:00");
            assertThat(article.get("note").asText()).contains("only a summary");
            assertThat(article.get("text").asText()).startsWith("The island school stays closed");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void analyze_hostilePages_eachGetAClearOutcome() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("deep.html"), "<div>".repeat(100_000) + "<p>Deep.</p>");
        Files.writeString(in.resolve("scripts.html"), "<html><body>" + "<script>x()</script>".repeat(2000) + "</body></html>");
        Files.writeString(in.resolve("login.html"), "<html><body><form><input name=u><button>Log in</button></form></body></html>");
        Files.writeString(in.resolve("app.html"), "<html><head><meta property=\"og:description\" content=\"The harbour"
                + " council voted on Tuesday to rebuild the old pier before the summer season, the mayor said.\"></head>"
                + "<body><div id=root></div><script>render()</script></body></html>");
        Files.writeString(in.resolve("scripted.html"), "<html><head><title>Pier to be rebuilt</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pier to be rebuilt\","
                + "\"articleBody\":\"" + "The council voted to rebuild the old pier before the summer season. ".repeat(4)
                + "\\nWork starts in March and the ferry will use the north quay until the pier reopens in June. ".repeat(3)
                + "\"}</script></head><body><article><h1>Pier to be rebuilt</h1><p class=\"lead\">A vote on Tuesday"
                + " ends ten years of delay.</p><div id=app></div></article></body></html>");
        Files.write(in.resolve("huge.html"), ("<p>" + "word ".repeat(20)).repeat(200_000).getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("wrong-charset.html"), ("<html><head><meta charset=\"iso-8859-1\"><title>Grüße</title></head>"
                + "<body><article><p>Die Fähre fährt wieder nach dem Sturm, und die Schule öffnet am Montag ihre Türen.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
        Path bundle = dir.resolve("bundle.json");
        Cli.Result r = Cli.run("analyze", in.toString(), "--out", bundle.toString(), "--store", dir.resolve("store").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).singleElement().asString()
                .contains("huge.html", "too large");
        List<String> notes = new ArrayList<>();
        for (JsonNode a : BundleSchema.validBundle(bundle).get("articles")) {
            if (a.has("note")) {
                notes.add(Path.of(a.get("source").asText()).getFileName().toString());
            }
            if (a.get("source").asText().endsWith("app.html")) {
                assertThat(a.get("text").asText()).startsWith("The harbour council voted on Tuesday");
                assertThat(a.get("note").asText()).contains("summary the page gives of itself");
            }
            if (a.get("source").asText().endsWith("scripted.html")) {
                assertThat(a.get("text").asText()).startsWith("A vote on Tuesday ends ten years of delay.")
                        .contains("The council voted to rebuild the old pier", "the ferry will use the north quay");
            }
            if (a.get("source").asText().endsWith("wrong-charset.html")) {
                assertThat(a.get("text").asText()).contains("Fähre fährt");
            }
        }
        assertThat(notes).contains("scripts.html", "login.html");
    }
}

package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files, feeds and pages fetched from a real local HTTP server. */
class WebInputTest {
    @TempDir
    Path dir;

    static final String PAGE = "<html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>"
            + "<p>The island ferry resumed service on Monday after a week of storms kept the boats in harbour.</p>"
            + "</article></body></html>";

    private static List<Ingested> all(Iterable<Ingested> items) {
        List<Ingested> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    private static byte[] http(String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Test
    void read_warc_pagesBecomeDocuments_revisitsAndPdfsAreSkipped_corruptRecordsAreReportedAndPassed() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/a")).date(Instant.parse("2025-01-01T00:00:00Z"))
                    .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8))).build());
            writer.write(new WarcRevisit.Builder(URI.create("https://news.example/a")).date(Instant.now()).build());
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/doc.pdf")).date(Instant.now())
                    .body(MediaType.HTTP_RESPONSE, http("application/pdf", "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII))).build());
        }
        byte[] good = Files.readAllBytes(warc);
        byte[] corrupt = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: notanumber\r\n\r\ngarbage\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Path second = dir.resolve("second.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(second,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/b")).date(Instant.now())
                    .body(MediaType.HTTP_RESPONSE, http("text/html", PAGE.replace("Monday", "Tuesday").getBytes(StandardCharsets.UTF_8))).build());
        }
        byte[] tail = Files.readAllBytes(second);
        byte[] joined = new byte[good.length + corrupt.length + tail.length];
        System.arraycopy(good, 0, joined, 0, good.length);
        System.arraycopy(corrupt, 0, joined, good.length, corrupt.length);
        System.arraycopy(tail, 0, joined, good.length + corrupt.length, tail.length);
        Files.write(warc, joined);
        Files.delete(second);

        List<Ingested> got = all(new Ingest().read(List.of(warc)));
        assertThat(got).filteredOn(i -> i instanceof Ingested.Document).hasSize(2)
                .extracting(i -> ((Ingested.Document) i).document().hints().url())
                .containsExactly("https://news.example/a", "https://news.example/b");
        assertThat(got).filteredOn(i -> i instanceof Ingested.Skipped).hasSize(2);
        assertThat(got).filteredOn(i -> i instanceof Ingested.Failure).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(warc + "#" + good.length);
            assertThat(((Ingested.Failure) f).reason()).contains("corrupt WARC record at offset " + good.length);
        });
    }

    @Test
    void readLocations_feedAndPageFromALocalServer() throws IOException {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Island News</title><link>http://island.example/</link><description>news</description>
                <item><title>Ferry resumes</title><link>http://island.example/ferry</link>
                  <pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate>
                  <content:encoded><![CDATA[<p>The island ferry resumed service on Monday after a week of storms kept the boats in harbour, the operator said.</p>]]></content:encoded></item>
                <item><title>School closed</title><link>http://island.example/school</link>
                  <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>
                  <description>The island school stays closed for a second day after storm damage to its roof.</description></item>
                </channel></rss>
                """;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", ex -> respond(ex, 200, "application/rss+xml", feed));
        server.createContext("/page", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/page");
            respond(ex, 302, "text/plain", "");
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            respond(ex, 302, "text/plain", "");
        });
        server.createContext("/missing", ex -> respond(ex, 404, "text/plain", "no"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            List<Ingested> got = all(new Ingest(Limits.DEFAULT, true).readLocations(List.of(base + "/feed.xml", base + "/moved", base + "/loop",
                    base + "/missing", "ftp://example.org/x")));
            List<Ingested.Document> docs = got.stream().filter(i -> i instanceof Ingested.Document)
                    .map(i -> (Ingested.Document) i).toList();
            assertThat(docs).hasSize(3);
            assertThat(docs.get(0).document().hints().title()).isEqualTo("Ferry resumes");
            assertThat(docs.get(0).document().hints().outlet()).isEqualTo("Island News");
            assertThat(docs.get(0).document().hints().published()).isEqualTo("2025-03-03T08:00:00Z");
            assertThat(docs.get(0).document().hints().summaryOnly()).isFalse();
            assertThat(docs.get(1).document().hints().summaryOnly()).isTrue();
            assertThat(docs.get(2).document().hints().url()).isEqualTo(base + "/page");
            List<String> failures = got.stream().filter(i -> i instanceof Ingested.Failure).map(Object::toString).toList();
            assertThat(failures).hasSize(3);
            assertThat(failures.get(0)).contains("/loop", "redirects");
            assertThat(failures.get(1)).contains("/missing", "404");
            assertThat(failures.get(2)).contains("ftp://", "only http and https");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void readLocations_privateAndLocalAddresses_refusedUnlessAllowed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int[] hits = {0};
        server.createContext("/page", ex -> {
            hits[0]++;
            respond(ex, 200, "text/html; charset=utf-8", PAGE);
        });
        server.start();
        try {
            String local = "http://127.0.0.1:" + server.getAddress().getPort() + "/page";
            List<Ingested> got = all(new Ingest().readLocations(List.of(local, "http://10.1.2.3/x", "http://[::1]/x",
                    "http://169.254.169.254/latest/meta-data/")));
            assertThat(got).hasSize(4).allSatisfy(i -> assertThat(i.toString()).contains("private or local address",
                    "--allow-private-urls"));
            assertThat(hits[0]).as("no request reaches a local service").isZero();
            assertThat(all(new Ingest(Limits.DEFAULT, true).readLocations(List.of(local))).get(0))
                    .isInstanceOf(Ingested.Document.class);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void isPublic_onlyPublicAddresses() throws Exception {
        for (String a : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "198.18.0.1", "::1", "fd00::1", "fe80::1")) {
            assertThat(Fetcher.isPublic(java.net.InetAddress.getByName(a))).as(a).isFalse();
        }
        for (String a : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111")) {
            assertThat(Fetcher.isPublic(java.net.InetAddress.getByName(a))).as(a).isTrue();
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void readHtml_strayNulInAPage_isStillAPage_butBinaryIsNot() {
        byte[] page = "<!DOCTYPE html><html><body><p>Ferry resumes\u0000 on Monday.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(new Ingest().readHtml("page.html", page, org.parallax.model.SourceHints.NONE)).isInstanceOf(Ingested.Document.class);
        byte[] binary = {0x7f, 'E', 'L', 'F', 0, 0, 0, 0};
        assertThat(new Ingest().readHtml("x.html", binary, org.parallax.model.SourceHints.NONE)).isInstanceOf(Ingested.Failure.class);
    }

    @Test
    void readHtml_wrongCharsetDeclaration_utf8BytesWin() {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Grüße aus Köln</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Ingested got = new Ingest().readHtml("page.html", bytes, org.parallax.model.SourceHints.NONE);
        assertThat(((Ingested.Document) got).document().text()).contains("Grüße aus Köln");
    }
}

package org.parallax.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a generated corpus for benchmarks: scraped-looking articles (navigation, a dateline, paragraphs,
 * a teaser list, a footer) in JSON Lines files of 10,000 records. Seeded, so every run writes the same.
 */
final class SyntheticCorpus {
    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "was",
            "as", "by", "from", "at", "is", "his", "their", "it", "which"};
    private static final String[] SITES = {"example-news.test", "daily-ledger.test", "river-post.test", "metro-wire.test"};
    private static final String SYLLABLES = "ka,ri,to,ne,mo,sa,lu,vi,de,ran,tel,mor,quin,bas,ul,or,en,ist,ach,por";

    private final Random random;
    private final String[] syllables = SYLLABLES.split(",");

    SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} articles under {@code folder}; returns the folder. */
    Path write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        int perFile = 10_000;
        for (int file = 0; file * perFile < count; file++) {
            try (BufferedWriter w = Files.newBufferedWriter(folder.resolve(String.format("part-%05d.jsonl", file)),
                    StandardCharsets.UTF_8)) {
                for (int i = file * perFile; i < Math.min(count, (file + 1) * perFile); i++) {
                    String site = SITES[i % SITES.length];
                    w.write("{\"id\":\"" + i + "\",\"url\":\"https://" + site + "/a/" + i + "\",\"text\":\""
                            + escape(article(site)) + "\"}\n");
                }
            }
        }
        return folder;
    }

    /**
     * Writes {@code count} articles under {@code folder} as the HTML pages of a crawl, in WARC.gz files of
     * {@code perFile} responses (each page's navigation, teasers and footer in their own elements); returns the folder.
     */
    Path writeWarc(Path folder, int count, int perFile) throws IOException {
        Files.createDirectories(folder);
        for (int file = 0; file * perFile < count; file++) {
            Path path = folder.resolve(String.format("crawl-%05d.warc.gz", file));
            try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(path,
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                    org.netpreserve.jwarc.WarcCompression.GZIP)) {
                for (int i = file * perFile; i < Math.min(count, (file + 1) * perFile); i++) {
                    String site = SITES[i % SITES.length];
                    byte[] body = page(article(site)).getBytes(StandardCharsets.UTF_8);
                    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                            + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                    byte[] http = new byte[head.length + body.length];
                    System.arraycopy(head, 0, http, 0, head.length);
                    System.arraycopy(body, 0, http, head.length, body.length);
                    w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://" + site + "/a/" + i))
                            .date(Instant.parse("2026-01-01T00:00:00Z"))
                            .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, http).build());
                }
            }
        }
        return folder;
    }

    /** A generated article as a page: its first block the navigation, its second the page title, its last the footer. */
    private static String page(String article) {
        String[] blocks = article.strip().split("\n\n");
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(html(blocks[1])).append("</title></head><body><nav>").append(html(blocks[0]))
                .append("</nav><article><h1>").append(html(blocks[2])).append("</h1>");
        for (int i = 3; i < blocks.length - 4; i++) {
            sb.append("<p>").append(html(blocks[i])).append("</p>");
        }
        sb.append("</article><footer>");
        for (int i = Math.max(3, blocks.length - 4); i < blocks.length; i++) {
            sb.append("<p>").append(html(blocks[i])).append("</p>");
        }
        return sb.append("</footer></body></html>").toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String article(String site) {
        StringBuilder sb = new StringBuilder();
        sb.append("Home | World | Politics | Business | Sport\n\n");
        String title = sentence(8, false);
        sb.append(title).append(" - ").append(site).append("\n\n").append(title).append("\n\n");
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        sb.append(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .append(' ').append(day.getDayOfMonth()).append(", ").append(day.getYear()).append("\n\n");
        int paragraphs = 6 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            for (int s = 0; s < 2 + random.nextInt(3); s++) {
                sb.append(sentence(12 + random.nextInt(14), true)).append(' ');
            }
            sb.append("\n\n");
            if (p == 2) {
                sb.append("Read more:\n\n");
                for (int t = 0; t < 3; t++) {
                    sb.append(sentence(9, false)).append("\n\n");
                }
            }
        }
        sb.append("Share this article\n\nLeave a comment\n\nSubscribe to our newsletter\n\n© ").append(site).append('\n');
        return sb.toString();
    }

    private String sentence(int words, boolean period) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = random.nextInt(10) < 4 ? FUNCTION[random.nextInt(FUNCTION.length)] : word();
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return period ? sb.append('.').toString() : sb.toString();
    }

    private String word() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            sb.append(syllables[random.nextInt(syllables.length)]);
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

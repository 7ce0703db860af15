package org.parallax.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

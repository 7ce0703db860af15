package org.parallax.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.parallax.model.Article;
import org.parallax.nlp.Annotation;
import org.parallax.nlp.EntityFinder;

/**
 * Measures the per-article steps on one long article at growing lengths (10 KB to 16 MB by default): the
 * article is made of real news paragraphs, read at run time from a folder of texts, in a seeded order and
 * repeated as often as the length needs. Every per-article step must be linear in the article's length, so
 * the KB/s of each step should stay about the same from the smallest length to the largest; the last line
 * compares the largest length's rate with the rate at 1 MB (or the smallest length). Each step runs on the
 * calling thread; its CPU seconds are shown beside the wall-clock ones, which a busy machine inflates. The
 * annotation includes the entities again.
 */
final class LongArticleBenchmark {
    /** The lengths measured when none are given: 10 KB, 100 KB, 1 MB, 4 MB, 16 MB. */
    static final List<Integer> LENGTHS = List.of(10 << 10, 100 << 10, 1 << 20, 4 << 20, 16 << 20);

    private final List<String> paragraphs;

    /** The time each step took on one article: wall-clock seconds, and CPU seconds of the thread that ran it. */
    record Result(int chars, double entitySeconds, double entityCpu, double annotationSeconds, double annotationCpu) {
        double entityKbPerSecond() {
            return chars / 1024.0 / entitySeconds;
        }

        double annotationKbPerSecond() {
            return chars / 1024.0 / annotationSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-8s %9.2f %7.2f %11.0f %12.2f %7.2f %11.0f", size(chars), entitySeconds,
                    entityCpu, entityKbPerSecond(), annotationSeconds, annotationCpu, annotationKbPerSecond());
        }
    }

    /** Paragraphs of the texts (.txt, .txt.gz) under {@code folder}, in an order fixed by {@code seed}. */
    LongArticleBenchmark(Path folder, long seed) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".txt.gz")) {
                    for (String p : read(f).split("\\n\\s*\\n")) {
                        String paragraph = p.strip();
                        if (paragraph.length() >= 40) {
                            found.add(paragraph);
                        }
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs of 40 characters or more in the .txt files under " + folder);
        }
        Collections.shuffle(found, new Random(seed));
        this.paragraphs = List.copyOf(found);
    }

    static String header() {
        return "length   entities s  cpu s  entity KB/s  annotation s  cpu s  annot. KB/s";
    }

    /** An article text of about {@code chars} characters: whole paragraphs, separated by blank lines. */
    String text(int chars) {
        StringBuilder text = new StringBuilder(chars + 4096);
        for (int i = 0; text.length() < chars; i++) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(paragraphs.get(i % paragraphs.size()));
        }
        return text.toString();
    }

    /** Finds the entities of one article of about this length, then annotates it whole, timing each. */
    Result run(int chars) {
        String text = text(chars);
        Article article = new Article("long-" + chars, "bench", null, "", text, null, null, null, null, "en");
        EntityFinder entities = new EntityFinder();
        Annotation annotation = new Annotation();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.gc();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        entities.find(article.id(), text);
        double entitySeconds = (System.nanoTime() - start) / 1e9;
        double entityCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.gc();
        start = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        annotation.apply(article);
        return new Result(text.length(), entitySeconds, entityCpu, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /** The rate at the largest length against the rate at 1 MB (else the smallest): 1.0 means linear. */
    static String growth(List<Result> results) {
        Result last = results.get(results.size() - 1);
        Result base = results.stream().filter(r -> r.chars() >= 1 << 20).findFirst().orElse(results.get(0));
        return String.format(Locale.ROOT, "KB/s at %s over KB/s at %s: entities %.2f, annotation %.2f (1.00 is linear)",
                size(last.chars()), size(base.chars()), last.entityKbPerSecond() / base.entityKbPerSecond(),
                last.annotationKbPerSecond() / base.annotationKbPerSecond());
    }

    /** "10K", "100K", "1M", "16M": the option's spelling of a length. */
    static String size(int chars) {
        return chars >= 1 << 20 ? Math.round(chars / (double) (1 << 20)) + "M" : Math.round(chars / 1024.0) + "K";
    }

    /** A length given as "10k", "1m" or a number of characters. */
    static int parseLength(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        int unit = t.endsWith("k") ? 1 << 10 : t.endsWith("m") ? 1 << 20 : 1;
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits) * unit;
            if (n < 1 || n > 512L << 20) {
                throw new IllegalArgumentException("a length must be between 1 character and 512m, was " + s);
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a length is a number with k or m after it (10k, 16m), was " + s, e);
        }
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
                : Files.newInputStream(f)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

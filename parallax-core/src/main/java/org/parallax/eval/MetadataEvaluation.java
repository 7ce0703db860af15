package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.parallax.ingest.Ingest;
import org.parallax.ingest.Ingested;
import org.parallax.model.Article;
import org.parallax.model.SourceHints;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Pipeline;

/**
 * Scores what extraction reads of a news page against a publisher's hand-checked output (metadata-dev, fundus's
 * parser tests): headline exact match, author set F1, publication day, and body F1 over 4-word shingles (the
 * ScrapingHub article-extraction benchmark's measure). Each page goes through the same pipeline as
 * {@code parallax analyze}; a page that fails counts as empty output.
 */
public final class MetadataEvaluation {
    /** A word: a run of letters, digits and underscores. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");
    private static final int SHINGLE = 4;

    /** One page of the set and what its publisher's parser reads of it. */
    public record Page(Path file, String url, String country, String publisher, String title, List<String> authors,
                       String published, String body) {
        public Page {
            authors = List.copyOf(authors);
        }
    }

    /**
     * The scores of one page. {@code authors} is -1 when the gold lists none.
     *
     * @param authors       set F1 of the names the byline credits (people and the organization it names)
     * @param people        set F1 of the people alone against the same gold
     * @param bodyPrecision shingle precision of the text
     * @param bodyRecall    shingle recall of the text
     */
    public record PageScore(Page page, Article article, boolean title, double authors, double people, boolean day,
                            double bodyPrecision, double bodyRecall, double body) {
    }

    /** Means over pages, and per country. */
    public record Score(int pages, double title, double authors, double people, double day, double body,
                        double bodyPrecision, double bodyRecall) {
        static Score of(List<PageScore> scores) {
            int n = scores.size();
            double title = 0, authors = 0, people = 0, day = 0, body = 0, p = 0, r = 0;
            int withAuthors = 0;
            for (PageScore s : scores) {
                title += s.title() ? 1 : 0;
                day += s.day() ? 1 : 0;
                body += s.body();
                p += s.bodyPrecision();
                r += s.bodyRecall();
                if (s.authors() >= 0) {
                    withAuthors++;
                    authors += s.authors();
                    people += s.people();
                }
            }
            int d = Math.max(1, n);
            int a = Math.max(1, withAuthors);
            return new Score(n, title / d, authors / a, people / a, day / d, body / d, p / d, r / d);
        }

        @Override
        public String toString() {
            double p = bodyPrecision;
            double r = bodyRecall;
            return String.format(Locale.ROOT, "pages %3d  headline %.3f  authors F1 %.3f (people only %.3f)  day %.3f"
                    + "  body F1 %.3f (F1 of means %.3f: P %.3f R %.3f)", pages, title, authors, people, day, body,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
        }
    }

    public record Report(Score total, Map<String, Score> byCountry, List<PageScore> pages) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("metadata-dev: " + total);
            byCountry.forEach((country, score) -> sb.append(String.format(Locale.ROOT, "%n  %-4s %s", country, score)));
            return sb.toString();
        }

        /** Each page that misses something: what the publisher has and what extraction gave. */
        public String errors() {
            StringBuilder sb = new StringBuilder();
            for (PageScore s : pages) {
                Article a = s.article();
                boolean authorsWrong = s.authors() >= 0 && s.authors() < 1;
                if (s.title() && !authorsWrong && s.day() && s.body() >= 0.9) {
                    continue;
                }
                sb.append("=== ").append(s.page().file()).append("  ").append(s.page().url()).append('\n');
                if (!s.title()) {
                    sb.append("  title    gold: ").append(s.page().title()).append('\n');
                    sb.append("           got:  ").append(a == null ? "" : a.title()).append('\n');
                }
                if (authorsWrong) {
                    sb.append("  authors  gold: ").append(s.page().authors()).append('\n');
                    sb.append("           got:  ").append(a == null ? "" : a.authors() + " credit " + a.credit()).append('\n');
                }
                if (!s.day()) {
                    sb.append("  date     gold: ").append(s.page().published()).append('\n');
                    sb.append("           got:  ").append(a == null || a.published() == null ? "" : a.published().value()
                            + " (" + a.published().evidence().text() + ")").append('\n');
                }
                if (s.body() < 0.9) {
                    sb.append(String.format(Locale.ROOT, "  body     F1 %.3f P %.3f R %.3f  gold %d chars, got %d%n",
                            s.body(), s.bodyPrecision(), s.bodyRecall(), s.page().body().length(),
                            a == null ? 0 : a.text().length()));
                }
            }
            return sb.toString();
        }
    }

    private MetadataEvaluation() {
    }

    public static Report run(Path dataset, int threads) throws IOException {
        List<Page> pages = pages(dataset);
        Ingest ingest = new Ingest();
        List<Ingested> inputs = new ArrayList<>();
        for (Page page : pages) {
            String source = dataset.relativize(page.file()).toString();
            if (!Files.exists(page.file())) {
                inputs.add(new Ingested.Failure(source, "missing"));
                continue;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page.file()))) {
                inputs.add(ingest.readHtml(source, in.readAllBytes(), new SourceHints(null, page.url(), null, null, null)));
            }
        }
        Map<String, Article> articles = new HashMap<>();
        BatchSink sink = batch -> {
            batch.forEach(d -> articles.put(d.source(), d.article()));
            return new BatchSink.Outcome(batch.size(), 0);
        };
        new Pipeline(Clock.systemUTC(), threads, 256).run(inputs, sink, s -> { }, f -> { });
        List<PageScore> scores = new ArrayList<>();
        Map<String, List<PageScore>> byCountry = new TreeMap<>();
        for (Page page : pages) {
            PageScore score = score(page, articles.get(dataset.relativize(page.file()).toString()));
            scores.add(score);
            byCountry.computeIfAbsent(page.country(), k -> new ArrayList<>()).add(score);
        }
        Map<String, Score> countries = new TreeMap<>();
        byCountry.forEach((country, list) -> countries.put(country, Score.of(list)));
        return new Report(Score.of(scores), countries, scores);
    }

    static List<Page> pages(Path dataset) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(dataset.resolve("expected.jsonl"))) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = json.readTree(line);
            } catch (IOException e) {
                throw new IOException(dataset.resolve("expected.jsonl") + ":" + lineNumber + ": not a JSON object", e);
            }
            List<String> authors = new ArrayList<>();
            n.path("authors").forEach(a -> authors.add(a.asText()));
            pages.add(new Page(dataset.resolve(n.path("file").asText()), n.path("url").asText(null),
                    n.path("country").asText(""), n.path("publisher").asText(""), n.path("title").asText(""), authors,
                    n.path("published").asText(""), n.path("body").asText("")));
        }
        return pages;
    }

    static PageScore score(Page page, Article a) {
        String title = a == null ? "" : a.title();
        String text = a == null ? "" : a.text();
        double authors = -1;
        double people = -1;
        if (!page.authors().isEmpty()) {
            List<String> credited = new ArrayList<>(a == null ? List.of() : a.authors());
            if (a != null && a.credit() != null) {
                credited.add(a.credit());
            }
            authors = setF1(names(page.authors()), names(credited));
            people = setF1(names(page.authors()), names(a == null ? List.of() : a.authors()));
        }
        String day = a == null || a.published() == null ? "" : a.published().day();
        boolean dayRight = page.published().length() >= 10 && day.length() >= 10
                && day.substring(0, 10).equals(page.published().substring(0, 10));
        Map<List<String>, Integer> gold = shingles(page.body());
        Map<List<String>, Integer> got = shingles(text);
        int tp = 0;
        int goldTotal = 0;
        int gotTotal = 0;
        for (Map.Entry<List<String>, Integer> e : gold.entrySet()) {
            tp += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
            goldTotal += e.getValue();
        }
        for (int c : got.values()) {
            gotTotal += c;
        }
        double p;
        double r;
        double f;
        if (goldTotal == 0 && gotTotal == 0) {
            p = r = f = 1;
        } else {
            p = gotTotal == 0 ? 0 : (double) tp / gotTotal;
            r = goldTotal == 0 ? 0 : (double) tp / goldTotal;
            f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return new PageScore(page, a, normalized(title).equals(normalized(page.title())), authors, people, dayRight,
                p, r, f);
    }

    /** Unicode NFKC, invisible format characters removed, white space collapsed, case folded. */
    static String normalized(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = FORMAT.matcher(n).replaceAll("");
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            String n = normalized(name).replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "");
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    static double setF1(Set<String> gold, Set<String> got) {
        if (gold.isEmpty() && got.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(gold);
        both.retainAll(got);
        if (both.isEmpty()) {
            return 0;
        }
        double p = (double) both.size() / got.size();
        double r = (double) both.size() / gold.size();
        return 2 * p * r / (p + r);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.merge(List.copyOf(words.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        if (words.size() < SHINGLE && !words.isEmpty()) {
            out.merge(List.copyOf(words), 1, Integer::sum);
        }
        return out;
    }
}

package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.parallax.clean.ChromeProfile;
import org.parallax.clean.CleanedText;
import org.parallax.clean.Cleaner;
import org.parallax.metadata.MetadataReader;

/**
 * Scores text cleaning on the cleaning-dev set: whole-page plain text as a scraper leaves it, scored
 * with the segment metric of trafilatura's evaluation. The chrome profile is learned from the set
 * itself first, as {@code parallax analyze} learns it from a batch.
 */
public final class CleaningEvaluation {

    /** One page of the set: where its text is and the segments it must and must not keep. */
    public record Page(String url, Path file, List<String> with, List<String> without) {
    }

    /** The score over all pages, and the pages it was computed from, each with its own score. */
    public record Report(SegmentScore total, int pages, List<PageResult> results) {
        @Override
        public String toString() {
            return "cleaning-dev: " + pages + " pages  " + total;
        }
    }

    public record PageResult(Page page, SegmentScore score, String text) {
    }

    private CleaningEvaluation() {
    }

    public static List<Page> pages(Path dataset) throws IOException {
        return pages(dataset, "text", ".txt.gz");
    }

    /** The pages of an evaldata.json set, each file under {@code folder} named by its "file" and {@code suffix}. */
    static List<Page> pages(Path dataset, String folder, String suffix) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dataset.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dataset.resolve(folder).resolve(e.getValue().get("file").asText() + suffix);
            pages.add(new Page(e.getKey(), file, strings(e.getValue().get("with")), strings(e.getValue().get("without"))));
        }
        return pages;
    }

    public static Report run(Path dataset) throws IOException {
        List<Page> pages = pages(dataset);
        ChromeProfile profile = ChromeProfile.empty();
        List<String> texts = new ArrayList<>();
        for (Page page : pages) {
            String text = read(page.file());
            texts.add(text);
            profile.learn(site(page.url()), text);
        }
        Cleaner cleaner = new Cleaner(profile.snapshot());
        SegmentScore total = SegmentScore.ZERO;
        List<PageResult> results = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            CleanedText cleaned = cleaner.clean(texts.get(i), site(page.url()), null);
            String output = cleaned.title().isEmpty() ? cleaned.text() : cleaned.title() + "\n\n" + cleaned.text();
            SegmentScore score = SegmentScore.of(output, page.with(), page.without());
            total = total.plus(score);
            results.add(new PageResult(page, score, output));
        }
        return new Report(total, pages.size(), results);
    }

    static String read(Path gz) {
        if (!Files.exists(gz)) {
            return "";
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gz, e);
        }
    }

    private static String site(String url) {
        return MetadataReader.host(url);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}

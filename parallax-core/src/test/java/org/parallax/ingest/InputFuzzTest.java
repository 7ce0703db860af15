package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.parallax.clean.ChromeSnapshot;
import org.parallax.metadata.MetadataReader;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.pipeline.Extraction;

/**
 * Coverage-guided fuzzing of what reads untrusted input: any bytes, under any of the names ingest tells formats by,
 * are read into documents, skips or failures that name the file, never an exception; each document is extracted into
 * an article whose text is its own. In a normal test run each target replays its kept inputs (the files under
 * {@code InputFuzzTestInputs/}, crashes found included); with {@code JAZZER_FUZZ=1} it fuzzes for its set time.
 */
class InputFuzzTest {
    private static final String[] NAMES = {"page.txt", "page.html", "page.htm", "records.json", "records.jsonl",
            "records.jsonl.gz", "crawl.warc", "crawl.warc.gz", "feed.rss", "feed.xml", "feed.atom", "page.html.gz"};
    private static final Path DIR = temporaryFolder();
    private static final Ingest INGEST = new Ingest(new Limits(1 << 20, 4 << 20));
    private static final Extraction EXTRACTION = new Extraction(ChromeSnapshot.NONE,
            new MetadataReader(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));

    @FuzzTest(maxDuration = "30s")
    void anyFile_givesDocumentsSkipsOrFailuresNamingIt(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(NAMES);
        Path file = DIR.resolve(name);
        Files.write(file, data.consumeRemainingAsBytes());
        try {
            for (Ingested in : INGEST.read(List.of(file))) {
                switch (in) {
                    case Ingested.Document d -> extracted(d.document());
                    case Ingested.Failure f -> {
                        assertThat(f.source()).contains(name);
                        assertThat(f.reason()).isNotBlank();
                    }
                    case Ingested.Skipped s -> assertThat(s.source()).contains(name);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyMarkup_isExtractedIntoAnArticle(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        Ingested in = INGEST.readHtml("page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new SourceHints(null, "https://example.org/news/1", null, null, null));
        if (in instanceof Ingested.Document d) {
            extracted(d.document());
        } else {
            assertThat(in).isInstanceOf(Ingested.Failure.class);
        }
    }

    /** Extracts a document: an article of that document, with no character the document could not hold. */
    private static void extracted(RawDocument document) {
        Article article = EXTRACTION.apply(document);
        assertThat(article.source()).isEqualTo(document.source());
        assertThat(article.text().length()).isLessThanOrEqualTo(Math.max(document.text().length(), 1) * 4 + 1024);
        assertThat(article.text()).doesNotContain("\u0000");
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("parallax-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

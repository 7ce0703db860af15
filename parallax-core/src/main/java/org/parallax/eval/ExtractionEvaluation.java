package org.parallax.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.parallax.ingest.Ingest;
import org.parallax.ingest.Ingested;
import org.parallax.model.Article;
import org.parallax.model.SourceHints;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Pipeline;

/**
 * Scores main-text extraction on the extraction-dev set (trafilatura's evaluation pages) with its segment
 * metric. Each page goes through the same pipeline as {@code parallax analyze}: HTML extraction, then
 * cleaning; the headline and the text are scored together. A page that fails counts as empty output.
 */
public final class ExtractionEvaluation {

    /** The score over all pages and per language of the extracted article. */
    public record Report(SegmentScore total, int pages, Map<String, SegmentScore> byLanguage,
                         List<CleaningEvaluation.PageResult> results) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("extraction-dev: " + pages + " pages  " + total);
            byLanguage.forEach((language, score) -> sb.append(String.format(Locale.ROOT, "%n  %-4s %s", language, score)));
            return sb.toString();
        }
    }

    private ExtractionEvaluation() {
    }

    public static Report run(Path dataset, int threads) throws IOException {
        List<CleaningEvaluation.Page> pages = CleaningEvaluation.pages(dataset, "html", ".gz");
        Ingest ingest = new Ingest();
        List<Ingested> inputs = new ArrayList<>();
        for (CleaningEvaluation.Page page : pages) {
            String source = page.file().getFileName().toString();
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
        SegmentScore total = SegmentScore.ZERO;
        Map<String, SegmentScore> byLanguage = new TreeMap<>();
        List<CleaningEvaluation.PageResult> results = new ArrayList<>();
        for (CleaningEvaluation.Page page : pages) {
            Article a = articles.get(page.file().getFileName().toString());
            String output = a == null ? "" : a.title().isEmpty() ? a.text() : a.title() + "\n\n" + a.text();
            SegmentScore score = SegmentScore.of(output, page.with(), page.without());
            total = total.plus(score);
            byLanguage.merge(a == null ? "und" : a.language(), score, SegmentScore::plus);
            results.add(new CleaningEvaluation.PageResult(page, score, output));
        }
        return new Report(total, pages.size(), byLanguage, results);
    }
}

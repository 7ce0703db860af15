package org.parallax.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.ingest.Ingest;
import org.parallax.ingest.Ingested;
import org.parallax.metadata.MetadataReader;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.nlp.Annotation;
import org.parallax.nlp.ClaimAligner;
import org.parallax.nlp.ClaimJudge;

import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Extraction;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Processed;
import org.parallax.pipeline.Summary;
import org.parallax.stage.CorpusStage;
import org.parallax.stage.DocumentStage;
import org.parallax.store.Store;
import org.parallax.store.StoredRaw;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one orchestration of a run, used by analyze, demo, bench, eval and the tests: ingest, the chrome step,
 * extraction and annotation per document in parallel batches, each batch stored in one transaction, then the
 * corpus stages (copies and stories, identities) over what the run added. Each stage logs one summary line.
 */
final class Analysis {
    private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);
    private static final int BATCH = 256;

    private Analysis() {
    }

    /** What a run stored and which articles its inputs became, in input order. */
    record Result(Summary summary, List<String> articleIds) {
    }

    static Result run(List<String> paths, Store store, PrintWriter err, int threads) {
        return run(paths, new Ingest(), store, err, threads, BATCH, new Annotation());
    }

    /** A run whose inputs {@code ingest} reads (it may allow URLs on private addresses). */
    static Result run(List<String> paths, Ingest ingest, Store store, PrintWriter err, int threads) {
        return run(paths, ingest, store, err, threads, BATCH, new Annotation());
    }

    /** A run with a batch size and an annotation stage of the caller's choosing (tests, benchmarks). */
    static Result run(List<String> paths, Store store, PrintWriter err, int threads, int batchSize,
                      DocumentStage<Article, AnnotatedArticle> annotation) {
        return run(paths, new Ingest(), store, err, threads, batchSize, annotation);
    }

    private static Result run(List<String> paths, Ingest ingest, Store store, PrintWriter err, int threads, int batchSize,
                              DocumentStage<Article, AnnotatedArticle> annotation) {
        return run(paths, ingest, store, err, threads, batchSize, annotation, ClaimJudge::warmUp);
    }

    /** A run whose models {@code warmUp} loads beside its first steps (tests: a load that outlasts the run). */
    static Result run(List<String> paths, Ingest ingest, Store store, PrintWriter err, int threads, int batchSize,
                      DocumentStage<Article, AnnotatedArticle> annotation, Runnable warmUp) {
        try (Store.Writing job = store.exclusive()) {
            warnOfOldVersions(store, annotation);
            Thread loading = loadModels(warmUp);
            Set<String> ids = new LinkedHashSet<>();
            BatchSink sink = batch -> {
                batch.forEach(done -> ids.add(done.article().id()));
                return store.accept(batch);
            };
            Summary summary;
            try (Progress progress = new Progress("analyze")) {
                summary = new Pipeline(Clock.systemUTC(), threads, batchSize).run(ingest.readLocations(paths),
                        annotation, sink, store, progress, failure -> report(err, failure));
            }
            updateCorpus(store);
            awaitModels(loading);
            notes(err, summary);
            return new Result(summary, new ArrayList<>(ids));
        }
    }

    /**
     * Extracts and annotates stored articles again from their raw input, with the chrome profile the store
     * holds now, through the same pipeline as a run; each batch replaces its articles in one transaction.
     * The caller then runs the corpus stages to link what changed.
     */
    static Summary reextract(List<String> ids, Store store, PrintWriter err, int threads) {
        Ingest ingest = new Ingest();
        Iterable<Ingested> inputs = () -> ids.stream().map(id -> reread(ingest, store, id)).iterator();
        BatchSink sink = batch -> {
            store.replaceArticles(batch);
            return new BatchSink.Outcome(batch.size(), 0);
        };
        Summary summary;
        try (Progress progress = new Progress("reanalyze")) {
            summary = new Pipeline(Clock.systemUTC(), threads, BATCH).run(inputs, new Annotation(), sink, store, progress,
                    failure -> report(err, failure));
        }
        return summary;
    }

    private static Ingested reread(Ingest ingest, Store store, String id) {
        Optional<StoredRaw> raw = store.raw(id);
        if (raw.isEmpty()) {
            return new Ingested.Failure(id, "the store holds no raw input for this article");
        }
        String url = store.article(id).map(a -> a.article().url()).orElse(null);
        try {
            return ingest.reread(raw.get().source(), RawDocument.Kind.of(raw.get().format()), raw.get().bytes().toArray(), url);
        } catch (IllegalArgumentException e) {
            return new Ingested.Failure(raw.get().source(), e.getMessage());
        }
    }

    /**
     * Loads the models beside the run's first steps (reading the inputs, learning the chrome), so that no stage waits
     * for them: the language models of extraction and the claims stage's sentence encoder (a second or two each; the
     * annotation stage's name tagger starts loading when the stage is made). Returns the thread that loads the encoder.
     */
    private static Thread loadModels(Runnable warmUp) {
        MetadataReader.loadModelsInBackground();
        Thread loading = new Thread(warmUp, "sentence-encoder-load");
        loading.setDaemon(true);
        loading.start();
        return loading;
    }

    /**
     * Waits until the encoder is loaded: a run too short to need it must not end the process while the native model
     * loader is still running, which crashes the JVM on its way out.
     */
    private static void awaitModels(Thread loading) {
        try {
            loading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The corpus stages, in order: copies and stories, the dates stories give undated articles, identities, then the
     * claims of each storyline that changed.
     */
    static void updateCorpus(Store store) {
        int threads = Runtime.getRuntime().availableProcessors();
        for (CorpusStage stage : List.<CorpusStage>of(new StoryStage(store, threads), new StoryDateStage(store),
                new IdentityStage(store), new ClaimStage(store, new ClaimAligner(new ClaimJudge()), threads))) {
            CorpusStage.Outcome o = stage.update();
            LOG.info(String.format(Locale.ROOT, "%s done: version=%d, articles=%d, %s, elapsed=%.1fs, rate=%.1f docs/s",
                    stage.name(), stage.version(), o.articles(), o.line(), o.seconds(),
                    o.articles() == 0 ? 0.0 : o.articles() / Math.max(o.seconds(), 1e-9)));
        }
    }

    /** Says when the store holds articles that older versions of a stage made: {@code reanalyze} redoes them. */
    private static void warnOfOldVersions(Store store, DocumentStage<Article, AnnotatedArticle> annotation) {
        Map<String, Map<Integer, Integer>> versions = store.stageVersions();
        int articles = store.count();
        for (var stage : List.of(Map.entry(Store.EXTRACTION, Extraction.VERSION), Map.entry(Store.ANNOTATION, annotation.version()))) {
            int current = versions.getOrDefault(stage.getKey(), Map.of()).getOrDefault(stage.getValue(), 0);
            if (current < articles) {
                LOG.warn("the store holds {} articles that {} version {} did not make: `parallax reanalyze` redoes them",
                        articles - current, stage.getKey(), stage.getValue());
            }
        }
    }

    /** How many skipped inputs are named, one line each, before the rest are only counted. */
    static final int NOTES_SHOWN = 20;

    /** Says which inputs were skipped and why ("note: data.json: skipped: JSON without article records"). */
    static void notes(PrintWriter err, Summary summary) {
        summary.skips().stream().limit(NOTES_SHOWN).forEach(s ->
                err.println("note: " + Terminal.line(s.source()) + ": skipped: " + Terminal.line(s.reason())));
        if (summary.skipped() > NOTES_SHOWN) {
            err.println("note: " + (summary.skipped() - NOTES_SHOWN) + " more inputs skipped");
        }
        err.flush();
    }

    static void report(PrintWriter err, Processed.Failed failure) {
        err.println("error: " + Terminal.line(failure.line()));
        err.flush();
    }

    static int exitCode(Summary summary) {
        return summary.failed() > 0 ? 1 : 0;
    }
}

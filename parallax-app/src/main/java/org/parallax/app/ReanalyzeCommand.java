package org.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.parallax.model.AnnotatedArticle;
import org.parallax.nlp.Annotation;
import org.parallax.pipeline.Extraction;
import org.parallax.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Re-runs stages over stored articles when their version rose: extraction from the raw input (and annotation
 * after it) for every article an older extraction made, the annotation stage for every article an older
 * version (or none) annotated, then the corpus stages over what changed. {@code --stage extraction} redoes
 * every article from its raw input with the chrome profile the store holds now; {@code --stage identities}
 * links every identity again from the stored entity layers.
 */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        description = "Re-run stages over stored articles that older stage versions made (extraction from the raw"
                + " input, annotation, identities).")
final class ReanalyzeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ReanalyzeCommand.class);
    private static final int BATCH = 256;

    enum Stage { extraction, annotation, identities }

    @Option(names = "--stage", paramLabel = "NAME",
            description = "the stage to redo: ${COMPLETION-CANDIDATES} (default: whatever is out of date)")
    Stage stage;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        try (Store s = store.open(); Store.Writing job = s.exclusive()) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            if (stage == Stage.identities) {
                s.resetIdentities();
                Analysis.updateCorpus(s);
                return 0;
            }
            List<String> stale = stage == Stage.extraction ? s.pending(null, Store.EXTRACTION, Integer.MAX_VALUE)
                    : s.pending(null, Store.EXTRACTION, Extraction.VERSION);
            int failed = stale.isEmpty() ? 0 : Analysis.reextract(stale, s, err, threads).failed();
            if (stage != Stage.extraction) {
                reannotate(s, threads, err);
            }
            Analysis.updateCorpus(s);
            return failed > 0 ? 1 : 0;
        }
    }

    /** Annotates again every stored article that the current annotation stage has not made. */
    static void reannotate(Store store, int threads, java.io.PrintWriter err) throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        List<String> pending = store.pending(Store.EXTRACTION, Store.ANNOTATION, Annotation.VERSION);
        Annotation annotation = new Annotation();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            for (int from = 0; from < pending.size(); from += BATCH) {
                List<Store.StoredArticle> articles = new ArrayList<>();
                pending.subList(from, Math.min(pending.size(), from + BATCH))
                        .forEach(id -> store.article(id).ifPresent(articles::add));
                List<AnnotatedArticle> annotated = pool.submit(() -> articles.parallelStream()
                        .map(a -> annotate(annotation, a, err)).filter(java.util.Objects::nonNull).toList()).get();
                store.replaceLayers(annotated);
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.flush();
        LOG.info(String.format(Locale.ROOT, "annotation redone: version=%d, articles=%d, elapsed=%.1fs, rate=%.1f docs/s",
                Annotation.VERSION, pending.size(), seconds, pending.isEmpty() ? 0.0 : pending.size() / seconds));
    }

    /** The article annotated again, or null (reported, its old layers kept) when the stage throws on it. */
    private static AnnotatedArticle annotate(Annotation annotation, Store.StoredArticle a, java.io.PrintWriter err) {
        try {
            return annotation.apply(a.article());
        } catch (RuntimeException | StackOverflowError e) {
            synchronized (err) {
                err.println("error: " + Terminal.line(a.article().source() + ": annotation failed: document "
                        + a.article().id() + ": " + e));
            }
            return null;
        }
    }
}

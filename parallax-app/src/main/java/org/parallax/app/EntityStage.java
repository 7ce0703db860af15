package org.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.parallax.model.Entity;
import org.parallax.nlp.ArticleEntities;
import org.parallax.nlp.EntityFinder;
import org.parallax.nlp.EntityResolver;
import org.parallax.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the entity stage over every stored article it has not read: names found per article in parallel, then
 * linked to corpus identities in order, saved a batch per transaction (a crash loses at most the batch in hand).
 */
final class EntityStage {
    private static final Logger LOG = LoggerFactory.getLogger(EntityStage.class);
    private static final int BATCH = 256;

    private EntityStage() {
    }

    /** What a run did: articles read, mentions saved, identities known afterwards. */
    record Totals(int articles, long mentions, int entities, double seconds) {
    }

    static Totals run(Store store, int threads) {
        long started = System.nanoTime();
        List<String> pending = store.articlesWithoutEntities();
        long mentions = 0;
        EntityResolver resolver = null;
        if (!pending.isEmpty()) {
            EntityFinder finder = new EntityFinder();
            resolver = new EntityResolver(store.knownEntities());
            ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
            try {
                for (int from = 0; from < pending.size(); from += BATCH) {
                    List<String> ids = pending.subList(from, Math.min(pending.size(), from + BATCH));
                    List<ArticleEntities> found = find(store, finder, ids, pool);
                    List<Entity> entities = resolver.resolve(found).stream().flatMap(List::stream).toList();
                    mentions += entities.stream().mapToLong(e -> e.mentions().size()).sum();
                    store.saveEntities(ids, entities, resolver.drainChanged());
                }
            } finally {
                pool.shutdown();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int known = store.entityCount();
        LOG.info(String.format(Locale.ROOT, "entities done: articles=%d, mentions=%d, entities=%d, elapsed=%.1fs, rate=%.1f docs/s",
                pending.size(), mentions, known, seconds, pending.isEmpty() ? 0.0 : pending.size() / seconds));
        return new Totals(pending.size(), mentions, known, seconds);
    }

    private static List<ArticleEntities> find(Store store, EntityFinder finder, List<String> ids, ForkJoinPool pool) {
        List<Store.StoredArticle> articles = new ArrayList<>();
        ids.forEach(id -> store.article(id).ifPresent(articles::add));
        try {
            return pool.submit(() -> articles.parallelStream()
                    .map(a -> finder.find(a.article().id(), a.article().text())).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding entities", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("finding entities failed: " + e.getCause(), e.getCause());
        }
    }
}

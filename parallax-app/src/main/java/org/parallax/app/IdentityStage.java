package org.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Entity;
import org.parallax.nlp.EntityResolver;
import org.parallax.stage.CorpusStage;
import org.parallax.store.Store;

/**
 * The identity corpus stage: links the entities each article names (its entity layer) to one identity across
 * the corpus. Articles are taken in the corpus order, a fixed number at a time, so identities do not depend
 * on how the inputs were ordered or batched; each chunk is saved in one transaction with its ledger rows.
 */
final class IdentityStage implements CorpusStage {
    /** Articles resolved together: the resolver learns full names and roles of a chunk before linking it. */
    static final int CHUNK = 256;

    private final Store store;

    IdentityStage(Store store) {
        this.store = store;
    }

    @Override
    public String name() {
        return Store.IDENTITIES;
    }

    @Override
    public int version() {
        return Store.IDENTITIES_VERSION;
    }

    @Override
    public Outcome update() {
        long started = System.nanoTime();
        List<String> pending = store.pending(Store.ANNOTATION, Store.IDENTITIES, Store.IDENTITIES_VERSION);
        long mentions = 0;
        if (!pending.isEmpty()) {
            EntityResolver resolver = new EntityResolver(store.knownEntities());
            for (int from = 0; from < pending.size(); from += CHUNK) {
                List<String> ids = pending.subList(from, Math.min(pending.size(), from + CHUNK));
                Map<String, ArticleEntities> layers = store.entityLayers(ids);
                List<Entity> entities = resolver.resolve(new ArrayList<>(layers.values())).stream()
                        .flatMap(List::stream).toList();
                mentions += entities.stream().mapToLong(e -> e.mentions().size()).sum();
                store.saveEntities(ids, entities, resolver.drainChanged());
            }
        }
        return new Outcome(pending.size(), String.format(Locale.ROOT, "mentions=%d, entities=%d", mentions,
                store.entityCount()), (System.nanoTime() - started) / 1e9);
    }
}

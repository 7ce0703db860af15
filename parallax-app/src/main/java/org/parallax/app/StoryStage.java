package org.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.corpus.CorpusIndex;
import org.parallax.stage.CorpusStage;
import org.parallax.store.Store;

/**
 * The copies-and-stories corpus stage: places every article not yet placed into copies, stories and
 * storylines, in the corpus order, going on from the index the last run saved.
 */
final class StoryStage implements CorpusStage {
    private final Store store;

    StoryStage(Store store) {
        this.store = store;
    }

    @Override
    public String name() {
        return Store.STORIES;
    }

    @Override
    public int version() {
        return Store.STORIES_VERSION;
    }

    @Override
    public Outcome update() {
        long started = System.nanoTime();
        CorpusIndex index = store.loadCorpus().orElseGet(CorpusIndex::new);
        List<CorpusIndex.Placement> placements = new ArrayList<>();
        store.forEachUnplaced(article -> placements.add(index.add(article)));
        if (!placements.isEmpty()) {
            store.saveCorpus(index, placements);
        }
        long copies = placements.stream().filter(p -> p.duplicateOf() != null).count();
        long newStories = placements.stream().filter(p -> p.similarity() == 0 && p.duplicateOf() == null).count();
        return new Outcome(placements.size(), String.format(Locale.ROOT, "copies=%d, new stories=%d, stories=%d,"
                + " storylines=%d", copies, newStories, index.stories().size(), index.storylines().size()),
                (System.nanoTime() - started) / 1e9);
    }
}

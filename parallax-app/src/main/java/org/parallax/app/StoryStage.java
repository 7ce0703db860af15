package org.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.nlp.ArticleGist;
import org.parallax.stage.CorpusStage;
import org.parallax.store.Store;

/**
 * The copies-and-stories corpus stage: places every article not yet placed into copies, stories and
 * storylines, in the corpus order, going on from the index the last run saved. Each article comes with the
 * entities the annotation stage stored for it (who took part weighs in on which story it joins) and its gist (what
 * kind of event it tells weighs in on which storyline a story it starts joins).
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

    private static final int BATCH = 256;

    /**
     * Places a batch of articles in order, each with the entity layer the annotation stage stored for it and its
     * gist (encoded beside one another, each article on its own: the same whatever the batch).
     */
    private void place(CorpusIndex index, List<Article> batch, List<CorpusIndex.Placement> placements) {
        Map<String, ArticleEntities> layers = store.entityLayers(batch.stream().map(Article::id).toList());
        List<float[]> gists = batch.parallelStream().map(ArticleGist::of).toList();
        for (int i = 0; i < batch.size(); i++) {
            Article article = batch.get(i);
            float[] gist = gists.get(i);
            placements.add(index.add(article, layers.getOrDefault(article.id(), ArticleEntities.none(article.id())),
                    () -> gist));
        }
        batch.clear();
    }

    @Override
    public Outcome update() {
        long started = System.nanoTime();
        CorpusIndex index = store.loadCorpus().orElseGet(CorpusIndex::new);
        int before = index.storyCount();
        List<CorpusIndex.Placement> placements = new ArrayList<>();
        List<Article> batch = new ArrayList<>();
        store.forEachUnplaced(article -> {
            batch.add(article);
            if (batch.size() == BATCH) {
                place(index, batch, placements);
            }
        });
        place(index, batch, placements);
        if (!placements.isEmpty()) {
            store.saveCorpus(index, placements);
        }
        long copies = placements.stream().filter(p -> p.duplicateOf() != null).count();
        long newStories = placements.stream().filter(p -> p.similarity() == 0 && p.duplicateOf() == null).count();
        int after = index.storyCount();
        return new Outcome(placements.size(), String.format(Locale.ROOT, "copies=%d, new stories=%d, merged=%d, stories=%d,"
                + " storylines=%d", copies, newStories, newStories - (after - before), after, index.storylines().size()),
                (System.nanoTime() - started) / 1e9);
    }
}

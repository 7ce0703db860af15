package org.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.nlp.ArticleGist;
import org.parallax.stage.CorpusStage;
import org.parallax.stage.Tasks;
import org.parallax.store.Store;

/**
 * The copies-and-stories corpus stage: places every article not yet placed into copies, stories and
 * storylines, in the corpus order, going on from the index the last run saved. Each article comes with the
 * entities the annotation stage stored for it (who took part weighs in on which story it joins) and its gist (what
 * kind of event it tells weighs in on which storyline a story it starts joins).
 */
final class StoryStage implements CorpusStage {
    private final Store store;
    /** Threads that encode gists. */
    private final int threads;

    StoryStage(Store store, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.store = store;
        this.threads = threads;
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

    /** A batch of articles read in order, their gists being encoded on the pool meanwhile. */
    private record Encoding(List<Article> articles, List<Future<float[]>> gists) {
    }

    /** Starts encoding the gists of a batch (each article on its own: the same whatever the batch). */
    private static Encoding encode(ExecutorService encoders, List<Article> batch) {
        List<Article> articles = List.copyOf(batch);
        batch.clear();
        return new Encoding(articles, articles.stream().map(a -> encoders.submit(() -> ArticleGist.of(a))).toList());
    }

    /**
     * Places a batch of articles in order, each with the entity layer the annotation stage stored for it and its
     * gist, waiting for each gist in turn.
     */
    private void place(CorpusIndex index, Encoding batch, List<CorpusIndex.Placement> placements) {
        Map<String, ArticleEntities> layers = store.entityLayers(batch.articles().stream().map(Article::id).toList());
        for (int i = 0; i < batch.articles().size(); i++) {
            Article article = batch.articles().get(i);
            float[] gist = Tasks.await(batch.gists().get(i), "encoding an article's gist");
            placements.add(index.add(article, layers.getOrDefault(article.id(), ArticleEntities.none(article.id())),
                    () -> gist));
        }
    }


    /**
     * Reads the unplaced articles a batch at a time and places each batch while the pool encodes the next one's gists
     * (the encoder is most of the stage's cost; placing is sequential), so both run at once.
     */
    @Override
    public Outcome update() {
        long started = System.nanoTime();
        CorpusIndex index = store.loadCorpus().orElseGet(CorpusIndex::new);
        int before = index.storyCount();
        List<CorpusIndex.Placement> placements = new ArrayList<>();
        List<Article> batch = new ArrayList<>();
        Encoding[] pending = new Encoding[1];   // the batch being encoded while the one before it is placed
        ExecutorService encoders = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "story-gists");
            t.setDaemon(true);
            return t;
        });
        try {
            store.forEachUnplaced(article -> {
                batch.add(article);
                if (batch.size() == BATCH) {
                    Encoding next = encode(encoders, batch);
                    if (pending[0] != null) {
                        place(index, pending[0], placements);
                    }
                    pending[0] = next;
                }
            });
            Encoding last = encode(encoders, batch);
            if (pending[0] != null) {
                place(index, pending[0], placements);
            }
            place(index, last, placements);
        } finally {
            encoders.shutdownNow();
        }
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

package org.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.nlp.TimeFinder;
import org.parallax.stage.CorpusStage;
import org.parallax.store.Store;

/**
 * The story-dates corpus stage, after stories: an article with no date of its own whose story has dated articles
 * has its relative time expressions ("on Wednesday", "last week") reckoned again from the day its story gives it
 * (the day of the story's first dated article), marked as reckoned from the story. It takes only the articles whose
 * expressions were not yet reckoned from that day, so a run redoes only those whose story gained a date.
 */
final class StoryDateStage implements CorpusStage {
    static final String NAME = "story-dates";

    private final Store store;
    private final TimeFinder times = new TimeFinder();

    StoryDateStage(Store store) {
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public Outcome update() {
        long started = System.nanoTime();
        List<Store.Reckoned> reckoned = new ArrayList<>();
        for (Store.StoryDay undated : store.undatedToReckon()) {
            reckoned.add(new Store.Reckoned(undated.article().id(), undated.day(), times.find(undated.article(), undated.day())));
        }
        if (!reckoned.isEmpty()) {
            store.replaceTimes(reckoned);
        }
        long expressions = reckoned.stream().mapToLong(r -> r.times().size()).sum();
        return new Outcome(reckoned.size(), String.format(Locale.ROOT, "undated articles dated by their story=%d, time expressions=%d",
                reckoned.size(), expressions), (System.nanoTime() - started) / 1e9);
    }
}

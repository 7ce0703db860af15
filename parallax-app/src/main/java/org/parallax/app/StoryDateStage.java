package org.parallax.app;

import java.util.List;
import java.util.Locale;
import org.parallax.model.InferredDate;
import org.parallax.model.TimeExpression;
import org.parallax.nlp.TimeFinder;
import org.parallax.stage.CorpusStage;
import org.parallax.store.Store;

/**
 * The story-dates corpus stage, after stories: each article whose page gives no date gets a publication day inferred
 * for it, marked as inferred, with its evidence, and its relative time expressions ("on Wednesday", "last week")
 * reckoned again from that day. The day comes ({@link TimeFinder#inferDate}), strongest first, from a dateline heading
 * its text (a day with its year), from its story (the first publication day the pages of the story's articles state:
 * reports of one event appear within days of each other; none when those days lie more than a week apart), or from the latest day its words name with its year and
 * weekday (news names a day by its weekday in the week it reports). It takes only the articles not dated yet, those whose story now gives another
 * day, and those annotated again, so a run redoes only what changed.
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
        return 3;
    }

    /** The day inferred for one undated article, and its time expressions reckoned from it. */
    private Store.Dated date(Store.Undated undated) {
        TimeFinder.StoryDay story = undated.storyDay() == null ? null
                : new TimeFinder.StoryDay(undated.storyDay(), undated.storySource(), undated.storySourceTitle());
        InferredDate date = TimeFinder.inferDate(undated.article(), times.find(undated.article()), story);
        List<TimeExpression> reckoned = date == null ? List.of() : times.find(undated.article(), date);
        return new Store.Dated(undated.article().id(), date, reckoned);
    }

    @Override
    public Outcome update() {
        long started = System.nanoTime();
        // each article reckoned on its own, side by side (the finder keeps no state), kept in the store's order
        List<Store.Dated> dated = store.undatedToDate().parallelStream().map(this::date).toList();
        int[] byBasis = new int[InferredDate.Basis.values().length];
        for (Store.Dated d : dated) {
            if (d.date() != null) {
                byBasis[d.date().basis().ordinal()]++;
            }
        }
        if (!dated.isEmpty()) {
            store.writeInferredDates(dated);
        }
        long expressions = dated.stream().mapToLong(d -> d.times().size()).sum();
        return new Outcome(dated.size(), String.format(Locale.ROOT, "undated articles looked at=%d, dated by dateline=%d,"
                        + " by story=%d, by their words=%d, time expressions reckoned=%d", dated.size(),
                byBasis[InferredDate.Basis.DATELINE.ordinal()], byBasis[InferredDate.Basis.STORY.ordinal()],
                byBasis[InferredDate.Basis.TEXT.ordinal()], expressions), (System.nanoTime() - started) / 1e9);
    }
}

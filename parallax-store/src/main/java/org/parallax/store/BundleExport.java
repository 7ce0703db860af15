package org.parallax.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.bundle.BundleWriter;
import org.parallax.bundle.Views;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.model.SummarySentence;

/**
 * Writes an analysis bundle of stored articles: each with its story membership, then the stories they
 * belong to and those stories' storylines, each listing only what the bundle holds, the entities they name,
 * the quotes they report, their time expressions, the stances their actors take, and the claims they make with
 * each story's summary.
 */
public final class BundleExport {
    private BundleExport() {
    }

    /** The bundle of the articles with these ids, in this order (unknown and repeated ids are passed over). */
    public static void write(Store store, Iterable<String> ids, OutputStream out) {
        try (BundleWriter bundle = new BundleWriter(out)) {
            Set<String> included = new LinkedHashSet<>();
            Set<String> storyIds = new LinkedHashSet<>();
            for (String id : ids) {
                Optional<Store.StoredArticle> stored = store.article(id);
                if (stored.isEmpty() || !included.add(id)) {
                    continue;
                }
                Optional<Store.Placement> placement = store.placement(id);
                placement.ifPresent(p -> storyIds.add(p.story()));
                bundle.add(stored.get().article(), stored.get().duplicateOf(),
                        placement.map(p -> new Views.Membership(p.story(), p.origin(), p.reason())).orElse(null),
                        stored.get().article().published() == null ? store.inferredDate(id).orElse(null) : null);
            }
            List<Story> stories = new ArrayList<>();
            Set<String> lineIds = new LinkedHashSet<>();
            Map<String, Timeline.Period> periods = new LinkedHashMap<>();
            for (String storyId : storyIds) {
                store.story(storyId).ifPresent(s -> {
                    lineIds.add(s.storyline());
                    // the days of the events its articles report where they are better evidence than publication days
                    Timeline.Period period = store.storyPeriod(s);
                    if (period != null) {
                        periods.put(s.id(), period);
                    }
                    stories.add(new Story(s.id(), s.title(), s.articles().stream().filter(included::contains).toList(),
                            period == null ? s.start() : period.start().toString(), period == null ? s.end() : period.end().toString(),
                            s.storyline(), s.independentSources()));
                });
            }
            List<Storyline> lines = lineIds.stream().map(store::storyline).flatMap(Optional::stream)
                    .map(l -> storyline(l, storyIds, periods))
                    .toList();
            bundle.stories(stories, lines);
            bundle.entities(store.entitiesOf(included));
            // read an article at a time as the bundle is written
            bundle.quotes(() -> included.stream()
                    .flatMap(id -> store.quotesOfArticle(id, 0, Integer.MAX_VALUE).quotes().stream())
                    .map(ReportedQuote::quote).iterator());
            bundle.times(() -> included.stream().flatMap(id -> store.timesOfArticle(id).stream()).iterator());
            // a stance whose actor the identity stage has not linked names no one of the bundle: left out
            bundle.stances(() -> included.stream().flatMap(id -> store.stancesOfArticle(id).stream())
                    .map(ReportedStance::stance).filter(s -> s.actor() != null).iterator());
            Map<String, CorroboratedClaim> claims = new LinkedHashMap<>();
            for (String id : included) {
                store.claimsOfArticle(id).forEach(c -> claims.putIfAbsent(c.id(), c));
            }
            Map<String, List<SummarySentence>> summaries = new LinkedHashMap<>();
            for (String story : storyIds) {
                List<SummarySentence> summary = store.summary(story);
                if (!summary.isEmpty()) {
                    summaries.put(story, summary);
                }
            }
            bundle.claims(claims.values(), summaries);
        }
    }

    /**
     * A storyline as the bundle gives it: its stories in the bundle, from the first day of their periods to the last
     * (its stored days when none of them has one).
     */
    private static Storyline storyline(Storyline l, Set<String> storyIds, Map<String, Timeline.Period> periods) {
        List<String> stories = l.stories().stream().filter(storyIds::contains).toList();
        String start = null;
        String end = null;
        for (String s : stories) {
            Timeline.Period p = periods.get(s);
            if (p != null) {
                start = start == null || p.start().toString().compareTo(start) < 0 ? p.start().toString() : start;
                end = end == null || p.end().toString().compareTo(end) > 0 ? p.end().toString() : end;
            }
        }
        return new Storyline(l.id(), l.title(), stories, start == null ? l.start() : start, end == null ? l.end() : end);
    }

    /** The bundle of every stored article. */
    public static void writeAll(Store store, OutputStream out) {
        List<String> ids = new ArrayList<>();
        store.forEachArticle(a -> ids.add(a.article().id()));
        write(store, ids, out);
    }
}

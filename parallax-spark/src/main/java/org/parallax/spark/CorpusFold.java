package org.parallax.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.AnnotatedArticle;
import org.parallax.nlp.TimeFinder;

/**
 * The corpus stage whose decisions are a fold over the corpus order, run on the driver over the articles streamed
 * to it in that order: stories and storylines (the corpus index), and the day an undated article's story gives it.
 * These are the class and the order of {@code parallax analyze}, so the decisions are the same; the index is told the
 * copies the band shuffle found ({@link CopiesByBand}, with the index's rule and choice) instead of sketching every
 * text again. Each placement reads
 * the term rarities and story centroids that every earlier article left, so no partition of the corpus gives them
 * exactly; the fold is light beside the per-document stages (a few milliseconds an article, measured in the job's
 * summary). Identities, which do split, are {@link IdentitiesByName}.
 */
final class CorpusFold {
    private final CorpusIndex index;
    private final List<CorpusIndex.Placement> placements = new ArrayList<>();
    /** The day and title of each placed article that has a day, in placement order (null for the others). */
    private final List<TimeFinder.StoryDay> days = new ArrayList<>();
    /** Which placed articles have no publication date, by placement order. */
    private final java.util.BitSet undated = new java.util.BitSet();

    /** A fold told the copies the band shuffle found: each copy's id with the earlier article it copies. */
    CorpusFold(Map<String, String> copies) {
        index = CorpusIndex.toldCopies(copies);
    }

    /**
     * The columns of the {@code articles} rows the fold reads: all but the raw input, the largest column, which
     * stays on the executors instead of crossing to the driver with every article.
     */
    static Dataset<Row> input(Dataset<Row> articles) {
        return articles.drop("raw");
    }

    /** Places the articles, in the corpus order. */
    void run(Iterator<Row> ordered) {
        while (ordered.hasNext()) {
            Row row = ordered.next();
            AnnotatedArticle a = ArticleRows.annotatedOf(row);
            CorpusIndex.Placement placed = index.add(a.article(), a.entities(), () -> ArticleRows.gistOf(row));
            placements.add(placed);
            undated.set(placements.size() - 1, a.article().published() == null);
            // a story lends only the days its pages state: an inferred day may be a guess (a year supplied from nothing)
            LocalDate day = a.article().published() == null || a.article().published().inferred() ? null
                    : dayOf(a.article().published().day());
            days.add(day == null ? null : new TimeFinder.StoryDay(day, placed.article(), a.article().title()));
        }
        placements.replaceAll(index::current);
    }

    List<CorpusIndex.Placement> placements() {
        return placements;
    }

    CorpusIndex index() {
        return index;
    }

    /**
     * The first dated article of each undated article's story (the earliest publication day, the first id of that
     * day) when its pages date the story's articles within {@link TimeFinder.StoryDay#MOST_DAYS_APART} days, as the
     * story-dates stage of {@code analyze} finds it; by the undated article's id.
     */
    Map<String, TimeFinder.StoryDay> storyDays() {
        Map<String, TimeFinder.StoryDay> firstDated = new HashMap<>();
        Map<String, LocalDate> lastDated = new HashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            if (days.get(i) != null) {
                firstDated.merge(placements.get(i).story(), days.get(i), CorpusFold::earlier);
                lastDated.merge(placements.get(i).story(), days.get(i).day(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, TimeFinder.StoryDay> out = new HashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            CorpusIndex.Placement p = placements.get(i);
            TimeFinder.StoryDay first = firstDated.get(p.story());
            if (first != null && undated.get(i)
                    && !first.day().plusDays(TimeFinder.StoryDay.MOST_DAYS_APART).isBefore(lastDated.get(p.story()))) {
                out.put(p.article(), first);
            }
        }
        return out;
    }

    private static LocalDate dayOf(String day) {
        try {
            return LocalDate.parse(day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static TimeFinder.StoryDay earlier(TimeFinder.StoryDay a, TimeFinder.StoryDay b) {
        int byDay = a.day().compareTo(b.day());
        return byDay < 0 || byDay == 0 && a.article().compareTo(b.article()) <= 0 ? a : b;
    }
}

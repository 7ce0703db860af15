package org.parallax.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.Article;
import org.parallax.model.ArticleTime;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;

/**
 * Builds a story's {@link Timeline} from the dates its articles name and the sentences they stand in: a day per
 * distinct day, an event per distinct sentence of that day (white space folded), each with the articles that say it.
 */
final class Timelines {
    /** How many characters of a sentence an event keeps. */
    static final int SENTENCE = 320;

    private Timelines() {
    }

    /** A time expression and where its article says it. */
    private record Said(ArticleTime time, Timeline.Witness witness) {
    }

    /**
     * The timeline of a story from its members (in the order they joined) and the dates they name; {@code sentences}
     * gives an article's sentences.
     */
    static Timeline of(String story, List<StoryMember> members, List<ArticleTime> dates,
                       java.util.function.Function<String, List<Sentence>> sentences) {
        Map<String, String> storyOf = new HashMap<>();
        members.forEach(m -> storyOf.put(m.article().id(), story));
        return of(story, members, dates, storyOf, sentences);
    }

    /**
     * The timeline of a storyline from its stories' members and the dates they name, in story order: the events of
     * all its stories on one axis, each witness with its story ({@code storyOf}, by article id).
     */
    static Timeline of(String storyline, List<StoryMember> members, List<ArticleTime> dates, Map<String, String> storyOf,
                       java.util.function.Function<String, List<Sentence>> sentences) {
        Map<String, Article> articles = new HashMap<>();
        int undated = 0;
        for (StoryMember m : members) {
            if (articles.put(m.article().id(), m.article()) == null && m.article().published() == null) {
                undated++;
            }
        }
        String story = storyline;
        Map<String, List<Sentence>> sentencesOf = new HashMap<>();
        TreeMap<LocalDate, LocalDate> last = new TreeMap<>();
        TreeMap<LocalDate, Map<String, List<Said>>> byDay = new TreeMap<>();
        for (ArticleTime t : dates) {
            Article article = articles.get(t.article());
            LocalDate[] range = days(t.time());
            if (article == null || range == null) {
                continue;
            }
            List<Sentence> ss = sentencesOf.computeIfAbsent(t.article(), sentences);
            int index = sentenceOf(ss, t.time().span());
            Span span = index >= 0 ? ss.get(index).span() : t.time().span();
            String words = article.text().substring(span.start(), span.end()).replaceAll("\\s+", " ").strip();
            if (words.length() > SENTENCE) {
                words = words.substring(0, SENTENCE - 1) + "…";
            }
            last.merge(range[0], range[1], (a, b) -> a.isAfter(b) ? a : b);
            byDay.computeIfAbsent(range[0], k -> new LinkedHashMap<>()).computeIfAbsent(words, k -> new ArrayList<>())
                    .add(new Said(t, new Timeline.Witness(article.id(), article.title(), article.outlet(), index,
                            storyOf.getOrDefault(article.id(), storyline))));
        }
        List<Timeline.Day> days = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, List<Said>>> d : byDay.entrySet()) {
            List<Timeline.Event> events = new ArrayList<>();
            for (Map.Entry<String, List<Said>> e : d.getValue().entrySet()) {
                List<Timeline.Witness> witnesses = new ArrayList<>();
                for (Said said : e.getValue()) {
                    if (witnesses.stream().noneMatch(x -> x.article().equals(said.witness().article()))) {
                        witnesses.add(said.witness());
                    }
                }
                events.add(new Timeline.Event(e.getKey(), e.getValue().get(0).time(), witnesses));
            }
            days.add(new Timeline.Day(d.getKey(), last.get(d.getKey()), events));
        }
        return new Timeline(story, days, undated);
    }

    /** The first and last day a value names: a day, a time of a day, or a range of days; null for anything else. */
    static LocalDate[] days(TimeExpression t) {
        if (!t.isDay() || t.anchor() == TimeExpression.Anchor.UNRESOLVED) {
            return null;
        }
        try {
            LocalDate first = LocalDate.parse(t.value().substring(0, 10));
            int slash = t.value().indexOf('/');
            LocalDate last = slash > 0 && t.value().length() >= slash + 11
                    ? LocalDate.parse(t.value().substring(slash + 1, slash + 11)) : first;
            return new LocalDate[] {first, last.isBefore(first) ? first : last};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The index of the sentence that holds a span's start, or -1. */
    private static int sentenceOf(List<Sentence> sentences, Span span) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (span.start() < s.start()) {
                hi = mid - 1;
            } else if (span.start() >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}

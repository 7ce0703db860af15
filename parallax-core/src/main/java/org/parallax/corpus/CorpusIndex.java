package org.parallax.corpus;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.metadata.DateText;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Story;
import org.parallax.model.Storyline;

/**
 * The corpus stage, online: {@link #add} places one article at a time, against what came before.
 *
 * <ul>
 *   <li><b>Copies.</b> An article whose 4-shingle set largely equals another's (Jaccard 0.6), or lies
 *   mostly inside it (containment 0.8: a copy with paragraphs appended or cut), is a duplicate of
 *   the earlier one. Candidates come from LSH buckets, so no step compares all pairs.</li>
 *   <li><b>Independence.</b> A copy has its original's origin; an article that credits another outlet
 *   has that outlet as origin; any other article is its own origin.</li>
 *   <li><b>Stories.</b> An article joins the story it is most like, if that similarity is at least
 *   {@value #STORY_SIMILARITY} ({@value #OTHER_DAY_SIMILARITY} for an article dated on another day than the
 *   story's coverage, {@value #UNDATED_SIMILARITY} for one without a sure date and a story two dated reports or more
 *   lead); otherwise it starts a story. Similarity weighs what happened and who took part:
 *   how alike the article's words are to the story's (between the cosine with its centroid and the average link
 *   to its articles), and, when both name participants (the entity keys of the annotation stage, weighted by
 *   rarity and by kind: a person or a place says more than a country), how alike those are, in equal shares. Two
 *   rehab stays of two people share the words and not the people: when both name participants and share none, the
 *   words count {@value #STRANGERS} as much. The people an article leads with (named in its headline or its first
 *   lines, by surname: its focus) say most of which event it tells: an article gains up to {@value #FOCUS_BONUS} toward
 *   a story whose articles lead with them, fading over days as participants do. A story is bounded in time by the dates
 *   that are sure: an article dated more than {@value #STORY_WINDOW_DAYS} days from the story is kept out, unless it
 *   follows the story up (it leads with the people the story's articles lead with, tells the same act in its own words
 *   apart from their names, and is {@value #FOLLOW_UP_SIMILARITY} like the story, participants counted in full: the
 *   verdict months after a killing) and no story of its days takes it; while a date
 *   whose year was supplied from nothing (a bare "May 2"), or a numeric one read from the text, bounds nothing; one
 *   whose year was reasoned out of its weekday counts by its month and day, in the year nearest the story; a story dated
 *   by such days alone is matched likewise, by month and day, until a sure date gives it its year. An article without a
 *   sure date is kept out of a story whose dated reports lead with others than the one it is chiefly about, or too few
 *   of them with that one (see
 *   {@code otherSubject}); kept out of the story it is most like, it starts a story in that story's storyline (another
 *   event of its kind) unless another story is more like it; one that joins a story two dated reports lead adds
 *   nothing to what the story is (its centroid), as a copy adds nothing. A copy joins its original's story.</li>
 *   <li><b>Merges.</b> An article that, beside the story it joins, is at least {@value #MERGE_SIMILARITY} like a second
 *   story (their dates within the window of each other) reports what both report, unless one of the two is led by two
 *   dated reports or more and the other has no date (the undated one may tell another event of the kind, which dates
 *   would have told apart), or they lead with
 *   other people (the cosine of the people their articles name in headline or lead, by surname, under
 *   {@value #MERGE_FOCUS}: a report that names both a player put on injured reserve last week and a teammate put there today
 *   bridges two events, not one): the later of the two merges into the earlier, which keeps its id and takes the
 *   other's articles; {@link #merges()} says which id went where, so that the gone id can still lead to its articles. A
 *   storyline left with no story merges likewise.</li>
 *   <li><b>Storylines.</b> A new story joins the storyline it is most similar to, over any span of time, when its
 *   first article's words are like the storyline's (cosine at least {@value #STORYLINE_SIMILARITY}) or its gist is
 *   (cosine at least {@value #STORYLINE_GIST}); otherwise it starts one. A gist is what the article's headline and
 *   lead mean, as a sentence encoder's unit vector: it tells one kind of event told of other people in other words
 *   (two stars entering rehab; two escapes from two prisons), where shared words are mostly the names.</li>
 * </ul>
 * Ids are the id of the first article, prefixed: a story or storyline keeps its id as it grows.
 * Not thread-safe: one writer.
 */
public final class CorpusIndex {
    static final double DUPLICATE_JACCARD = 0.6;
    static final double DUPLICATE_CONTAINMENT = 0.8;
    static final int MIN_SHINGLES = 25;
    static final double STORY_SIMILARITY = 0.15;
    /**
     * What is left of the likeness of words when an article and a story both name participants and share none:
     * the same act of other people, in other places, is another event.
     */
    static final double STRANGERS = 0.5;
    /** How much the participants count beside the words, when both the article and the story name some. */
    static final double PARTICIPANT_SHARE = 0.5;
    /** Days after which shared participants no longer make an article part of a story's event. */
    static final int PARTICIPANTS_FADE_DAYS = 4;
    static final int STORY_WINDOW_DAYS = 7;
    static final double STORYLINE_SIMILARITY = 0.1;
    static final double STORYLINE_GIST = 0.55;
    /** What a headline of its own adds to an article's claim to title its story: more than any similarity. */
    static final double HEADLINED = 1;
    private static final int CENTROID_TERMS = 100;
    private static final int QUERY_TERMS = 12;
    private static final int QUERY_PARTICIPANTS = 4;
    /** Each term remembers the latest stories whose centroid holds it; older ones are found through other terms or not at all. */
    private static final int POSTINGS_PER_TERM = 64;

    /**
     * Where an article was placed, and why.
     *
     * @param duplicateOf the original it copies, or null
     * @param origin      its independence group: the original's id, "outlet:<name>" for a credited outlet, or its own id
     * @param reason      why it is in its story, in words
     */
    public record Placement(String article, String duplicateOf, String origin, String story, String storyline,
                            double similarity, String reason) {
    }

    /**
     * A story or storyline that is no more: its articles (or stories) went to another, which kept its own id.
     *
     * @param from the id that is gone
     * @param into the id that holds what it held
     */
    public record Merge(String from, String into) {
    }

    private record Doc(String id, MinHash.Signature signature, String root, String origin, int story) {
    }

    private static final class StoryState {
        final String id;
        /**
         * The headline of its most central article: the one that joined it with the highest similarity, among those
         * with a headline of their own when any has one (an article without gets its first words as its headline).
         */
        String title;
        /**
         * How well the article of {@link #title} stands for the story: the similarity with which it joined (0 for the
         * article that started it), plus {@value #HEADLINED} when it has a headline of its own.
         */
        double titleRank;
        final List<String> articles = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();
        /** The norm of the centroid's words, and of its participants. */
        double norm;
        double participantNorm;
        /** The norm of the participants its articles lead with. */
        double focusNorm;
        /** How many of its dated articles lead with the person or place most of them lead with. */
        double leadSupport;
        final Set<String> origins = new LinkedHashSet<>();
        LocalDate start;
        LocalDate end;
        /**
         * Whether {@link #start} and {@link #end} come only from days whose year was reasoned out of a weekday: one of
         * several years that fit, so the story is matched by month and day until a sure date gives it its year.
         */
        boolean datesGuessed;
        int storyline;
        /** The story it was merged into (by position), or -1 while it lives. */
        int mergedInto = -1;

        StoryState(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    private static final class LineState {
        final String id;
        final List<Integer> stories = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();
        double norm;
        /** The sum of the gists of the articles that joined its stories (copies aside); null while none had one. */
        float[] gist;

        LineState(String id) {
            this.id = id;
        }

        void add(float[] articleGist) {
            if (gist == null) {
                gist = new float[articleGist.length];
            }
            for (int i = 0; i < gist.length; i++) {
                gist[i] += articleGist[i];
            }
        }

        /** The cosine of a gist with this storyline's; 0 when either has none. */
        double gistCosine(float[] articleGist) {
            if (articleGist == null || gist == null) {
                return 0;
            }
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < gist.length; i++) {
                dot += articleGist[i] * gist[i];
                norm += gist[i] * gist[i];
            }
            return norm == 0 ? 0 : dot / Math.sqrt(norm);
        }
    }

    private final List<Doc> docs = new ArrayList<>();
    private final BandIndex bands = new BandIndex();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final List<StoryState> stories = new ArrayList<>();
    private final List<LineState> lines = new ArrayList<>();
    private final Map<String, List<Integer>> storiesByTerm = new HashMap<>();
    private final Map<String, Integer> docById = new HashMap<>();
    /** A word as it was written, for each stem: what reasons and titles show. */
    private final Map<String, String> surfaces = new HashMap<>();
    /** Stories that changed since the index was created or restored: what a store needs to write. */
    private final java.util.BitSet changed = new java.util.BitSet();
    /** Storylines that changed since then. */
    private final java.util.BitSet changedLines = new java.util.BitSet();
    /** Terms whose document frequency or surface changed since then. */
    private final Set<String> changedTerms = new java.util.TreeSet<>();
    /** Articles placed before the index was restored: later ones are new rows. */
    private int restoredDocs;
    /** The stories and storylines merged into others since the index was created or restored, in order. */
    private final List<Merge> merges = new ArrayList<>();
    /** How many stories there are: those started, less those merged into others. */
    private int storyCount;

    /**
     * Each copy's id with the earlier article it copies, when the copies were found outside the index (by the index's
     * rule, {@link Sketch#copyOf}, and its choice among originals); null when the index finds them itself.
     */
    private final Map<String, String> toldCopies;

    public CorpusIndex() {
        this(null);
    }

    private CorpusIndex(Map<String, String> toldCopies) {
        this.toldCopies = toldCopies;
    }

    /**
     * An index that is told its copies instead of finding them: {@code copies} gives each copy's id the earlier article
     * it copies, as {@link #add} would find it (a shuffle by band key does, with {@link Sketch}), and every other
     * decision is the index's own. It keeps no signatures, so its {@link #changes()} cannot be stored.
     */
    public static CorpusIndex toldCopies(Map<String, String> copies) {
        return new CorpusIndex(Map.copyOf(copies));
    }

    private String surface(String term) {
        return surfaces.getOrDefault(term, term);
    }

    public Placement add(Article article) {
        return add(article, ArticleEntities.none(article.id()));
    }

    /**
     * Places one article, with the entities the annotation stage found in it: who and where weigh in beside
     * what its words say.
     */
    public Placement add(Article article, ArticleEntities entities) {
        return add(article, entities, () -> null);
    }

    /**
     * Places one article, with its entities and its gist (a unit vector of what its headline and lead mean, of one
     * length for every article of the index; null when there is none), asked for unless the article is a copy: the
     * gist weighs in on which storyline a story the article starts joins, and goes into its storyline's.
     */
    public Placement add(Article article, ArticleEntities entities, java.util.function.Supplier<float[]> gist) {
        MinHash.Signature signature = toldCopies == null ? MinHash.of(article.text()) : null;
        Doc original = article.text().isBlank() ? null : toldCopies == null ? original(signature) : told(article.id());
        String duplicateOf = original == null ? null : original.root();
        String origin = original != null ? original.origin()
                : article.syndicatedFrom() != null ? "outlet:" + article.syndicatedFrom().toLowerCase(Locale.ROOT)
                : article.id();

        Map<String, Double> tf = TermVector.counts(article.title(), article.text(), surfaces);
        Map<String, Double> ef = Participants.counts(entities, surfaces);
        for (String term : tf.keySet()) {
            documentFrequency.merge(term, 1, Integer::sum);
        }
        for (String key : ef.keySet()) {
            documentFrequency.merge(key, 1, Integer::sum);
        }
        changedTerms.addAll(tf.keySet());
        changedTerms.addAll(ef.keySet());
        int n = docs.size() + 1;
        Map<String, Double> vector = TermVector.weigh(tf, t -> idf(t, n), TermVector.MAX_TERMS);
        Map<String, Double> participants = TermVector.weigh(ef, t -> idf(t, n) * Participants.specificity(t),
                Participants.MAX_KEYS);
        Map<String, Double> focus = TermVector.weigh(Participants.focus(entities, article.title()), t -> 1, FOCUS_KEYS);
        LocalDate day = day(article);
        boolean yearGuessed = day != null && yearGuessed(article);
        String subject = day == null ? Participants.subject(entities, article.title()) : null;
        Map<String, Double> lead = day != null ? Participants.lead(entities, article.title()) : Map.of();

        float[] articleGist = original == null ? gist.get() : null;
        int story;
        double similarity;
        String reason;
        int bridged = -1;
        if (original != null) {
            story = live(original.story());
            similarity = 1;
            reason = "copy of " + original.id();
        } else {
            int best = -1;
            double bestScore = 0;
            int second = -1;
            double secondScore = 0;
            // the story most like the article of those it is kept out of by its subject: another event of its kind
            int kind = -1;
            double kindScore = 0;
            // the story, days or months away, that the article follows up (see followsUp)
            int followed = -1;
            double followedScore = 0;
            Map<String, Double> act = null;
            for (int candidate : candidateStories(vector, participants)) {
                StoryState s = stories.get(candidate);
                LocalDate near = near(day, yearGuessed, s);
                if (near != null && !yearGuessed && followsUp(focus, s)) {
                    act = act == null ? withoutNames(vector, entities) : act;
                    double score = similarity(vector, participants, s, null);
                    if (score > followedScore && similarity(act, Map.of(), s, null) >= FOLLOW_UP_ACT) {
                        followed = candidate;
                        followedScore = score;
                    }
                }
                if (!withinWindow(near, s)) {
                    continue;
                }
                if (otherSubject(subject, s)) {
                    double kept = similarity(vector, participants, s, near);
                    if (kept >= STORY_SIMILARITY && kept > kindScore) {
                        kind = candidate;
                        kindScore = kept;
                    }
                    continue;
                }
                double score = similarity(vector, participants, s, near) + focusBonus(focus, s, near);
                if (score > bestScore) {
                    second = best;
                    secondScore = bestScore;
                    best = candidate;
                    bestScore = score;
                } else if (score > secondScore) {
                    second = candidate;
                    secondScore = score;
                }
            }
            // kept out of the story it is most like, it reports another event of that kind, not one less like it
            if (best >= 0 && bestScore >= kindScore
                    && bestScore >= threshold(near(day, yearGuessed, stories.get(best)), day == null, stories.get(best))) {
                story = best;
                similarity = bestScore;
                StoryState s = stories.get(best);
                String shares = shares(vector, participants, s);
                // a report of the later story that follows up an earlier one tells that both are one event unfolding
                if (followed >= 0 && followed != best && followedScore >= MERGE_SIMILARITY) {
                    second = followed;
                    secondScore = followedScore;
                }
                if (second >= 0 && secondScore >= MERGE_SIMILARITY && (second == followed || overlaps(s, stories.get(second)))
                        && sameFocus(s, stories.get(second)) && datedAlike(s, stories.get(second))) {
                    bridged = second;
                    reason = String.format(Locale.ROOT, "similarity %.2f, and %.2f to the story it brings in; shares %s;"
                            + " brings in the story \"%s\"", bestScore, secondScore, shares, stories.get(second).title);
                } else {
                    reason = String.format(Locale.ROOT, "similarity %.2f; shares %s", bestScore, shares);
                }
            } else if (followed >= 0 && followedScore >= FOLLOW_UP_SIMILARITY && followedScore >= kindScore) {
                story = followed;
                similarity = followedScore;
                reason = String.format(Locale.ROOT, "similarity %.2f; follows up on what its reports lead with; shares %s",
                        followedScore, shares(vector, participants, stories.get(followed)));
            } else {
                story = newStory(article, vector, participants, articleGist, kind < 0 ? -1 : stories.get(kind).storyline);
                similarity = 0;
                reason = "starts the story";
            }
        }
        StoryState s = stories.get(story);
        if (yearGuessed) {
            day = nearestYear(day, s);
        }
        // what two dated reports or more establish a story to be, an undated report does not change: it may tell
        // another event of the kind, and the reports of that event would then follow it in
        if (original != null || day == null && s.leadSupport >= 2) {
            vector = Map.of();
            participants = Map.of();
            focus = Map.of();
            lead = Map.of();
        }
        join(s, story, article, vector, participants, focus, lead, day, yearGuessed, origin);
        if (articleGist != null) {
            lines.get(s.storyline).add(articleGist);
        }
        double rank = similarity + (article.title().isBlank() ? 0 : HEADLINED);
        if (original == null && rank > s.titleRank) {
            // the second article is as like the first as the first is like it: the first keeps the title then,
            // unless only the second has a headline of its own
            String headline = headline(article);
            boolean firstHeadline = s.titleRank < HEADLINED && rank >= HEADLINED;
            if ((s.articles.size() > 2 || firstHeadline) && !headline.isBlank()) {
                s.title = headline;
            }
            s.titleRank = rank;
        }
        changed.set(story);
        changedLines.set(s.storyline);
        if (bridged >= 0) {
            story = merge(Math.min(story, bridged), Math.max(story, bridged));
            s = stories.get(story);
        }

        Doc doc = new Doc(article.id(), signature, duplicateOf == null ? article.id() : duplicateOf, origin, story);
        docById.put(article.id(), docs.size());
        if (!article.text().isBlank() && signature != null) {
            for (long key : MinHash.bandKeys(signature)) {
                bands.add(key, docs.size());
            }
        }
        docs.add(doc);
        return new Placement(article.id(), duplicateOf, origin, s.id, lines.get(s.storyline).id, similarity, reason);
    }

    /**
     * Where a placed article stands now: the placement with the story and storyline that hold it after any merge
     * since it was placed.
     */
    public Placement current(Placement placed) {
        StoryState s = stories.get(live(docs.get(docById.get(placed.article())).story()));
        return new Placement(placed.article(), placed.duplicateOf(), placed.origin(), s.id, lines.get(s.storyline).id,
                placed.similarity(), placed.reason());
    }

    /** The longest headline a lead sentence gives, in characters. */
    static final int HEADLINE = 100;

    /**
     * What an article is headlined by: its title, or for an article without one its lead sentence, cut at a word
     * near {@value #HEADLINE} characters (marked with an ellipsis); blank when it has no text either.
     */
    static String headline(Article article) {
        if (!article.title().isBlank()) {
            return article.title();
        }
        String text = lead(article.text());
        int end = text.length();
        for (int i = 0; i < Math.min(text.length(), HEADLINE + 1); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i > 20 && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                end = i + 1;
                break;
            }
        }
        if (end <= HEADLINE) {
            return text.substring(0, end).strip();
        }
        int cut = text.lastIndexOf(' ', HEADLINE);
        return text.substring(0, cut > HEADLINE / 2 ? cut : HEADLINE).strip() + "…";
    }

    /** An article's first line of {@value #LEAD_WORDS} words or more (a dateline or a byline above it is not the lead). */
    private static String lead(String text) {
        String first = "";
        int from = 0;
        for (int line = 0; line < LEAD_LINES && from < text.length(); line++) {
            int to = text.indexOf('\n', from);
            // a headline's length is all a lead gives: the rest of a long line is not read
            String l = text.substring(from, Math.min(to < 0 ? text.length() : to, from + 2 * HEADLINE)).strip();
            if (first.isEmpty()) {
                first = l;
            }
            if (l.split("\\s+").length >= LEAD_WORDS) {
                return l;
            }
            from = to < 0 ? text.length() : to + 1;
        }
        return first;
    }

    private static final int LEAD_WORDS = 6;
    private static final int LEAD_LINES = 8;

    /** The story that holds what a story held: itself while it lives, else the one it was merged into. */
    private int live(int story) {
        int s = story;
        while (stories.get(s).mergedInto >= 0) {
            s = stories.get(s).mergedInto;
        }
        return s;
    }

    /**
     * Whether an article that reports what two stories report may make them one as far as their dates go: not when one
     * is a story two dated reports or more lead (what it is about is established) and the other has no date at all. The
     * undated story may tell another event of the kind (last year's strike at the same port, told without a date), which
     * the dates of its reports would have kept apart, and the article that is like both tells no more than its words do.
     */
    private static boolean datedAlike(StoryState a, StoryState b) {
        if ((a.start == null) == (b.start == null)) {
            return true;
        }
        return (a.start == null ? b : a).leadSupport < 2;
    }

    /** Whether two stories' sure dates lie within a window of each other (or either has none). */
    private static boolean overlaps(StoryState a, StoryState b) {
        if (a.start == null || b.start == null) {
            return true;
        }
        if (a.datesGuessed || b.datesGuessed) {
            return withinWindow(nearestYear(a.start, b), b) && withinWindow(nearestYear(a.end, b), b);
        }
        return withinWindow(a.start, b) && withinWindow(a.end, b);
    }

    /**
     * Merges a later story into an earlier one, which keeps its id: its articles, words, participants, origins and
     * days go to the earlier, and so does its storyline when it held no other story. Returns the earlier.
     */
    private int merge(int keep, int gone) {
        StoryState k = stories.get(keep);
        StoryState g = stories.get(gone);
        k.articles.addAll(g.articles);
        // in the order they were placed (the article being placed last), as a store lists them
        k.articles.sort(java.util.Comparator.comparingInt(a -> docById.getOrDefault(a, docs.size())));
        if (g.titleRank > k.titleRank) {
            k.title = g.title;
            k.titleRank = g.titleRank;
        }
        k.origins.addAll(g.origins);
        if (g.start != null) {
            LocalDate start = g.start;
            LocalDate end = g.end;
            if (k.start == null) {
                k.datesGuessed = g.datesGuessed;
            } else if (g.datesGuessed && !k.datesGuessed) {
                // the sure dates date the story, the guessed ones only seemed to
                start = k.start;
                end = k.end;
            } else if (k.datesGuessed && !g.datesGuessed) {
                k.start = null;
                k.end = null;
                k.datesGuessed = false;
            }
            k.start = k.start == null || start.isBefore(k.start) ? start : k.start;
            k.end = k.end == null || end.isAfter(k.end) ? end : k.end;
        }
        Map<String, Double> words = new HashMap<>();
        Map<String, Double> who = new HashMap<>();
        Map<String, Double> focus = new HashMap<>();
        Map<String, Double> lead = new HashMap<>();
        g.centroid.forEach((t, w) -> (Participants.isFocus(t) ? focus : Participants.isLead(t) ? lead
                : Participants.is(t) ? who : words).put(t, w));
        for (String term : g.centroid.keySet()) {
            List<Integer> postings = storiesByTerm.get(term);
            if (postings != null) {
                postings.remove(Integer.valueOf(gone));
            }
        }
        accumulate(k.centroid, words);
        accumulate(k.centroid, who);
        accumulate(k.centroid, focus);
        accumulate(k.centroid, lead);
        k.norm = norm(k.centroid, Kind.WORD);
        k.participantNorm = norm(k.centroid, Kind.PARTICIPANT);
        k.focusNorm = norm(k.centroid, Kind.FOCUS);
        k.leadSupport = most(k.centroid, Kind.LEAD);
        post(keep, k.centroid.keySet());
        LineState line = lines.get(g.storyline);
        line.stories.remove(Integer.valueOf(gone));
        g.articles.clear();
        g.centroid.clear();
        g.origins.clear();
        g.mergedInto = keep;
        storyCount--;
        changed.set(keep);
        changed.set(gone);
        merges.add(new Merge(g.id, k.id));
        if (g.storyline != k.storyline) {
            LineState into = lines.get(k.storyline);
            accumulate(into.centroid, words);
            into.norm = norm(into.centroid, Kind.WORD);
            if (line.stories.isEmpty()) {
                merges.add(new Merge(line.id, into.id));
            }
        }
        changedLines.set(g.storyline);
        changedLines.set(k.storyline);
        return keep;
    }

    private Doc original(MinHash.Signature signature) {
        if (signature.shingles() == 0) {
            return null;
        }
        Set<Integer> candidates = new LinkedHashSet<>();
        for (long key : MinHash.bandKeys(signature)) {
            bands.forEach(key, candidates::add);
        }
        Doc best = null;
        double bestJaccard = -1;
        for (int c : candidates) {
            Doc d = docs.get(c);
            double j = signature.jaccard(d.signature());
            if (isCopy(signature, d.signature(), j) && j > bestJaccard) {
                best = d;
                bestJaccard = j;
            }
        }
        return best;
    }

    /** The placed article a copy copies, as the index was told; null for an article that copies none. */
    private Doc told(String article) {
        String earlier = toldCopies.get(article);
        if (earlier == null) {
            return null;
        }
        Integer at = docById.get(earlier);
        if (at == null) {
            throw new IllegalArgumentException("article " + article + " is told to copy " + earlier
                    + ", which was not placed before it");
        }
        return docs.get(at);
    }

    /** Whether a text of signature {@code later} copies one of {@code earlier}, given their estimated Jaccard. */
    static boolean isCopy(MinHash.Signature later, MinHash.Signature earlier, double jaccard) {
        return jaccard >= DUPLICATE_JACCARD || (Math.min(later.shingles(), earlier.shingles()) >= MIN_SHINGLES
                && later.containment(earlier) >= DUPLICATE_CONTAINMENT);
    }

    /**
     * Rarity of a term. {@value #BACKGROUND} documents in which no term occurs are assumed besides the
     * corpus, so that a small collection about one topic does not count its shared words as noise.
     */
    private double idf(String term, int n) {
        return Math.log((n + BACKGROUND) / (documentFrequency.getOrDefault(term, 0) + 0.5));
    }

    static final int BACKGROUND = 50;

    private Set<Integer> candidateStories(Map<String, Double> vector, Map<String, Double> participants) {
        Set<Integer> out = new LinkedHashSet<>();
        List<Map.Entry<String, Double>> top = new ArrayList<>(TermVector.top(new ArrayList<>(vector.entrySet()), QUERY_TERMS));
        top.addAll(TermVector.top(new ArrayList<>(participants.entrySet()), QUERY_PARTICIPANTS));
        for (Map.Entry<String, Double> e : top) {
            List<Integer> postings = storiesByTerm.get(e.getKey());
            if (postings != null) {
                out.addAll(postings);
            }
        }
        return out;
    }

    /** The storylines of the stories that share the article's strongest terms. */
    private Set<Integer> candidateLines(Map<String, Double> vector, Map<String, Double> participants) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int story : candidateStories(vector, participants)) {
            out.add(stories.get(story).storyline);
        }
        return out;
    }

    private static boolean withinWindow(LocalDate day, StoryState s) {
        if (day == null || s.start == null) {
            return true;
        }
        long before = ChronoUnit.DAYS.between(day, s.start);
        long after = ChronoUnit.DAYS.between(s.end, day);
        return before <= STORY_WINDOW_DAYS && after <= STORY_WINDOW_DAYS;
    }

    /**
     * Starts a story with an article, in the storyline {@code line} (by position), or when that is -1 in the storyline
     * it is most like, or a new one.
     */
    private int newStory(Article article, Map<String, Double> vector, Map<String, Double> participants, float[] gist,
                         int line) {
        StoryState s = new StoryState("story-" + article.id(), headline(article));
        int index = stories.size();
        stories.add(s);
        storyCount++;
        int best = line;
        double bestScore = line < 0 ? 0 : 1;
        for (int i : line >= 0 ? Set.<Integer>of() : candidateLines(vector, participants)) {
            LineState l = lines.get(i);
            double words = l.norm == 0 ? 0 : TermVector.cosine(vector, l.centroid) / l.norm;
            double score = Math.max(words / STORYLINE_SIMILARITY, l.gistCosine(gist) / STORYLINE_GIST);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0 || bestScore < 1) {
            best = lines.size();
            lines.add(new LineState("storyline-" + article.id()));
        }
        s.storyline = best;
        lines.get(best).stories.add(index);
        return index;
    }

    /**
     * Adds an article to a story: its words and participants to the story's centroid, except for a copy, which
     * says again what its original said and would otherwise weigh one report as many, and for an undated report
     * of a story dated reports lead (the caller passes empty maps for both).
     */
    private void join(StoryState s, int index, Article article, Map<String, Double> vector, Map<String, Double> participants,
                      Map<String, Double> focus, Map<String, Double> lead, LocalDate day, boolean yearGuessed,
                      String origin) {
        s.articles.add(article.id());
        s.origins.add(origin);
        if (day != null) {
            if (s.start == null) {
                s.datesGuessed = yearGuessed;
            } else if (s.datesGuessed && !yearGuessed) {
                // a sure date dates a story its guessed years only seemed to date
                s.start = null;
                s.end = null;
                s.datesGuessed = false;
            }
            s.start = s.start == null || day.isBefore(s.start) ? day : s.start;
            s.end = s.end == null || day.isAfter(s.end) ? day : s.end;
        }
        Set<String> before = new java.util.HashSet<>(s.centroid.keySet());
        accumulate(s.centroid, vector);
        accumulate(s.centroid, participants);
        accumulate(s.centroid, focus);
        accumulate(s.centroid, lead);
        s.norm = norm(s.centroid, Kind.WORD);
        s.participantNorm = norm(s.centroid, Kind.PARTICIPANT);
        s.focusNorm = norm(s.centroid, Kind.FOCUS);
        s.leadSupport = most(s.centroid, Kind.LEAD);
        LineState line = lines.get(s.storyline);
        accumulate(line.centroid, vector);
        line.norm = norm(line.centroid, Kind.WORD);
        for (String term : before) {
            if (!s.centroid.containsKey(term)) {
                List<Integer> postings = storiesByTerm.get(term);
                if (postings != null) {
                    postings.remove(Integer.valueOf(index));
                }
            }
        }
        post(index, s.centroid.keySet());
    }

    /**
     * Lists a story under the terms of its centroid. Each term keeps the latest stories (by index) that hold
     * it; a story restored from rows is posted the same way, so a restored index finds what a live one does.
     */
    private void post(int index, Set<String> terms) {
        for (String term : terms) {
            if (Participants.isFocus(term) || Participants.isLead(term)) {
                continue;
            }
            List<Integer> postings = storiesByTerm.computeIfAbsent(term, t -> new ArrayList<>());
            int at = java.util.Collections.binarySearch(postings, index);
            if (at < 0) {
                postings.add(-at - 1, index);
                if (postings.size() > POSTINGS_PER_TERM) {
                    postings.remove(0);
                }
            }
        }
    }

    /**
     * Adds a vector to a centroid, and cuts the centroid back to its strongest words and participants when it
     * grows.
     */
    private static void accumulate(Map<String, Double> centroid, Map<String, Double> vector) {
        if (vector.isEmpty()) {
            return;
        }
        vector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
        Kind kind = Kind.of(vector.keySet().iterator().next());
        int keep = kind.kept;
        List<Map.Entry<String, Double>> part = new ArrayList<>();
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            if (Kind.of(e.getKey()) == kind) {
                part.add(e);
            }
        }
        if (part.size() > keep * 3 / 2) {
            Set<String> kept = new java.util.HashSet<>();
            TermVector.top(part, keep).forEach(e -> kept.add(e.getKey()));
            centroid.keySet().removeIf(t -> Kind.of(t) == kind && !kept.contains(t));
        }
    }

    private static final int CENTROID_PARTICIPANTS = 40;
    private static final int CENTROID_FOCUS = 20;

    /** The kinds of keys a story's centroid holds beside one another. */
    private enum Kind {
        WORD(CENTROID_TERMS), PARTICIPANT(CENTROID_PARTICIPANTS), FOCUS(CENTROID_FOCUS), LEAD(CENTROID_PARTICIPANTS);

        /** How many keys of the kind a centroid keeps. */
        final int kept;

        Kind(int kept) {
            this.kept = kept;
        }

        static Kind of(String key) {
            return Participants.isFocus(key) ? FOCUS : Participants.isLead(key) ? LEAD
                    : Participants.is(key) ? PARTICIPANT : WORD;
        }
    }

    /** The greatest weight of a centroid's keys of one kind. */
    private static double most(Map<String, Double> centroid, Kind kind) {
        double most = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            if (Kind.of(e.getKey()) == kind) {
                most = Math.max(most, e.getValue());
            }
        }
        return most;
    }

    /** The norm of a centroid's keys of one kind. */
    private static double norm(Map<String, Double> centroid, Kind kind) {
        double sum = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            if (Kind.of(e.getKey()) == kind) {
                sum += e.getValue() * e.getValue();
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * How much an article looks like a story: how alike its words are to the story's, and, when both name
     * participants, how alike those are, in a weighted mean. Each likeness is the geometric mean of the cosine with
     * the story's centroid and the mean cosine with its articles (average link): the centroid alone lets a large story
     * that spans two events of a kind take in reports of either, the mean alone keeps a story from growing past its
     * first few reports.
     */
    private double similarity(Map<String, Double> vector, Map<String, Double> participants, StoryState s, LocalDate day) {
        double members = Math.max(1, s.articles.size());
        double words = s.norm == 0 ? 0 : TermVector.cosine(vector, s.centroid) / Math.sqrt(s.norm * members);
        if (participants.isEmpty() || s.participantNorm == 0) {
            return words;
        }
        double who = TermVector.cosine(participants, s.centroid) / Math.sqrt(s.participantNorm * members);
        if (who == 0) {
            return (1 - PARTICIPANT_SHARE) * words * STRANGERS;
        }
        return (1 - PARTICIPANT_SHARE) * words + PARTICIPANT_SHARE * who * freshness(day, s);
    }

    /**
     * Whether an article without a sure date is chiefly about someone or somewhere ({@link Participants#subject}) that
     * too few of a story's dated reports lead with (under {@value #LEAD_SHARE} of as many as lead with its main person or
     * place, and at least one), when at least two of them lead with one person or place (one report's lead says little
     * of what the story is about). A date keeps a report of last year's quake on the island out of
     * this year's story; without one, its subject is what tells which of two events of a kind an article reports: the
     * report of an older heist at the same jeweller's leads with another street, the obituary of another aide of one
     * scandal with another man.
     */
    private static boolean otherSubject(String subject, StoryState s) {
        return subject != null && s.leadSupport >= 2
                && Participants.ledBy(subject, s.centroid) < Math.max(1, LEAD_SHARE * s.leadSupport);
    }

    /** What an article shares with a story, in words: up to three participants, then up to five terms. */
    private String shares(Map<String, Double> vector, Map<String, Double> participants, StoryState s) {
        List<String> shared = new ArrayList<>(TermVector.shared(participants, s.centroid, 3));
        shared.addAll(TermVector.shared(vector, s.centroid, 5));
        return String.join(", ", shared.stream().map(this::surface).toList());
    }

    /**
     * Whether an article may follow up a story days or months from its coverage: both are dated by sure days with sure
     * years (a year reasoned out of a weekday fits one every few years, and says nothing months away), and the
     * people the article leads with are those its reports lead with (the cosine of the two focuses at least
     * {@value #FOLLOW_UP_FOCUS}). The trial, the verdict and the sentence of one killing, months apart, are one event
     * told as it unfolds; they lead with the one accused, where another killing of the kind leads with another.
     */
    private static boolean followsUp(Map<String, Double> focus, StoryState s) {
        return s.start != null && !s.datesGuessed && focusCosine(focus, s) >= FOLLOW_UP_FOCUS;
    }

    /**
     * What an article's words say was done: its term vector without the words of the people it names. Two acts of one
     * person months apart (a campaign stop, a debate) share the name and little else; a verdict and the killing it
     * judges share the act's own words (shooting, murder, charges).
     */
    private static Map<String, Double> withoutNames(Map<String, Double> vector, ArticleEntities entities) {
        StringBuilder names = new StringBuilder();
        for (ArticleEntities.Found f : entities.entities()) {
            if (Participants.isPerson(f.key())) {
                names.append(f.name()).append(".\n");
            }
        }
        Map<String, Double> act = new HashMap<>(vector);
        act.keySet().removeAll(TermVector.counts("", names.toString(), new HashMap<>()).keySet());
        return act;
    }

    /**
     * How alike the words of an act ({@link #withoutNames}) must be to a story's for an article to follow it up:
     * the likeness of words, as {@link #similarity} weighs it, of what was done, apart from who did it.
     */
    static final double FOLLOW_UP_ACT = 0.1;

    /** The cosine of the people an article leads with and those a story's articles lead with; 0 when either has none. */
    private static double focusCosine(Map<String, Double> focus, StoryState s) {
        if (focus.isEmpty() || s.focusNorm == 0) {
            return 0;
        }
        return TermVector.cosine(focus, s.centroid) / s.focusNorm;
    }

    /** How alike the people an article and a story lead with must be for the article to follow the story up. */
    static final double FOLLOW_UP_FOCUS = 0.8;

    /**
     * How alike a dated article must be to a story outside its window of days, and led by the person the article is
     * chiefly about, to follow it up (its participants counted in full, however far the days).
     */
    static final double FOLLOW_UP_SIMILARITY = 0.25;

    /**
     * How many of a story's dated reports must lead with whom an undated article is chiefly about, as a share of those
     * that lead with its main person or place (at least one): one report of many that leads with a bystander, a witness
     * or last year's victim does not make a report about them one of the story.
     */
    static final double LEAD_SHARE = 0.25;

    /** How many of the people an article leads with it keeps: its focus. */
    static final int FOCUS_KEYS = 3;

    /**
     * How alike the people two stories lead with must be (the cosine of their focus) for an article that reports both
     * to merge them.
     */
    static final double MERGE_FOCUS = 0.1;

    /**
     * How much an article gains toward a story whose articles lead with the people it leads with (at a cosine of 1 of
     * the two focuses): a report's central people say which event it tells more than the rest it names.
     */
    static final double FOCUS_BONUS = 0.1;

    /**
     * What the people an article leads with add to its likeness to a story: {@value #FOCUS_BONUS} times the cosine
     * of its focus with the story's, fading with days from the story's coverage as shared participants do.
     */
    private static double focusBonus(Map<String, Double> focus, StoryState s, LocalDate day) {
        if (focus.isEmpty() || s.focusNorm == 0) {
            return 0;
        }
        return FOCUS_BONUS * TermVector.cosine(focus, s.centroid) / s.focusNorm * freshness(day, s);
    }

    /**
     * Whether two stories lead with the same people, or either leads with none: a report that names both a player put
     * on injured reserve last week and a teammate put there today bridges two events, not one.
     */
    private static boolean sameFocus(StoryState a, StoryState b) {
        if (a.focusNorm == 0 || b.focusNorm == 0) {
            return true;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.centroid.entrySet()) {
            if (Participants.isFocus(e.getKey())) {
                dot += e.getValue() * b.centroid.getOrDefault(e.getKey(), 0.0);
            }
        }
        return dot / (a.focusNorm * b.focusNorm) >= MERGE_FOCUS;
    }

    /**
     * How alike an article must be to join a story: {@value #STORY_SIMILARITY} when it is dated on a day the story
     * was reported, or either has no sure date; {@value #OTHER_DAY_SIMILARITY} when it is dated days from the story's
     * coverage (days apart, the same people and words more often report a follow-up, an inspection after a collision,
     * than the event itself); {@value #UNDATED_SIMILARITY} for an article without a sure date ({@code undated}) and a
     * story two dated reports or more lead.
     */
    private static double threshold(LocalDate day, boolean undated, StoryState s) {
        if (undated && s.start != null && s.leadSupport >= 2) {
            return UNDATED_SIMILARITY;
        }
        boolean otherDay = day != null && s.start != null && (day.isBefore(s.start) || day.isAfter(s.end));
        return otherDay ? OTHER_DAY_SIMILARITY : STORY_SIMILARITY;
    }

    /**
     * How alike an article without a sure date must be to join a story that dated reports lead: the words and people of
     * a kind of event (a player put on injured reserve, a patch for a browser) recur in each event of the kind, and
     * the date that would tell which one an article reports is missing, so the likeness must say it alone.
     */
    static final double UNDATED_SIMILARITY = 0.25;

    /**
     * How alike an article must be to a second story, beside the one it joins, to merge the two: it reports what both
     * report, so both report one event.
     */
    static final double MERGE_SIMILARITY = 0.25;

    /** How alike an article dated on another day than a story's coverage must be to join it. */
    static final double OTHER_DAY_SIMILARITY = 0.18;

    /**
     * How much shared participants still say about one event: fully while the article is within a day of the
     * story's coverage, fading to nothing {@value #PARTICIPANTS_FADE_DAYS} days away. The same people and places
     * days later report a follow-up (an inspection after a collision, a vote on the repair), not the same event;
     * the words of the event itself still count. Undated articles and stories lose nothing.
     */
    private static double freshness(LocalDate day, StoryState s) {
        if (day == null || s.start == null) {
            return 1;
        }
        long apart = Math.max(0, Math.max(ChronoUnit.DAYS.between(s.end, day), ChronoUnit.DAYS.between(day, s.start)));
        return Math.max(0, 1 - (double) apart / PARTICIPANTS_FADE_DAYS);
    }

    /**
     * Whether an article's sure day has a year reasoned out of its weekday alone ("Fri., May 3"): the month and day are
     * the article's, the year is one of several that fit.
     */
    private static boolean yearGuessed(Article a) {
        if (!a.published().inferred()) {
            return false;
        }
        String evidence = a.published().evidence().text();
        for (DateText.Match m : DateText.find(evidence)) {
            if (m.hasYear()) {
                return false;
            }
        }
        return true;
    }

    /** A day whose year was guessed, moved to the year (the story's, or one beside it) that brings it nearest the story. */
    private static LocalDate nearestYear(LocalDate day, StoryState s) {
        return day == null || s.start == null ? day : nearestYear(day, s.start, s.end);
    }

    /**
     * The day an article counts as against a story: a day whose year was guessed, moved to the year nearest the
     * story's; none for a sure day against a story dated by guessed years alone, which only seem to bound it (a
     * weekday fits a year every few years, and a reader may pick one decades off).
     */
    private static LocalDate near(LocalDate day, boolean yearGuessed, StoryState s) {
        if (day != null && s.datesGuessed && !yearGuessed) {
            return null;
        }
        return yearGuessed ? nearestYear(day, s) : day;
    }

    /** A day moved to the year (that of the span, or one beside it) that brings it nearest the span from start to end. */
    private static LocalDate nearestYear(LocalDate day, LocalDate start, LocalDate end) {
        LocalDate best = day;
        long bestApart = Long.MAX_VALUE;
        for (int year = start.getYear() - 1; year <= end.getYear() + 1; year++) {
            LocalDate d = day.withYear(year);
            long apart = Math.max(0, Math.max(ChronoUnit.DAYS.between(end, d), ChronoUnit.DAYS.between(d, start)));
            if (apart < bestApart) {
                best = d;
                bestApart = apart;
            }
        }
        return best;
    }

    /** Whether a date reasoned out of these words is sure: they name the weekday, or the year and the month by name. */
    private static boolean sure(String evidence) {
        for (DateText.Match m : DateText.find(evidence)) {
            if (m.weekday() != null || m.hasYear() && evidence.substring(m.start(), m.end()).chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day an article gives as its publication date, when it is sure: printed as the dateline, or reasoned out
     * from words that name the weekday, or the year and the month by name. A year supplied from nothing (a bare
     * "May 2") or a numeric date read from the text (05/03/2013: May or March?) may be far off, so such a date
     * neither bounds a story in time nor keeps an article out of one.
     */
    private static LocalDate day(Article a) {
        if (a.published() == null || a.published().inferred() && !sure(a.published().evidence().text())) {
            return null;
        }
        String v = a.published().day();
        return v.length() == 10 ? LocalDate.parse(v) : null;
    }

    /** The stories, in the order they started; those merged into others are not among them. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).mergedInto < 0) {
                out.add(story(i));
            }
        }
        return out;
    }

    /** How many stories {@link #stories()} lists, without listing them. */
    public int storyCount() {
        return storyCount;
    }

    /** The stories that gained articles since this index was created or loaded. */
    public List<Story> changedStories() {
        return changed.stream().filter(i -> stories.get(i).mergedInto < 0).mapToObj(this::story).toList();
    }

    /** The storylines that gained or lost stories, or whose stories changed, since then; those left empty are not among them. */
    public List<Storyline> changedStorylines() {
        return changedLines.stream().filter(i -> !lines.get(i).stories.isEmpty()).mapToObj(this::storyline).toList();
    }

    /**
     * The stories and storylines merged into others since this index was created or loaded, in the order they
     * merged: each gone id, and the id that holds what it held then (which may itself have merged later).
     */
    public List<Merge> merges() {
        return List.copyOf(merges);
    }

    private Story story(int i) {
        StoryState s = stories.get(i);
        return new Story(s.id, s.title, s.articles, s.start == null ? null : s.start.toString(),
                s.end == null ? null : s.end.toString(), lines.get(s.storyline).id, s.origins.size());
    }

    /** The storylines, in the order they started; those whose stories all merged into others are not among them. */
    public List<Storyline> storylines() {
        List<Storyline> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).stories.isEmpty()) {
                out.add(storyline(i));
            }
        }
        return out;
    }

    private Storyline storyline(int index) {
        LineState l = lines.get(index);
        LocalDate start = null;
        LocalDate end = null;
        List<String> ids = new ArrayList<>();
        StoryState largest = null;
        for (int i : l.stories) {
            StoryState s = stories.get(i);
            ids.add(s.id);
            if (s.start != null) {
                start = start == null || s.start.isBefore(start) ? s.start : start;
                end = end == null || s.end.isAfter(end) ? s.end : end;
            }
            if (!s.title.isBlank() && (largest == null || s.articles.size() > largest.articles.size())) {
                largest = s;
            }
        }
        // a headline an analyst reads: that of its largest story (the first of them on a tie)
        return new Storyline(l.id, largest == null ? "" : largest.title, ids, start == null ? null : start.toString(),
                end == null ? null : end.toString());
    }

    public int size() {
        return docs.size();
    }

    /** Whether the index has placed this article. */
    public boolean contains(String articleId) {
        return docById.containsKey(articleId);
    }

    /**
     * The state of one placed article, as a store keeps it: its signature (for copies), its original's id, its
     * independence group and its story (by position).
     */
    public record DocRow(int position, String article, int[] signature, int shingles, String root, String origin,
                         int story) {
        public DocRow {
            Objects.requireNonNull(article, "article");
            signature = signature.clone();
        }

        @Override
        public int[] signature() {
            return signature.clone();
        }
    }

    /** In how many articles a term occurs, and the word it stands for as written. */
    public record TermRow(String term, int documents, String surface) {
    }

    /**
     * The state of one story: its centroid and independence groups (its articles are the store's story rows), the
     * position of the story it was merged into, or -1, and whether its dates have only years guessed from weekdays.
     */
    public record StoryRow(int position, String id, String title, double titleRank, Map<String, Double> centroid,
                           List<String> origins, String start, String end, int storyline, int mergedInto,
                           boolean datesGuessed) {
        public StoryRow {
            centroid = sorted(centroid);
            origins = List.copyOf(origins);
        }
    }

    /** The state of one storyline: its centroid and the sum of its articles' gists, or null (its stories are those that name it). */
    public record LineRow(int position, String id, Map<String, Double> centroid, float[] gist) {
        public LineRow {
            centroid = sorted(centroid);
            gist = gist == null ? null : gist.clone();
        }

        @Override
        public float[] gist() {
            return gist == null ? null : gist.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LineRow r && position == r.position && id.equals(r.id) && centroid.equals(r.centroid)
                    && java.util.Arrays.equals(gist, r.gist);
        }

        @Override
        public int hashCode() {
            return Objects.hash(position, id, centroid, java.util.Arrays.hashCode(gist));
        }
    }

    /** A centroid in term order: restored maps are then filled in one order whatever the process. */
    private static Map<String, Double> sorted(Map<String, Double> centroid) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(centroid));
    }

    /** The rows of an index: all of them, or those that changed since it was restored. */
    public record Rows(List<DocRow> docs, List<TermRow> terms, List<StoryRow> stories, List<LineRow> lines) {
        public Rows {
            docs = List.copyOf(docs);
            terms = List.copyOf(terms);
            stories = List.copyOf(stories);
            lines = List.copyOf(lines);
        }
    }

    /** The rows that changed since the index was created or restored: what a store writes to go on from here. */
    public Rows changes() {
        if (toldCopies != null) {
            throw new IllegalStateException("an index told its copies keeps no signatures, so its rows cannot be stored");
        }
        List<DocRow> newDocs = new ArrayList<>();
        for (int i = restoredDocs; i < docs.size(); i++) {
            newDocs.add(docRow(i));
        }
        List<TermRow> terms = changedTerms.stream()
                .map(t -> new TermRow(t, documentFrequency.getOrDefault(t, 0), surfaces.get(t))).toList();
        List<StoryRow> storyRows = changed.stream().mapToObj(this::storyRow).toList();
        List<LineRow> lineRows = changedLines.stream().mapToObj(i -> new LineRow(i, lines.get(i).id, lines.get(i).centroid,
                lines.get(i).gist))
                .toList();
        return new Rows(newDocs, terms, storyRows, lineRows);
    }

    private DocRow docRow(int i) {
        Doc d = docs.get(i);
        return new DocRow(i, d.id(), d.signature().values(), d.signature().shingles(), d.root(), d.origin(), d.story());
    }

    private StoryRow storyRow(int i) {
        StoryState s = stories.get(i);
        return new StoryRow(i, s.id, s.title, s.titleRank, s.centroid, new ArrayList<>(s.origins),
                s.start == null ? null : s.start.toString(), s.end == null ? null : s.end.toString(), s.storyline,
                s.mergedInto, s.datesGuessed);
    }

    /**
     * An index that goes on from the rows a store kept: every row, each list in position order, and the
     * articles of each story in the order they joined.
     */
    public static CorpusIndex restore(Rows rows, Map<String, List<String>> storyArticles) {
        CorpusIndex index = new CorpusIndex();
        for (DocRow r : rows.docs()) {
            if (r.position() != index.docs.size()) {
                throw new IllegalArgumentException("corpus rows skip a position: expected article row "
                        + index.docs.size() + ", found " + r.position() + " (" + r.article() + ")");
            }
            index.addDoc(new Doc(r.article(), new MinHash.Signature(r.signature(), r.shingles()), r.root(), r.origin(),
                    r.story()));
        }
        for (TermRow t : rows.terms()) {
            index.documentFrequency.put(t.term(), t.documents());
            if (t.surface() != null) {
                index.surfaces.put(t.term(), t.surface());
            }
        }
        for (LineRow l : rows.lines()) {
            LineState line = new LineState(l.id());
            line.centroid.putAll(l.centroid());
            line.norm = norm(line.centroid, Kind.WORD);
            line.gist = l.gist();
            index.lines.add(line);
        }
        for (StoryRow r : rows.stories()) {
            if (r.position() != index.stories.size()) {
                throw new IllegalArgumentException("corpus rows skip a position: expected story row "
                        + index.stories.size() + ", found " + r.position() + " (" + r.id() + ")");
            }
            StoryState s = new StoryState(r.id(), r.title());
            s.titleRank = r.titleRank();
            s.articles.addAll(storyArticles.getOrDefault(r.id(), List.of()));
            s.centroid.putAll(r.centroid());
            s.origins.addAll(r.origins());
            s.start = r.start() == null ? null : LocalDate.parse(r.start());
            s.end = r.end() == null ? null : LocalDate.parse(r.end());
            s.datesGuessed = r.datesGuessed();
            s.storyline = r.storyline();
            s.mergedInto = r.mergedInto();
            s.norm = norm(s.centroid, Kind.WORD);
            s.participantNorm = norm(s.centroid, Kind.PARTICIPANT);
            s.focusNorm = norm(s.centroid, Kind.FOCUS);
            s.leadSupport = most(s.centroid, Kind.LEAD);
            int position = index.stories.size();
            index.stories.add(s);
            if (s.mergedInto < 0) {
                index.lines.get(s.storyline).stories.add(position);
                index.post(position, s.centroid.keySet());
                index.storyCount++;
            }
        }
        index.restoredDocs = index.docs.size();
        return index;
    }

    private void addDoc(Doc d) {
        docById.put(d.id(), docs.size());
        if (d.signature().shingles() > 0) {
            for (long key : MinHash.bandKeys(d.signature())) {
                bands.add(key, docs.size());
            }
        }
        docs.add(d);
    }

    private static final int FORMAT = 1;

    /**
     * Reads an index kept whole in the single-blob form of earlier versions; its {@link #changes()} are then
     * every row, so that a store moves it to rows once.
     */
    public static CorpusIndex load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException("corpus index format " + format + " is not " + FORMAT);
        }
        CorpusIndex index = new CorpusIndex();
        int docs = data.readInt();
        for (int i = 0; i < docs; i++) {
            String id = data.readUTF();
            int shingles = data.readInt();
            int[] values = new int[MinHash.SIZE];
            for (int k = 0; k < values.length; k++) {
                values[k] = data.readInt();
            }
            MinHash.Signature signature = new MinHash.Signature(values, shingles);
            index.addDoc(new Doc(id, signature, data.readUTF(), data.readUTF(), data.readInt()));
        }
        readCounts(data, index.documentFrequency);
        int surfaces = data.readInt();
        for (int i = 0; i < surfaces; i++) {
            index.surfaces.put(data.readUTF(), data.readUTF());
        }
        int stories = data.readInt();
        for (int i = 0; i < stories; i++) {
            StoryState s = new StoryState(data.readUTF(), data.readUTF());
            s.articles.addAll(readStrings(data));
            readWeights(data, s.centroid);
            s.origins.addAll(readStrings(data));
            String start = data.readUTF();
            String end = data.readUTF();
            s.start = start.isEmpty() ? null : LocalDate.parse(start);
            s.end = end.isEmpty() ? null : LocalDate.parse(end);
            s.storyline = data.readInt();
            s.norm = norm(s.centroid, Kind.WORD);
            index.stories.add(s);
            index.post(i, s.centroid.keySet());
        }
        int lines = data.readInt();
        for (int i = 0; i < lines; i++) {
            LineState l = new LineState(data.readUTF());
            int n = data.readInt();
            for (int k = 0; k < n; k++) {
                l.stories.add(data.readInt());
            }
            readWeights(data, l.centroid);
            l.norm = norm(l.centroid, Kind.WORD);
            index.lines.add(l);
        }
        index.restoredDocs = 0;
        index.storyCount = index.stories.size();
        index.changed.set(0, index.stories.size());
        index.changedLines.set(0, index.lines.size());
        index.changedTerms.addAll(index.documentFrequency.keySet());
        return index;
    }

    private static List<String> readStrings(DataInputStream data) throws IOException {
        int n = data.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(data.readUTF());
        }
        return out;
    }

    private static void readWeights(DataInputStream data, Map<String, Double> into) throws IOException {
        int n = data.readInt();
        for (int i = 0; i < n; i++) {
            into.put(data.readUTF(), data.readDouble());
        }
    }

    private static void readCounts(DataInputStream data, Map<String, Integer> into) throws IOException {
        int n = data.readInt();
        for (int i = 0; i < n; i++) {
            into.put(data.readUTF(), data.readInt());
        }
    }
}

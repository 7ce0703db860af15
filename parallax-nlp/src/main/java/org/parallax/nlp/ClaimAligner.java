package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.ReportedClaim;
import org.parallax.model.SummarySentence;

/**
 * The claims corpus stage's work on one thread of coverage (a storyline, or a story alone): finds which claims of its
 * articles state the same thing in other words, counts the independent sources behind each, finds the claims that
 * disagree, and writes a summary of whole sentences of its articles.
 *
 * <p>Claims are compared only with candidates that share a word, an entity or a figure with them (an inverted
 * index), and of those only with the two closest in words that are related at all, so the cost follows the claims that
 * could match, not all pairs. Much the same words, or a figure in common ("12-point") with an actor or some words, make
 * two claims one; in one story, so does the {@link ClaimJudge} (a model, read for each article's first claims only) or
 * a like meaning of the sentence vectors with distinctive actors in common. Claims about the same actors in one story
 * in mostly the same words but for a figure, a day or a negation dispute each other. A claim joins the group of the
 * earlier claim that best states it (a group takes one claim per article); groups are formed in the articles' order,
 * so the result does not depend on the order the articles came in.
 */
public final class ClaimAligner {
    /** Most summary sentences per story. */
    static final int SUMMARY_SENTENCES = 5;
    /** Most candidates compared per claim (the rarest keys' postings first). */
    private static final int MAX_CANDIDATES = 200;

    /** Most independent sources first, then most articles, then the order they were first made. */
    private static final Comparator<CorroboratedClaim> BEST_FIRST = Comparator
            .comparingInt((CorroboratedClaim c) -> -c.independentSources()).thenComparingInt(c -> -c.sources().size());

    /** Most candidates the judge weighs for one claim. */
    private static final int JUDGED = 2;
    /**
     * The share of content words from which two claims of one story are worth the judge's reading (a model: a few
     * milliseconds a sentence), as are those naming two distinctive actors in common; pairs further apart in words
     * are not the same claim, and pairs of different stories are the same only in much the same words or figures.
     */
    private static final double JUDGED_WORDS = 0.3;
    /**
     * The judge reads the first claims of each article only (its lead, where news puts what other outlets report
     * too): its model costs milliseconds a claim, so an article costs a bounded amount whatever its length; the rest
     * are matched by their words and figures.
     */
    private static final int LEAD_CLAIMS = 12;
    /** The share of content words (Dice) from which two claims are the same without asking the judge. */
    private static final double SAME_WORDS = 0.6;
    /** The share of content words two claims that differ in a figure, a day or a negation share to be a dispute. */
    private static final double DISPUTED_WORDS = 0.5;
    /** An actor named in more than this share of a thread's claims says nothing of which claim is which. */
    private static final double COMMON_SHARE = 0.3;
    /**
     * The judge's probability of support from which two claims of one thread, naming the same actors, are the same
     * claim: lower than its bar for a lone pair of sentences (whose subject is not known to be shared).
     */
    static final double SAME = 0.3;
    private final ClaimFacts facts = new ClaimFacts();
    private final ClaimJudge judge;

    /** An aligner that asks {@code judge} whether two claims state the same thing. */
    public ClaimAligner(ClaimJudge judge) {
        this.judge = judge;
    }

    /**
     * What a thread's claims come to.
     *
     * @param claims    one per group of claims that state the same thing, best corroborated first
     * @param summaries per story, its summary sentences in order
     */
    public record Alignment(List<CorroboratedClaim> claims, Map<String, List<SummarySentence>> summaries) {
    }

    /**
     * Aligns the claims of one thread.
     *
     * @param claims every claim of the thread's articles, the articles in corpus order (earliest first), each
     *               article's claims in text order
     * @param storyOf the story of each article
     */
    public Alignment align(List<ReportedClaim> claims, Map<String, String> storyOf) {
        List<ClaimFacts.Prepared> facts = new ArrayList<>(claims.size());
        for (ReportedClaim c : claims) {
            facts.add(this.facts.prepare(c.text(), c.entities(), c.dates()));
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (String key : facts.get(i).keys()) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<String> common = new HashSet<>();
        for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
            if (e.getKey().startsWith("entity:") && e.getValue().size() > Math.max(3, claims.size() * COMMON_SHARE)) {
                common.add(e.getKey().substring("entity:".length()));
            }
        }
        boolean[] lead = new boolean[claims.size()];
        int[] articleStart = new int[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            boolean same = i > 0 && claims.get(i).article().equals(claims.get(i - 1).article());
            articleStart[i] = same ? articleStart[i - 1] : i;
            lead[i] = i - articleStart[i] < LEAD_CLAIMS;
        }
        Grouping grouping = new Grouping(claims, storyOf, facts, postings, common, lead, articleStart);
        for (int i = 0; i < claims.size(); i++) {
            grouping.place(i);
        }
        int[] group = grouping.group;
        double[] score = grouping.score;
        List<List<Integer>> groups = grouping.groups;
        List<int[]> conflicts = grouping.conflicts;
        List<String> reasons = grouping.reasons;
        List<CorroboratedClaim> out = corroborate(claims, storyOf, group, score, groups, conflicts, reasons);
        Map<String, List<SummarySentence>> summaries = summaries(out, claims, groups, storyOf, articleStart);
        List<CorroboratedClaim> ranked = new ArrayList<>(out);
        ranked.sort(BEST_FIRST);
        return new Alignment(ranked, summaries);
    }

    /**
     * One thread's claims while they are placed in groups, one after another in thread order: each claim joins the group
     * of the earlier claim that best states it, or starts one. A method of its own per claim (not one loop inside
     * {@link #align}): the JIT compiles it once as a method, where one long loop in a method called once per thread was
     * compiled again and again on stack replacement, seconds of compiler time per run.
     */
    private final class Grouping {
        final List<ReportedClaim> claims;
        final Map<String, String> storyOf;
        final List<ClaimFacts.Prepared> facts;
        final Map<String, List<Integer>> postings;
        final Set<String> common;
        final boolean[] lead;
        final int[] articleStart;
        final ClaimJudge.Prepared[] read;
        final int[] group;
        final double[] score;
        final List<List<Integer>> groups = new ArrayList<>();
        final List<int[]> conflicts = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        Grouping(List<ReportedClaim> claims, Map<String, String> storyOf, List<ClaimFacts.Prepared> facts,
                 Map<String, List<Integer>> postings, Set<String> common, boolean[] lead, int[] articleStart) {
            this.claims = claims;
            this.storyOf = storyOf;
            this.facts = facts;
            this.postings = postings;
            this.common = common;
            this.lead = lead;
            this.articleStart = articleStart;
            this.read = new ClaimJudge.Prepared[claims.size()];
            this.group = new int[claims.size()];
            this.score = new double[claims.size()];
        }

        /** Places claim {@code i}, every claim before it placed already. */
        void place(int i) {
            int best = -1;
            double bestScore = 0;
            for (int j : closest(i, candidates(articleStart[i], facts.get(i), postings), facts, common)) {
                ClaimFacts.Prepared earlier = facts.get(j);
                ClaimFacts.Prepared later = facts.get(i);
                boolean sameStory = sameStory(j, i, claims, storyOf);
                double words = ClaimAligner.this.facts.dice(earlier, later);
                String disagreement = ClaimAligner.this.facts.disagreement(earlier, later);
                if (disagreement != null) {
                    // the same words but for a figure, a day or a negation, in one story about the same actors: a
                    // dispute; a negation is read in context by the judge (a "no" elsewhere in a long claim is none)
                    if (sameStory && words >= DISPUTED_WORDS && aboutTheSame(earlier, later) && (!"polarity".equals(disagreement)
                            || lead[i] && lead[j] && judge.judge(read(read, j, claims), read(read, i, claims)).label()
                            == ClaimVerdict.Label.CONTRADICTS)) {
                        conflicts.add(new int[] {j, i});
                        reasons.add(disagreement);
                    }
                    continue;
                }
                if (!ClaimAligner.this.facts.shareActors(earlier, later) && !earlier.entities().isEmpty() && !later.entities().isEmpty()) {
                    continue;
                }
                double support;
                if (words >= SAME_WORDS) {
                    support = words;   // much the same words (a wire's text, a copy): no model needed
                } else if (ClaimAligner.this.facts.shareFigure(earlier, later) && related(earlier, later, true, common)) {
                    support = SAME;
                } else if (sameStory && lead[i] && lead[j]
                        && (words >= JUDGED_WORDS || ClaimAligner.this.facts.sharedActors(earlier, later, common) >= 2)) {
                    support = support(judge.judge(read(read, j, claims), read(read, i, claims)));
                    if (support < SAME && support >= SAME / 2) {
                        support = Math.max(support, support(judge.judge(read(read, i, claims), read(read, j, claims))));
                    }
                    if (support < SAME && related(earlier, later, false, common)
                            && cosine(read(read, j, claims), read(read, i, claims)) >= sameMeaning()) {
                        support = SAME;
                    }
                } else {
                    support = 0;
                }
                if (support >= SAME) {
                    List<Integer> g = groups.get(group[j]);
                    if (support > bestScore && !hasArticle(g, claims, claims.get(i).article())) {
                        best = group[j];
                        bestScore = Math.min(1, support);
                    }
                }
            }
            if (best < 0) {
                group[i] = groups.size();
                score[i] = 1;
                groups.add(new ArrayList<>(List.of(i)));
            } else {
                group[i] = best;
                score[i] = bestScore;
                groups.get(best).add(i);
            }
        }
    }

    /**
     * Whether two claims are close enough in what they name for a shared figure or a like meaning to make them one:
     * two actors in common that are not named throughout the thread (the country a whole war is about tells its claims
     * apart no more than "the"), or one and a fifth of their content words, or a third of their words; with a figure in
     * common ("12-point", "230 passengers"), one such actor or a few more words.
     */
    private boolean related(ClaimFacts.Prepared a, ClaimFacts.Prepared b, boolean figure, Set<String> common) {
        return related(a, b, figure, common, facts.dice(a, b));
    }

    /** {@link #related} for two claims whose {@link ClaimFacts#dice} is known. */
    private boolean related(ClaimFacts.Prepared a, ClaimFacts.Prepared b, boolean figure, Set<String> common, double dice) {
        int actors = facts.sharedActors(a, b, common);
        return actors >= (figure ? 1 : 2) || dice >= (figure ? 0.15 : 1.0 / 3) || actors == 1 && dice >= 0.2;
    }

    /**
     * Whether two claims that disagree are about the same thing, so that the disagreement is a dispute: they name a
     * common actor, or, naming none, share most of their words.
     */
    private boolean aboutTheSame(ClaimFacts.Prepared a, ClaimFacts.Prepared b) {
        if (a.entities().isEmpty() && b.entities().isEmpty()) {
            return facts.dice(a, b) >= 0.5;
        }
        return !a.entities().isEmpty() && !b.entities().isEmpty() && facts.shareActors(a, b);
    }

    /**
     * The cosine of two claims' sentence vectors from which claims of one story naming the same actors mean the same,
     * whatever the judge's weighing of their words (a reported statement and a quote of it share few words). Only
     * within a story: reports of one event say the same things in other words, while a later story of the thread
     * repeats a fact in much the same words (or with the same figure) and tells a new event in like ones.
     */
    private static double sameMeaning() {
        return SentenceEncoder.shared().sameMeaning();
    }

    /** The cosine of two claims' sentence vectors (each claim's first sentence when it has several). */
    private static double cosine(ClaimJudge.Prepared a, ClaimJudge.Prepared b) {
        ClaimFeatures.Unit x = a.whole != null ? a.whole : a.sentences.get(0);
        ClaimFeatures.Unit y = b.whole != null ? b.whole : b.sentences.get(0);
        return SentenceEncoder.dot(x.encoded().mean(), y.encoded().mean());   // each mean is a unit vector already
    }

    /** How likely the judge finds that the text states the claim. */
    private static double support(ClaimVerdict v) {
        return switch (v.label()) {
            case SUPPORTS -> v.score();
            case OTHER -> 1 - v.score();
            case CONTRADICTS -> 0;
        };
    }

    /** A claim read for the judge on first need (most claims are never compared), then kept. */
    private ClaimJudge.Prepared read(ClaimJudge.Prepared[] read, int i, List<ReportedClaim> claims) {
        if (read[i] == null) {
            read[i] = judge.prepare(claims.get(i).text());
        }
        return read[i];
    }

    private static boolean sameStory(int a, int b, List<ReportedClaim> claims, Map<String, String> storyOf) {
        return storyOf.get(claims.get(a).article()).equals(storyOf.get(claims.get(b).article()));
    }

    /**
     * The few candidates the judge weighs for claim {@code i}: those related closely enough in words, figures or
     * distinctive actors ({@link #related}), the {@link #JUDGED} with most words in common, in thread order. The
     * judge reads a claim's meaning with a model (milliseconds a sentence): it sees the likely pairs, not every one.
     */
    private List<Integer> closest(int i, List<Integer> candidates, List<ClaimFacts.Prepared> facts, Set<String> common) {
        List<double[]> kept = new ArrayList<>();
        for (int j : candidates) {
            boolean figure = this.facts.shareFigure(facts.get(j), facts.get(i));
            double dice = this.facts.dice(facts.get(j), facts.get(i));
            if (related(facts.get(j), facts.get(i), figure, common, dice)) {
                kept.add(new double[] {j, dice});
            }
        }
        kept.sort(Comparator.comparingDouble((double[] k) -> -k[1]).thenComparingDouble(k -> k[0]));
        List<Integer> out = new ArrayList<>();
        for (double[] k : kept.subList(0, Math.min(JUDGED, kept.size()))) {
            out.add((int) k[0]);
        }
        out.sort(null);
        return out;
    }

    /**
     * Earlier claims of other articles sharing a key with a claim, those sharing the rarest keys first: an
     * article's claims stand together, so only those before its first claim are looked at (a long article is not
     * compared with itself).
     */
    private static List<Integer> candidates(int articleStart, ClaimFacts.Prepared p, Map<String, List<Integer>> postings) {
        List<List<Integer>> lists = new ArrayList<>();
        for (String key : p.keys()) {
            lists.add(postings.get(key));
        }
        lists.sort(Comparator.comparingInt(List::size));
        Set<Integer> out = new LinkedHashSet<>();
        for (List<Integer> list : lists) {
            for (int j : list) {
                if (j >= articleStart) {
                    break;
                }
                out.add(j);
                if (out.size() >= MAX_CANDIDATES) {
                    return new ArrayList<>(out);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean hasArticle(List<Integer> group, List<ReportedClaim> claims, String article) {
        for (int k : group) {
            if (claims.get(k).article().equals(article)) {
                return true;
            }
        }
        return false;
    }

    private static List<CorroboratedClaim> corroborate(List<ReportedClaim> claims, Map<String, String> storyOf, int[] group,
                                                       double[] score, List<List<Integer>> groups, List<int[]> conflicts,
                                                       List<String> reasons) {
        List<String> ids = new ArrayList<>();
        for (List<Integer> g : groups) {
            ReportedClaim first = claims.get(g.get(0));
            ids.add("claim-" + first.article() + "-" + first.claim().span().start());
        }
        Map<Integer, Map<Integer, CorroboratedClaim.Contradiction>> disputed = new HashMap<>();
        for (int k = 0; k < conflicts.size(); k++) {
            int a = conflicts.get(k)[0];
            int b = conflicts.get(k)[1];
            if (group[a] == group[b]) {
                continue;
            }
            disputed.computeIfAbsent(group[a], x -> new LinkedHashMap<>()).putIfAbsent(group[b],
                    new CorroboratedClaim.Contradiction(ids.get(group[b]), reasons.get(k), source(claims.get(a), 1), source(claims.get(b), 1)));
            disputed.computeIfAbsent(group[b], x -> new LinkedHashMap<>()).putIfAbsent(group[a],
                    new CorroboratedClaim.Contradiction(ids.get(group[a]), reasons.get(k), source(claims.get(b), 1), source(claims.get(a), 1)));
        }
        List<CorroboratedClaim> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<CorroboratedClaim.Source> sources = new ArrayList<>();
            Set<String> independent = new HashSet<>();
            for (int k : groups.get(g)) {
                sources.add(source(claims.get(k), score[k]));
                independent.add(claims.get(k).source());
            }
            ReportedClaim first = claims.get(groups.get(g).get(0));
            out.add(new CorroboratedClaim(ids.get(g), storyOf.get(first.article()), first.text(), sources, independent.size(),
                    List.copyOf(disputed.getOrDefault(g, Map.of()).values())));
        }
        return out;
    }

    private static CorroboratedClaim.Source source(ReportedClaim c, double score) {
        return new CorroboratedClaim.Source(c.article(), c.outlet(), c.claim().span(), c.text(), Math.round(score * 1000) / 1000.0);
    }

    /**
     * Per story, up to {@link #SUMMARY_SENTENCES} whole sentences: the best-corroborated claims with a source in the
     * story, each given by the sentence of its first source in the story, skipping a claim another claim disputes (a
     * summary says what is known) and one whose words mostly repeat a sentence already taken. Among claims as well
     * corroborated, those nearer the top of an article come first (each article's lead, then its second claim, ...),
     * so that a story of single-sourced claims is summed up from all of its articles, not from its first alone.
     */
    private Map<String, List<SummarySentence>> summaries(List<CorroboratedClaim> corroborated, List<ReportedClaim> claims,
                                                         List<List<Integer>> groups, Map<String, String> storyOf,
                                                         int[] articleStart) {
        List<Integer> order = new ArrayList<>();
        int[] place = new int[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            order.add(g);
            place[g] = groups.get(g).stream().mapToInt(k -> k - articleStart[k]).min().orElse(0);
        }
        order.sort(Comparator.comparing((Integer g) -> corroborated.get(g), BEST_FIRST).thenComparingInt(g -> place[g]));
        Map<String, List<SummarySentence>> out = new LinkedHashMap<>();
        Map<String, List<ClaimFacts.Prepared>> taken = new HashMap<>();
        for (int g : order) {
            if (!corroborated.get(g).contradictions().isEmpty()) {
                continue;
            }
            Set<String> stories = new LinkedHashSet<>();
            for (int k : groups.get(g)) {
                stories.add(storyOf.get(claims.get(k).article()));
            }
            for (String story : stories) {
                List<SummarySentence> sentences = out.computeIfAbsent(story, s -> new ArrayList<>());
                if (sentences.size() >= SUMMARY_SENTENCES) {
                    continue;
                }
                ReportedClaim c = null;
                for (int k : groups.get(g)) {
                    if (storyOf.get(claims.get(k).article()).equals(story)) {
                        c = claims.get(k);
                        break;
                    }
                }
                ClaimFacts.Prepared p = facts.prepare(c.sentenceText(), c.entities(), c.dates());
                List<ClaimFacts.Prepared> before = taken.computeIfAbsent(story, s -> new ArrayList<>());
                if (before.stream().anyMatch(b -> facts.overlap(b, p) > 0.5)
                        || sentences.stream().anyMatch(s -> s.text().equals(p.text()))) {
                    continue;
                }
                List<String> cites = new ArrayList<>();
                cites.add(c.article());
                for (CorroboratedClaim.Source s : corroborated.get(g).sources()) {
                    if (!cites.contains(s.article())) {
                        cites.add(s.article());
                    }
                }
                sentences.add(new SummarySentence(corroborated.get(g).id(), c.article(), c.sentence(), c.sentenceText(), cites));
                before.add(p);
            }
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }
}

package org.parallax.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.model.CorroboratedClaim;
import org.parallax.nlp.ClaimAligner;

import org.parallax.stage.CorpusStage;
import org.parallax.stage.Tasks;
import org.parallax.store.Store;

/**
 * The claims corpus stage, after stories and identities: each storyline that gained or changed an article has its
 * claims aligned again across its articles (the same claim in other words, its independent sources, the claims that
 * dispute it, each story's summary) and saved in one transaction per storyline. A storyline is the unit because a
 * follow-up story repeats the facts of the one before it. Storylines are aligned on a pool of threads and saved in
 * their order, a new one starting as each is saved.
 */
final class ClaimStage implements CorpusStage {
    static final String NAME = "claims";

    private final Store store;
    private final ClaimAligner aligner;

    /** Storylines in flight per thread. */
    private static final int WINDOW = 4;

    private final int threads;

    ClaimStage(Store store, ClaimAligner aligner, int threads) {
        this.store = store;
        this.aligner = aligner;
        this.threads = threads;
    }

    private record Aligned(Store.Thread thread, ClaimAligner.Alignment alignment) {
    }


    @Override
    public String name() {
        return NAME;
    }

    /**
     * 2: summaries take each article's lead before any article's second claim; stores aligned at 1 are aligned again.
     */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public Outcome update() {
        long started = System.nanoTime();
        int articles = 0;
        int claims = 0;
        int corroborated = 0;
        int contested = 0;
        List<String> storylines = store.storylinesToAlign(version());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, storylines.size())));
        try {
            // aligned side by side, at most a window in flight, saved in storyline order: the same for any number of
            // threads; the next storyline starts as soon as the oldest is saved, so no thread waits for a window's last
            Deque<Future<Aligned>> aligning = new ArrayDeque<>();
            int next = 0;
            while (next < storylines.size() || !aligning.isEmpty()) {
                while (next < storylines.size() && aligning.size() < WINDOW * threads) {
                    String storyline = storylines.get(next++);
                    aligning.add(pool.submit(() -> {
                        Store.Thread thread = store.thread(storyline);
                        return new Aligned(thread, aligner.align(thread.claims(), thread.storyOf()));
                    }));
                }
                Aligned done = Tasks.await(aligning.removeFirst(), "aligning claims");
                store.saveAlignment(done.thread(), done.alignment(), version());
                articles += done.thread().storyOf().size();
                claims += done.alignment().claims().size();
                for (CorroboratedClaim c : done.alignment().claims()) {
                    corroborated += c.independentSources() > 1 ? 1 : 0;
                    contested += c.contradictions().isEmpty() ? 0 : 1;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(articles, String.format(Locale.ROOT, "claims=%d, corroborated=%d, contested=%d", claims,
                corroborated, contested), (System.nanoTime() - started) / 1e9);
    }
}

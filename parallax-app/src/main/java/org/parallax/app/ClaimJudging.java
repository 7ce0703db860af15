package org.parallax.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.parallax.eval.ClaimPairs;
import org.parallax.nlp.ClaimJudge;
import org.parallax.nlp.ClaimVerdict;

/**
 * Runs the claim judge over claim pairs on a few threads: each distinct text is prepared once (the articles of
 * SummEdits stand in many pairs), and each pair gets its verdict as a prediction. The verdicts do not depend on the
 * number of threads or their order.
 */
final class ClaimJudging {
    private ClaimJudging() {
    }

    /** The predictions by pair id; a pair whose judging failed is reported to {@code failed} and left out. */
    static Map<String, ClaimPairs.Prediction> judge(List<ClaimPairs.Pair> pairs, int threads,
                                                    BiConsumer<String, RuntimeException> failed) {
        ClaimJudge judge = new ClaimJudge();
        Map<String, ClaimJudge.Prepared> prepared = new ConcurrentHashMap<>();
        Map<String, ClaimPairs.Prediction> predictions = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (ClaimPairs.Pair p : pairs) {
                futures.add(pool.submit(() -> {
                    try {
                        ClaimVerdict v = judge.judge(prepared.computeIfAbsent(p.first(), judge::prepare),
                                prepared.computeIfAbsent(p.second(), judge::prepare));
                        predictions.put(p.id(), new ClaimPairs.Prediction(ClaimPairs.Label.valueOf(v.label().name()),
                                v.score()));
                    } catch (RuntimeException e) {
                        failed.accept(p.id(), e);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while judging claim pairs", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
        return new HashMap<>(predictions);
    }
}

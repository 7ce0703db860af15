package org.parallax.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.parallax.eval.ClaimPairs;
import org.parallax.model.Claim;
import org.parallax.model.ReportedClaim;
import org.parallax.model.Span;
import org.parallax.nlp.ClaimAligner;
import org.parallax.nlp.ClaimJudge;
import org.parallax.nlp.ClaimVerdict;
import org.parallax.stage.Tasks;

/**
 * Runs the claim judge over claim pairs on a few threads: each distinct text is prepared once (the articles of
 * SummEdits stand in many pairs), and each pair gets its verdict as a prediction. The verdicts do not depend on the
 * number of threads or their order.
 */
final class ClaimJudging {
    private ClaimJudging() {
    }

    /**
     * How the claims stage's alignment decides the labelled sentence pairs (MRPC's): each pair as two reports of one
     * story (no entities known), the same claim when the aligner makes one claim of them. Gives the pairs scored,
     * true, false and missed "same", and how many pairs it marks as disputing each other.
     */
    static int[] align(List<ClaimPairs.Pair> pairs) {
        ClaimAligner aligner = new ClaimAligner(new ClaimJudge());
        int[] out = new int[5];
        for (ClaimPairs.Pair p : pairs) {
            if (p.label() == null || !p.set().equals("mrpc")) {
                continue;
            }
            List<ReportedClaim> claims = List.of(reported("a", p.first()), reported("b", p.second()));
            ClaimAligner.Alignment a = aligner.align(claims, Map.of("a", "story", "b", "story"));
            boolean same = a.claims().size() == 1;
            boolean gold = p.label() == ClaimPairs.Label.SUPPORTS;
            out[0]++;
            out[1] += same && gold ? 1 : 0;
            out[2] += same && !gold ? 1 : 0;
            out[3] += !same && gold ? 1 : 0;
            out[4] += a.claims().stream().anyMatch(c -> !c.contradictions().isEmpty()) ? 1 : 0;
        }
        return out;
    }

    private static ReportedClaim reported(String article, String text) {
        Span all = new Span(0, text.length());
        return new ReportedClaim(article, null, "article:" + article, new Claim(all, List.of(), List.of(), List.of()), text,
                all, text, List.of(), List.of());
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
                Tasks.await(f, "judging claim pairs");
            }
        } finally {
            pool.shutdown();
        }
        return new HashMap<>(predictions);
    }
}

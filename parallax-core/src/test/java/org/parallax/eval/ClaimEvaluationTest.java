package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.eval.ClaimPairs.Label;
import org.parallax.eval.ClaimPairs.Pair;
import org.parallax.eval.ClaimPairs.Prediction;

class ClaimEvaluationTest {
    private static Pair pair(String id, String set, Label gold, String... kinds) {
        return new Pair(id, set, "premise " + id, "claim " + id, gold, List.of(kinds));
    }

    /**
     * Four two-way pairs and six three-way ones, with predictions worked out by hand: on mrpc a contradicts
     * prediction counts as other; a pair without prediction counts as other.
     */
    private static final List<Pair> PAIRS = List.of(
            pair("m1", "mrpc", Label.SUPPORTS), pair("m2", "mrpc", Label.SUPPORTS),
            pair("m3", "mrpc", Label.OTHER), pair("m4", "mrpc", Label.OTHER),
            pair("s1", "summedits", Label.SUPPORTS), pair("s2", "summedits", Label.SUPPORTS),
            pair("s3", "summedits", Label.CONTRADICTS, "entity"), pair("s4", "summedits", Label.CONTRADICTS, "negation"),
            pair("s5", "summedits", Label.CONTRADICTS), pair("s6", "summedits", Label.OTHER, "hallucination"),
            pair("h1", "summedits", null));

    private static Map<String, Prediction> predictions() {
        Map<String, Prediction> p = new HashMap<>();
        p.put("m1", new Prediction(Label.SUPPORTS, 0.9));
        p.put("m2", new Prediction(Label.CONTRADICTS, 0.6));   // -> other on mrpc: a missed paraphrase
        p.put("m3", new Prediction(Label.SUPPORTS, 0.7));
        p.put("m4", new Prediction(Label.CONTRADICTS, 0.8));   // -> other on mrpc: right
        p.put("s1", new Prediction(Label.SUPPORTS, 0.9));
        // s2 missing: other
        p.put("s3", new Prediction(Label.CONTRADICTS, 0.7));
        p.put("s4", new Prediction(Label.SUPPORTS, 0.6));
        p.put("s5", new Prediction(Label.CONTRADICTS, 0.7));
        p.put("s6", new Prediction(Label.CONTRADICTS, 0.5));
        p.put("h1", new Prediction(Label.SUPPORTS, 0.5));
        return p;
    }

    @Test
    void score_mrpcTwoWay() {
        ClaimEvaluation.Report r = ClaimEvaluation.score(PAIRS, predictions(), 0);
        ClaimEvaluation.Group mrpc = r.group("mrpc");
        assertThat(mrpc.pairs()).isEqualTo(4);
        assertThat(mrpc.accuracy()).isEqualTo(0.5);
        assertThat(mrpc.score(Label.SUPPORTS)).isEqualTo(new ClaimEvaluation.Score(1, 2, 2));
        assertThat(mrpc.score(Label.CONTRADICTS).predicted()).isZero();
        // supports F1 1/2, other F1 1/2 (right 1 of 2 predicted, 2 gold): macro over the two gold labels
        assertThat(mrpc.macroF1()).isEqualTo(0.5);
    }

    @Test
    void score_summeditsThreeWayBalancedAccuracyAndKinds() {
        ClaimEvaluation.Report r = ClaimEvaluation.score(PAIRS, predictions(), 0);
        ClaimEvaluation.Group s = r.group("summedits");
        assertThat(s.pairs()).isEqualTo(6);
        assertThat(s.correct()).isEqualTo(3);
        assertThat(s.score(Label.SUPPORTS)).isEqualTo(new ClaimEvaluation.Score(1, 2, 2));
        assertThat(s.score(Label.CONTRADICTS)).isEqualTo(new ClaimEvaluation.Score(2, 3, 3));
        assertThat(s.score(Label.OTHER)).isEqualTo(new ClaimEvaluation.Score(0, 1, 1));
        assertThat(s.macroF1()).isCloseTo((0.5 + 2.0 / 3 + 0) / 3, within(1e-9));
        // consistent: 1 of 2 said supports; inconsistent: 3 of 4 not said supports
        assertThat(r.balanced()).isCloseTo((0.5 + 0.75) / 2, within(1e-9));
        assertThat(r.kindRecall()).containsOnlyKeys("", "entity", "negation");
        assertThat(r.kindRecall().get("entity").recall()).isEqualTo(1.0);
        assertThat(r.kindRecall().get("negation").recall()).isEqualTo(0.0);
    }

    @Test
    void score_allPairsLeaveOutHeldOutAndCountMrpcContradictsAsOther() {
        ClaimEvaluation.Report r = ClaimEvaluation.score(PAIRS, predictions(), 2);
        assertThat(r.pairs()).isEqualTo(11);
        assertThat(r.labelled()).isEqualTo(10);
        ClaimEvaluation.Group all = r.group("all");
        assertThat(all.correct()).isEqualTo(5);
        assertThat(all.score(Label.CONTRADICTS)).isEqualTo(new ClaimEvaluation.Score(2, 3, 3));
        assertThat(all.score(Label.SUPPORTS)).isEqualTo(new ClaimEvaluation.Score(2, 4, 4));
        assertThat(r.toString()).contains("2 malformed lines");
        assertThat(r.summary()).isEqualTo(String.format(java.util.Locale.ROOT,
                "Summary: claims n=10 mrpc_supports_F1=0.500 mrpc_acc=0.500 summedits_bacc=0.625 contradicts_F1=0.667"
                        + " macro_F1=%.3f", (0.5 + 2.0 / 3 + 2.0 * 1 / (3 + 3)) / 3));
        assertThat(r.toString()).endsWith(r.summary());
    }

    @Test
    void score_noLabels_noMeasures() {
        List<Pair> heldOut = List.of(pair("h1", "mrpc", null), pair("h2", "summedits", null));
        ClaimEvaluation.Report r = ClaimEvaluation.score(heldOut, Map.of(), 0);
        assertThat(r.labelled()).isZero();
        assertThat(r.summary()).contains("n=0").contains("summedits_bacc=NA");
    }
}

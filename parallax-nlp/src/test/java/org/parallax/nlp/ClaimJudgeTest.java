package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.nlp.ClaimVerdict.Label;

class ClaimJudgeTest {
    private static final ClaimJudge JUDGE = new ClaimJudge();

    private static final String PLANT = "The company said on Tuesday that it would cut 1,200 jobs at its plant in"
            + " Ohio by the end of the year.";

    /** An invented news article of several paragraphs. */
    private static final String ARTICLE = """
            Flooding forces hundreds from their homes in Tarnby

            Heavy rain caused the river Vell to burst its banks on Sunday, flooding more than 300 homes in the town of Tarnby.

            The mayor, Anna Lindqvist, said that emergency crews had rescued 45 people from the water overnight and that no one had been hurt.

            Schools in the district will stay closed until Wednesday, the regional council said in a statement.

            Forecasters expect the rain to ease on Monday, although the river may rise again later in the week.
            """;

    @Test
    void judge_sureAtAGlance_readsWithTheFirstEncoderOnly_andUnsureNearTheThreshold() {
        ClaimJudge.Prepared plant = JUDGE.prepare(PLANT);
        ClaimJudge.Prepared weather = JUDGE.prepare("Heavy rain is expected in Ohio on Tuesday.");
        assertThat(JUDGE.judge(plant, weather).label()).isEqualTo(Label.OTHER);
        assertThat(plant.whole.readTwice() || weather.whole.readTwice()).as("the second encoder, for a clear case").isFalse();
        ClaimWeights.Model glance = ClaimWeights.bundled().model(ClaimFeatures.Mode.GLANCE);
        assertThat(ClaimJudge.unsure(glance.threshold() + ClaimJudge.UNSURE / 2, glance)).isTrue();
        assertThat(ClaimJudge.unsure(glance.threshold() - ClaimJudge.UNSURE * 2, glance)).isFalse();
    }

    @Test
    void judge_numberChanged_contradicts() {
        ClaimVerdict v = JUDGE.judge(PLANT, "The company said on Tuesday that it would cut 3,000 jobs at its plant in"
                + " Ohio by the end of the year.");
        assertThat(v.label()).isEqualTo(Label.CONTRADICTS);
    }

    @Test
    void judge_negated_contradicts() {
        ClaimVerdict v = JUDGE.judge(PLANT, "The company said on Tuesday that it would not cut 1,200 jobs at its"
                + " plant in Ohio by the end of the year.");
        assertThat(v.label()).isEqualTo(Label.CONTRADICTS);
    }

    @Test
    void judge_antonym_contradicts() {
        ClaimVerdict v = JUDGE.judge("Oil prices rose sharply on Monday after the pipeline was shut.",
                "Oil prices fell sharply on Monday after the pipeline was shut.");
        assertThat(v.label()).isEqualTo(Label.CONTRADICTS);
    }

    @Test
    void judge_paraphrase_supports() {
        ClaimVerdict v = JUDGE.judge(PLANT, "By the end of the year, 1,200 jobs will be cut at the company's Ohio"
                + " plant, it said on Tuesday.");
        assertThat(v.label()).isEqualTo(Label.SUPPORTS);
        assertThat(v.score()).isBetween(0.0, 1.0);
    }

    @Test
    void judge_unrelated_other() {
        ClaimVerdict v = JUDGE.judge(PLANT, "The orchestra will play three concerts in Vienna next spring.");
        assertThat(v.label()).isEqualTo(Label.OTHER);
    }

    @Test
    void judge_claimStatedByOneSentenceOfArticle_supports() {
        ClaimVerdict v = JUDGE.judge(ARTICLE, "Emergency crews rescued 45 people from the water overnight, the mayor"
                + " said.");
        assertThat(v.label()).isEqualTo(Label.SUPPORTS);
    }

    @Test
    void judge_claimWithAnotherFigureThanArticle_contradicts() {
        ClaimVerdict v = JUDGE.judge(ARTICLE, "Emergency crews rescued 12 people from the water overnight, the mayor"
                + " said.");
        assertThat(v.label()).isEqualTo(Label.CONTRADICTS);
    }

    @Test
    void judge_claimWhoseFigureTheArticleGivesOnlyElsewhere_contradicts() {
        String claim = "Emergency crews rescued 300 people from the water overnight, the mayor said.";
        ClaimFeatures.Comparison c = ClaimJudge.compare(JUDGE.prepare(ARTICLE), JUDGE.prepare(claim), true).get(0);
        assertThat(c.get("newFigure")).isZero();
        assertThat(c.get("farFigure")).isEqualTo(1);
        assertThat(JUDGE.judge(ARTICLE, claim).label()).isEqualTo(Label.CONTRADICTS);
    }

    @Test
    void judge_claimTheArticleDoesNotMake_notSupports() {
        ClaimVerdict v = JUDGE.judge(ARTICLE, "The central bank raised interest rates by half a point to fight inflation.");
        assertThat(v.label()).isEqualTo(Label.OTHER);
    }

    @Test
    void judge_preparedOnceAndAgain_sameVerdict() {
        ClaimJudge.Prepared premise = JUDGE.prepare(ARTICLE);
        ClaimJudge.Prepared claim = JUDGE.prepare("Schools in the district will remain shut until Wednesday.");
        ClaimVerdict first = JUDGE.judge(premise, claim);
        ClaimVerdict again = JUDGE.judge(premise, claim);
        ClaimVerdict fresh = new ClaimJudge().judge(ARTICLE, "Schools in the district will remain shut until Wednesday.");
        assertThat(again).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
        assertThat(first.label()).isEqualTo(Label.SUPPORTS);
    }
}

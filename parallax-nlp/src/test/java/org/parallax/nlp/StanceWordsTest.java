package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceWordsTest {
    @Test
    void evaluation_listedWords_praiseOrCriticize() {
        assertThat(StanceWords.evaluation("honest")).isEqualTo(1);
        assertThat(StanceWords.evaluation("dishonest")).isEqualTo(-1);
        assertThat(StanceWords.evaluation("table")).isZero();
    }

    @Test
    void evaluation_formsTheListDoesNotName_areReadByTheirBase() {
        assertThat(StanceWords.evaluation("bullies")).isEqualTo(-1);
        assertThat(StanceWords.evaluation("embarrassments")).isEqualTo(-1);
        assertThat(StanceWords.evaluation("hypocrisies")).isEqualTo(-1);
        assertThat(StanceWords.evaluation("successes")).isEqualTo(1);
    }

    @Test
    void evaluation_formsWhoseBaseMeansSomethingElse_sayNothing() {
        assertThat(StanceWords.evaluation("rights")).isZero();
        assertThat(StanceWords.evaluation("news")).isZero();
        assertThat(StanceWords.evaluation("fines")).isZero();
    }
    @Test
    void evaluation_generalVocabularyOfEachField_praisesOrCriticizes() {
        // competence, honesty, harm, danger, legality, fairness, morality, success, emotion, verbs, nouns, idioms
        for (String w : List.of("shrewd", "candor", "bolstered", "lawful", "impartial", "virtuous", "thrived",
                "appreciated", "lauded", "well-respected")) {
            assertThat(StanceWords.evaluation(w)).as(w).isEqualTo(1);
        }
        for (String w : List.of("bungled", "fabricated", "jeopardizes", "perilous", "embezzlement", "one-sided",
                "depraved", "futile", "despised", "rebuked", "backlash", "flip-flopping", "boondoggle")) {
            assertThat(StanceWords.evaluation(w)).as(w).isEqualTo(-1);
        }
    }

    @Test
    void evaluation_wordsWithACommonSenseThatEvaluatesNothing_sayNothing() {
        for (String w : List.of("critical", "lame", "forthcoming", "defending", "hailing", "complimentary",
                "nonpartisan", "virtue", "prevailing", "belligerent", "payoff")) {
            assertThat(StanceWords.evaluation(w)).as(w).isZero();
        }
    }
}

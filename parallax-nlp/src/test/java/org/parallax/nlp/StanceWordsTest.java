package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

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
    }
}

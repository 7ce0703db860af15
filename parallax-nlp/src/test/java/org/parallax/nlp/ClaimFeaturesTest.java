package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFeaturesTest {
    @Test
    void sharedGrams_countEachSequenceAsOftenAsBothHoldIt() {
        List<String> a = List.of("the", "vote", "was", "put", "off", "the", "vote");
        List<String> b = List.of("they", "put", "off", "the", "vote");

        double[] bigrams = ClaimFeatures.sharedGrams(a, b, 2);

        assertThat(bigrams[0]).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(bigrams[1]).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(ClaimFeatures.sharedGrams(a, b, 3)[1]).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void sharedGrams_tooShortForASequence_isOne() {
        assertThat(ClaimFeatures.sharedGrams(List.of("yes"), List.of("no", "way", "out"), 3))
                .containsExactly(1.0, 0.0);
    }

    @Test
    void sharedCharacters_rewardsWordsSpelledAlike() {
        double alike = ClaimFeatures.sharedCharacters("Shares fell 5 per cent", "shares fell five percent");
        double apart = ClaimFeatures.sharedCharacters("Shares fell 5 per cent", "The court ruled on Monday");

        assertThat(ClaimFeatures.sharedCharacters("Same words", "same words")).isEqualTo(1.0);
        assertThat(ClaimFeatures.sharedCharacters("ABCD", "abce")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(alike).isGreaterThan(0.4);
        assertThat(apart).isLessThan(0.1);
    }

    @Test
    void unmatched_countsDistinctWordsTheOtherLacks() {
        assertThat(ClaimFeatures.unmatched(List.of("the", "bank", "cut", "the", "rate"),
                List.of("the", "rate", "was", "raised"))).isEqualTo(2);
    }
}

package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
    private static final SentenceEncoder ENCODER = SentenceEncoder.shared();

    private static double cosine(String a, String b) {
        return SentenceEncoder.dot(ENCODER.encode(a).mean(), ENCODER.encode(b).mean());
    }

    @Test
    void encode_sameTextTwice_sameUnitVectors() {
        String text = "The harbour authority closed the northern pier after the storm damaged its cranes.";
        SentenceEncoder.Encoded first = ENCODER.encode(text);
        SentenceEncoder.Encoded again = ENCODER.encode(text);
        assertThat(again.mean()).containsExactly(first.mean());
        assertThat(SentenceEncoder.dot(first.mean(), first.mean())).isCloseTo(1.0, within(1e-4));
        assertThat(first.words()).doesNotContain("[CLS]", "[SEP]", "query");
        assertThat(first.pieces().length).isEqualTo(first.words().length);
    }

    @Test
    void sameMeaning_paraphraseReachesIt_otherEventOfSameActorDoesNot() {
        double paraphrase = cosine("The harbour authority closed the northern pier after the storm damaged its cranes.",
                "After storm damage to its cranes, the northern pier was shut by the port authority.");
        double otherEvent = cosine("The harbour authority closed the northern pier after the storm damaged its cranes.",
                "The harbour authority will hire forty new pilots next year to cut waiting times for ships.");
        assertThat(paraphrase).isGreaterThanOrEqualTo(ENCODER.sameMeaning());
        assertThat(otherEvent).isLessThan(ENCODER.sameMeaning());
    }
}

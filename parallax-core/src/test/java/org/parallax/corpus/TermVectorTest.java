package org.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorTest {
    private static final String TEXT = "Rescuers pulled nine miners from the flooded shaft near Kessel on Sunday.\n\n"
            + "The company said pumps had failed overnight and that 1,200 tonnes of water had entered the lower gallery.";

    @Test
    void counts_pageWithoutHeadline_weighsItsLeadInItsStead() {
        Map<String, Double> untitled = TermVector.counts("", TEXT, new HashMap<>());
        Map<String, Double> titled = TermVector.counts("Flood in coal mine", TEXT, new HashMap<>());
        String lead = TermVector.stem("rescuers");
        String body = TermVector.stem("company");
        assertThat(untitled.get(lead)).isGreaterThan(untitled.get(body));
        assertThat(titled.get(lead)).isEqualTo(titled.get(body));
    }

    @Test
    void counts_numbersOfTwoDigitsOrMore_areTermsAsWritten() {
        Map<String, String> surfaces = new HashMap<>();
        Map<String, Double> tf = TermVector.counts("Flood in coal mine", TEXT, surfaces);
        assertThat(tf).containsKey("#1200");
        assertThat(surfaces).containsEntry("#1200", "1,200");
        assertThat(tf.keySet()).noneMatch(k -> k.startsWith("#") && k.length() == 2);
    }

    @Test
    void lead_endsAtTheFirstParagraphOrWithinItsLength() {
        assertThat(TermVector.lead(TEXT)).isEqualTo(TEXT.indexOf('\n'));
        assertThat(TermVector.lead("x".repeat(1000))).isLessThan(1000);
        assertThat(TermVector.lead("")).isZero();
    }
}

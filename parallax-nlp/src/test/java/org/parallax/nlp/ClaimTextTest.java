package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimTextTest {
    @Test
    void figures_oneSpellingForDigitsWordsAndMonths() {
        ClaimText t = new ClaimText("Six people and 1,000 sheep crossed on 3 March, said Ms. Berg.");
        assertThat(t.figures).containsExactlyInAnyOrder("6", "1000", "3", "mar");
    }

    @Test
    void figures_hyphenedNumberWordsAndPercentSignAsTheirDigitsAndWord() {
        ClaimText words = new ClaimText("Ninety-five percent of cargo, said Fifty-seven senators.");
        ClaimText digits = new ClaimText("95% of cargo, said 57 senators.");
        assertThat(words.figures).containsExactlyInAnyOrder("95", "57");
        assertThat(digits.figures).isEqualTo(words.figures);
        assertThat(digits.content).isEqualTo(words.content);
        assertThat(digits.text).isEqualTo("95% of cargo, said 57 senators.");
        assertThat(new ClaimText("Twenty-one-year-old Berg said it.").figures).containsExactly("21");
    }

    @Test
    void polarityDiffers_notBetweenTwoWaysOfSayingNo() {
        ClaimText no = new ClaimText("Massachusetts has no state death penalty.");
        ClaimText not = new ClaimText("Massachusetts does not have a state death penalty.");
        assertThat(no.polarityDiffers(not)).isFalse();
        assertThat(not.polarityDiffers(no)).isFalse();
        assertThat(new ClaimText("Massachusetts has a state death penalty.").polarityDiffers(not)).isTrue();
    }

    @Test
    void names_insideTheSentenceAndCountriesUnderOneKey() {
        ClaimText a = new ClaimText("Protesters gathered outside the U.K. embassy in Oslo.");
        ClaimText b = new ClaimText("British protesters gathered outside the embassy in Oslo.");
        assertThat(a.names).contains("oslo");
        assertThat(a.names).containsAnyElementsOf(b.names);
        assertThat(a.names).doesNotContain("protesters");
    }

    @Test
    void negations_countedWithContractions() {
        assertThat(new ClaimText("He didn't say no.").negations).isEqualTo(2);
        assertThat(new ClaimText("He said yes.").negations).isZero();
    }

    @Test
    void polarityDiffers_onlyWhereTheNegationGovernsSharedWords() {
        ClaimText cut = new ClaimText("The firm would cut 200 jobs.");
        assertThat(new ClaimText("The firm would not cut 200 jobs.").polarityDiffers(cut)).isTrue();
        assertThat(cut.polarityDiffers(new ClaimText("The firm didn't cut jobs."))).isTrue();
        assertThat(new ClaimText("The firm would cut 200 jobs, and no one was hurt.").polarityDiffers(cut)).isFalse();
        assertThat(new ClaimText("The firm would not cut 200 jobs.")
                .polarityDiffers(new ClaimText("No, the firm would not cut 200 jobs."))).isFalse();
    }

    @Test
    void opposes_antonymOnOneSideOnly() {
        ClaimText rose = new ClaimText("Prices rose in May.");
        ClaimText fell = new ClaimText("Prices fell in May.");
        ClaimText both = new ClaimText("Prices rose and then fell in May.");
        assertThat(rose.opposes(fell)).isTrue();
        assertThat(fell.opposes(rose)).isTrue();
        assertThat(new ClaimText("Prices will increase in May.").opposes(new ClaimText("Prices decreased in May.")))
                .isTrue();
        assertThat(rose.opposes(both)).isFalse();
        assertThat(rose.opposes(new ClaimText("Prices rose in June."))).isFalse();
    }

    @Test
    void stem_pluralsAndVerbEndingsMeet() {
        assertThat(ClaimText.stem("protesters")).isEqualTo(ClaimText.stem("protester"));
        assertThat(ClaimText.stem("stopped")).isEqualTo(ClaimText.stem("stop"));
        assertThat(ClaimText.stem("cities")).isEqualTo(ClaimText.stem("city"));
    }
}

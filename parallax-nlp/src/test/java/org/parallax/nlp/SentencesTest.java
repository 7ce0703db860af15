package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Sentence;

class SentencesTest {

    private static List<String> texts(String text) {
        return Sentences.split(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void split_linesAndStops_giveSentencesWithParagraphs() {
        String text = "Harbour fees cut\n\nThe port cut fees on Monday. Fishers welcomed it! \"It helps,\" one said.\nA second line.";
        assertThat(texts(text)).containsExactly("Harbour fees cut", "The port cut fees on Monday.", "Fishers welcomed it!",
                "\"It helps,\" one said.", "A second line.");
        assertThat(Sentences.split(text)).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 1, 2);
    }

    @Test
    void split_abbreviationsAndInitials_doNotEndASentence() {
        String text = "Gen. Ana Silva met Mr. J. Okafor in the U.S. Capitol on Jan. 5. They spoke for an hour.";
        assertThat(texts(text)).containsExactly("Gen. Ana Silva met Mr. J. Okafor in the U.S. Capitol on Jan. 5.",
                "They spoke for an hour.");
    }

    @Test
    void split_aQuoteOpeningAfterAnAbbreviationThatEndsASentence_startsTheNext() {
        String text = "The mayor drove across at 6 a.m. “Thank you for your patience,” she said. Dr. Okafor waved.";
        assertThat(texts(text)).containsExactly("The mayor drove across at 6 a.m.", "“Thank you for your patience,” she said.",
                "Dr. Okafor waved.");
    }

    @Test
    void split_quoteClosingAfterStop_staysWithItsSentence() {
        String text = "She said: “We will return.” The talks ended.";
        assertThat(texts(text)).containsExactly("She said: “We will return.”", "The talks ended.");
    }

    @Test
    void split_lowerCaseAfterStopAndDecimals_stayInOneSentence() {
        String text = "Prices rose 2.5 percent, e.g. in food. costs rose too";
        assertThat(texts(text)).containsExactly("Prices rose 2.5 percent, e.g. in food. costs rose too");
    }

    @Test
    void split_emptyAndBlankText_giveNoSentences() {
        assertThat(Sentences.split("")).isEmpty();
        assertThat(Sentences.split("\n \n\t")).isEmpty();
    }
}

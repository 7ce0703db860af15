package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class ArticleGistTest {
    private static Article article(String title, String text) {
        return article(title, text, "en");
    }

    private static Article article(String title, String text, String language) {
        return new Article(Integer.toHexString((title + text).hashCode()), "a.txt", null, title, text, null, null, null,
                null, language);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void of_twoEscapesOfOtherPeopleInOtherWords_areCloserThanAnEscapeAndABudget() {
        float[] escape = ArticleGist.of(article("Inmate flees county jail", "A man serving a sentence for burglary"
                + " climbed a fence at the Marlow county jail on Sunday night; deputies are searching the woods nearby."));
        float[] other = ArticleGist.of(article("Prisoner breaks out of state prison", "Guards found an empty cell at"
                + " dawn: a convicted robber had cut through a window and fled, officials said, and a manhunt is under way."));
        float[] budget = ArticleGist.of(article("Council passes water budget", "The council approved next year's water"
                + " budget after a debate on pipe repairs and the price farmers pay for irrigation."));
        assertThat(cosine(escape, other)).isGreaterThan(cosine(escape, budget) + 0.1);
        assertThat(cosine(escape, escape)).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void of_readsTheHeadlineAndLeadOnly() {
        String lead = "Firefighters contained a blaze at a paper mill on the river late on Monday, the fire service said.";
        float[] shortOne = ArticleGist.of(article("Mill fire contained", lead));
        float[] longOne = ArticleGist.of(article("Mill fire contained", lead + " " + "Smoke drifted over the town. ".repeat(5000)));
        float[] leadOnly = ArticleGist.of(article("Mill fire contained", lead + " " + "Smoke drifted over the town. ".repeat(30)));
        assertThat(longOne).containsExactly(leadOnly);
        assertThat(cosine(shortOne, longOne)).isGreaterThan(0.5);
    }

    @Test
    void of_anArticleWithNeitherHeadlineNorText_hasNone() {
        assertThat(ArticleGist.of(article("", ""))).isNull();
        assertThat(ArticleGist.of(article("Headline only", ""))).hasSize(ArticleGist.of(article("", "Text only.")).length);
    }

    @Test
    void of_anArticleInALanguageTheEncoderDoesNotRead_hasNone_whileOneOfNoKnownLanguageHasOne() {
        assertThat(ArticleGist.of(article("Stadtrat beschließt Wasserhaushalt", "Der Stadtrat hat am Montag den"
                + " Haushalt für die Wasserversorgung beschlossen.", "de"))).isNull();
        assertThat(ArticleGist.of(article("Council passes water budget", "The council approved the budget.", "und")))
                .isNotNull();
    }
}

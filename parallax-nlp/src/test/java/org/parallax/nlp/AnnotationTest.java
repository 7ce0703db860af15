package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;

class AnnotationTest {
    private static final Annotation ANNOTATION = new Annotation();

    private static Article article(String text, String language) {
        return new Article(Integer.toHexString(text.hashCode()), "a.txt", null, "", text, null, null, null, null, language);
    }

    @Test
    void apply_anArticleInAnotherLanguage_getsItsSentencesAndNoLayerOfTheEnglishFinders() {
        AnnotatedArticle german = ANNOTATION.apply(article("Auch in diesem Jahr sagte Bürgermeisterin Anna Weber am"
                + " Montag: „Wir bauen die Brücke bis 2025 neu.“ Denn die alte Brücke ist marode, wie Gutachter"
                + " im März 2023 festgestellt haben. Aber die Kosten steigen.", "de"));
        assertThat(german.sentences()).hasSizeGreaterThan(1);
        assertThat(german.entities().entities()).isEmpty();
        assertThat(german.quotes()).isEmpty();
        assertThat(german.times()).isEmpty();
        assertThat(german.stances()).isEmpty();
        assertThat(german.claims()).isEmpty();
    }

    @Test
    void apply_anEnglishArticleLabelledAnotherLanguage_isRead() {
        String text = "Mayor Anna Weber said on Monday that the city will rebuild the old bridge by 2025, after"
                + " engineers found that its piers were failing.";
        assertThat(Annotation.reads(article(text, "sv"))).isTrue();
        assertThat(ANNOTATION.apply(article(text, "sv")).entities().entities()).isNotEmpty();
        assertThat(Annotation.reads(article(text, "und"))).isTrue();
    }
}

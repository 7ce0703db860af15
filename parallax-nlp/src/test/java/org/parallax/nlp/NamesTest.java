package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void personKey_transliterationsOfOneNameAgree() {
        assertThat(Names.personKey("Fyodor Dostoevsky"))
                .isEqualTo(Names.personKey("Fyodor Dostoevskii"))
                .isEqualTo(Names.personKey("Fyodor Dostoevskiy"))
                .isEqualTo(Names.personKey("FYODOR DOSTOEVSKYY"));
        assertThat(Names.personKey("José Martí")).isEqualTo(Names.personKey("Jose Marti"));
        assertThat(Names.personKey("Anna Smith")).isNotEqualTo(Names.personKey("Anne Smith"));
    }

    @Test
    void tokenKey_shortWordsKeepTheirEndings() {
        assertThat(Names.tokenKey("Li")).isNotEqualTo(Names.tokenKey("Ly"));
        assertThat(Names.tokenKey("Obama’s")).isEqualTo("obama");
    }

    @Test
    void isTitleWord_acceptsTitlesAndTheirMisspellings() {
        assertThat(Names.isTitleWord("President")).isTrue();
        assertThat(Names.isTitleWord("Presidnet")).isTrue();
        assertThat(Names.isTitleWord("Presiden")).isTrue();
        assertThat(Names.isTitleWord("Council")).as("a word of its own, not a short councillor").isFalse();
        assertThat(Names.isTitleWord("Chancelor")).isTrue();
        assertThat(Names.isTitleWord("Margaret")).isFalse();
        assertThat(Names.isTitleWord("speak")).isFalse();
    }

    @Test
    void title_ofAMisspellingThatFitsTwoTitles_isAlwaysTheFirst() {
        assertThat(Names.title("presidente")).as("fits president and presidents").isEqualTo("president");
        assertThat(Names.title("Presidente")).isEqualTo("president");
        assertThat(Names.title("Presidents")).isEqualTo("presidents");
    }

    @Test
    void fold_asciiAndAccentedAlike() {
        assertThat(Names.fold("Zürich’s")).isEqualTo("zurich's");
        assertThat(Names.fold("ZURICH")).isEqualTo("zurich");
    }

    @Test
    void id_isReadableAndStable() {
        assertThat(Names.id("person", "jose marti")).isEqualTo("person-jose-marti");
        assertThat(Names.id("person", "习近平")).startsWith("person-").hasSize("person-".length() + 8);
        assertThat(Names.id("person", "习近平")).isEqualTo(Names.id("person", "习近平"));
    }
}

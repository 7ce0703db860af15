package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

class GazetteerTest {
    private static List<String> found(String text) {
        return Gazetteer.bundled().find(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.entry().name() + "/" + m.form()).toList();
    }

    @Test
    void find_namesAliasesDemonymsCapitalsAndSeats() {
        assertThat(found("French officials met Germany's envoy in Berlin; the Elysee and Downing Street declined."))
                .containsExactly("French=France/DEMONYM", "Germany=Germany/NAME", "Berlin=Germany/CAPITAL",
                        "Elysee=France/SEAT", "Downing Street=United Kingdom/SEAT");
    }

    @Test
    void find_longestNameWins() {
        assertThat(found("Latin American leaders and the Russian Federation"))
                .containsExactly("Latin American=Latin America/DEMONYM", "Russian Federation=Russia/ALIAS");
    }

    @Test
    void find_caseErrorsOnlyWhereTheWordIsNotCommon() {
        assertThat(found("talks between paris and madrid")).containsExactly("paris=France/CAPITAL", "madrid=Spain/CAPITAL");
        assertThat(found("let us roast a turkey")).isEmpty();
        assertThat(found("Turkey and the US")).containsExactly("Turkey=Turkey/NAME", "US=United States/ALIAS");
    }

    @Test
    void find_aOneWordNameOfMixedCase_writtenAsAWord() {
        assertThat(found("the state news agency Belta reported")).containsExactly("Belta=BelTA/NAME");
        assertThat(Gazetteer.bundled().lookup("Belta").medium()).isTrue();
        assertThat(Gazetteer.bundled().lookup("NATO").medium()).isFalse();
    }

    @Test
    void find_respectsWordBoundaries() {
        assertThat(found("Indiana Jones, Omani, Romania")).containsExactly("Omani=Oman/DEMONYM", "Romania=Romania/NAME");
    }

    @Test
    void lookup_foldsCaseAndAccents() {
        assertThat(Gazetteer.bundled().lookup("cote d'ivoire").name()).isEqualTo("Cote d'Ivoire");
        assertThat(Gazetteer.bundled().lookup("NATO").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}

package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

class AntecedentsTest {
    private static Entity entity(String name, EntityType type, String text, String... said) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String s : said) {
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                mentions.add(new Mention("a", at, at + s.length(), s));
            }
        }
        return Entity.of(name.toLowerCase(), name, type, List.of(), mentions, List.of());
    }

    private static Optional<String> who(String text, String pronounBefore, List<Entity> entities) {
        return Antecedents.of(text, text.indexOf(pronounBefore), entities).map(Entity::name);
    }

    @Test
    void of_heIsTheNearestPersonNamedBefore() {
        String text = "Anna Berg met the press.\nBerg said the plan would work, he added.";
        List<Entity> entities = List.of(entity("Anna Berg", EntityType.PERSON, text, "Anna Berg", "Berg"));
        assertThat(who(text, "he added", entities)).contains("Anna Berg");
    }

    @Test
    void of_theAddresseeIsNotTheSpeaker() {
        String text = "Lars Holm arrived on Monday. In talks with Mr Berg, he said the deal was close.";
        List<Entity> entities = List.of(entity("Lars Holm", EntityType.PERSON, text, "Lars Holm"),
                entity("Anna Berg", EntityType.PERSON, text, "Berg"));
        assertThat(who(text, "he said", entities)).contains("Lars Holm");
    }

    @Test
    void of_itIsAnOrganizationOrCountryNotAPerson() {
        String text = "Norway and Anna Berg disagreed. It said no.";
        List<Entity> entities = List.of(entity("Norway", EntityType.COUNTRY, text, "Norway"),
                entity("Anna Berg", EntityType.PERSON, text, "Anna Berg"));
        assertThat(who(text, "It said", entities)).contains("Norway");
    }

    @Test
    void of_nothingBeforeOrNotAPronoun() {
        String text = "He spoke first. Then Anna Berg replied.";
        List<Entity> entities = List.of(entity("Anna Berg", EntityType.PERSON, text, "Anna Berg"));
        assertThat(who(text, "He spoke", entities)).isEmpty();
        assertThat(who(text, "Then", entities)).isEmpty();
    }

    @Test
    void of_looksBackNoFurtherThanTwoParagraphs() {
        String text = "Anna Berg spoke.\nOne.\nTwo.\nThree.\nhe said.";
        List<Entity> entities = List.of(entity("Anna Berg", EntityType.PERSON, text, "Anna Berg"));
        assertThat(who(text, "he said", entities)).isEmpty();
    }
}

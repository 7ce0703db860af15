package org.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

class ParticipantsTest {
    private static ArticleEntities.Found person(String key, int firstMention) {
        String name = key.substring(key.indexOf(':') + 1);
        Mention m = new Mention("a", firstMention, firstMention + name.length(), name);
        return new ArticleEntities.Found(key, EntityType.PERSON, name, false, true, List.of(name), List.of(), List.of(m),
                List.of());
    }

    @Test
    void focus_isThePeopleTheLeadOrHeadlineNames_bySurname() {
        ArticleEntities entities = new ArticleEntities("a", List.of(
                person("person:maria lopez", 12),
                person("person:jon park", 2_000),
                person("person:eva stone", 3_000),
                new ArticleEntities.Found("location:harbor", EntityType.LOCATION, "harbor", false, false, List.of(),
                        List.of(), List.of(new Mention("a", 0, 6, "harbor")), List.of())), List.of());

        assertThat(Participants.focus(entities, "Coach fires Park after loss").keySet())
                .as("named early, or in the headline as a word of its own; places are not people")
                .containsExactlyInAnyOrder("focus:person:lopez", "focus:person:park");
        assertThat(Participants.focus(entities, "Parking rules change").keySet()).containsExactly("focus:person:lopez");
        assertThat(Participants.isFocus("focus:person:lopez")).isTrue();
        assertThat(Participants.is("focus:person:lopez")).as("a focus key is not a participant of the similarity").isFalse();
    }
}

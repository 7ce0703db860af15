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

    private static ArticleEntities.Found named(String key, EntityType type, int firstMention, int mentions) {
        String name = key.substring(key.indexOf(':') + 1);
        Mention m = new Mention("a", firstMention, firstMention + name.length(), name);
        return new ArticleEntities.Found(key, type, name, false, true, List.of(name), List.of(),
                java.util.Collections.nCopies(mentions, m), List.of());
    }

    @Test
    void subject_isThePersonOrPlaceTheLeadNamesMost_atLeastTwice() {
        ArticleEntities entities = new ArticleEntities("a", List.of(
                named("person:maria lopez", EntityType.PERSON, 12, 2),
                named("location:harbor street", EntityType.LOCATION, 40, 3),
                named("country:freedonia", EntityType.COUNTRY, 0, 9),
                named("person:jon park", EntityType.PERSON, 2_000, 7)), List.of());

        assertThat(Participants.subject(entities, "Shop robbed"))
                .as("a country says no event; a name first far below the lead is not what the article leads with")
                .isEqualTo("location:harbor street");
        assertThat(Participants.subject(entities, "Park held after raid")).as("named in the headline").isEqualTo("person:jon park");
        assertThat(Participants.subject(new ArticleEntities("a", List.of(named("person:maria lopez", EntityType.PERSON, 12, 1)),
                List.of()), "Shop robbed")).as("a name said once is a passing mention").isNull();
        assertThat(Participants.subject(new ArticleEntities("a", List.of(named("person:maria lopez", EntityType.PERSON, 12, 2),
                named("person:ana ruiz", EntityType.PERSON, 30, 2)), List.of()), "Shop robbed")).as("a tie").isNull();
    }

    @Test
    void ledBy_countsTheReportsThatLeadWithAKeyOrAPersonBySurname() {
        java.util.Map<String, Double> centroid = java.util.Map.of("lead:person:kimani gray", 2.0, "lead:location:harbor", 1.0,
                "person:jon park", 1.0, "lead:person:gray", 1.0);
        assertThat(Participants.ledBy("person:gray", centroid)).as("the most of the keys that name him").isEqualTo(2.0);
        assertThat(Participants.ledBy("person:kimani gray", centroid)).isEqualTo(2.0);
        assertThat(Participants.ledBy("location:harbor", centroid)).isEqualTo(1.0);
        assertThat(Participants.ledBy("person:jon park", centroid)).as("named, but no report leads with him").isZero();
        assertThat(Participants.ledBy("person:ray", centroid)).as("a surname is a whole word").isZero();
        assertThat(Participants.lead(new ArticleEntities("a", List.of(named("person:maria lopez", EntityType.PERSON, 12, 5)),
                List.of()), "")).as("each once").isEqualTo(java.util.Map.of("lead:person:maria lopez", 1.0));
        assertThat(Participants.is("lead:person:maria lopez")).as("a lead key is not a participant of the similarity").isFalse();
    }
}

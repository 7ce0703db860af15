package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEntities.Found;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/** The per-article stage on invented reporting, with the real CoreNLP model. */
class EntityFinderTest {
    private static final EntityFinder FINDER = new EntityFinder();

    private static final String TEXT = String.join("\n",
            "Brazil and Kenya sign water pact",
            "",
            "Brazilian President Marta Oliveira met Kenyan counterpart Daniel Mwangi in Nairobi on Monday.",
            "",
            "Oliveira said the agreement would help both countries. Brasilia has long pushed for such a deal, "
                    + "and the Brazilian president thanked Mr. Mwangi for his patience.",
            "",
            "Samuel Kiprono, deputy governor of the central bank, said the pact was welcome.",
            "",
            "Critics in Kiev and kyiv were not consulted, according to Reuters.");

    private static ArticleEntities found() {
        return FINDER.find("a1", TEXT);
    }

    private static Found entity(ArticleEntities a, String name) {
        Optional<Found> f = a.entities().stream().filter(e -> e.name().equals(name)).findFirst();
        assertThat(f).as("entity " + name + " in " + a.entities().stream().map(Found::name).toList()).isPresent();
        return f.get();
    }

    private static List<String> texts(List<Mention> mentions) {
        return mentions.stream().map(Mention::text).toList();
    }

    @Test
    void capitalized_isTheCapitalizedWordPattern() {
        java.util.regex.Pattern capitalized = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{M}]+)*");
        for (String w : List.of("Kyiv", "kyiv", "O'Brien", "Jean-Luc", "Jean-", "ÉLYSÉE", "Ǆemal", "ǅemal", "Ⓐbc", "\uD835\uDC00x",
                "A", "", "1990s", "Mc-Donald’s", "Café", "Cafe\u0301")) {
            assertThat(EntityFinder.capitalized(w)).as(w).isEqualTo(capitalized.matcher(w).matches());
        }
    }

    @Test
    void find_surnameAloneAndHonorificsJoinTheFullName() {
        ArticleEntities a = found();
        Found oliveira = entity(a, "Marta Oliveira");
        assertThat(oliveira.type()).isEqualTo(EntityType.PERSON);
        assertThat(texts(oliveira.mentions())).containsExactly("Marta Oliveira", "Oliveira");
        assertThat(texts(entity(a, "Daniel Mwangi").mentions())).containsExactly("Daniel Mwangi", "Mwangi");
    }

    @Test
    void find_titlesBecomeRolesAndRoleDescriptionsResolve() {
        ArticleEntities a = found();
        Found oliveira = entity(a, "Marta Oliveira");
        assertThat(oliveira.roles()).extracting(ArticleEntities.Role::text).contains("Brazilian President");
        assertThat(oliveira.roles()).anyMatch(r -> "Brazil".equals(r.country()) && r.head().equals("president"));
        assertThat(texts(oliveira.descriptions())).containsExactly("the Brazilian president");
        assertThat(entity(a, "Samuel Kiprono").roles()).extracting(ArticleEntities.Role::text)
                .containsExactly("deputy governor of the central bank");
    }

    @Test
    void find_capitalsActForTheirCountryButNotWhereSomethingHappens() {
        ArticleEntities a = found();
        assertThat(texts(entity(a, "Brazil").mentions())).containsExactly("Brazil", "Brazilian", "Brasilia", "Brazilian");
        assertThat(texts(entity(a, "Nairobi").mentions())).containsExactly("Nairobi");
        assertThat(entity(a, "Nairobi").type()).isEqualTo(EntityType.LOCATION);
        assertThat(texts(entity(a, "Kenya").mentions())).containsExactly("Kenya", "Kenyan");
    }

    @Test
    void find_capitalOfADateline_isWhereTheStoryWasFiledNotTheCountry() {
        String text = "BERLIN -- The union said on Monday that it would strike.\n\nLater Berlin said it would talk.";
        ArticleEntities a = FINDER.find("dateline", text);
        assertThat(texts(entity(a, "Berlin").mentions())).containsExactly("BERLIN");
        assertThat(texts(entity(a, "Germany").mentions())).containsExactly("Berlin");
    }

    @Test
    void find_spellingVariantsAndCaseErrorsMerge() {
        ArticleEntities a = found();
        assertThat(texts(entity(a, "Kyiv").mentions())).containsExactly("Kiev", "kyiv");
        assertThat(entity(a, "Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void find_everyMentionIsItsSpan() {
        for (Found f : found().entities()) {
            for (Mention m : f.mentions()) {
                assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void find_emptyAndNameless_findNothing() {
        assertThat(FINDER.find("e", "").entities()).isEmpty();
        assertThat(FINDER.find("n", "it rained all day and nobody came.").entities()).isEmpty();
    }

    @Test
    void find_hugeText_isTaggedInPiecesWithExactSpans() {
        String paragraph = "Mayor Anna Berg of Oslo said the ferry would run again on Monday.\n";
        String text = paragraph.repeat(3 * NameTagger.CHUNK / paragraph.length());
        ArticleEntities a = FINDER.find("big", text);
        Found berg = entity(a, "Anna Berg");
        assertThat(berg.mentions()).hasSize(text.length() / paragraph.length());
        for (Mention m : berg.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo("Anna Berg");
        }
    }

    @Test
    void find_capitalsOfAListTakeThePrepositionOfTheFirst() {
        String text = "Ministers met in Paris and Berlin on Monday. Later Berlin said it would wait, and Paris agreed.";
        ArticleEntities a = FINDER.find("list", text);
        assertThat(texts(entity(a, "Paris").mentions())).containsExactly("Paris");
        assertThat(entity(a, "Paris").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(a, "Berlin").type()).isEqualTo(EntityType.LOCATION);
        assertThat(texts(entity(a, "Germany").mentions())).containsExactly("Berlin");
        assertThat(texts(entity(a, "France").mentions())).containsExactly("Paris");
    }

    @Test
    void find_longTextOfManyPeople_keepsEachPersonWithAllTheirMentions() {
        String[] given = {"Anna", "Pia", "Maria", "Karin", "Ingrid", "Lena", "Sofia", "Elin", "Johan", "Erik", "Lars",
            "Nils", "Per", "Olof", "Anders", "Magnus"};
        String[] family = {"Berg", "Lind", "Holm", "Dahl", "Nilsson", "Sandberg", "Lundqvist", "Nyberg", "Ekström",
            "Wallin", "Forsberg", "Sjöberg", "Lindgren", "Axelsson", "Bergman", "Hedlund"};
        StringBuilder text = new StringBuilder();
        for (int round = 0; round < 2; round++) {
            for (String g : given) {
                for (String f : family) {
                    text.append("Mayor ").append(g).append(' ').append(f).append(" of Oslo said the ferry would run again on Monday.\n");
                }
            }
        }
        ArticleEntities a = FINDER.find("many", text.toString());
        for (String g : given) {
            for (String f : family) {
                Found person = entity(a, g + " " + f);
                assertThat(person.type()).isEqualTo(EntityType.PERSON);
                assertThat(texts(person.mentions())).containsExactly(g + " " + f, g + " " + f);
            }
        }
    }

    @Test
    void find_aGenericBodyIsNamedWithItsCountry() {
        String text = "Kenya's Foreign Ministry said on Monday that talks would go on. Brazil's Foreign Ministry disagreed.";
        ArticleEntities a = FINDER.find("gov", text);
        assertThat(a.entities()).extracting(Found::name).contains("Foreign Ministry (Kenya)", "Foreign Ministry (Brazil)");
        assertThat(entity(a, "Foreign Ministry (Kenya)").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void find_aNamePlacedInAStateIsAPlaceThroughoutAndTakesTheSpellingOfItsText() {
        ArticleEntities a = FINDER.find("a2", String.join("\n",
                "HARTWELL, Mo. — Protesters gathered again on Tuesday, and Hartwell residents said the police had "
                        + "kept away. Mayor Dale Morrow said Hartwell would reopen its schools.",
                "",
                "Lena Castor, Texas governor, and Ruth Abeyta, Ukraine's envoy, spoke later. Hartwell is calm."));
        Found town = entity(a, "Hartwell");
        assertThat(town.type()).isEqualTo(EntityType.LOCATION);
        assertThat(texts(town.mentions())).containsExactly("HARTWELL", "Hartwell", "Hartwell", "Hartwell");
        assertThat(entity(a, "Lena Castor").type()).as("a state that starts a description").isEqualTo(EntityType.PERSON);
        assertThat(entity(a, "Ruth Abeyta").type()).as("a country's possessive").isEqualTo(EntityType.PERSON);
    }
}

package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Claim;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;

/** Claims of invented texts: which sentences and clauses are claims, and the actors, numbers and dates inside them. */
class ClaimFinderTest {
    private final ClaimFinder finder = new ClaimFinder();

    private static ArticleEntities layer(String text, String... names) {
        List<ArticleEntities.Found> found = new ArrayList<>();
        for (String name : names) {
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention("a", at, at + name.length(), name));
            }
            found.add(new ArticleEntities.Found("organization:" + name.toLowerCase(), EntityType.ORGANIZATION, name, false, true,
                    List.of(), List.of(), mentions, List.of()));
        }
        return new ArticleEntities("a", found, List.of());
    }

    private List<Claim> claims(String text, String... names) {
        List<Sentence> sentences = Sentences.split(text);
        List<TimeExpression> times = new TimeFinder().find(text, sentences, java.time.LocalDate.of(2025, 6, 3),
                TimeExpression.Anchor.ARTICLE);
        return finder.find(text, sentences, layer(text, names), times);
    }

    private static List<String> words(String text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void aSentenceNamingSomeoneWithANumberAndADate_isOneClaimWithItsParts() {
        String text = "Ferry fire in Tarnby\n\nThe Tarnby Coast Guard said 14 people were treated for smoke inhalation on Monday.\n";
        List<Claim> claims = claims(text, "Tarnby Coast Guard");
        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.span().of(text)).isEqualTo("The Tarnby Coast Guard said 14 people were treated for smoke inhalation on Monday.");
        assertThat(words(text, c.actors())).containsExactly("Tarnby Coast Guard");
        assertThat(words(text, c.numbers())).containsExactly("14");
        assertThat(words(text, c.dates())).containsExactly("Monday");
    }

    @Test
    void headlinesQuestionsAndCommentary_areNotClaims() {
        String text = "Tarnby Coast Guard says 14 were hurt\n\nWhat will the Tarnby Coast Guard do next?\n\n"
                + "It was a long and difficult night for everyone on board.\n";
        assertThat(claims(text, "Tarnby Coast Guard")).isEmpty();
    }

    @Test
    void clausesJoinedByASemicolonOrBut_areClaimsOfTheirOwn() {
        String text = "The Harbor Board said the ferry carried 230 passengers; the Coast Guard said it carried 250 passengers.\n\n"
                + "The Harbor Board closed the port for three days, but the Coast Guard reopened it on Wednesday morning.\n";
        List<Claim> claims = claims(text, "Harbor Board", "Coast Guard");
        assertThat(claims).extracting(c -> c.span().of(text)).containsExactly(
                "The Harbor Board said the ferry carried 230 passengers",
                "the Coast Guard said it carried 250 passengers.",
                "The Harbor Board closed the port for three days",
                "the Coast Guard reopened it on Wednesday morning.");
        assertThat(words(text, claims.get(2).numbers())).containsExactly("three");
    }

    @Test
    void numbersWithUnitsAndCurrencies_keepTheirUnits_andDatesAreNotAmounts() {
        String text = "The Harbor Board agreed on March 3, 2025 to spend $2.5 billion, or 12 percent of its budget.\n";
        Claim c = claims(text, "Harbor Board").get(0);
        assertThat(words(text, c.numbers())).containsExactly("$2.5 billion", "12 percent");
        assertThat(words(text, c.dates())).containsExactly("March 3, 2025");
    }

    @Test
    void aDateline_isNotPartOfTheClaim() {
        String text = "Ferry fire\n\nTARNBY, June 3 (Harbor Post) — The Harbor Board said 230 passengers left the ferry.\n";
        assertThat(claims(text, "Harbor Board")).extracting(c -> c.span().of(text))
                .containsExactly("The Harbor Board said 230 passengers left the ferry.");
    }

    @Test
    void aLongText_isReadInOnePass() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            b.append("The Harbor Board said ").append(i).append(" ferries sailed on time.\n\n");
        }
        String text = b.toString();
        List<Claim> claims = claims(text, "Harbor Board");
        assertThat(claims).hasSize(20_000);
        assertThat(claims.get(19_999).actors()).hasSize(1);
    }
}

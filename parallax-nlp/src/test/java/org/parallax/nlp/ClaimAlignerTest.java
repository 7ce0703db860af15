package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.ReportedClaim;
import org.parallax.model.Span;
import org.parallax.model.SummarySentence;

/** Claims of invented reports aligned across a thread: corroboration, independence, disputes and summaries. */
class ClaimAlignerTest {
    private final ClaimAligner aligner = new ClaimAligner(new ClaimJudge());
    private final List<ReportedClaim> claims = new ArrayList<>();
    private final Map<String, String> storyOf = new LinkedHashMap<>();

    /** An article of {@code story} by {@code outlet} (counted as {@code source}) whose sentences are each a claim. */
    private void article(String id, String story, String outlet, String source, String... sentences) {
        storyOf.put(id, story);
        String text = String.join(" ", sentences);
        int at = 0;
        for (String s : sentences) {
            Span span = new Span(at, at + s.length());
            claims.add(new ReportedClaim(id, outlet, source, new Claim(span, List.of(), List.of(), List.of()), s, span, s,
                    entitiesOf(s), List.of()));
            at += s.length() + 1;
        }
        assertThat(at - 1).isEqualTo(text.length());
    }

    /** The capitalized words after the first, as stand-ins for linked entities. */
    private static List<String> entitiesOf(String sentence) {
        List<String> out = new ArrayList<>();
        String[] words = sentence.split("[^\\p{L}]+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !out.contains(words[i])) {
                out.add(words[i]);
            }
        }
        return out;
    }

    private static CorroboratedClaim find(ClaimAligner.Alignment a, String words) {
        return a.claims().stream().filter(c -> c.sources().stream().anyMatch(s -> s.text().contains(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "'"));
    }

    @Test
    void theSameClaimInThreeOutlets_isOneClaimOfThreeIndependentSources_andCopiesCountOnce() {
        article("a", "s1", "Harbor Post", "outlet:harbor post", "Captain Ilse Brandt said the fire started in the engine room.");
        article("b", "s1", "Coastline Wire", "outlet:coastline wire", "Captain Ilse Brandt said the fire started in the engine room of the ferry.");
        article("c", "s1", "Daily Copy", "outlet:coastline wire", "Captain Ilse Brandt said the fire started in the engine room of the ferry.");
        article("d", "s2", "Northshore Daily", "outlet:northshore daily", "The fire started in the engine room, Captain Ilse Brandt said.");
        ClaimAligner.Alignment a = aligner.align(claims, storyOf);
        assertThat(a.claims()).hasSize(1);
        CorroboratedClaim c = a.claims().get(0);
        assertThat(c.sources()).extracting(CorroboratedClaim.Source::article).containsExactly("a", "b", "c", "d");
        assertThat(c.independentSources()).isEqualTo(3);
        assertThat(c.id()).isEqualTo("claim-a-0");
        assertThat(c.story()).isEqualTo("s1");
        assertThat(c.singleSourced()).isFalse();
    }

    @Test
    void anArticleRepeatingItself_givesOneSourceOfAClaim_notTwo() {
        article("a", "s1", "Harbor Post", "outlet:harbor post", "Captain Ilse Brandt said the fire started in the engine room.",
                "Captain Ilse Brandt said again the fire started in the engine room.");
        article("b", "s1", "Coastline Wire", "outlet:coastline wire", "Captain Ilse Brandt said the fire started in the engine room.");
        ClaimAligner.Alignment a = aligner.align(claims, storyOf);
        for (CorroboratedClaim c : a.claims()) {
            assertThat(c.sources().stream().map(CorroboratedClaim.Source::article).distinct().count()).isEqualTo(c.sources().size());
        }
    }

    @Test
    void figuresThatDisagree_areContested_withBothSidesWords_andUnrelatedClaimsStandAlone() {
        article("a", "s1", "Harbor Post", "outlet:harbor post", "The Tarnby Coast Guard said 14 people were treated for smoke inhalation.",
                "Investigators from the Maritime Safety Board arrived in Tarnby on Tuesday.");
        article("b", "s1", "Coastline Wire", "outlet:coastline wire", "The Tarnby Coast Guard said 19 people were treated for smoke inhalation.");
        ClaimAligner.Alignment a = aligner.align(claims, storyOf);
        CorroboratedClaim fourteen = find(a, "14 people");
        CorroboratedClaim nineteen = find(a, "19 people");
        assertThat(fourteen).isNotEqualTo(nineteen);
        assertThat(fourteen.contradictions()).singleElement().satisfies(x -> {
            assertThat(x.claim()).isEqualTo(nineteen.id());
            assertThat(x.reason()).isEqualTo("number");
            assertThat(x.mine().text()).contains("14 people");
            assertThat(x.theirs().text()).contains("19 people");
        });
        assertThat(nineteen.contradictions()).extracting(CorroboratedClaim.Contradiction::claim).containsExactly(fourteen.id());
        CorroboratedClaim board = find(a, "Maritime Safety Board");
        assertThat(board.sources()).hasSize(1);
        assertThat(board.singleSourced()).isTrue();
        assertThat(board.contradictions()).isEmpty();
    }

    @Test
    void summaries_areWholeSentencesOfTheirStory_bestCorroboratedFirst_eachCitingItsArticles() {
        article("a", "s1", "Harbor Post", "outlet:harbor post", "Captain Ilse Brandt said the fire started in the engine room.",
                "Investigators from the Maritime Safety Board arrived in Tarnby on Tuesday.");
        article("b", "s1", "Coastline Wire", "outlet:coastline wire", "Captain Ilse Brandt said the fire started in the engine room.");
        ClaimAligner.Alignment a = aligner.align(claims, storyOf);
        List<SummarySentence> summary = a.summaries().get("s1");
        assertThat(summary).extracting(SummarySentence::text).containsExactly(
                "Captain Ilse Brandt said the fire started in the engine room.",
                "Investigators from the Maritime Safety Board arrived in Tarnby on Tuesday.");
        assertThat(summary.get(0).cites()).containsExactly("a", "b");
        assertThat(summary.get(1).cites()).containsExactly("a");
    }

    @Test
    void summaryOfSingleSourcedClaims_takesEachArticlesLeadBeforeAnyArticlesSecondClaim() {
        article("a", "s1", "Harbor Post", "outlet:harbor post", "The Tarnby ferry caught fire off the Nordby pier at dawn.",
                "Captain Ilse Brandt said the blaze started in the engine room.",
                "The Maritime Safety Board sent two investigators.",
                "Ferries to Nordby will run from the old quay.",
                "The harbor cafe stayed open all night.",
                "A tug towed the ferry to the Kessler yard.");
        article("b", "s1", "Coastline Wire", "outlet:coastline wire", "Passengers waded ashore in the shallows near Grenholm beach.",
                "Volunteers from the Grenholm lifeboat club handed out blankets.");
        ClaimAligner.Alignment a = aligner.align(claims, storyOf);
        assertThat(a.claims()).allSatisfy(c -> assertThat(c.singleSourced()).isTrue());
        assertThat(a.summaries().get("s1")).extracting(SummarySentence::article).containsExactly("a", "b", "a", "b", "a");
    }
}

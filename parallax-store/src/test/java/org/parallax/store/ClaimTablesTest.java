package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Bytes;
import org.parallax.model.Claim;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.Sentence;
import org.parallax.model.SourceHints;
import org.parallax.model.Span;
import org.parallax.nlp.ClaimAligner;
import org.parallax.nlp.ClaimJudge;

import org.parallax.pipeline.Processed;

/**
 * Claims through the store: the claim layer written with the article's other layers; a storyline's claims read back
 * ready to align, the alignment saved, read by story (with its filters), by article and by id; aligned again when an
 * article joins or is annotated again, without leaving the old claims behind.
 */
class ClaimTablesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ClaimAligner ALIGNER = new ClaimAligner(new ClaimJudge());

    static final String HARBOR = "Fire on the Tarnby ferry\n"
            + "Captain Ilse Brandt said the fire started in the engine room of the ferry.\n"
            + "The coast guard said 14 people were treated for smoke inhalation.\n";
    static final String COAST = "Tarnby ferry fire\n"
            + "Captain Ilse Brandt said the fire started in the engine room of the ferry.\n"
            + "The coast guard said 19 people were treated for smoke inhalation.\n";
    static final String DAILY = "Tarnby ferry fire inquiry\n"
            + "Captain Ilse Brandt said the fire started in the engine room of the ferry.\n"
            + "Investigators of the safety board reached the Tarnby ferry by boat.\n";

    @TempDir
    Path dir;

    /** An article whose lines after the headline are each a sentence and a claim. */
    private static Processed.Done done(String name, String text, String day) {
        RawDocument raw = new RawDocument("in/" + name + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), null, text.substring(0, text.indexOf('\n')), text,
                new PublicationDate(day, false, Evidence.of(text, 0, 7)), null, name + " News", null, "en");
        List<Sentence> sentences = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int from = 0;
        int paragraph = 0;
        for (String line : text.split("\n")) {
            Span span = new Span(from, from + line.length());
            sentences.add(new Sentence(span, paragraph++));
            if (paragraph > 1) {
                claims.add(new Claim(span, List.of(), List.of(), List.of()));
            }
            from += line.length() + 1;
        }
        return new Processed.Done(raw, new AnnotatedArticle(article, sentences, ArticleEntities.none(article.id()), List.of(),
                List.of(), List.of(), claims));
    }

    private static void align(Store store) {
        for (String line : store.storylinesToAlign(1)) {
            Store.Thread thread = store.thread(line);
            store.saveAlignment(thread, ALIGNER.align(thread.claims(), thread.storyOf()), 1);
        }
    }

    @Test
    void claims_areAlignedPerStoryline_readByStoryArticleAndId_andAlignedAgainAsArticlesJoin() {
        try (Store store = Store.open(dir.resolve("store"), CLOCK)) {
            Processed.Done harbor = done("harbor", HARBOR, "2025-06-03");
            Processed.Done coast = done("coast", COAST, "2025-06-03");
            store.accept(List.of(harbor, coast));
            CorpusIndex index = new CorpusIndex();
            List<CorpusIndex.Placement> placed = new ArrayList<>(List.of(index.add(harbor.article()), index.add(coast.article())));
            assertThat(placed.get(1).story()).isEqualTo(placed.get(0).story());
            store.saveCorpus(index, placed);
            String story = placed.get(0).story();

            assertThat(store.storylinesToAlign(1)).hasSize(1);
            Store.Thread thread = store.thread(store.storylinesToAlign(1).get(0));
            assertThat(thread.claims()).hasSize(4);
            assertThat(thread.claims().get(0).text()).isEqualTo("Captain Ilse Brandt said the fire started in the engine room of the ferry.");
            assertThat(thread.claims()).extracting(c -> c.source()).containsOnly("outlet:harbor news", "outlet:coast news");
            align(store);
            assertThat(store.storylinesToAlign(1)).as("every article seen").isEmpty();

            List<CorroboratedClaim> claims = store.claimsOfStory(story, Store.ClaimFilter.ALL, 0, 100);
            assertThat(claims).hasSize(3);
            CorroboratedClaim captain = claims.get(0);
            assertThat(captain.text()).startsWith("Captain Ilse Brandt");
            assertThat(captain.independentSources()).isEqualTo(2);
            assertThat(captain.sources()).extracting(CorroboratedClaim.Source::outlet).containsExactlyInAnyOrder("harbor News", "coast News");
            assertThat(store.claimsOfStory(story, Store.ClaimFilter.CONTESTED, 0, 100)).hasSize(2)
                    .allSatisfy(c -> assertThat(c.contradictions()).singleElement().extracting(CorroboratedClaim.Contradiction::reason)
                            .isEqualTo("number"));
            assertThat(store.claimsOfStory(story, Store.ClaimFilter.SINGLE, 0, 100)).hasSize(2);
            assertThat(store.claimCounts(story)).containsEntry(Store.ClaimFilter.ALL, 3).containsEntry(Store.ClaimFilter.SINGLE, 2)
                    .containsEntry(Store.ClaimFilter.CONTESTED, 2);
            assertThat(store.claim(captain.id())).contains(captain);
            assertThat(store.claimsOfArticle(coast.article().id())).hasSize(2);
            assertThat(store.summary(story)).isNotEmpty().allSatisfy(s -> {
                String text = store.article(s.article()).orElseThrow().article().text();
                assertThat(s.span().of(text)).isEqualTo(s.text());
            });

            // a third report joins: the storyline is aligned again, the captain's claim now has three sources
            Processed.Done daily = done("daily", DAILY, "2025-06-04");
            store.accept(List.of(daily));
            placed.add(index.add(daily.article()));
            store.saveCorpus(index, List.of(placed.get(2)));
            assertThat(placed.get(2).story()).isEqualTo(story);
            align(store);
            assertThat(store.claimCount()).isEqualTo(4);
            assertThat(store.claim(captain.id()).orElseThrow().independentSources()).isEqualTo(3);
            List<CorroboratedClaim> all = new ArrayList<>();
            store.forEachClaim(all::add);
            assertThat(all).hasSize(4);

            // annotated again: the article's claims are forgotten by the stage and aligned once more, not doubled
            store.replaceLayers(List.of(done("coast", COAST, "2025-06-03").annotated()));
            assertThat(store.storylinesToAlign(1)).hasSize(1);
            align(store);
            assertThat(store.claimCount()).isEqualTo(4);
        }
    }
}

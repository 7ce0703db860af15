package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
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
import org.parallax.model.AttributedStance;
import org.parallax.model.Bytes;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.PublicationDate;
import org.parallax.model.Quote;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.nlp.EntityResolver;
import org.parallax.pipeline.Processed;

/**
 * Stances through the store (two bodies, Nordland and Westmark, and two persons): written with the article's layers, read by article, by story (the actor × issue table)
 * and by entity, each actor and target linked to its identity through the mention at its span (following the
 * identity stage), and replaced when the annotation is redone.
 */
class StanceTablesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static final String FIRST = "Nordland calls for truce talks\n"
            + "Nordland called for a ceasefire in Westmark on Monday.\n"
            + "Westmark said it is ready for talks only if Nordland withdraws its troops.\n"
            + "Anna Berg said: \"Lars Holm is dishonest.\"\n";
    static final String SECOND = "Truce talks stall in Westmark\n"
            + "Nordland now rejects a ceasefire in Westmark, its envoy said.\n";

    @TempDir
    Path dir;

    private static Span at(String text, String words) {
        int start = text.indexOf(words);
        assertThat(start).as(words).isGreaterThanOrEqualTo(0);
        return new Span(start, start + words.length());
    }

    /** The span of {@code words} where they stand in the words {@code in}. */
    private static Span at(String text, String words, String in) {
        int start = text.indexOf(words, text.indexOf(in));
        return new Span(start, start + words.length());
    }

    private static Span line(String text, String opening) {
        int start = text.indexOf(opening);
        return new Span(start, text.indexOf('\n', start));
    }

    /** An article of {@code text} naming these entities at each place their names stand, with these stances. */
    private static Processed.Done annotated(String name, String text, String day, List<String> names, List<EntityType> types,
                                            List<Quote> quotes, List<Stance> stances) {
        RawDocument raw = new RawDocument("in/" + name + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), null, text.substring(0, text.indexOf('\n')), text,
                new PublicationDate(day, false, Evidence.of(text, 0, 7)), null, "outlet-" + name, null, "en");
        List<ArticleEntities.Found> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                mentions.add(new Mention(article.id(), at, at + n.length(), n));
            }
            found.add(new ArticleEntities.Found(types.get(i).name().toLowerCase() + ":" + n.toLowerCase(), types.get(i), n,
                    false, true, List.of(n), List.of(), mentions, List.of()));
        }
        AnnotatedArticle a = new AnnotatedArticle(article, List.of(), new ArticleEntities(article.id(), found, List.of()), quotes,
                List.of(), stances);
        return new Processed.Done(raw, a);
    }

    static Processed.Done first() {
        String t = FIRST;
        return annotated("first", t, "2025-03-04", List.of("Nordland", "Westmark", "Anna Berg", "Lars Holm"),
                List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PERSON),
                List.of(new Quote(at(t, "Lars Holm is dishonest."), true, false, at(t, "said:"), at(t, "Anna Berg"),
                        at(t, "Anna Berg"), null)),
                List.of(new Stance(at(t, "Nordland", "Nordland called"), "ceasefire in westmark", "peace process", at(t, "ceasefire in Westmark", "Nordland"),
                                Stance.Position.SUPPORTS, null, line(t, "Nordland called"), null),
                        new Stance(at(t, "Westmark", "Westmark said"), "peace talks", "peace process", at(t, "talks only"),
                                Stance.Position.CONDITIONAL, at(t, "only if Nordland withdraws its troops"),
                                line(t, "Westmark said"), null),
                        new Stance(at(t, "Anna Berg"), "Lars Holm", "Lars Holm", at(t, "Lars Holm"), Stance.Position.OPPOSES, null,
                                at(t, "Lars Holm is dishonest."), at(t, "Lars Holm"))));
    }

    static Processed.Done second() {
        String t = SECOND;
        return annotated("second", t, "2025-03-06", List.of("Nordland", "Westmark"), List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION),
                List.of(), List.of(new Stance(at(t, "Nordland", "Nordland now"), "ceasefire in westmark", "peace process",
                        at(t, "ceasefire in Westmark", "Nordland"), Stance.Position.OPPOSES, null, line(t, "Nordland now"), null)));
    }

    private static void linkIdentities(Store store, List<String> ids) {
        EntityResolver resolver = new EntityResolver(store.knownEntities());
        store.saveEntities(ids, resolver.resolve(new ArrayList<>(store.entityLayers(ids).values())).stream()
                .flatMap(List::stream).toList(), resolver.drainChanged());
    }

    private static String analyzed(Store store, Processed.Done... batch) {
        store.accept(List.of(batch));
        CorpusIndex index = new CorpusIndex();
        List<CorpusIndex.Placement> placed = java.util.Arrays.stream(batch).map(d -> index.add(d.article())).toList();
        store.saveCorpus(index, placed);
        linkIdentities(store, java.util.Arrays.stream(batch).map(d -> d.article().id()).toList());
        return placed.get(0).story();
    }

    @Test
    void stancesOfArticle_actorTargetAndQuoteLinked_wordsKept() {
        Processed.Done first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second());
            List<ReportedStance> found = store.stancesOfArticle(first.article().id());
            assertThat(found).extracting(r -> r.stance().actorName() + " " + r.stance().stance().position().label() + " "
                    + r.stance().stance().issue()).containsExactly("Nordland supports ceasefire in westmark",
                    "Westmark conditional peace talks", "Anna Berg opposes Lars Holm");
            AttributedStance conditional = found.get(1).stance();
            assertThat(conditional.conditionText()).isEqualTo("only if Nordland withdraws its troops");
            assertThat(conditional.actor()).isEqualTo("organization-westmark");
            assertThat(conditional.evidenceText()).startsWith("Westmark said it is ready");
            assertThat(conditional.quote()).isNull();
            AttributedStance toward = found.get(2).stance();
            assertThat(toward.target()).isEqualTo("person-lars-holm");
            assertThat(toward.targetName()).isEqualTo("Lars Holm");
            assertThat(toward.quote()).as("the quote that holds the evidence").isEqualTo(at(FIRST, "Lars Holm is dishonest."));
            assertThat(found).allSatisfy(r -> assertThat(r.articleTitle()).isEqualTo("Nordland calls for truce talks"));
            assertThat(store.stanceCount()).isEqualTo(4);
        }
    }

    @Test
    void open_storeFromBeforeStanceQuotes_linksEachStoredStanceToTheQuoteHoldingIt() throws Exception {
        Processed.Done first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             java.sql.Statement s = c.createStatement()) {
            OlderSchema.rollBackTo(s, 14);
        }
        try (Store store = Store.open(dir, CLOCK)) {
            List<ReportedStance> found = store.stancesOfArticle(first.article().id());
            assertThat(found).extracting(r -> r.stance().quote()).containsExactly(null, null, at(FIRST, "Lars Holm is dishonest."));
        }
    }

    @Test
    void stanceMatrix_actorsByTopic_eachCellItsStancesOldestFirst_aChangeIsMixed() {
        Processed.Done first = first();
        Processed.Done second = second();
        try (Store store = Store.open(dir, CLOCK)) {
            String story = analyzed(store, first, second);
            StanceMatrix m = store.stanceMatrix(story);
            assertThat(m.actors()).extracting(StanceMatrix.Actor::name).containsExactly("Nordland", "Anna Berg", "Westmark");
            assertThat(m.columns()).extracting(StanceMatrix.Column::topic).containsExactly("peace process", "Lars Holm");
            assertThat(m.columns().get(0).issues()).containsExactly("ceasefire in westmark", "peace talks");
            assertThat(m.columns().get(1).target()).isEqualTo("person-lars-holm");
            StanceMatrix.Cell nordland = m.cells().get(0);
            assertThat(nordland.actor()).isEqualTo("organization-nordland");
            assertThat(nordland.position()).as("for, then against").isEqualTo("mixed");
            assertThat(nordland.stances()).extracting(r -> r.published()).containsExactly("2025-03-04", "2025-03-06");
            assertThat(m.cells()).extracting(StanceMatrix.Cell::position).containsExactly("mixed", "opposes", "conditional");
            String storyline = store.story(story).orElseThrow().storyline();
            assertThat(store.storylineStanceMatrix(storyline).cells()).as("the storyline holds the story's stances")
                    .extracting(StanceMatrix.Cell::position).containsExactly("mixed", "opposes", "conditional");
        }
    }

    @Test
    void stancesOfEntity_takenAndReceived_newestFirst() {
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first(), second());
            assertThat(store.stancesOfEntity("organization-nordland", 10)).extracting(r -> r.published())
                    .containsExactly("2025-03-06", "2025-03-04");
            assertThat(store.stancesOfEntity("person-lars-holm", 10)).singleElement()
                    .satisfies(r -> assertThat(r.stance().actorName()).isEqualTo("Anna Berg"));
            List<Store.StanceLink> links = new ArrayList<>();
            store.stanceNetwork(10, links::add);
            assertThat(links).containsExactly(new Store.StanceLink("person-anna-berg", "person-lars-holm", 0, 1));
            java.io.ByteArrayOutputStream graph = new java.io.ByteArrayOutputStream();
            EntityGraph.write(store, 10, graph);
            assertThat(graph.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("<edge source=\"person-anna-berg\""
                    + " target=\"person-lars-holm\" directed=\"true\"><data key=\"kind\">stance</data><data key=\"weight\">1</data>"
                    + "<data key=\"supports\">0</data><data key=\"opposes\">1</data><data key=\"sign\">-1</data></edge>");
        }
    }

    @Test
    void actors_followTheIdentityStage_andAMerge() {
        Processed.Done first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second());
            store.resetIdentities();
            assertThat(store.stancesOfArticle(first.article().id())).allSatisfy(r -> assertThat(r.stance().actor()).isNull());
            linkIdentities(store, store.pending(Store.ANNOTATION, Store.IDENTITIES, Store.IDENTITIES_VERSION));
            assertThat(store.stancesOfEntity("organization-nordland", 10)).hasSize(2);
            store.transaction("merge", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE mentions SET entity = 'organization-westmark' WHERE entity = 'organization-nordland'");
                }
                return null;
            });
            assertThat(store.stancesOfEntity("organization-nordland", 10)).isEmpty();
            assertThat(store.stancesOfEntity("organization-westmark", 10)).hasSize(3);
        }
    }

    @Test
    void replaceLayers_reannotated_replacesTheStancesOfThatArticleOnly() {
        Processed.Done first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second());
            store.replaceLayers(List.of(AnnotatedArticle.bare(first.article())));
            assertThat(store.stancesOfArticle(first.article().id())).isEmpty();
            assertThat(store.stanceCount()).isEqualTo(1);
        }
    }
}

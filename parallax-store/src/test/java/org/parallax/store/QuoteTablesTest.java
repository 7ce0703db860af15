package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.AttributedQuote;
import org.parallax.model.Bytes;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.PublicationDate;
import org.parallax.model.Quote;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.model.Span;
import org.parallax.nlp.EntityResolver;
import org.parallax.nlp.Annotation;
import org.parallax.pipeline.Processed;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Quotes through the store: written with the article's layers, read by article, by story (grouped by speaker) and
 * by speaker, each speaker linked to its identity through the mention at its span; replaced when the annotation is
 * redone; a store from before quotes migrates.
 */
class QuoteTablesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static final String FIRST = "Kremlin rejects 'talks' offer\n"
            + "Kremlin spokesman Dmitry Peskov said: \"There are realities on the ground.\" He added that Ukraine must accept them.\n"
            + "CCTV quoted Xi Jinping as saying \"Russia and Ukraine should hold talks.\"\n"
            + "\"We will not comment,\" a source said.\n";
    static final String SECOND = "Kremlin rejects peace talks offer\n"
            + "Dmitry Peskov said: \"There are realities on the ground.\" The Kremlin spokesman spoke in Moscow.\n"
            + "Later Dmitry Peskov said Russia would wait.\n";

    @TempDir
    Path dir;

    /** An article with the layers of the annotation stage: the entities named, and quotes over them. */
    private record Annotated(Processed.Done done, Map<String, Span> names) {
        String id() {
            return done.article().id();
        }
    }

    /** The article of {@code text}; each name is the first place these words stand (a found entity of the given type). */
    private static Annotated annotated(String rawName, String text, String day, List<String> names, List<EntityType> types,
                                       QuoteLayer quotes) {
        RawDocument raw = new RawDocument("in/" + rawName + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), null, text.substring(0, text.indexOf('\n')), text,
                new PublicationDate(day, false, Evidence.of(text, 0, 7)), null, "outlet-" + rawName, null, "en");
        Map<String, Span> spans = new HashMap<>();
        List<ArticleEntities.Found> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!Character.isLetter(text.charAt(at + name.length()))) {
                    mentions.add(new Mention(article.id(), at, at + name.length(), name));
                }
            }
            spans.put(name, new Span(mentions.get(0).start(), mentions.get(0).end()));
            found.add(new ArticleEntities.Found(types.get(i).name().toLowerCase() + ":" + name.toLowerCase(), types.get(i), name,
                    false, true, List.of(name), List.of(), mentions, List.of()));
        }
        ArticleEntities entities = new ArticleEntities(article.id(), found, List.of());
        AnnotatedArticle a = new AnnotatedArticle(article, List.of(), entities, quotes.of(text, spans));
        return new Annotated(new Processed.Done(raw, a), spans);
    }

    @FunctionalInterface
    private interface QuoteLayer {
        List<Quote> of(String text, Map<String, Span> names);
    }

    /** The span of {@code words} in {@code text}, searched from {@code after}. */
    private static Span at(String text, String words, String after) {
        int start = text.indexOf(words, after == null ? 0 : text.indexOf(after));
        assertThat(start).as(words).isGreaterThanOrEqualTo(0);
        return new Span(start, start + words.length());
    }

    private static Span at(String text, String words) {
        return at(text, words, null);
    }

    static Annotated first() {
        return annotated("first", FIRST, "2025-03-04", List.of("Dmitry Peskov", "Ukraine", "CCTV", "Xi Jinping", "Russia"),
                List.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.COUNTRY),
                (t, n) -> List.of(
                        new Quote(at(t, "talks"), true, true, null, null, null, null),
                        new Quote(at(t, "There are realities on the ground."), true, false, at(t, "said"), n.get("Dmitry Peskov"),
                                n.get("Dmitry Peskov"), null),
                        new Quote(at(t, "Ukraine must accept them"), false, false, at(t, "added that"), at(t, "He"),
                                n.get("Dmitry Peskov"), null),
                        new Quote(at(t, "Russia and Ukraine should hold talks."), true, false, at(t, "as saying"), n.get("Xi Jinping"),
                                n.get("Xi Jinping"), n.get("CCTV")),
                        new Quote(at(t, "We will not comment,"), true, false, at(t, "said", "a source"), at(t, "a source"), null, null)));
    }

    static Annotated second() {
        return annotated("second", SECOND, "2025-03-05", List.of("Dmitry Peskov", "Russia", "Moscow"),
                List.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.LOCATION),
                (t, n) -> List.of(
                        new Quote(at(t, "There are realities on the ground."), true, false, at(t, "said"), n.get("Dmitry Peskov"),
                                n.get("Dmitry Peskov"), null),
                        new Quote(at(t, "Russia would wait"), false, false, at(t, "said", "Later"), at(t, "Dmitry Peskov", "Later"),
                                at(t, "Dmitry Peskov", "Later"), null)));
    }

    /** What the identity stage does: links the stored entity layers of these articles to identities. */
    private static void linkIdentities(Store store, List<String> ids) {
        EntityResolver resolver = new EntityResolver(store.knownEntities());
        store.saveEntities(ids, resolver.resolve(new ArrayList<>(store.entityLayers(ids).values())).stream()
                .flatMap(List::stream).toList(), resolver.drainChanged());
    }

    /** Two articles stored, placed in one story and linked to identities: the story's id. */
    private static String analyzed(Store store, Annotated... articles) {
        List<Processed.Done> batch = java.util.Arrays.stream(articles).map(Annotated::done).toList();
        store.accept(batch);
        CorpusIndex index = new CorpusIndex();
        List<CorpusIndex.Placement> placed = batch.stream().map(d -> index.add(d.article())).toList();
        store.saveCorpus(index, placed);
        assertThat(placed).extracting(CorpusIndex.Placement::story).as("one story").containsOnly(placed.get(0).story());
        linkIdentities(store, batch.stream().map(d -> d.article().id()).toList());
        return placed.get(0).story();
    }

    private static List<String> texts(QuotePage page) {
        return page.quotes().stream().map(r -> r.quote().text()).toList();
    }

    @Test
    void quotesOfArticle_inTextOrder_speakerAndMediumLinkedThroughTheirMentions() {
        Annotated first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            String story = analyzed(store, first, second());
            QuotePage page = store.quotesOfArticle(first.id(), 0, 50);
            assertThat(page.total()).isEqualTo(5);
            assertThat(texts(page)).containsExactly("talks", "There are realities on the ground.", "Ukraine must accept them",
                    "Russia and Ukraine should hold talks.", "We will not comment,");
            AttributedQuote headline = page.quotes().get(0).quote();
            assertThat(headline.quote().headline()).isTrue();
            assertThat(headline.speaker()).isNull();
            AttributedQuote direct = page.quotes().get(1).quote();
            assertThat(direct.id()).isEqualTo("quote-" + first.id() + "-" + direct.quote().content().start() + "-"
                    + direct.quote().content().end());
            assertThat(direct.quote().direct()).isTrue();
            assertThat(direct.speaker()).isEqualTo("person-dmitry-peskov");
            assertThat(direct.speakerName()).isEqualTo("Dmitry Peskov");
            assertThat(direct.speakerText()).isEqualTo("Dmitry Peskov");
            assertThat(direct.cueText()).isEqualTo("said");
            AttributedQuote reported = page.quotes().get(2).quote();
            assertThat(reported.quote().direct()).isFalse();
            assertThat(reported.speaker()).isEqualTo("person-dmitry-peskov");
            assertThat(reported.speakerText()).as("the words at the cue, not the name").isEqualTo("He");
            AttributedQuote relayed = page.quotes().get(3).quote();
            assertThat(relayed.speakerName()).isEqualTo("Xi Jinping");
            assertThat(relayed.via()).isEqualTo("organization-cctv");
            assertThat(relayed.viaName()).isEqualTo("CCTV");
            AttributedQuote unknown = page.quotes().get(4).quote();
            assertThat(unknown.speaker()).isNull();
            assertThat(unknown.speakerText()).isEqualTo("a source");
            assertThat(page.quotes()).allSatisfy(r -> {
                assertThat(r.quote().text()).isEqualTo(r.quote().quote().content().of(FIRST));
                assertThat(r.story()).isEqualTo(story);
                assertThat(r.articleTitle()).isEqualTo("Kremlin rejects 'talks' offer");
            });
            assertThat(texts(store.quotesOfArticle(first.id(), 1, 2))).containsExactly("There are realities on the ground.",
                    "Ukraine must accept them");
            assertThat(store.quotesOfArticle(first.id(), 1, 2).total()).isEqualTo(5);
            assertThat(store.quotesOfArticle("no-such-article", 0, 50)).isEqualTo(new QuotePage(0, List.of()));
            assertThat(store.quoteCount()).isEqualTo(7);
        }
    }

    @Test
    void quotesOfStory_groupedBySpeaker_mostQuotedFirst_unknownSpeakersLast() {
        Annotated first = first();
        Annotated second = second();
        try (Store store = Store.open(dir, CLOCK)) {
            String story = analyzed(store, first, second);
            QuotePage page = store.quotesOfStory(story, 0, 50);
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.quotes()).extracting(r -> r.quote().speakerName()).containsExactly("Dmitry Peskov", "Dmitry Peskov",
                    "Dmitry Peskov", "Dmitry Peskov", "Xi Jinping", null, null);
            // within a speaker, the articles in the order they joined the story, each in text order
            assertThat(page.quotes().subList(0, 4)).extracting(r -> r.quote().article())
                    .containsExactly(first.id(), first.id(), second.id(), second.id());
            assertThat(texts(page).subList(5, 7)).containsExactlyInAnyOrder("talks", "We will not comment,");
            assertThat(texts(store.quotesOfStory(story, 4, 1))).containsExactly("Russia and Ukraine should hold talks.");
            assertThat(store.quotesOfStory("story-nope", 0, 50).total()).isZero();
        }
    }

    @Test
    void quotesBySpeaker_acrossArticles_withTheirStory_newestFirst() {
        Annotated first = first();
        Annotated second = second();
        try (Store store = Store.open(dir, CLOCK)) {
            String story = analyzed(store, first, second);
            QuotePage peskov = store.quotesBySpeaker("person-dmitry-peskov", 0, 50);
            assertThat(peskov.total()).isEqualTo(4);
            assertThat(peskov.quotes()).extracting(r -> r.quote().article())
                    .containsExactly(second.id(), second.id(), first.id(), first.id());
            assertThat(peskov.quotes()).allSatisfy(r -> {
                assertThat(r.story()).isEqualTo(story);
                assertThat(r.storyTitle()).isNotBlank();
                assertThat(r.quote().speaker()).isEqualTo("person-dmitry-peskov");
            });
            assertThat(peskov.quotes().get(0).published()).isEqualTo("2025-03-05");
            assertThat(peskov.quotes().get(0).outlet()).isEqualTo("outlet-second");
            assertThat(texts(store.quotesBySpeaker("person-xi-jinping", 0, 50))).containsExactly("Russia and Ukraine should hold talks.");
            assertThat(store.quotesBySpeaker("organization-cctv", 0, 50).total()).as("a medium relays, it does not speak").isZero();
            assertThat(store.quotesBySpeaker("person-dmitry-peskov", 3, 10).quotes()).hasSize(1);
        }
    }

    @Test
    void speakers_followTheIdentityStage_goneWhenReset_backWhenLinkedAgain() {
        Annotated first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second());
            store.resetIdentities();
            assertThat(store.quotesOfArticle(first.id(), 0, 50).quotes()).allSatisfy(r -> assertThat(r.quote().speaker()).isNull());
            assertThat(store.quotesBySpeaker("person-dmitry-peskov", 0, 50).total()).isZero();
            assertThat(store.quotesOfArticle(first.id(), 0, 50).quotes().get(2).quote().speakerText()).isEqualTo("He");
            linkIdentities(store, store.pending(Store.ANNOTATION, Store.IDENTITIES, Store.IDENTITIES_VERSION));
            assertThat(store.quotesBySpeaker("person-dmitry-peskov", 0, 50).total()).isEqualTo(4);
        }
    }

    @Test
    void speakers_followAMergeOfIdentities_whateverRewritesTheMentions() {
        Annotated first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second());
            store.transaction("merge", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE mentions SET entity = 'person-xi-jinping' WHERE entity = 'person-dmitry-peskov'");
                }
                return null;
            });
            assertThat(store.quotesBySpeaker("person-dmitry-peskov", 0, 50).total()).isZero();
            assertThat(store.quotesBySpeaker("person-xi-jinping", 0, 50).total()).isEqualTo(5);
            assertThat(store.quotesOfArticle(first.id(), 0, 50).quotes().get(1).quote().speakerName()).isEqualTo("Xi Jinping");
            store.transaction("unlink", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM mentions WHERE entity = 'organization-cctv'");
                }
                return null;
            });
            assertThat(store.quotesOfArticle(first.id(), 0, 50).quotes().get(3).quote().via()).isNull();
        }
    }

    @Test
    void replaceLayers_reannotated_replacesTheQuotesOfThatArticleOnly() {
        Annotated first = first();
        Annotated second = second();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second);
            AnnotatedArticle before = first.done().annotated();
            Quote kept = before.quotes().get(3);
            store.replaceLayers(List.of(new AnnotatedArticle(before.article(), before.sentences(), before.entities(), List.of(kept))));
            assertThat(texts(store.quotesOfArticle(first.id(), 0, 50))).containsExactly("Russia and Ukraine should hold talks.");
            assertThat(store.quotesOfArticle(second.id(), 0, 50).total()).isEqualTo(2);
            // the mentions went with the old layers: the speaker is back once the identity stage has linked again
            assertThat(store.quotesOfArticle(first.id(), 0, 50).quotes().get(0).quote().speaker()).isNull();
            linkIdentities(store, store.pending(Store.ANNOTATION, Store.IDENTITIES, Store.IDENTITIES_VERSION));
            assertThat(store.quotesOfArticle(first.id(), 0, 50).quotes().get(0).quote().speaker()).isEqualTo("person-xi-jinping");
            store.replaceLayers(List.of(AnnotatedArticle.bare(before.article())));
            assertThat(store.quotesOfArticle(first.id(), 0, 50).total()).isZero();
            assertThat(store.quoteCount()).isEqualTo(2);
        }
    }

    @Test
    void open_storeFromBeforeQuotes_migratesAndAsksForTheAnnotationAgain() throws Exception {
        Annotated first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            store.accept(List.of(first.done()));
        }
        // what the previous version left: no quote table (nor its triggers), schema version 6, the article annotated
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement s = c.createStatement()) {
            OlderSchema.rollBackTo(s, 6);
        }
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.quoteCount()).isZero();
            assertThat(store.pending(Store.EXTRACTION, Store.ANNOTATION, Annotation.VERSION)).containsExactly(first.id());
            store.replaceLayers(List.of(first.done().annotated()));
            assertThat(store.quotesOfArticle(first.id(), 0, 50).total()).isEqualTo(5);
            assertThat(store.pending(Store.EXTRACTION, Store.ANNOTATION, Annotation.VERSION)).isEmpty();
        }
    }

    @Test
    void open_storeWithQuotesButNoSpeakerColumns_linksTheirSpeakers() throws Exception {
        Annotated first = first();
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first, second());
        }
        // what schema version 7 held: the quotes, their speakers known only through the mentions
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement s = c.createStatement()) {
            OlderSchema.rollBackTo(s, 7);
            s.executeUpdate("CREATE INDEX quotes_speaker ON quotes(article, speaker_start, speaker_end)");
        }
        try (Store store = Store.open(dir, CLOCK)) {
            assertThat(store.quotesBySpeaker("person-dmitry-peskov", 0, 50).total()).isEqualTo(4);
            assertThat(store.quotesOfArticle(first.id(), 0, 50).quotes().get(3).quote().viaName()).isEqualTo("CCTV");
        }
    }

    @Test
    void entityGraph_quoteEdges_fromTheSpeakerToWhomItsQuotesName() throws Exception {
        try (Store store = Store.open(dir, CLOCK)) {
            analyzed(store, first(), second());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EntityGraph.write(store, 100, out);
            org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(out.toByteArray()));
            Map<String, String> quoteEdges = new HashMap<>();
            int coMentions = 0;
            NodeList edges = xml.getElementsByTagName("edge");
            for (int i = 0; i < edges.getLength(); i++) {
                Element edge = (Element) edges.item(i);
                Map<String, String> data = new HashMap<>();
                NodeList values = edge.getElementsByTagName("data");
                for (int j = 0; j < values.getLength(); j++) {
                    Element d = (Element) values.item(j);
                    data.put(d.getAttribute("key"), d.getTextContent());
                }
                if (data.get("kind").equals("quote")) {
                    assertThat(edge.getAttribute("directed")).isEqualTo("true");
                    quoteEdges.put(edge.getAttribute("source") + " -> " + edge.getAttribute("target"), data.get("weight"));
                } else {
                    assertThat(data.get("kind")).isEqualTo("co-mention");
                    coMentions++;
                }
            }
            assertThat(quoteEdges).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "person-dmitry-peskov -> country-ukraine", "1",
                    "person-dmitry-peskov -> country-russia", "1",
                    "person-xi-jinping -> country-russia", "1",
                    "person-xi-jinping -> country-ukraine", "1"));
            assertThat(coMentions).isGreaterThan(0);
            assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("attr.name=\"kind\"");
        }
    }
}

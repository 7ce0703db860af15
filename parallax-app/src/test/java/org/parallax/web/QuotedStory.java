package org.parallax.web;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Bytes;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.PublicationDate;
import org.parallax.model.Quote;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;
import org.parallax.model.Span;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;

/**
 * A story of two articles that report what people said, their entities and quotes laid by hand (not by the quote
 * finder): Peskov quoted in both (the same words twice, and over two paragraphs), Xi relayed by CCTV, a headline
 * quote, and a quote whose speaker is unknown with hostile markup in its words and in the words naming its source.
 * Public for the tests of other packages.
 */
public final class QuotedStory {
    static final String FIRST = "Kremlin rejects 'talks' offer\n"
            + "Kremlin spokesman Dmitry Peskov said: \"There are realities on the ground.\" He added that Ukraine must accept them.\n"
            + "CCTV quoted Xi Jinping as saying \"Russia and Ukraine should hold talks.\"\n"
            + "\"Wait <script>alert(1)</script> and see,\" an official <img src=x onerror=alert(2)> said.\n";
    static final String SECOND = "Kremlin rejects peace talks offer\n"
            + "Dmitry Peskov said: \"There are realities on the ground.\" The Kremlin spokesman spoke in Moscow.\n"
            + "\"We will wait for as long as it takes.\n"
            + "We will not move,\" Dmitry Peskov said on Friday.\n";

    public final String story;
    public final String first;
    public final String second;

    private QuotedStory(String story, String first, String second) {
        this.story = story;
        this.first = first;
        this.second = second;
    }

    /** Stores the two articles in an empty store, places them in one story and links their entities. */
    public static QuotedStory write(Store store) {
        Processed.Done first = first();
        Processed.Done second = second();
        String story = HandLaid.oneStory(store, first, second);
        List<String> ids = List.of(first.article().id(), second.article().id());
        HandLaid.linkEntities(store, ids);
        return new QuotedStory(story, ids.get(0), ids.get(1));
    }

    static Processed.Done first() {
        String t = FIRST;
        Article a = article("first", t, "2025-03-04");
        ArticleEntities e = entities(a, List.of("Dmitry Peskov", "Ukraine", "CCTV", "Xi Jinping", "Russia"),
                List.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.COUNTRY));
        Span peskov = at(t, "Dmitry Peskov", null);
        Span xi = at(t, "Xi Jinping", null);
        List<Quote> quotes = List.of(
                new Quote(at(t, "talks", null), true, true, null, null, null, null),
                new Quote(at(t, "There are realities on the ground.", null), true, false, at(t, "said", null), peskov, peskov, null),
                new Quote(at(t, "Ukraine must accept them", null), false, false, at(t, "added that", null), at(t, "He", null), peskov,
                        null),
                new Quote(at(t, "Russia and Ukraine should hold talks.", null), true, false, at(t, "as saying", null), xi, xi,
                        at(t, "CCTV", null)),
                new Quote(at(t, "Wait <script>alert(1)</script> and see,", null), true, false, at(t, "said", "an official"),
                        at(t, "an official <img src=x onerror=alert(2)>", null), null, null));
        return new Processed.Done(raw("first", t), new AnnotatedArticle(a, List.of(), e, quotes));
    }

    static Processed.Done second() {
        String t = SECOND;
        Article a = article("second", t, "2025-03-05");
        ArticleEntities e = entities(a, List.of("Dmitry Peskov", "Moscow"), List.of(EntityType.PERSON, EntityType.LOCATION));
        Span later = at(t, "Dmitry Peskov", "We will not move");
        List<Quote> quotes = List.of(
                new Quote(at(t, "There are realities on the ground.", null), true, false, at(t, "said", null),
                        at(t, "Dmitry Peskov", null), at(t, "Dmitry Peskov", null), null),
                new Quote(new Span(t.indexOf("We will wait"), t.indexOf(",\" Dmitry")), true, false, at(t, "said", "We will not move"),
                        later, later, null));
        return new Processed.Done(raw("second", t), new AnnotatedArticle(a, List.of(), e, quotes));
    }

    private static RawDocument raw(String name, String text) {
        return new RawDocument("in/quoted-" + name + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
    }

    private static Article article(String name, String text, String day) {
        RawDocument raw = raw(name, text);
        return new Article(raw.id(), raw.source(), null, text.substring(0, text.indexOf('\n')), text,
                new PublicationDate(day, false, Evidence.of(text, 0, 7)), null, "Outlet " + name, null, "en");
    }

    /** Each name as an entity the article names, mentioned wherever its words stand whole. */
    private static ArticleEntities entities(Article a, List<String> names, List<EntityType> types) {
        String text = a.text();
        List<ArticleEntities.Found> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!Character.isLetter(text.charAt(at + name.length()))) {
                    mentions.add(new Mention(a.id(), at, at + name.length(), name));
                }
            }
            found.add(new ArticleEntities.Found(types.get(i).name().toLowerCase(java.util.Locale.ROOT) + ":"
                    + name.toLowerCase(java.util.Locale.ROOT), types.get(i), name, false, true, List.of(name), List.of(), mentions,
                    List.of()));
        }
        return new ArticleEntities(a.id(), found, List.of());
    }

    /** The span of {@code words} in {@code text}, searched from where {@code after} stands (null: the start). */
    static Span at(String text, String words, String after) {
        int start = text.indexOf(words, after == null ? 0 : text.indexOf(after));
        if (start < 0) {
            throw new IllegalArgumentException(words + " is not in the text");
        }
        return new Span(start, start + words.length());
    }
}

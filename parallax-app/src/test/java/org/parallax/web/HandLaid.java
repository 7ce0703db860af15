package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.Bytes;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;
import org.parallax.model.Sentence;
import org.parallax.model.SourceHints;
import org.parallax.model.Span;
import org.parallax.nlp.EntityResolver;
import org.parallax.pipeline.Processed;
import org.parallax.store.Store;

/**
 * Articles written for a browser test and annotated by the test itself, so it needs no CoreNLP: a headline line, then
 * one sentence a line, from the outlet "Outlet " + name, stored as one story.
 */
final class HandLaid {
    private HandLaid() {
    }

    /** The article {@code in/name.txt}, published on {@code day} (null: undated), as {@code annotate} reads it. */
    static Processed.Done article(String name, String text, String day, Function<Article, AnnotatedArticle> annotate) {
        RawDocument raw = new RawDocument("in/" + name + ".txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text,
                SourceHints.NONE);
        Article article = new Article(raw.id(), raw.source(), null, text.substring(0, text.indexOf('\n')), text,
                day == null ? null : new PublicationDate(day, false, Evidence.of(text, 0, 5)), null, "Outlet " + name, null, "en");
        return new Processed.Done(raw, annotate.apply(article));
    }

    /** A sentence (and a paragraph) for each line that is not blank. */
    static List<Sentence> lines(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int from = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                sentences.add(new Sentence(new Span(from, from + line.length()), paragraph++));
            }
            from += line.length() + 1;
        }
        return sentences;
    }

    /** Stores the articles, which must fall into one story; its id. */
    static String oneStory(Store store, Processed.Done first, Processed.Done second) {
        store.accept(List.of(first, second));
        CorpusIndex index = new CorpusIndex();
        List<CorpusIndex.Placement> placed = List.of(index.add(first.article()), index.add(second.article()));
        assertThat(placed.get(1).story()).as("the two articles are one story").isEqualTo(placed.get(0).story());
        store.saveCorpus(index, placed);
        return placed.get(0).story();
    }

    /** Resolves the entities the stored articles name into one identity each across them. */
    static void linkEntities(Store store, List<String> ids) {
        EntityResolver resolver = new EntityResolver(List.of());
        store.saveEntities(ids, resolver.resolve(new ArrayList<>(store.entityLayers(ids).values())).stream()
                .flatMap(List::stream).toList(), resolver.drainChanged());
    }
}

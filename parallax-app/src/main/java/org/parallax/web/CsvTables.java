package org.parallax.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.parallax.bundle.Csv;
import org.parallax.bundle.Views;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.store.Store;
import org.parallax.store.StoryFilter;
import org.parallax.store.StorySummary;

/** The store's tables as CSV, each row the chosen fields of its record's one view: for the web and the command line. */
public final class CsvTables {
    private CsvTables() {
    }

    /** The tables there are, in the order they are offered. */
    public static final java.util.List<String> TABLES = java.util.List.of("articles", "stories", "storylines", "quotes", "times",
            "stances", "claims");

    /**
     * The stories table's columns: the story's own, then how many known outlets report it and how many of its articles
     * have no known outlet (never counted as outlets of their own).
     */
    static final java.util.List<String> STORIES = java.util.stream.Stream.concat(Csv.STORIES.stream(),
            java.util.stream.Stream.of("outlets", "unknown_outlet_articles")).toList();

    /**
     * The claims table's columns: the claim's own, then how many of its independent sources are articles whose outlet is
     * not known, each counted as a source of its own.
     */
    static final java.util.List<String> CLAIMS = java.util.stream.Stream.concat(Csv.CLAIMS.stream(),
            java.util.stream.Stream.of("unknown_outlet_sources")).toList();

    /** Writes {@code table} (one of {@link #TABLES}) with its header. */
    public static void write(Store store, String table, Writer out) throws IOException {
        try {
            switch (table) {
                case "articles" -> {
                    out.write(Csv.header(Csv.ARTICLES));
                    store.forEachArticle(a -> line(out, Csv.row(Views.article(a.article(), a.duplicateOf(),
                            membership(store, a.article().id())), Csv.ARTICLES)));
                }
                case "stories" -> {
                    out.write(Csv.header(STORIES));
                    java.util.Map<String, StorySummary> counts = new java.util.HashMap<>();
                    store.storySummaries(StoryFilter.ALL, 0, Integer.MAX_VALUE).forEach(c -> counts.put(c.id(), c));
                    for (Story s : store.stories(0, Integer.MAX_VALUE)) {
                        java.util.List<String> cells = new java.util.ArrayList<>(Views.cells(Views.story(s), Csv.STORIES));
                        StorySummary c = counts.get(s.id());
                        cells.add(c == null ? null : String.valueOf(c.outlets()));
                        cells.add(c == null ? null : String.valueOf(c.unknownOutletArticles()));
                        out.write(Csv.row(cells));
                    }
                }
                case "storylines" -> {
                    out.write(Csv.header(Csv.STORYLINES));
                    for (Storyline l : store.storylines()) {
                        out.write(Csv.row(Views.storyline(l), Csv.STORYLINES));
                    }
                }
                case "quotes" -> {
                    out.write(Csv.header(Csv.QUOTES));
                    store.forEachQuote(q -> line(out, Csv.row(Views.quote(q), Csv.QUOTES)));
                }
                case "times" -> {
                    out.write(Csv.header(Csv.TIMES));
                    store.forEachTime(t -> line(out, Csv.row(Views.time(t), Csv.TIMES)));
                }
                case "stances" -> {
                    out.write(Csv.header(Csv.STANCES));
                    store.forEachStance(s -> line(out, Csv.row(Views.stance(s), Csv.STANCES)));
                }
                case "claims" -> {
                    out.write(Csv.header(CLAIMS));
                    UnknownOutletSources unknown = new UnknownOutletSources(store);
                    store.forEachClaim(c -> {
                        java.util.List<String> cells = new java.util.ArrayList<>(Views.cells(Views.claim(c), Csv.CLAIMS));
                        cells.add(String.valueOf(unknown.applyAsInt(c)));
                        line(out, Csv.row(cells));
                    });
                }
                default -> throw new IllegalArgumentException("no such table: " + table + " (" + String.join(", ", TABLES) + ")");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Where an article stands among stories, or null before the corpus stage placed it. */
    static Views.Membership membership(Store store, String article) {
        return store.placement(article).map(p -> new Views.Membership(p.story(), p.origin(), p.reason())).orElse(null);
    }

    private static void line(Writer out, String row) {
        try {
            out.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.parallax.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.parallax.bundle.Csv;
import org.parallax.bundle.Views;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.store.Store;

/** The store's tables as CSV, each row the chosen fields of its record's one view: for the web and the command line. */
public final class CsvTables {
    private CsvTables() {
    }

    /** The tables there are, in the order they are offered. */
    public static final java.util.List<String> TABLES = java.util.List.of("articles", "stories", "storylines", "quotes", "times",
            "stances", "claims");

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
                    out.write(Csv.header(Csv.STORIES));
                    for (Story s : store.stories(0, Integer.MAX_VALUE)) {
                        out.write(Csv.row(Views.story(s), Csv.STORIES));
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
                    out.write(Csv.header(Csv.CLAIMS));
                    store.forEachClaim(c -> line(out, Csv.row(Views.claim(c), Csv.CLAIMS)));
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

package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: its headline, its main text, and its metadata. The text is fixed from here on;
 * every later annotation is a span over it.
 *
 * @param id             stable id: the content hash of the raw document
 * @param source         where the raw document came from
 * @param url            the article's URL when the input gives one, else null
 * @param title          the headline, or "" when none was found
 * @param text           the main text: paragraphs separated by blank lines, chrome removed
 * @param published      the publication date, or null when nothing says it
 * @param pageDate       a date the page shows that is not the article's (a header date), or null
 * @param outlet         the outlet that published it, or null
 * @param syndicatedFrom the outlet it credits as its origin ("Source: bbc", a wire byline), or null
 * @param language       ISO 639-1 code, or "und" when it cannot be told
 * @param note           what a reader should know about the text (it is only a feed's summary), or null
 * @param authors        the people its byline names, each once, in the byline's order
 * @param credit         the organization its byline credits (a news agency, or the outlet itself when the byline
 *                       names no person), or null
 * @param modified       when the page says it was last changed (ISO 8601, its time zone kept), or null
 */
public record Article(String id, String source, String url, String title, String text, PublicationDate published,
                      String pageDate, String outlet, String syndicatedFrom, String language, String note,
                      List<String> authors, String credit, String modified) {
    /** An article with nothing to note. */
    public Article(String id, String source, String url, String title, String text, PublicationDate published,
                   String pageDate, String outlet, String syndicatedFrom, String language) {
        this(id, source, url, title, text, published, pageDate, outlet, syndicatedFrom, language, null);
    }

    /** An article whose byline and modification date are not known. */
    public Article(String id, String source, String url, String title, String text, PublicationDate published,
                   String pageDate, String outlet, String syndicatedFrom, String language, String note) {
        this(id, source, url, title, text, published, pageDate, outlet, syndicatedFrom, language, note, List.of(),
                null, null);
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        authors = List.copyOf(authors);
    }
}

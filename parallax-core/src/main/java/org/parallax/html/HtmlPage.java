package org.parallax.html;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Span;

/**
 * What an HTML page says of itself, and its main text.
 *
 * @param title     the headline (og:title, the h1, or the document title without the site name), or ""
 * @param text      the main text as blocks separated by blank lines
 * @param published the publication date as the page states it, with where, or null
 * @param modified  the modification date as the page states it, or null
 * @param authors   the names the page gives its authors, as it writes them (a byline may name several, or an agency),
 *                  from its structured data, else its meta tags, else its byline elements
 * @param organizations the organizations its structured data names as authors
 * @param bylines   the names its byline elements (rel=author, itemprop=author, a byline class) hold, as written
 * @param siteName  the site's own name (og:site_name, publisher), or null
 * @param canonical the canonical URL, or null
 * @param language  the language the page declares (html lang), two letters, or null
 * @param marked    whether the text came from a container the page marks as its content (an article or
 *                  main element, an article-body class), rather than from the whole page
 * @param wholePage all the visible text of the page as blocks, for when the structure misleads
 * @param description the summary the page gives of itself (og:description, meta description), or null
 * @param statedBody  the article's text as the page's structured data states it (JSON-LD articleBody), as
 *                    blocks separated by blank lines, or null; pages built by scripts may hold it only there
 * @param state       the page's script state (Next.js data, the props of components a script builds, a streamed
 *                    payload), read by {@link #stateBody()} when the markup lacks the article
 * @param preformatted the stretches of {@code text} that the page sets as preformatted (a pre element: code, verse,
 *                     figures in columns), in order, where each line break is the page's own
 */
public record HtmlPage(String title, String text, StatedDate published, StatedDate modified, List<String> authors,
                       List<String> organizations, List<String> bylines, String siteName, String canonical, String language, boolean marked, String wholePage,
                       String description, String statedBody, List<String> state, List<Span> preformatted) {
    public HtmlPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(wholePage, "wholePage");
        authors = List.copyOf(authors);
        organizations = List.copyOf(organizations);
        bylines = List.copyOf(bylines);
        state = List.copyOf(state);
        preformatted = List.copyOf(preformatted);
    }

    /**
     * The article's text as the page's script state holds it, as blocks separated by blank lines, or null: the
     * longest value that is markup with paragraphs of prose. Read on each call, in one pass over the state.
     */
    public String stateBody() {
        return EmbeddedState.body(state);
    }

    /**
     * A date the page states in its markup.
     *
     * @param value   the date text (ISO 8601 in most pages; read from {@code written} when the page writes it otherwise)
     * @param origin  where it was found ("json-ld", "meta article:published_time", "time", "script", "url")
     * @param written the text as the page or its URL writes it, to be found there as evidence
     */
    public record StatedDate(String value, String origin, String written) {
        public StatedDate(String value, String origin) {
            this(value, origin, value);
        }
    }
}

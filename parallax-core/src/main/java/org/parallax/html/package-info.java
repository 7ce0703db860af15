/**
 * HTML pages, read before cleaning: the page's own metadata (JSON-LD, meta tags, {@code <time>}, dates in its
 * scripts' state, the URL), its headline as its heading, og:title and JSON-LD agree on it, the names its bylines
 * give, and its main text as blocks in reading order, with navigation, forms, widgets and link lists pruned by
 * structure; a script-built page's text from its embedded state when the markup lacks it. The text then goes
 * through the same cleaning as scraped plain text. Entry point: {@link org.parallax.html.HtmlExtractor}.
 */
package org.parallax.html;

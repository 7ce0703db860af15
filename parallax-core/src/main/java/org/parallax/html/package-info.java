/**
 * HTML pages, read before cleaning: the page's own metadata (JSON-LD, meta tags, {@code <time>}, the
 * URL) and its main text as blocks in reading order, with navigation, forms, widgets and link lists
 * pruned by structure. The text then goes through the same cleaning as scraped plain text.
 * Entry point: {@link org.parallax.html.HtmlExtractor}.
 */
package org.parallax.html;

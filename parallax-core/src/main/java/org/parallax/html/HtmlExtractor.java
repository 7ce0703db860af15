package org.parallax.html;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads an HTML page: its stated metadata, its headline and its main text. Thread-safe. */
public final class HtmlExtractor {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—\\-:·»]\\s+");

    private HtmlExtractor() {
    }

    /**
     * @param html the page's markup
     * @param url  where it came from, or null
     */
    public static HtmlPage extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        PageMetadata.Found meta = PageMetadata.read(doc, url);
        String title = headline(doc, meta);
        MainText.Result text = MainText.extract(doc);
        return new HtmlPage(title, text.text(), meta.published(), meta.modified(), meta.authors(), meta.siteName(),
                meta.canonical(), meta.language(), text.fromContentRoot(), text.wholePage(), meta.description(),
                statedBody(meta.articleBody()));
    }

    /** The JSON-LD article body as text: it may be plain text or markup of its own. */
    private static String statedBody(String articleBody) {
        if (articleBody == null) {
            return null;
        }
        if (articleBody.indexOf('<') < 0) {
            return articleBody;
        }
        String text = MainText.extract(Jsoup.parseBodyFragment(articleBody)).wholePage();
        return text.isBlank() ? null : text;
    }

    /** og:title, the article's headline, the only h1, or the document title without the site name. */
    private static String headline(Document doc, PageMetadata.Found meta) {
        String og = attr(doc.selectFirst("meta[property=og:title][content], meta[name=twitter:title][content]"));
        String h1 = doc.select("h1").size() == 1 ? doc.selectFirst("h1").text().strip() : "";
        String documentTitle = doc.title().strip();
        for (String candidate : new String[] {meta.headline(), og, h1}) {
            if (candidate != null && candidate.length() >= 8) {
                return stripSite(candidate, meta.siteName());
            }
        }
        return stripSite(documentTitle, meta.siteName());
    }

    private static String attr(Element e) {
        return e == null ? null : e.attr("content").strip();
    }

    /** Takes the site's name off a title ("Headline | Site"); keeps the longest part otherwise. */
    static String stripSite(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String best = parts[0];
        for (String part : parts) {
            if (siteName != null && part.equalsIgnoreCase(siteName.strip())) {
                continue;
            }
            if (part.length() > best.length() || (siteName != null && best.equalsIgnoreCase(siteName.strip()))) {
                best = part;
            }
        }
        return best.length() >= title.length() / 3 ? best.strip() : title;
    }
}

package org.parallax.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads an HTML page: its stated metadata, its headline and its main text. Thread-safe. */
public final class HtmlExtractor {

    private HtmlExtractor() {
    }

    /**
     * @param html the page's markup
     * @param url  where it came from, or null
     */
    public static HtmlPage extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        PageMetadata.Found meta = PageMetadata.read(doc, url);
        String title = Headlines.find(doc, meta.headline(), meta.siteName(), url);
        List<String> state = EmbeddedState.blocks(doc);
        MainText.Result text = MainText.extract(doc);
        return new HtmlPage(title, text.text(), meta.published(), meta.modified(), meta.authors(), meta.organizations(), meta.bylines(), meta.siteName(),
                meta.canonical(), meta.language(), text.fromContentRoot(), text.wholePage(), meta.description(),
                statedBody(meta.articleBody()), state, text.preformatted());
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
}

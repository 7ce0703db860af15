package org.parallax.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page states only in its scripts: a key that names the publication or creation of the
 * article ("datePublished", "publishDate", "createDate", "published_at") with an ISO 8601 date or a compact one
 * (20240425, 202404251407) as its value, in a script's data or state, or in the JSON of a data attribute of the
 * page's root, body or article element. The first such key in the page is taken.
 */
final class ScriptDates {
    private static final Pattern KEYED = Pattern.compile("[\"']?(?i:datePublished|date_published|publishDate|publish_date|"
            + "publishedDate|published_date|publishedAt|published_at|publishedTime|published_time|publishTime|publishtime|"
            + "pubDate|pub_date|publicationDate|publication_date|firstPublished\\w{0,12}|createDate|create_date|"
            + "createdDate|creationDate|dateCreated)[\"']?\\s*[:=]\\s*[\"']?(?<value>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d"
            + "(?:[T ][0-2]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?|(?:19|20)\\d\\d[01]\\d[0-3]\\d"
            + "(?:[0-2]\\d[0-5]\\d)?)(?![\\d])");
    /** Scripts larger than this are bundles of code, not the page's state. */
    private static final int MAX_SCRIPT = 4_000_000;

    private ScriptDates() {
    }

    static HtmlPage.StatedDate published(Document doc) {
        for (Element script : doc.select("script")) {
            if (script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String data = script.data();
            if (data.length() > MAX_SCRIPT) {
                continue;
            }
            HtmlPage.StatedDate found = find(data, "script");
            if (found != null) {
                return found;
            }
        }
        for (Element e : doc.select("html, body, article, main")) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (a.getKey().startsWith("data-") && a.getValue().indexOf('{') >= 0) {
                    HtmlPage.StatedDate found = find(a.getValue(), "data attribute");
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static HtmlPage.StatedDate find(String data, String origin) {
        Matcher m = KEYED.matcher(data);
        if (!m.find()) {
            return null;
        }
        String written = m.group("value");
        return new HtmlPage.StatedDate(iso(written), origin, written);
    }

    /** A compact date (20240425, 202404251407) in ISO 8601; an ISO date as it is. */
    private static String iso(String written) {
        if (written.indexOf('-') > 0) {
            return written;
        }
        String date = written.substring(0, 4) + "-" + written.substring(4, 6) + "-" + written.substring(6, 8);
        return written.length() == 12 ? date + "T" + written.substring(8, 10) + ":" + written.substring(10, 12) : date;
    }
}

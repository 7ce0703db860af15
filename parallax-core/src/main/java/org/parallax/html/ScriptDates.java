package org.parallax.html;

import java.util.List;
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
    /**
     * Letters every key holds, found by a plain search: the full pattern is tried only around them, not at every
     * character of a large script.
     */
    private static final List<String> HINTS = List.of("ublish", "UBLISH", "ublicat", "UBLICAT", "reate", "REATE",
            "reati", "REATI", "ubDate", "ubdate", "UBDATE", "ub_date", "UB_DATE");
    /** How far before its letters a key may start ("firstPublished", "dateCreated"). */
    private static final int KEY_BEFORE_HINT = 20;
    /** How far after them its value may end. */
    private static final int KEY_AFTER_HINT = 80;
    /** Scripts larger than this are bundles of code, not the page's state. */
    private static final int MAX_SCRIPT = 4_000_000;

    private ScriptDates() {
    }

    static HtmlPage.StatedDate published(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            if (script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String data = EmbeddedState.data(script);
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
        Matcher m = KEYED.matcher(data).useTransparentBounds(true);
        int bestStart = Integer.MAX_VALUE;
        String best = null;
        for (String hint : HINTS) {
            for (int at = data.indexOf(hint); at >= 0 && at < bestStart; at = data.indexOf(hint, at + hint.length())) {
                m.region(Math.max(0, at - KEY_BEFORE_HINT), Math.min(data.length(), at + hint.length() + KEY_AFTER_HINT));
                if (m.find()) {
                    if (m.start() < bestStart) {
                        bestStart = m.start();
                        best = m.group("value");
                    }
                    break;
                }
            }
        }
        return best == null ? null : new HtmlPage.StatedDate(iso(best), origin, best);
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

package org.parallax.html;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The page's own headline, read from what states it: the article's JSON-LD headline, og:title, the headline
 * heading over the article, and the document title. Entities a template encoded twice are decoded, and the
 * site's name and section labels around a title ("Headline | Politics | Site") come off. When the heading
 * and og:title agree they win over the JSON-LD headline; without one, two titles that differ only in the kicker
 * in front of a separator give the part they share. The quotation marks and apostrophes are those most of the
 * statements write.
 */
final class Headlines {
    /** Separators between a headline and a site name or section label. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—\\-·»:/]{1,2}\\s+|\\s*[|｜]\\s*|\\s+::\\s+|：");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** A section label: a few words in front of a site name ("World News | Metro News"). */
    private static final int LABEL_WORDS = 3;
    /** Shorter candidates are labels or logos, not headlines. */
    private static final int MIN_LENGTH = 8;
    /** Headings looked at outside an article: a page with more is a list of them. */
    private static final int MAX_HEADINGS = 50;
    /** How many enclosing elements are looked at for a breadcrumb trail around a heading. */
    private static final int TRAIL_DEPTH = 6;
    /** Longer ones are blocks of text under a heading's tag: they are not split or compared, part by part. */
    private static final int MAX_LENGTH = 600;

    private Headlines() {
    }

    static String find(Document doc, String stated, String siteName, String url) {
        List<String> sites = siteNames(doc, siteName, url);
        String documentTitle = clean(doc.title());
        String ld = clean(stated);
        String ogStated = clean(attr(doc.selectFirst("meta[property=og:title][content], meta[name=og:title][content]")));
        String twitter = clean(attr(doc.selectFirst("meta[name=twitter:title][content], meta[property=twitter:title][content]")));
        String og = ogStated.isEmpty() ? twitter : ogStated;
        String heading = heading(doc, List.of(ld, og, documentTitle), sites);
        ld = withoutSite(ld, sites, heading);
        og = withoutSite(og, sites, heading);
        String title = withoutSite(documentTitle, sites, heading);
        String chosen = choose(doc, ld, og, heading, title);
        return inMostStatedForm(chosen, List.of(withoutSite(ogStated, sites, heading),
                withoutSite(twitter, sites, heading), heading, title, ld));
    }

    /**
     * The headline with the quotation marks and apostrophes most of the page's statements of it write: og:title
     * often flattens the typographic ones that the heading, the document title and the JSON-LD headline keep, or
     * the other way round. A form must be written by more statements than the chosen one to replace it.
     */
    static String inMostStatedForm(String chosen, List<String> statements) {
        String plain = plainQuotes(chosen);
        if (plain.isEmpty() || chosen.length() > MAX_LENGTH) {
            return chosen;
        }
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (String s : statements) {
            if (s.length() == chosen.length() && plainQuotes(s).equals(plain)) {
                forms.merge(s, 1, Integer::sum);
            }
        }
        String best = chosen;
        int bestCount = forms.getOrDefault(chosen, 0);
        for (Map.Entry<String, Integer> form : forms.entrySet()) {
            if (form.getValue() > bestCount) {
                best = form.getKey();
                bestCount = form.getValue();
            }
        }
        return best;
    }

    /** The text with every quotation mark and apostrophe written as the typewriter's. */
    private static String plainQuotes(String s) {
        return DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(s).replaceAll("'")).replaceAll("\"");
    }

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟″]");

    private static String choose(Document doc, String ld, String og, String heading, String title) {
        String underTrail = headingUnderTrail(doc, og, ld);
        if (underTrail != null) {
            return underTrail;
        }
        if (!heading.isEmpty() && key(heading).equals(key(og))) {
            return og;
        }
        if (ld.length() >= MIN_LENGTH) {
            return ld;
        }
        String shared = heading.isEmpty() || og.isEmpty() ? null : sharedTail(heading, og);
        if (shared != null) {
            return shared;
        }
        for (String candidate : new String[] {og, heading}) {
            if (candidate.length() >= MIN_LENGTH) {
                return candidate;
            }
        }
        if (!title.isEmpty()) {
            return title;
        }
        return !ld.isEmpty() ? ld : !og.isEmpty() ? og : heading;
    }

    /** Whether a quotation opened in this text is still open at its end: a separator there is inside the quote. */
    private static boolean opensQuote(String head) {
        int open = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            boolean wordBefore = i > 0 && Character.isLetterOrDigit(head.charAt(i - 1));
            if (c == '«' || c == '„' || (c == '‘' || c == '\'') && !wordBefore) {
                open++;
            } else if (c == '»' || c == '”' || c == '’' && !(i + 1 < head.length() && Character.isLetter(head.charAt(i + 1)))) {
                open = Math.max(0, open - 1);
            } else if (c == '"' || c == '“') {
                open = open > 0 ? open - 1 : open + 1;
            }
        }
        return open > 0;
    }

    /** The part after a separator that both titles end with ("Kicker A - Headline", "Kicker B: Headline"). */
    private static String sharedTail(String a, String b) {
        if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(a);
        while (m.find()) {
            String tail = a.substring(m.end());
            if (tail.length() < MIN_LENGTH || opensQuote(a.substring(0, m.start())) || !b.endsWith(tail)) {
                continue;
            }
            String head = b.substring(0, b.length() - tail.length()).strip();
            if (!head.isEmpty() && KICKER_END.matcher(head).find() && !opensQuote(head)) {
                return tail;
            }
        }
        return null;
    }

    /**
     * When the page's h1 closes its breadcrumb trail ("Home › Politics › Headline"), the headline shown over the
     * article is a heading further down: the first one that og:title or the JSON-LD headline states, whole or
     * without the kicker in front of it ("Kicker" + "Headline" in one heading), in the form the stating source
     * writes it; or the heading's part after the kicker when og:title reads "Kicker: Headline".
     */
    private static String headingUnderTrail(Document doc, String og, String ld) {
        String ogKey = key(og);
        String ldKey = key(ld);
        boolean trailSeen = false;
        int seen = 0;
        for (Element e : doc.select("h1, h2")) {
            if (seen++ == MAX_HEADINGS) {
                break;
            }
            if (!trailSeen) {
                trailSeen = e.nameIs("h1") && inTrail(e);
                continue;
            }
            if (inTrail(e)) {
                continue;
            }
            String whole = clean(e.text());
            if (whole.length() < MIN_LENGTH || whole.length() > MAX_LENGTH) {
                continue;
            }
            String last = lastPart(e);
            for (String part : last == null ? List.of(whole) : List.of(whole, last)) {
                String k = key(part);
                if (k.equals(ogKey)) {
                    return og;
                }
                if (k.equals(ldKey)) {
                    return ld;
                }
            }
            if (last != null && og.length() > last.length() && og.endsWith(last)
                    && KICKER_END.matcher(og.substring(0, og.length() - last.length()).strip()).find()) {
                return last;
            }
        }
        return null;
    }

    /** Whether a heading sits in a breadcrumb trail or a navigation bar, by its own or an enclosing element's name. */
    private static boolean inTrail(Element heading) {
        Element e = heading;
        for (int depth = 0; e != null && depth <= TRAIL_DEPTH; depth++, e = e.parent()) {
            if (e.nameIs("nav")) {
                return true;
            }
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (containsCrumb(a.getKey()) || !a.getKey().equals("style") && containsCrumb(a.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsCrumb(String s) {
        return s.length() < MAX_LENGTH && s.toLowerCase(Locale.ROOT).contains("crumb");
    }

    /** The text of a heading's last child element when the heading holds two or more: the kicker comes first. */
    private static String lastPart(Element heading) {
        List<Element> parts = heading.children().stream().filter(c -> !clean(c.text()).isEmpty()).toList();
        if (parts.size() < 2) {
            return null;
        }
        String last = clean(parts.get(parts.size() - 1).text());
        return last.length() >= MIN_LENGTH ? last : null;
    }

    /** How a kicker ends before its headline: a colon or a dash. */
    private static final Pattern KICKER_END = Pattern.compile("[:|–—\\-·»]$");

    /**
     * The heading over the article: the h1 inside the article, else the
     * page's only h1, else the h1 that another source of the title agrees with. A heading that is the site's
     * name (a logo) is none.
     */
    private static String heading(Document doc, List<String> others, List<String> sites) {
        List<String> headings = new ArrayList<>();
        for (Element e : doc.select("h1")) {
            if (headings.size() == MAX_HEADINGS) {
                break;
            }
            String text = clean(e.text());
            if (text.length() >= MIN_LENGTH && !isSite(text, sites)) {
                if (e.closest("article, main, [role=main]") != null) {
                    return text;
                }
                headings.add(text);
            }
        }
        if (headings.size() == 1) {
            return headings.get(0);
        }
        List<String> otherKeys = others.stream().map(Headlines::key).filter(o -> !o.isEmpty()).toList();
        for (String h : headings) {
            String k = key(h);
            for (String o : otherKeys) {
                if (o.startsWith(k) || o.endsWith(k) || k.startsWith(o)) {
                    return h;
                }
            }
        }
        return "";
    }

    /**
     * Takes a site's name and the section labels beside it off either end of a title: "Headline | Section |
     * Site", "Site: Headline". A part is a site's name when it names the site or its host; a short part next to
     * one is a section label. Without a known site name, the part after the heading's words comes off.
     */
    static String withoutSite(String title, List<String> sites, String heading) {
        if (title.isEmpty() || title.length() > MAX_LENGTH) {
            return title;
        }
        List<int[]> cuts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        if (cuts.isEmpty()) {
            return title;
        }
        String headingKey = key(heading);
        if (!headingKey.isEmpty()) {
            for (int[] cut : cuts) {
                if (key(title.substring(0, cut[0])).equals(headingKey)) {
                    return title.substring(0, cut[0]).strip();
                }
                if (key(title.substring(cut[1])).equals(headingKey)) {
                    return title.substring(cut[1]).strip();
                }
            }
        }
        int end = title.length();
        boolean siteFound = false;
        for (int i = cuts.size() - 1; i >= 0; i--) {
            String part = title.substring(cuts.get(i)[1], end);
            if (isSite(part, sites)) {
                siteFound = true;
            } else if (!(siteFound && words(part) <= LABEL_WORDS)) {
                break;
            }
            end = cuts.get(i)[0];
        }
        int start = 0;
        if (end == title.length()) {
            String first = title.substring(0, cuts.get(0)[0]);
            if (isSite(first, sites)) {
                start = cuts.get(0)[1];
            }
        }
        String rest = title.substring(start, end).strip();
        return rest.length() >= MIN_LENGTH ? rest : title;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** Whether the text is one of the site's names, or its host ("mdr.de", "STERN.de" for stern). */
    private static boolean isSite(String text, List<String> sites) {
        String k = key(text).replace(" ", "");
        if (k.isEmpty()) {
            return false;
        }
        for (String site : sites) {
            String s = key(site).replace(" ", "");
            if (s.length() >= 2 && (k.equals(s) || k.startsWith(s + ".") || s.startsWith(k + ".")
                    || k.length() >= 4 && s.length() >= 4 && (k.contains(s) || s.contains(k)) && k.length() <= s.length() + 12)) {
                return true;
            }
        }
        return false;
    }

    /** The names the page gives its site, and the host's name with and without its top-level domain. */
    static List<String> siteNames(Document doc, String siteName, String url) {
        List<String> names = new ArrayList<>();
        if (siteName != null && !siteName.isBlank()) {
            names.add(siteName);
        }
        for (Element e : doc.select("meta[property=og:site_name][content], meta[name=application-name][content],"
                + " meta[name=apple-mobile-web-app-title][content], meta[name=publisher][content]")) {
            names.add(e.attr("content"));
        }
        String host = host(url);
        if (host == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            host = canonical == null ? null : host(canonical.attr("href"));
        }
        if (host != null) {
            names.add(host);
            int dot = host.lastIndexOf('.');
            if (dot > 0) {
                String name = host.substring(0, dot);
                names.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        return names;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Text with entities that survived one decoding decoded, and white space collapsed. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String text = s;
        for (int i = 0; i < 2 && ENTITY.matcher(text).find(); i++) {
            text = Parser.unescapeEntities(text, false);
        }
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** Comparable form: letters and digits in lower case, single spaces; quotes and dashes alike. */
    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String attr(Element e) {
        return e == null ? null : e.attr("content");
    }
}

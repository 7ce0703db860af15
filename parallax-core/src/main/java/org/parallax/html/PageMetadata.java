package org.parallax.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** Reads the metadata an HTML page states: JSON-LD, Open Graph and other meta tags, time elements, the URL. */
final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-]([01]?\\d)[/-]([0-3]?\\d)(?:/|[^\\d]|$)");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datePublished",
            "date", "dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate", "publish-date",
            "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified",
            "last-modified", "dcterms.modified"};

    private PageMetadata() {
    }

    record Found(HtmlPage.StatedDate published, HtmlPage.StatedDate modified, List<String> authors,
                 List<String> organizations, List<String> bylines, String siteName, String headline, String canonical, String language,
                 String description, String articleBody) {
    }

    /** Meta tags that name an article's authors. */
    private static final String AUTHOR_META = "meta[name=author][content], meta[property=author][content],"
            + " meta[property=article:author][content], meta[name=article:author][content], meta[name=dc.creator][content],"
            + " meta[name=DC.creator][content], meta[name=sailthru.author][content], meta[name=byl][content],"
            + " meta[name=twitter:misc:Written by][content]";
    /** Elements that hold the byline in the markup. */
    /**
     * Byline elements: rel or itemprop author, an address, or a class (or test id) holding one of these words in any
     * case; each element's class is lowered once, not once per word.
     */
    private static final Evaluator BYLINE_ELEMENTS = new Evaluator() {
        private static final List<String> CLASS_WORDS = List.of("byline", "author-name", "authorname", "author__name",
                "article-author", "author-link", "autor", "authors");

        @Override
        public boolean matches(Element root, Element e) {
            if (e.nameIs("address") || e.attr("rel").strip().equalsIgnoreCase("author")
                    || e.attr("itemprop").strip().equalsIgnoreCase("author")
                    || e.attr("data-testid").toLowerCase(Locale.ROOT).contains("byline")) {
                return true;
            }
            String cls = e.className();
            if (cls.isEmpty()) {
                return false;
            }
            String lower = cls.toLowerCase(Locale.ROOT);
            for (String word : CLASS_WORDS) {
                if (lower.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    };
    /** The label of a meta tag pair that names the author (twitter:label1 "Written by", twitter:data1 the name). */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)written by|verfasst von|geschrieben von|escrito por|"
            + "écrit par|scritto da|author|autor|auteur");
    /** A byline element longer than this is an author's biography or a block of other things. */
    private static final int MAX_BYLINE = 120;

    static Found read(Document doc, String url) {
        HtmlPage.StatedDate published = null;
        HtmlPage.StatedDate modified = null;
        Set<String> authors = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        String siteName = null;
        String headline = null;
        String articleBody = null;
        java.util.Map<String, String> metas = metas(doc);
        List<JsonNode> nodes = jsonLd(doc);
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode node : nodes) {
            if (node.path("@id").isTextual() && node.has("name")) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
        }
        for (JsonNode node : nodes) {
            if (isArticle(node)) {
                credited(node.get("author"), byId, authors, organizations);
            }
        }
        for (JsonNode node : nodes) {
            if (articleBody == null && isArticle(node) && node.path("articleBody").isTextual()
                    && node.get("articleBody").asText().strip().length() >= MIN_ARTICLE_BODY) {
                articleBody = node.get("articleBody").asText().strip();
            }
            if (published == null && node.hasNonNull("datePublished")) {
                published = new HtmlPage.StatedDate(node.get("datePublished").asText(), "json-ld");
            }
            if (modified == null && node.hasNonNull("dateModified")) {
                modified = new HtmlPage.StatedDate(node.get("dateModified").asText(), "json-ld");
            }
            if (headline == null && node.hasNonNull("headline") && isArticle(node)) {
                headline = node.get("headline").asText();
            }
            if (siteName == null && node.has("publisher")) {
                List<String> publisher = new ArrayList<>();
                names(node.get("publisher"), publisher);
                siteName = publisher.isEmpty() ? null : publisher.get(0);
            }
        }
        if (published == null) {
            published = meta(metas, PUBLISHED_META);
        }
        if (modified == null) {
            modified = meta(metas, MODIFIED_META);
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime][pubdate], time[itemprop=datePublished], [itemprop=datePublished][content], time[datetime]");
            if (time != null) {
                String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
                if (!value.isBlank()) {
                    published = new HtmlPage.StatedDate(value, "time");
                }
            }
        }
        if (published == null) {
            published = ScriptDates.published(doc);
        }
        if (published == null && url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                published = new HtmlPage.StatedDate(String.format("%s-%02d-%02d", m.group(1),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), "url",
                        url.substring(m.start() + 1, m.end(3)));
            }
        }
        if (authors.isEmpty()) {
            String label = metaContent(metas, "twitter:label1");
            String data = metaContent(metas, "twitter:data1");
            if (label != null && data != null && WRITTEN_BY.matcher(label).matches() && isName(data)) {
                authors.add(data);
            }
            for (Element e : doc.select(AUTHOR_META)) {
                String name = e.attr("content").strip();
                if (isName(name)) {
                    authors.add(name);
                }
            }
        }
        List<String> bylines = bylines(doc);
        if (siteName == null) {
            siteName = metaContent(metas, "og:site_name", "application-name", "publisher");
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            lang = metaContent(metas, "og:locale", "language", "content-language");
        }
        String language = lang == null || lang.length() < 2 ? null : lang.substring(0, 2).toLowerCase(Locale.ROOT);
        if (language != null && !language.chars().allMatch(Character::isLetter)) {
            language = null;
        }
        return new Found(published, modified, List.copyOf(authors), List.copyOf(organizations), bylines, siteName, headline,
                canonical == null ? null : canonical.absUrl("href"), language,
                metaContent(metas, "og:description", "description", "twitter:description"), articleBody);
    }

    /** Most byline elements read: a page that marks more is marking a list of other articles. */
    private static final int MAX_BYLINE_ELEMENTS = 20;
    /** Most candidates looked at, so that a page of nested byline classes costs a bounded number of passes over it. */
    private static final int MAX_BYLINE_EXAMINED = 200;

    /**
     * The names in the page's first group of byline elements (the first one, those beside it and those inside it),
     * each from the innermost element that holds it.
     */
    private static List<String> bylines(Document doc) {
        Set<String> bylines = new LinkedHashSet<>();
        Element first = null;
        List<Element> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int examined = 0;
        for (Element e : doc.select(BYLINE_ELEMENTS)) {
            if (++examined > MAX_BYLINE_EXAMINED) {
                break;
            }
            Element named = e.selectFirst("[itemprop=name]");
            String name = (named != null ? named.text() : e.hasAttr("content") ? e.attr("content") : e.text()).strip();
            if (!isName(name) || e.tagName().equals("meta")
                    || e.closest("[class*=comment], [id*=comment], [class*=teaser], [class*=related]") != null) {
                continue;
            }
            if (first == null) {
                first = e;
            } else if (e.parent() != first.parent() && !e.parents().contains(first)
                    || found.size() == MAX_BYLINE_ELEMENTS) {
                break;
            }
            found.add(e);
            names.add(name);
        }
        for (int i = 0; i < found.size(); i++) {
            boolean holdsAnother = false;
            for (int k = i + 1; k < found.size() && !holdsAnother; k++) {
                holdsAnother = found.get(k).parents().contains(found.get(i));
            }
            if (!holdsAnother) {
                bylines.add(names.get(i));
            }
        }
        return List.copyOf(bylines);
    }

    /** A JSON-LD articleBody shorter than this is a teaser, not the article. */
    private static final int MIN_ARTICLE_BODY = 400;

    private static boolean isArticle(JsonNode node) {
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        return type.contains("article") || type.contains("posting") || type.contains("report");
    }

    /** Every JSON-LD object of the page, with @graph members flattened. Unparseable blocks are passed over. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                collect(root, out, 0);
            } catch (Exception e) {
                // a broken JSON-LD block says nothing we can use; the rest of the page still does
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
        }
    }

    /**
     * The names an article's JSON-LD author gives: people (and names of no stated type) to {@code people},
     * organizations to {@code organizations}; a reference by {@code @id} is read from the node it names.
     */
    private static void credited(JsonNode node, java.util.Map<String, JsonNode> byId, Set<String> people,
                                 Set<String> organizations) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> credited(n, byId, people, organizations));
            return;
        }
        if (node.isTextual()) {
            if (isName(node.asText().strip())) {
                people.add(node.asText().strip());
            }
            return;
        }
        JsonNode named = node;
        if (!node.hasNonNull("name") && node.path("@id").isTextual()) {
            named = byId.get(node.get("@id").asText());
        }
        if (named == null || !named.path("name").isTextual() || !isName(named.get("name").asText().strip())) {
            return;
        }
        String type = named.path("@type").toString().toLowerCase(Locale.ROOT);
        (type.contains("organization") || type.contains("corporation") ? organizations : people)
                .add(named.get("name").asText().strip());
    }

    /** Text that may be a name: not empty, not a web or mail address, not long, not a number. */
    private static boolean isName(String s) {
        return !s.isBlank() && s.length() <= MAX_BYLINE && !s.startsWith("http") && !s.startsWith("/")
                && !s.contains("@") && !s.contains("www.") && s.chars().anyMatch(Character::isLetter);
    }

    private static void names(JsonNode node, java.util.Collection<String> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> names(n, out));
        } else if (node.isObject() && node.hasNonNull("name")) {
            out.add(node.get("name").asText().strip());
        } else if (node.isTextual() && !node.asText().isBlank() && !node.asText().startsWith("http")) {
            out.add(node.asText().strip());
        }
    }

    private static HtmlPage.StatedDate meta(java.util.Map<String, String> metas, String... names) {
        for (String name : names) {
            String v = metaContent(metas, name);
            if (v != null) {
                return new HtmlPage.StatedDate(v, "meta " + name);
            }
        }
        return null;
    }

    /** A meta tag's name without case and separators: "article:published:time" is "article:published_time". */
    private static String metaKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** The content of each named meta tag (by property, name, itemprop or http-equiv), the first of each name. */
    private static java.util.Map<String, String> metas(Document doc) {
        java.util.Map<String, String> metas = new java.util.HashMap<>();
        for (Element e : doc.select("meta[content]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                    : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
            if (!e.attr("content").isBlank()) {
                metas.putIfAbsent(metaKey(key), e.attr("content").strip());
            }
        }
        return metas;
    }

    private static String metaContent(java.util.Map<String, String> metas, String... names) {
        for (String name : names) {
            String content = metas.get(metaKey(name));
            if (content != null) {
                return content;
            }
        }
        return null;
    }
}

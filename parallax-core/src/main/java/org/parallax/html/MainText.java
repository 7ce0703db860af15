package org.parallax.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.model.Span;

/**
 * The main text of a page as blocks in reading order. Markup that is never article text goes (scripts,
 * forms, navigation, asides, footers, hidden elements), and so do elements whose class or id names page
 * furniture (comments, sharing, related links, cookie notices), unless they hold most of the page's text.
 * The content root is the article element, main element or article-body container that holds the most
 * paragraph text, with the standfirst printed between the headline and it; blocks that are mostly links are
 * dropped. An aside that holds the headline or the article body is the page's main column under a wrong tag.
 */
final class MainText {
    private static final String NEVER_TEXT = "script, style, template, iframe, svg, canvas, button,"
            + " input, select, textarea, nav, footer, object, embed, video, audio, map, dialog, menu, head,"
            + " figcaption, picture, label, option, rt, rp";
    /**
     * Containers that hold article text only on some sites (a whole page wrapped in a form, paragraphs in a
     * figure, the text of a script-built page in noscript): dropped unless they hold paragraphs of prose. A figure
     * that holds a table is that table.
     */
    private static final String TEXT_IF_PROSE = "form, figure, noscript";
    /**
     * The id of a hidden container in which a server streams a segment of the page that a script then moves into
     * place (React's streaming rendering: {@code <div hidden id="S:1">}): it is the page's content, not hidden text.
     */
    private static final Pattern STREAMED_SEGMENT = Pattern.compile("S:[0-9a-zA-Z]+");
    /** Characters that are in the markup but not in the words: soft hyphens, zero-width spaces, word joiners. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u00ad\u200b\u2060\ufeff]");
    private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[\\s_-])(comments?|commentlist|respond|share|"
            + "sharing|shariff|social|socials|related|sidebar|widgets?|cookies?|consent|gdpr|banner|advert\\w*|ads?|"
            + "adslot|promo\\w*|newsletter|breadcrumbs?|menu|navbar|nav|navigation|footer|subscribe|subscription|"
            + "popup|modal|overlay|tags|tagcloud|author-?bio|about-?author|pagination|pager|skip|print|toolbar|"
            + "rating|recommend\\w*|more-?stories|read-?more|paywall|login|signup|meta-?nav|"
            + "wp-block-latest-posts|jp-relatedposts|sharedaddy|caption|wp-caption-text|credits?|copyright|"
            + "author-?box|entry-meta|post-meta|postmeta|entry-footer|post-footer|"
            + "tags?-?links|cat-links|donate|donation|feedback|reactions|"
            + "sponsored|outbrain|taboola|disqus|related-?posts|yarpp\\w*|crp_related|addtoany|"
            + "wp-block-buttons|visually-hidden|sr-only|screen-reader-text|bio|biography|byline|profile|"
            + "(post|entry|article)?-?authors?(-?(bio|box|info|card|description|details|profile|about|wrap|name|meta))?|"
            + "newsletter\\w*|signup|sign-up|optin|opt-in|cta|call-to-action|postmetadata|saboxplugin\\w*|"
            + "disclosure|affiliate\\w*|notice|\\w*cookie\\w*|\\w*werbung|reading-?time|widgettitle|widget_\\w+)($|[\\s_-])");
    /** "Teaser" names both lists of other articles and the article's own lead paragraph. */
    private static final Pattern TEASER = Pattern.compile("(?i)(^|[\\s_-])teasers?($|[\\s_-])");
    private static final String CONTENT_ROOTS = "[itemprop=articleBody], article, main, [role=main], .entry-content,"
            + " .post-content, .article-body, .article__body, .story-body, .post-body, .entry, .article-content,"
            + " .content-body, #article-body, #content, #main-content, [itemprop=text], [class*=article-body],"
            + " [class*=article_body], [class*=articleBody], [class*=ArticleBody], [class*=article-content],"
            + " [class*=article__content], [class*=post-content], [class*=postcontent], [class*=PostContent],"
            + " [class*=post-body], [class*=entry-content], [class*=story-body], [class*=richtext], [class*=richText],"
            + " [class*=RichText], [class*=content-body], [class*=detail_content], [class*=detail-content]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
            "figcaption", "header", "address", "hr", "center", "details", "summary", "caption", "tbody", "thead");
    /** What a list item's line starts with, so that cleaning can tell items from loose short lines. */
    static final String LIST_ITEM = "• ";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A block with more than this share of its text in links is a link list. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** The root must hold at least this share of the page's paragraph text to be trusted. */
    private static final double MIN_ROOT_SHARE = 0.2;

    private MainText() {
    }

    /**
     * The main text, whether it came from a content root the page marks (not the whole body), and the stretches of
     * the main text that the page sets as preformatted (code, verse, figures in columns), line for line.
     */
    record Result(String text, boolean fromContentRoot, String wholePage, List<Span> preformatted) {
        Result {
            preformatted = List.copyOf(preformatted);
        }
    }

    static Result extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return new Result("", false, "", List.of());
        }
        Element headline = headline(body);
        removeControlBoxes(body, headline);
        for (Element never : body.select(NEVER_TEXT)) {
            removeKeeping(never, headline);
        }
        removeAsidesAround(body);
        int bodyText = body.text().length();
        for (Element e : body.select(TEXT_IF_PROSE)) {
            if (e.parent() != null && paragraphText(e) < 200 && !holdsMarkedBody(e)
                    && !(e.nameIs("figure") && e.selectFirst("table") != null)
                    && !(e.nameIs("form") && e.text().length() > bodyText * 0.5)) {
                e.remove();
            }
        }
        for (Element hidden : body.select("[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none|visibility:\\s*hidden]")) {
            if (!STREAMED_SEGMENT.matcher(hidden.id()).matches() && !continuesArticle(hidden)) {
                hidden.remove();
            }
        }
        String wholePage = render(body).text();
        Map<Element, int[]> counts = textCounts(body);
        int total = Math.max(1, count(counts, body)[ALL]);
        for (Element e : body.select("[class], [id]")) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String names = e.className() + " " + e.id();
            boolean furniture = FURNITURE.matcher(names).find() && count(counts, e)[ALL] < total * 0.4
                    || TEASER.matcher(names).find() && isTeaserList(e);
            if (furniture && (DISCUSSION.matcher(names).find() || prose(e) < FURNITURE_PROSE)) {
                removeKeeping(e, headline);
            }
        }
        removeTeaserRuns(body, counts);
        counts = textCounts(body);
        Element root = root(body, counts);
        if (root == body) {
            Rendered rendered = render(body);
            return new Result(rendered.text(), false, wholePage, rendered.preformatted());
        }
        List<Element> parts = leads(body, root, counts);
        parts.addAll(alike(body, root));
        StringBuilder text = new StringBuilder();
        List<Span> preformatted = new ArrayList<>();
        for (Element part : parts) {
            Rendered rendered = render(part);
            if (!rendered.text().isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n");
                int offset = text.length();
                rendered.preformatted().forEach(s -> preformatted.add(new Span(offset + s.start(), offset + s.end())));
                text.append(rendered.text());
            }
        }
        return new Result(text.toString(), true, wholePage, preformatted);
    }

    /**
     * Removes the element, but not the page's headline: when the element holds it (a breadcrumb or navigation bar that
     * ends in it) or is it (named like one), the headline stays in its place, so that the standfirst under it is found.
     */
    private static void removeKeeping(Element e, Element headline) {
        if (headline == null) {
            e.remove();
            return;
        }
        if (e == headline || e.parents().contains(headline)) {
            return;
        }
        for (Element up = headline.parent(); up != null; up = up.parent()) {
            if (up == e) {
                e.before(headline);
                break;
            }
        }
        e.remove();
    }

    /** The most text a box around an entry field may have to be a widget (a sign-up, a search, a shop's basket). */
    private static final int CONTROL_BOX = 300;

    /**
     * Removes the widgets built around entry fields (a text field, a choice, a text area): the largest element around
     * each field that holds at most {@value #CONTROL_BOX} characters, so that a sign-up box goes with its plea and a
     * basket with its labels, while an article wrapped in a form stays. Buttons alone do not count: players and
     * sharing bars put them beside the article's own words. The headline stays.
     */
    private static void removeControlBoxes(Element body, Element headline) {
        Elements fields = body.select("input:not([type=hidden]), select, textarea");
        if (fields.isEmpty()) {
            return;
        }
        Map<Element, int[]> counts = textCounts(body);
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        List<Element> boxes = new ArrayList<>();
        for (Element field : fields) {
            Element box = null;
            // the counts leave out the spaces between words of different elements: the text is measured only when they
            // allow it, once per element
            for (Element e = field.parent(); e != null && e != body && count(counts, e)[ALL] <= CONTROL_BOX
                    && lengths.computeIfAbsent(e, k -> k.text().length()) <= CONTROL_BOX; e = e.parent()) {
                box = e;
            }
            if (box != null) {
                boxes.add(box);
            }
        }
        boxes.forEach(box -> removeKeeping(box, headline));
    }

    /**
     * Removes asides, except one that holds the headline or the article body: the page's main column under a
     * wrong tag. Each ancestor of a headline is visited once, so deeply nested pages cost no more than flat ones.
     */
    private static void removeAsidesAround(Element body) {
        Elements asides = body.getElementsByTag("aside");
        if (asides.isEmpty()) {
            return;
        }
        Set<Element> holdsArticle = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element main : body.select("h1, [itemprop=articleBody]")) {
            for (Element e = main; e != null && holdsArticle.add(e); e = e.parent()) {
                // each element is marked once, so many headlines cost no more than one
            }
        }
        for (Element aside : asides) {
            if (!holdsArticle.contains(aside)) {
                aside.remove();
            }
        }
    }

    /** Teaser items come in runs of at least this many siblings of one kind. */
    private static final int TEASER_RUN = 3;
    /** A teaser item is short: a headline, perhaps a picture and a line or two. */
    private static final int TEASER_ITEM = 600;

    /**
     * Removes lists of other articles that no class name gives away: three or more sibling blocks of one kind
     * (tag and classes) that are each short, hold a link, and have a heading or much of their text in links.
     * The counts may still include furniture removed since they were taken; an item that held some only
     * looks longer than it is.
     */
    private static void removeTeaserRuns(Element body, Map<Element, int[]> counts) {
        List<Element> teasers = new ArrayList<>();
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < TEASER_RUN) {
                continue;
            }
            Map<String, List<Element>> byKind = new HashMap<>();
            for (Element child : parent.children()) {
                if (!child.className().isEmpty() && BLOCKS.contains(child.tagName()) && !child.tagName().equals("p")) {
                    byKind.computeIfAbsent(child.tagName() + "." + child.className(), k -> new ArrayList<>()).add(child);
                }
            }
            for (List<Element> run : byKind.values()) {
                if (run.size() >= TEASER_RUN && run.stream().allMatch(item -> isTeaser(count(counts, item)))) {
                    teasers.addAll(run);
                }
            }
        }
        teasers.forEach(Element::remove);
    }

    private static boolean isTeaser(int[] c) {
        return c[ALL] <= TEASER_ITEM && c[LINK] > 0 && (c[HEADING] > 0 || c[LINK] >= c[ALL] * 0.3);
    }

    /** Class names of the standfirst that pages print between the headline and the article body. */
    private static final Pattern LEAD = Pattern.compile("(?i)(^|[\\s_-])(lead|intro|introtext|teaser|teaser-text|"
            + "abstract|standfirst|subtitle|subheadline|sub-headline|subhead|summary|excerpt|dek|deck|description)($|[\\s_-])");

    /**
     * The standfirst of a page whose content root does not hold the headline: the paragraphs, headings and
     * lead-named blocks between the headline (an h1 that the document title repeats) and the root.
     */
    private static List<Element> leads(Element body, Element root, Map<Element, int[]> counts) {
        List<Element> leads = new ArrayList<>();
        Element h1 = headline(body);
        if (h1 == null || h1.parents().contains(root)) {
            return leads;
        }
        Set<Element> aboveRoot = Collections.newSetFromMap(new IdentityHashMap<>());
        aboveRoot.addAll(root.parents());
        boolean[] afterHeadline = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == root) {
                    return FilterResult.STOP;
                }
                if (node == h1) {
                    afterHeadline[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (afterHeadline[0] && node instanceof Element e && !aboveRoot.contains(e)
                        && isLead(e, count(counts, e)[ALL])) {
                    leads.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return leads;
    }

    /** The page's headline: its first h1 that the document title repeats, or null. */
    private static Element headline(Element body) {
        for (Element h1 : body.getElementsByTag("h1")) {
            if (isHeadline(h1)) {
                return h1;
            }
        }
        return null;
    }

    private static boolean isHeadline(Element h1) {
        Element og = h1.ownerDocument().selectFirst("meta[property=og:title]");
        String titles = (h1.ownerDocument().title() + " " + (og == null ? "" : og.attr("content"))).toLowerCase(Locale.ROOT);
        String headline = h1.text().toLowerCase(Locale.ROOT).strip();
        return headline.length() >= 10 && titles.replaceAll("\\s+", " ").contains(headline);
    }

    private static boolean isLead(Element e, int length) {
        if (e.tagName().equals("p") || HEADINGS.contains(e.tagName())) {
            return true;
        }
        return length >= 30 && length <= 1000 && LEAD.matcher(e.className() + " " + e.id()).find();
    }

    /**
     * The root and, in page order, the elements of the same kind (tag and classes) outside it that hold
     * paragraphs too: a page that splits its article into several article elements keeps them all.
     */
    private static List<Element> alike(Element body, Element root) {
        List<Element> parts = new ArrayList<>();
        for (Element e : body.getElementsByTag(root.tagName())) {
            if (e == root || e.className().equals(root.className()) && paragraphText(e) >= 80
                    && !root.parents().contains(e) && !e.parents().contains(root)
                    && !DISCUSSION.matcher(e.className() + " " + e.id()).find()) {
                parts.add(e);
            }
        }
        return parts;
    }

    /** A furniture-named element with this much prose is content under a misleading name ("has-ads", "paywall-on"). */
    private static final int FURNITURE_PROSE = 800;

    /** Characters of prose in the element: paragraphs of 120 characters or more with few links. */
    private static int prose(Element e) {
        int prose = 0;
        for (Element p : e.select("p")) {
            String t = p.text();
            if (t.length() < 120) {
                continue;
            }
            int links = 0;
            for (Element a : p.select("a")) {
                links += a.text().length();
            }
            if (links < t.length() * 0.2) {
                prose += t.length();
            }
        }
        return prose;
    }

    /** A teaser block that lists other articles (mostly links, or headings and items that link), not a lead with a list. */
    private static boolean isTeaserList(Element e) {
        int text = Math.max(1, e.text().length());
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return links > text * 0.3 || links > 0 && !e.select("h2, h3, h4, li").isEmpty();
    }

    private static final Pattern DISCUSSION = Pattern.compile(
            "(?i)(^|[\\s_-])(comments?|commentlist|discussion|diskussion|kommentare?|leserkommentare|replies|respond|forum)($|[\\s_-])");

    /**
     * The content root: the candidate with the most paragraph text, if it holds enough of the page's. A
     * candidate that holds the headline counts eight times; one that looks like a discussion counts a fifth.
     */
    private static Element root(Element body, Map<Element, int[]> counts) {
        int all = weight(counts, body);
        Element headline = body.selectFirst("h1");
        Element best = null;
        double bestScore = 0;
        int bestLength = 0;
        for (Element candidate : body.select(CONTENT_ROOTS)) {
            int length = weight(counts, candidate);
            double score = length;
            if (headline != null && (candidate == headline || headline.parents().contains(candidate))) {
                score *= 8;
            }
            if (DISCUSSION.matcher(candidate.className() + " " + candidate.id()).find()) {
                score *= 0.2;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
                bestLength = length;
            }
        }
        return best != null && bestLength >= all * MIN_ROOT_SHARE ? best : body;
    }

    /**
     * How much article-like text an element holds: its paragraphs, and at half weight the rest of its text
     * that is not link text (blogs that break lines with br instead of writing paragraphs).
     */
    private static int weight(Map<Element, int[]> counts, Element e) {
        int[] c = count(counts, e);
        return c[PARAGRAPH] + Math.max(0, c[ALL] - c[LINK] - c[PARAGRAPH]) / 2;
    }

    private static final int ALL = 0;
    private static final int LINK = 1;
    private static final int PARAGRAPH = 2;
    private static final int HEADING = 3;
    private static final int TABLES = 4;
    private static final int SLOTS = 5;

    private static int[] count(Map<Element, int[]> counts, Element e) {
        return counts.getOrDefault(e, new int[SLOTS]);
    }

    /** For every element: its text length and the parts inside links, paragraphs and headings, in one pass. */
    private static Map<Element, int[]> textCounts(Element root) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int[] own;
                if (node instanceof TextNode t) {
                    int n = t.text().strip().length();
                    own = new int[SLOTS];
                    own[ALL] = n;
                } else if (node instanceof Element e) {
                    own = count(counts, e);
                    if (e.tagName().equals("a")) {
                        own[LINK] = own[ALL];
                    } else if (e.tagName().equals("p")) {
                        own[PARAGRAPH] = own[ALL];
                    } else if (HEADINGS.contains(e.tagName())) {
                        own[HEADING] = own[ALL];
                    } else if (e.tagName().equals("table")) {
                        own[TABLES]++;
                    }
                } else {
                    return;
                }
                if (node.parent() instanceof Element parent && (own[ALL] > 0 || own[TABLES] > 0)) {
                    int[] up = counts.computeIfAbsent(parent, k -> new int[SLOTS]);
                    for (int i = 0; i < SLOTS; i++) {
                        up[i] += own[i];
                    }
                }
            }
        }, root);
        return counts;
    }

    /**
     * Whether a hidden element is the rest of the article that a paywall hides: prose of its own, beside paragraphs of
     * the article's body (its parent holds paragraphs directly).
     */
    private static boolean continuesArticle(Element hidden) {
        Element parent = hidden.parent();
        if (parent == null || prose(hidden) < HIDDEN_PROSE) {
            return false;
        }
        int beside = 0;
        for (Element child : parent.children()) {
            if (child.tagName().equals("p") && child != hidden) {
                beside += child.text().length();
            }
        }
        return beside >= HIDDEN_PROSE / 2;
    }

    /** Prose a hidden block needs to be taken for the rest of the article. */
    private static final int HIDDEN_PROSE = 400;

    /** Whether the element holds a body the page marks as the article's, with text in it (a page wrapped in a form). */
    private static boolean holdsMarkedBody(Element e) {
        Element marked = e.selectFirst("[itemprop=articleBody]");
        return marked != null && marked.text().length() >= 200;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /**
     * Renders blocks as lines separated by blank lines. Drops blocks that are mostly links, except the cells of a data
     * table (a table of few links, a link in a cell is a datum: a product, a place), and the headings that end the
     * text (the title of a list that was dropped, of a form that was removed).
     */
    private static Rendered render(Element root) {
        Rendering rendering = new Rendering(root);
        NodeTraversor.traverse(rendering, root);
        return rendering.rendered();
    }

    /** A rendered subtree: its blocks, and the stretches of them that came from preformatted elements. */
    private record Rendered(String text, List<Span> preformatted) {
    }

    /** The text of one subtree as it is rendered, block by block. */
    private static final class Rendering implements NodeVisitor {
        private final Element root;
        /** The text counts of the subtree, taken when the first table cell needs them. */
        private Map<Element, int[]> counts;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder block = new StringBuilder();
        /** Where each heading kept in {@link #out} starts, since the last block that is not a heading. */
        private final List<Integer> trailingHeadings = new ArrayList<>();
        /** Stretches of {@link #out} that came from preformatted elements. */
        private final List<Span> preformatted = new ArrayList<>();
        private int linkChars;
        private boolean heading;
        private boolean dataCell;
        /** How many preformatted elements the visit is inside. */
        private int preDepth;
        /** Whether the block holds text of a preformatted element. */
        private boolean preBlock;

        Rendering(Element root) {
            this.root = root;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = visible(t.getWholeText());
                if (preDepth == 0) {
                    text = collapse(text, true);
                } else {
                    preBlock |= !text.isBlank();
                }
                block.append(text);
                if (insideLink(t)) {
                    linkChars += nonSpace(text);
                }
            } else if (node instanceof Element e) {
                if (e.tagName().equals("br")) {
                    flush("\n");
                } else if (BLOCKS.contains(e.tagName())) {
                    flush("\n\n");
                    if (e.tagName().equals("pre")) {
                        preDepth++;
                    }
                    heading = HEADINGS.contains(e.tagName());
                    dataCell = (e.tagName().equals("td") || e.tagName().equals("th")) && inDataTable(e);
                    if (e.tagName().equals("li") || e.tagName().equals("dd") || e.tagName().equals("td")) {
                        block.append(LIST_ITEM);
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                flush("\n\n");
                if (e.tagName().equals("pre")) {
                    preDepth--;
                }
            } else if (node instanceof Element e && (e.tagName().equals("span") || e.tagName().equals("a"))) {
                block.append(SOFT_SPACE);
            }
        }

        Rendered rendered() {
            flush("\n\n");
            if (!trailingHeadings.isEmpty()) {
                int keep = trailingHeadings.get(0) > 0 ? 0 : 1;
                if (keep < trailingHeadings.size()) {
                    out.setLength(trailingHeadings.get(keep));
                }
            }
            String text = out.toString().strip();
            return new Rendered(text, preformatted.stream().filter(s -> s.end() <= text.length()).toList());
        }

        private void flush(String separator) {
            String text = collapse(withoutSoftSpaces(block), false).strip();
            if (text.equals(LIST_ITEM.strip())) {
                text = "";
            }
            int length = nonSpace(text);
            boolean linkList = !heading && !dataCell && length > 0 && linkChars > MAX_LINK_DENSITY * length;
            if (!text.isEmpty() && !linkList) {
                if (dropCap(text)) {
                    separator = "";
                }
                if (!out.isEmpty()) {
                    out.append(separator);
                }
                if (heading) {
                    trailingHeadings.add(out.length());
                } else {
                    trailingHeadings.clear();
                }
                if (preBlock) {
                    preformatted.add(new Span(out.length(), out.length() + text.length()));
                }
                out.append(text);
            }
            block.setLength(0);
            linkChars = 0;
            heading = false;
            dataCell = false;
            preBlock = false;
        }

        /**
         * Whether the last block is a drop cap, a capital set apart to open a paragraph, and {@code text} the rest of
         * its first word: a single capital letter alone on its line, and a block that opens in lower case.
         */
        private boolean dropCap(String text) {
            int n = out.length();
            return n >= 1 && Character.isUpperCase(out.charAt(n - 1)) && (n == 1 || out.charAt(n - 2) == '\n')
                    && Character.isLowerCase(text.charAt(0));
        }

        /** Whether the cell is in a table with no table inside it and few links: a table of data, not of layout. */
        private boolean inDataTable(Element cell) {
            for (Element e = cell.parent(); e != null; e = e.parent()) {
                if (e.tagName().equals("table")) {
                    if (counts == null) {
                        counts = textCounts(root);
                    }
                    int[] c = count(counts, e);
                    return c[TABLES] == 1 && c[LINK] < c[ALL] * MAX_LINK_DENSITY;
                }
            }
            return false;
        }
    }

    /**
     * Put after an inline element so that words in neighbouring spans stay apart: it becomes a space between
     * two words, and nothing elsewhere (before punctuation, beside a space, beside Chinese, Japanese or Korean
     * text, which has no spaces between words), so that "<a>link</a>." stays "link.".
     */
    private static final char SOFT_SPACE = '\uE001';
    private static String withoutSoftSpaces(CharSequence block) {
        String text = block.toString();
        if (text.indexOf(SOFT_SPACE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != SOFT_SPACE) {
                out.append(c);
                continue;
            }
            int next = i;
            while (next < text.length() && text.charAt(next) == SOFT_SPACE) {
                next++;
            }
            if (!out.isEmpty() && next < text.length() && isSpacedWordChar(out.charAt(out.length() - 1))
                    && isSpacedWordChar(text.charAt(next))) {
                out.append(' ');
            }
            i = next - 1;
        }
        return out.toString();
    }

    /** Runs of spaces, tabs and no-break spaces (and line breaks too, when asked) as one space. */
    private static String collapse(String text, boolean lineBreaks) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00a0'
                    || lineBreaks && (c == '\n' || c == '\r');
            if (!blank) {
                out.append(c);
            } else if (!space) {
                out.append(' ');
            }
            space = blank;
        }
        return out.toString();
    }

    private static int nonSpace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A letter or digit of a script that puts spaces between words (not Chinese, Japanese or Korean). */
    private static boolean isSpacedWordChar(char c) {
        boolean cjk = c >= 0x2e80 && c <= 0x9fff || c >= 0xac00 && c <= 0xd7af || c >= 0xff00 && c <= 0xffef;
        return Character.isLetterOrDigit(c) && !cjk;
    }

    /** The text without the invisible characters; most texts have none, and are returned as they are. */
    private static String visible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff') {
                return INVISIBLE.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    private static boolean insideLink(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e) {
                if (e.tagName().equals("a")) {
                    return true;
                }
                if (BLOCKS.contains(e.tagName())) {
                    return false;
                }
            }
        }
        return false;
    }
}

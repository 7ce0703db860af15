package org.parallax.web;

import static org.parallax.web.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.Article;
import org.parallax.model.ArticleTime;
import org.parallax.model.AttributedQuote;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.InferredDate;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.model.TimeExpression;
import org.parallax.store.ArticleSummary;
import org.parallax.store.EntitySummary;
import org.parallax.store.ReportedQuote;
import org.parallax.store.SearchHit;
import org.parallax.store.Store;
import org.parallax.store.StoryFilter;
import org.parallax.store.StoryMember;
import org.parallax.store.StorySummary;

/** The HTML pages, rendered on the server from the store. Every text from an article is escaped. */
final class Pages {
    static final int PAGE_SIZE = 50;
    /** What a page with nothing to list tells someone whose store is empty. */
    private static final String ANALYZE = "Analyze some articles: <code>parallax analyze FOLDER</code>.";
    /** Search results a page shows, best first: each needs a snippet of its article. */
    static final int SEARCH_PAGE_SIZE = 20;
    /** How many of an entity's mentions its page shows, from the newest articles. */
    static final int ENTITY_MENTIONS = 100;
    /** How many of an article's quotes its page marks in the text. */
    static final int ARTICLE_QUOTES = 1000;

    /** How long the filter menus (outlets, storylines) are reused before they are read again. */
    private static final long MENU_NANOS = 30_000_000_000L;

    private final Store store;
    private volatile Menus menus;

    private record Menus(List<String> outlets, List<Store.StorylineSummary> storylines, List<EntitySummary> entities,
                         long readAt) {
    }

    Pages(Store store) {
        this.store = store;
    }

    private Menus menus() {
        Menus m = menus;
        if (m == null || System.nanoTime() - m.readAt() > MENU_NANOS) {
            m = new Menus(store.outlets(200), store.storylineSummaries(200), store.entitySummaries(null, 0, 200),
                    System.nanoTime());
            menus = m;
        }
        return m;
    }

    String stories(StoryFilter filter, int page) {
        List<StorySummary> stories = store.storySummaries(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        StringBuilder b = new StringBuilder("<h1>Stories</h1>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/\">")
                .append("<label>From <input type=\"date\" name=\"from\" value=\"").append(escape(filter.from())).append("\"></label>")
                .append("<label>To <input type=\"date\" name=\"to\" value=\"").append(escape(filter.to())).append("\"></label>")
                .append("<label>Outlet <select name=\"outlet\"><option value=\"\">any</option>");
        Menus m = menus();
        for (String outlet : m.outlets()) {
            b.append("<option").append(outlet.equals(filter.outlet()) ? " selected" : "").append(" value=\"")
                    .append(escape(outlet)).append("\">").append(escape(outlet)).append("</option>");
        }
        b.append("</select></label><label>Storyline <select name=\"storyline\"><option value=\"\">any</option>");
        for (Store.StorylineSummary l : m.storylines()) {
            b.append("<option").append(l.id().equals(filter.storyline()) ? " selected" : "").append(" value=\"")
                    .append(escape(l.id())).append("\">").append(escape(l.title())).append("</option>");
        }
        b.append("</select></label><label>Entity <select name=\"entity\"><option value=\"\">any</option>");
        for (EntitySummary e : m.entities()) {
            b.append("<option").append(e.id().equals(filter.entity()) ? " selected" : "").append(" value=\"")
                    .append(escape(e.id())).append("\">").append(escape(e.name())).append("</option>");
        }
        b.append("</select></label><button>Filter</button></form>");
        if (stories.isEmpty()) {
            b.append(page > 1 ? "<p>No more stories.</p>"
                    : filter.equals(StoryFilter.ALL) ? "<p>No stories yet. " + ANALYZE + "</p>"
                    : "<p>No story matches these filters.</p>");
        } else {
            b.append("<table class=\"stories\"><thead><tr><th>Dates</th><th>Story</th><th>Articles</th><th>Outlets</th>")
                    .append("<th>Independent sources</th><th>Storyline</th></tr></thead><tbody>");
            for (StorySummary s : stories.subList(0, Math.min(PAGE_SIZE, stories.size()))) {
                b.append("<tr><td>").append(escape(range(s.start(), s.end()))).append("</td><td><a class=\"story\" href=\"/stories/")
                        .append(escape(s.id())).append("\">").append(escape(title(s.title()))).append("</a></td><td>")
                        .append(s.articles()).append("</td><td>").append(outletsCell(s.outlets(), s.unknownOutletArticles())).append("</td><td>")
                        .append(s.independentSources()).append("</td><td><a href=\"/storylines/").append(escape(s.storyline()))
                        .append("\">").append(escape(s.storylineTitle())).append("</a></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append(pager(page, stories.size() > PAGE_SIZE, "/?" + query(filter)));
        return Html.page("Stories", b.toString());
    }

    /** A story's page, its claims listed from page {@code claimsPage} of the filter's. */
    String story(Story story, Store.ClaimFilter claims, int claimsPage) {
        List<StoryMember> members = store.storyMembers(story.id());
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(title(story.title()))).append("</h1><p class=\"meta\">")
                .append(escape(range(story.start(), story.end()))).append(" · ").append(count(members.size(), "article")).append(" · ")
                .append(outlets(members)).append(" · ")
                .append(count(story.independentSources(), "independent source")).append(" · storyline <a href=\"/storylines/")
                .append(escape(story.storyline())).append("\">").append(escape(storylineTitle(story.storyline()))).append("</a></p>");
        List<EntitySummary> named = store.entitiesOfStory(story.id(), 30);
        Map<String, String> entityIds = new java.util.HashMap<>();
        named.forEach(e -> entityIds.putIfAbsent(e.name().toLowerCase(java.util.Locale.ROOT), e.id()));
        if (!named.isEmpty()) {
            b.append("<h2>Who and where</h2>").append(chips(named));
        }
        b.append(ClaimPages.section(story.id(), store.summary(story.id()),
                store.claimsOfStory(story.id(), claims, (claimsPage - 1) * ClaimPages.STORY_CLAIMS, ClaimPages.STORY_CLAIMS),
                store.claimCounts(story.id()), claims, claimsPage, this::articleTitle, id -> store.article(id).map(a -> a.article().outlet()).orElse(null), store::sentences,
                new UnknownOutletSources(store), members.stream().map(m -> m.article().id()).collect(java.util.stream.Collectors.toSet())));
        b.append(StancePages.section(store.stanceMatrix(story.id()), store::sentences));
        b.append(QuotePages.whoSaidWhat(store.quotesOfStory(story.id(), 0, QuotePages.STORY_QUOTES)));
        b.append("<h2>When it was reported</h2>").append(timeline(members));
        b.append(TimelinePages.section(store.timeline(story.id())));
        b.append("<h2>Coverage by outlet</h2>").append(coverage(members));
        b.append("<h2>Articles by independent source</h2><ol class=\"sources\">");
        Map<String, List<StoryMember>> byOrigin = new LinkedHashMap<>();
        for (StoryMember m : members) {
            byOrigin.computeIfAbsent(m.origin(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<StoryMember>> group : byOrigin.entrySet()) {
            b.append("<li><span class=\"origin\">").append(escape(originLabel(group.getKey(), group.getValue().get(0))))
                    .append("</span><ul>");
            for (StoryMember m : group.getValue()) {
                Article a = m.article();
                b.append("<li class=\"").append(m.duplicateOf() != null ? "copy" : "original").append("\"><a href=\"/articles/")
                        .append(escape(a.id())).append("\">").append(escape(title(a.title()))).append("</a> <span class=\"meta\">")
                        .append(escape(Html.outlet(a.outlet()))).append(" · ")
                        .append(escape(Html.when(a.published() == null ? null : a.published().value())))
                        .append(m.duplicateOf() != null ? " · copy" : "").append("</span><br><span class=\"why\">")
                        .append(whyLinked(m.reason(), entityIds)).append("</span></li>");
            }
            b.append("</ul></li>");
        }
        b.append("</ol>");
        return Html.page(story.title(), b.toString());
    }

    String storyline(Storyline line) {
        StringBuilder b = new StringBuilder("<h1>").append(escape(line.title())).append("</h1><p class=\"meta\">")
                .append(escape(range(line.start(), line.end()))).append(" · ").append(count(line.stories().size(), "story"))
                .append("</p><ol class=\"storyline\">");
        Map<String, StorySummary> summaries = new java.util.HashMap<>();
        store.storySummaries(new StoryFilter(null, null, null, line.id(), null), 0, Math.max(1, line.stories().size()))
                .forEach(s -> summaries.put(s.id(), s));
        for (String id : line.stories()) {
            store.story(id).ifPresent(s -> {
                StorySummary counts = summaries.get(s.id());
                b.append("<li><span class=\"meta\">").append(escape(range(s.start(), s.end())))
                        .append("</span> <a href=\"/stories/").append(escape(s.id())).append("\">").append(escape(title(s.title())))
                        .append("</a> <span class=\"meta\">").append(count(s.articles().size(), "article"))
                        .append(counts == null ? "" : " · " + Html.outlets(counts.outlets(), counts.unknownOutletArticles()))
                        .append("</span></li>");
            });
        }
        b.append("</ol>");
        Map<String, String> titles = new LinkedHashMap<>();
        for (String id : line.stories()) {
            store.story(id).ifPresent(s -> titles.put(s.id(), title(s.title())));
        }
        b.append(TimelinePages.section(store.storylineTimeline(line.id()), titles));
        b.append(ClaimPages.ofStoryline(store.claimsOfStoryline(line.id(), ClaimPages.STORYLINE_CLAIMS),
                this::articleTitle, new UnknownOutletSources(store)));
        b.append(StancePages.section(store.storylineStanceMatrix(line.id()), store::sentences));
        return Html.page(line.title(), b.toString());
    }

    String storylines() {
        List<Store.StorylineSummary> lines = store.storylineSummaries(500);
        if (lines.isEmpty()) {
            return Html.page("Storylines", "<h1>Storylines</h1><p>No storylines yet. " + ANALYZE + "</p>");
        }
        StringBuilder b = new StringBuilder("<h1>Storylines</h1><table><thead><tr><th>Dates</th><th>Storyline</th><th>Stories</th>"
                + "</tr></thead><tbody>");
        for (Store.StorylineSummary l : lines) {
            b.append("<tr><td>").append(escape(range(l.start(), l.end()))).append("</td><td><a href=\"/storylines/")
                    .append(escape(l.id())).append("\">").append(escape(l.title())).append("</a></td><td>")
                    .append(l.stories()).append("</td></tr>");
        }
        return Html.page("Storylines", b.append("</tbody></table>").toString());
    }

    /** The article list, newest first; with an author, only the articles whose byline names that person. */
    String articles(int page, String author) {
        boolean byAuthor = author != null && !author.isBlank();
        List<ArticleSummary> articles = store.list((page - 1) * PAGE_SIZE, PAGE_SIZE + 1, author);
        StringBuilder b = new StringBuilder("<h1>Articles</h1><p class=\"meta\">");
        if (byAuthor) {
            b.append(count(store.countByAuthor(author), "article")).append(" by ").append(escape(author.strip()))
                    .append(" · <a href=\"/articles\">all articles</a></p>");
        } else {
            b.append(count(store.count(), "article")).append(" in the store</p>");
        }
        b.append("<form class=\"filter\" method=\"get\" action=\"/articles\"><label>Author <input type=\"search\""
                + " name=\"author\" value=\"").append(byAuthor ? escape(author.strip()) : "")
                .append("\"></label> <button type=\"submit\">Filter</button></form>");
        if (articles.isEmpty()) {
            b.append(page > 1 ? "<p>No more articles.</p>" : byAuthor ? "<p>No article's byline names this author.</p>"
                    : "<p>No articles yet. " + ANALYZE + "</p>");
            return Html.page("Articles", b.toString());
        }
        b.append("<table><thead><tr><th>Published</th><th>Outlet</th><th>Title</th><th>Authors</th><th>Language</th></tr>"
                + "</thead><tbody>");
        for (ArticleSummary a : articles.subList(0, Math.min(PAGE_SIZE, articles.size()))) {
            b.append("<tr><td>").append(escape(Html.when(a.published()))).append("</td><td>")
                    .append(escape(Html.outlet(a.outlet())))
                    .append("</td><td><a href=\"/articles/").append(escape(a.id())).append("\">").append(escape(title(a.title())))
                    .append("</a>").append(copyMark(a.duplicateOf())).append("</td><td>").append(authorLinks(a.authors()))
                    .append("</td><td>").append(escape(a.language())).append("</td></tr>");
        }
        String more = byAuthor ? "/articles?author=" + java.net.URLEncoder.encode(author.strip(), java.nio.charset.StandardCharsets.UTF_8) : "/articles?";
        b.append("</tbody></table>").append(pager(page, articles.size() > PAGE_SIZE, more));
        return Html.page("Articles", b.toString());
    }

    /** Each author's name, linking to the articles that name them. */
    private static String authorLinks(List<String> authors) {
        if (authors.isEmpty()) {
            return "–";
        }
        StringBuilder b = new StringBuilder();
        for (String name : authors) {
            b.append(b.isEmpty() ? "" : ", ").append("<a class=\"author\" href=\"/articles?author=")
                    .append(escape(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))).append("\">")
                    .append(escape(name)).append("</a>");
        }
        return b.toString();
    }

    /** An article's page; the quote starting at {@code focus} (-1: none) is marked as the one looked for. */
    String article(Store.StoredArticle stored, int focus) {
        Article a = stored.article();
        StringBuilder b = new StringBuilder("<article><h1>").append(escape(title(a.title()))).append("</h1><dl>");
        if (a.published() != null) {
            definition(b, "Published", escape(Html.when(a.published().value())) + (a.published().inferred() ? " (inferred)" : "")
                    + " from <span class=\"evidence\">" + escape(a.published().evidence().text()) + "</span>");
        } else {
            definition(b, "Published", store.inferredDate(a.id()).map(Pages::inferred).orElse("unknown"));
        }
        if (!a.authors().isEmpty() || a.credit() != null) {
            definition(b, "By", (a.authors().isEmpty() ? "" : authorLinks(a.authors())) + (a.credit() == null ? ""
                    : (a.authors().isEmpty() ? "" : " · ") + "<span class=\"credit\">" + escape(a.credit()) + "</span>"));
        }
        definition(b, "Outlet", a.outlet() == null ? "<span class=\"meta\">not known</span>" : escape(a.outlet()));
        if (a.modified() != null) {
            definition(b, "Modified", escape(a.modified()));
        }
        if (a.pageDate() != null) {
            definition(b, "Page date", escape(a.pageDate()));
        }
        if (a.syndicatedFrom() != null) {
            definition(b, "Syndicated from", escape(a.syndicatedFrom()));
        }
        definition(b, "Language", escape(a.language()) + (org.parallax.nlp.Annotation.reads(a) ? ""
                : " <span class=\"meta\">(names, quotes, dates, stances and claims are read in English articles only)</span>"));
        String dup = stored.duplicateOf();
        if (dup != null) {
            definition(b, "Copy of", "<a href=\"/articles/" + escape(dup) + "\">" + escape(title(store.article(dup)
                    .map(d -> d.article().title()).orElse(dup))) + "</a>");
        }
        store.placement(a.id()).ifPresent(p -> definition(b, "Story", "<a href=\"/stories/" + escape(p.story()) + "\">"
                + escape(store.story(p.story()).map(Story::title).orElse(p.story())) + "</a> <span class=\"why\">"
                + whyLinked(p.reason(), Map.of()) + "</span>"));
        if (a.note() != null) {
            definition(b, "Note", escape(a.note()));
        }
        definition(b, "Source", escape(shortSource(a.source())) + " · <a href=\"/articles/" + escape(a.id()) + "/raw\">raw input</a>");
        List<Entity> entities = store.entitiesOf(List.of(a.id()));
        b.append("</dl>");
        if (!entities.isEmpty()) {
            b.append("<h2>Named in this article</h2>").append(chips(entities.stream()
                    .map(e -> new EntitySummary(e.id(), e.name(), e.type(), e.mentions().size(), 1)).toList()));
        }
        List<AttributedQuote> quotes = store.quotesOfArticle(a.id(), 0, ARTICLE_QUOTES).quotes().stream()
                .map(ReportedQuote::quote).toList();
        if (!quotes.isEmpty()) {
            b.append(QuotePages.legend());
        }
        List<ArticleTime> times = store.timesOfArticle(a.id());
        b.append("<div class=\"text\">").append(annotated(a.text(), store.sentences(a.id()), entities, quotes, times, focus))
                .append("</div>");
        b.append(ClaimPages.ofArticle(a.id(), store.claimsOfArticle(a.id()), new UnknownOutletSources(store)));
        return Html.page(a.title(), b.append("</article>").toString());
    }

    String entities(EntityType type, int page) {
        List<EntitySummary> list = store.entitySummaries(type, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        StringBuilder b = new StringBuilder("<h1>Entities</h1><p class=\"meta\">").append(store.entityCount(type)).append(' ')
                .append(type == null ? "people, organizations, countries and places" : switch (type) {
                    case PERSON -> "people";
                    case ORGANIZATION -> "organizations";
                    case COUNTRY -> "countries";
                    case LOCATION -> "places";
                }).append("</p><nav class=\"pages\"><a href=\"/entities\"").append(type == null ? " aria-current=\"page\"" : "")
                .append(">all</a>");
        for (EntityType t : EntityType.values()) {
            b.append("<a href=\"/entities?type=").append(t.name()).append("\"").append(t == type ? " aria-current=\"page\"" : "")
                    .append(">").append(t.name().toLowerCase(java.util.Locale.ROOT)).append("</a>");
        }
        b.append("</nav>");
        if (list.isEmpty()) {
            b.append(page > 1 ? "<p>No more entities.</p>" : type != null ? "<p>No entity of this type.</p>"
                    : "<p>No entities yet. " + ANALYZE + "</p>");
            return Html.page("Entities", b.toString());
        }
        b.append("<table class=\"entities\"><thead><tr><th>Name</th><th>Type</th><th>Articles</th><th>Mentions</th>")
                .append("</tr></thead><tbody>");
        for (EntitySummary e : list.subList(0, Math.min(PAGE_SIZE, list.size()))) {
            b.append("<tr><td><a class=\"entity\" href=\"/entities/").append(escape(e.id())).append("\">").append(escape(e.name()))
                    .append("</a></td><td>").append(e.type().name().toLowerCase(java.util.Locale.ROOT)).append("</td><td>")
                    .append(e.articles()).append("</td><td>").append(e.mentions()).append("</td></tr>");
        }
        b.append("</tbody></table>").append(pager(page, list.size() > PAGE_SIZE,
                "/entities?" + (type == null ? "" : "type=" + type.name() + "&")));
        return Html.page("Entities", b.toString());
    }

    String entity(Entity e) {
        StringBuilder b = new StringBuilder("<h1>").append(escape(e.name())).append("</h1><dl>");
        definition(b, "Type", e.type().name().toLowerCase(java.util.Locale.ROOT));
        if (!e.aliases().isEmpty()) {
            definition(b, "Also named", escape(String.join(" · ", e.aliases())));
        }
        if (!e.roles().isEmpty()) {
            definition(b, "Roles", escape(String.join(" · ", e.roles())));
        }
        EntitySummary counts = store.entitySummary(e.id()).orElseThrow();
        definition(b, "Mentions", counts.mentions() + " in " + count(counts.articles(), "article")
                + (counts.mentions() > e.mentions().size() ? " (" + e.mentions().size() + " shown)" : "")
                + " · <a href=\"/?entity=" + escape(e.id()) + "\">stories</a>");
        b.append("</dl>");
        List<EntitySummary> with = store.coMentioned(e.id(), 20);
        if (!with.isEmpty()) {
            b.append("<h2>Named together with</h2>").append(chips(with));
        }
        b.append(StancePages.ofEntity(e.id(), e.name(), store.stancesOfEntity(e.id(), StancePages.ENTITY_STANCES), store::sentences));
        b.append(QuotePages.saidBy(e.name(), store.quotesBySpeaker(e.id(), 0, QuotePages.ENTITY_QUOTES)));
        b.append("<h2>Mentions</h2><ol class=\"mentions\">");
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        e.mentions().forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
        Map<String, Store.StoredArticle> articles = store.articles(byArticle.keySet());
        for (Map.Entry<String, List<Mention>> entry : byArticle.entrySet()) {
            java.util.Optional.ofNullable(articles.get(entry.getKey())).ifPresent(stored -> {
                Article a = stored.article();
                b.append("<li><a href=\"/articles/").append(escape(a.id())).append("\">").append(escape(title(a.title())))
                        .append("</a> <span class=\"meta\">").append(escape(Html.outlet(a.outlet()))).append(" · ")
                        .append(escape(Html.when(a.published() == null ? null : a.published().value()))).append("</span><ul>");
                b.append(contexts(a, entry.getValue(), store.sentences(a.id())));
                b.append("</ul></li>");
            });
        }
        return Html.page(e.name(), b.append("</ol>").toString());
    }

    /** Links to entity pages, one per entity, with a count. */
    private static String chips(List<EntitySummary> entities) {
        StringBuilder b = new StringBuilder("<p class=\"chips\">");
        for (EntitySummary e : entities) {
            b.append("<a class=\"entity ").append(e.type().name().toLowerCase(java.util.Locale.ROOT)).append("\" href=\"/entities/")
                    .append(escape(e.id())).append("\" title=\"").append(e.type().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">").append(escape(e.name())).append(" <small>").append(e.articles() > 1 ? e.articles() : e.mentions())
                    .append("</small></a> ");
        }
        return b.append("</p>").toString();
    }

    /**
     * Why an article is in its story, as an analyst reads it: what it shares with the story, with no score or
     * id (the API keeps those).
     */
    static String why(String reason) {
        if (reason.startsWith("copy of ")) {
            return "a copy of an earlier article of this story";
        }
        int shares = reason.indexOf("shares ");
        return shares >= 0 ? reason.substring(shares) : reason;
    }

    /**
     * {@link #why} as markup: each person, place or word it shares links to that entity's page when the story names
     * an entity of that name ({@code entityIds}, by lower-case name), else to a search for it.
     */
    static String whyLinked(String reason, Map<String, String> entityIds) {
        String why = why(reason);
        if (!why.startsWith(SHARES)) {
            return escape(why);
        }
        int end = why.indexOf(';');
        StringBuilder b = new StringBuilder(SHARES);
        String[] shared = why.substring(SHARES.length(), end < 0 ? why.length() : end).split(", ");
        for (int i = 0; i < shared.length; i++) {
            String id = entityIds.get(shared[i].toLowerCase(java.util.Locale.ROOT));
            String href = id != null ? "/entities/" + url(id) : "/search?q=" + url(shared[i]);
            b.append(i == 0 ? "" : ", ").append("<a href=\"").append(escape(href)).append("\">").append(escape(shared[i]))
                    .append("</a>");
        }
        return b.append(end < 0 ? "" : escape(why.substring(end))).toString();
    }

    private static final String SHARES = "shares ";

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The words around a mention, the mention marked. */
    /**
     * An article's mentions of an entity in their sentences, each sentence once with all its mentions marked, and
     * linked to that sentence in the article; a mention outside every sentence in the words around it.
     */
    static String contexts(Article a, List<Mention> mentions, List<Sentence> sentences) {
        String text = a.text();
        StringBuilder b = new StringBuilder();
        List<Mention> sorted = mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        int i = 0;
        while (i < sorted.size()) {
            Mention first = sorted.get(i);
            int sentence = sentenceAt(sentences, first);
            if (sentence < 0 || first.end() > text.length()) {
                b.append("<li class=\"context\">").append(context(text, first)).append("</li>");
                i++;
                continue;
            }
            Span around = sentences.get(sentence).span();
            List<Mention> in = new ArrayList<>();
            while (i < sorted.size() && around.contains(new Span(sorted.get(i).start(), sorted.get(i).end()))) {
                in.add(sorted.get(i++));
            }
            int from = Math.max(around.start(), in.get(0).start() - 160);
            int to = Math.min(around.end(), in.get(in.size() - 1).end() + 160);
            b.append("<li class=\"context\"><a class=\"context-link\" href=\"/articles/").append(escape(a.id())).append("#s")
                    .append(sentence).append("\" title=\"open this sentence in the article\">")
                    .append(from > around.start() ? "…" : "");
            int at = from;
            for (Mention m : in) {
                if (m.start() < at) {
                    continue;
                }
                b.append(escape(text.substring(at, m.start()))).append("<mark>").append(escape(text.substring(m.start(), m.end())))
                        .append("</mark>");
                at = m.end();
            }
            b.append(escape(text.substring(at, to))).append(to < around.end() ? "…" : "").append("</a></li>");
        }
        return b.toString();
    }

    /** The index of the sentence that holds a mention, or -1. */
    private static int sentenceAt(List<Sentence> sentences, Mention m) {
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).span().contains(new Span(m.start(), m.end()))) {
                return k;
            }
        }
        return -1;
    }

    private static String context(String text, Mention m) {
        int from = Math.max(0, text.lastIndexOf('\n', m.start()) + 1);
        from = Math.max(from, m.start() - 160);
        int to = text.indexOf('\n', m.end());
        to = Math.min(to < 0 ? text.length() : to, m.end() + 160);
        return (from > 0 && text.charAt(from - 1) != '\n' ? "…" : "") + escape(text.substring(from, m.start())) + "<mark>"
                + escape(m.text()) + "</mark>" + escape(text.substring(m.end(), to)) + (to < text.length() && text.charAt(to) != '\n' ? "…" : "");
    }

    /**
     * The article text with its layers nested: paragraphs, sentences (numbered, for links to evidence), quotes
     * (each with its speaker on hover and an anchor), each entity mention a link to its entity's page, and each time
     * expression marked with its value on hover.
     */
    static String annotated(String text, List<Sentence> sentences, List<Entity> entities, List<AttributedQuote> quotes,
                            List<ArticleTime> times, int focus) {
        List<SpanRenderer.Mark> marks = new ArrayList<>(SpanRenderer.paragraphs(text));
        marks.addAll(QuotePages.marks(text, sentences, quotes, focus));
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i).span();
            marks.add(new SpanRenderer.Mark(s.start(), s.end(), 1, "<span class=\"sentence\" id=\"s" + i + "\">", "</span>"));
        }
        for (Entity e : entities) {
            String open = "<a class=\"mention " + e.type().name().toLowerCase(java.util.Locale.ROOT) + "\" href=\"/entities/"
                    + escape(e.id()) + "\" title=\"" + escape(e.name()) + "\">";
            for (Mention m : e.mentions()) {
                marks.add(new SpanRenderer.Mark(m.start(), m.end(), 3, open, "</a>"));
            }
        }
        for (ArticleTime t : times) {
            marks.add(new SpanRenderer.Mark(t.time().span().start(), t.time().span().end(), 3, "<time class=\"timex "
                    + t.time().type().name().toLowerCase(java.util.Locale.ROOT) + "\" title=\"" + escape(timeTitle(t.time()))
                    + "\">", "</time>"));
        }
        return SpanRenderer.render(text, marks);
    }

    /** What a reader sees of a time expression's value: "2023-02-28 (reckoned from the article's date)". */
    static String timeTitle(TimeExpression t) {
        String from = switch (t.anchor()) {
            case ARTICLE -> " (reckoned from the article's date)";
            case TEXT -> " (reckoned from an earlier date of the text)";
            case STORY -> " (reckoned from the story's date: the article has none)";
            case UNRESOLVED -> " (the article has no date to reckon it from)";
            case NONE -> "";
        };
        return t.type().name().toLowerCase(java.util.Locale.ROOT) + " " + t.value()
                + (t.mod() == null ? "" : " " + t.mod().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')) + from;
    }

    String search(String q) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        if (q.isBlank()) {
            b.append("<p>Type words to find in titles and texts.</p>");
        } else {
            List<SearchHit> hits = store.search(q, SEARCH_PAGE_SIZE);
            // a full page may not be all: it says how many match, as /api/search's total does
            String found = hits.size() == SEARCH_PAGE_SIZE ? "The " + hits.size() + " best of " + store.searchCount(q) + " matches"
                    : hits.size() == 1 ? "1 result" : hits.size() + " results";
            b.append("<p class=\"meta\">").append(found).append(" for “").append(escape(q)).append("”</p><ol class=\"hits\">");
            for (SearchHit h : hits) {
                b.append("<li><a href=\"/articles/").append(escape(h.id())).append("\">").append(escape(title(h.title())))
                        .append("</a>").append(copyMark(h.duplicateOf())).append(" <span class=\"meta\">")
                        .append(escape(Html.when(h.published()))).append(" · ")
                        .append(escape(Html.outlet(h.outlet()))).append("</span><br>").append(WebServer.highlight(h.snippet()))
                        .append("</li>");
            }
            b.append("</ol>");
        }
        return Html.page(q.isBlank() ? "Search" : "Search: " + q, b.toString(), q);
    }

    /** A publication day inferred for an undated article, marked so, with what it was reasoned from. */
    private static String inferred(InferredDate d) {
        String from = switch (d.basis()) {
            case DATELINE -> "its dateline <span class=\"evidence\">" + escape(d.evidence()) + "</span>";
            case TEXT -> "the latest day its words name, <span class=\"evidence\">" + escape(d.evidence()) + "</span>";
            case STORY -> "its story: <a class=\"evidence\" href=\"/articles/" + escape(d.source()) + "\">" + escape(title(d.evidence()))
                    + "</a>, the first dated report of it";
        };
        return "<span class=\"inferred-date\">" + escape(d.day()) + " (inferred from " + from + "; its page gives no date)</span>";
    }

    /** Articles as dots on a line of days: a picture of when a story was reported. */
    private static String timeline(List<StoryMember> members) {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        int undated = 0;
        for (StoryMember m : members) {
            if (m.article().published() == null || m.article().published().day().length() != 10) {
                undated++;
            } else {
                perDay.merge(LocalDate.parse(m.article().published().day()), 1, Integer::sum);
            }
        }
        if (perDay.isEmpty()) {
            return "<p class=\"meta\">No article of this story gives the day it was published.</p>";
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(perDay.firstKey(), perDay.lastKey()));
        int width = 720;
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" role=\"img\"")
                .append(" aria-label=\"Articles by the day they were published\" width=\"")
                .append(width).append("\" height=\"70\" viewBox=\"0 0 ").append(width).append(" 70\">")
                .append("<line x1=\"20\" y1=\"40\" x2=\"").append(width - 20).append("\" y2=\"40\" stroke=\"#888\"/>");
        for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
            long x = perDay.size() == 1 ? width / 2
                    : 40 + (width - 80) * ChronoUnit.DAYS.between(perDay.firstKey(), e.getKey()) / span;
            svg.append("<circle cx=\"").append(x).append("\" cy=\"40\" r=\"").append(4 + 2 * Math.min(6, e.getValue()))
                    .append("\" fill=\"#3b6fb6\"><title>").append(e.getKey()).append(": ").append(e.getValue())
                    .append(e.getValue() == 1 ? " article" : " articles").append("</title></circle><text x=\"").append(x)
                    .append("\" y=\"66\" font-size=\"11\" text-anchor=\"middle\">")
                    .append(e.getKey()).append("</text>");
        }
        svg.append("</svg><p class=\"meta published\">Each dot is a day its articles were published, sized by how many");
        if (undated > 0) {
            svg.append("; ").append(count(undated, "article")).append(undated == 1
                    ? " gives no publication date of its own and is not shown"
                    : " give no publication date of their own and are not shown");
        }
        return svg.append(".</p>").toString();
    }

    /**
     * The stories list's outlets cell: the count of known outlets, and apart from it the articles of unknown outlet
     * ("2 and 1 article of unknown outlet"; "none known (3 articles of unknown outlet)", not "0 and 3 …").
     */
    static String outletsCell(int outlets, int unknown) {
        if (unknown == 0) {
            return String.valueOf(outlets);
        }
        String articles = count(unknown, "article") + " of unknown outlet";
        return outlets == 0 ? "none known <span class=\"meta unknown-outlet\">(" + articles + ")</span>"
                : outlets + " <span class=\"meta unknown-outlet\">and " + articles + "</span>";
    }

    /** How many outlets a story's articles come from, in words, its articles of unknown outlet told apart. */
    static String outlets(List<StoryMember> members) {
        long known = members.stream().map(m -> m.article().outlet()).filter(Html::known).distinct().count();
        long unknown = members.stream().filter(m -> !Html.known(m.article().outlet())).count();
        return Html.outlets((int) known, (int) unknown);
    }

    /**
     * Articles per outlet, most first; the articles whose outlet is not known in a row of their own at the end, since
     * they are no one outlet.
     */
    private static String coverage(List<StoryMember> members) {
        Map<String, Integer> byOutlet = new TreeMap<>();
        int unknown = 0;
        for (StoryMember m : members) {
            if (Html.known(m.article().outlet())) {
                byOutlet.merge(m.article().outlet(), 1, Integer::sum);
            } else {
                unknown++;
            }
        }
        int max = Math.max(unknown, byOutlet.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder b = new StringBuilder("<p class=\"meta\">").append(outlets(members)).append("</p><table class=\"coverage\">");
        byOutlet.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> b.append("<tr><td>").append(escape(e.getKey())).append("</td><td><span class=\"bar\" style=\"width:")
                        .append(20 + 300 * e.getValue() / max).append("px\"></span> ").append(e.getValue()).append("</td></tr>"));
        if (unknown > 0) {
            b.append("<tr class=\"unknown-outlet\"><td><em>").append(Html.NO_OUTLET)
                    .append("</em></td><td><span class=\"bar unknown\" style=\"width:").append(20 + 300 * unknown / max)
                    .append("px\"></span> ").append(count(unknown, "article"))
                    .append(", not counted as an outlet</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** An article's title, or its id when it has none or is gone. */
    String articleTitle(String id) {
        return store.article(id).map(a -> title(a.article().title())).orElse(id);
    }

    /** A claim's page, with each source's words in its sentence. */
    String claim(org.parallax.model.CorroboratedClaim claim) {
        return ClaimPages.page(claim, store.story(claim.story()).map(s -> title(s.title())).orElse(claim.story()),
                this::articleTitle, id -> store.article(id).map(a -> a.article().text()).orElse(null), store::sentences,
                new UnknownOutletSources(store), id -> store.article(id).map(a -> a.article().syndicatedFrom()).orElse(null),
                id -> store.placement(id).map(Store.Placement::story).orElse(null));
    }

    private String storylineTitle(String id) {
        return store.storyline(id).map(Storyline::title).orElse(id);
    }

    /** A file's name without its folders: where an article came from, not where it lies on the server. */
    private static String shortSource(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }

    /** What makes a group of articles one independent source: the outlet credited, or the first article's own reporting. */
    private static String originLabel(String origin, StoryMember first) {
        String credited = first.article().syndicatedFrom();
        return origin.startsWith("outlet:") ? "credited to " + (credited != null && credited.strip().equalsIgnoreCase(origin.substring(7))
                ? credited.strip() : origin.substring(7))
                : first.article().outlet() == null ? "original reporting" : "original reporting by " + first.article().outlet();
    }

    private static String pager(int page, boolean more, String base) {
        StringBuilder b = new StringBuilder("<nav class=\"pages\">");
        if (page > 1) {
            b.append("<a href=\"").append(escape(base)).append("&page=").append(page - 1).append("\">← newer</a>");
        }
        if (more) {
            b.append("<a href=\"").append(escape(base)).append("&page=").append(page + 1).append("\">older →</a>");
        }
        return b.append("</nav>").toString();
    }

    static String query(StoryFilter f) {
        StringBuilder q = new StringBuilder();
        param(q, "from", f.from());
        param(q, "to", f.to());
        param(q, "outlet", f.outlet());
        param(q, "storyline", f.storyline());
        param(q, "entity", f.entity());
        return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    static String range(String start, String end) {
        if (start == null) {
            return "undated";
        }
        return start.equals(end) || end == null ? start : start + " – " + end;
    }

    private static String title(String t) {
        return t == null || t.isBlank() ? "(untitled)" : t;
    }

    /** The mark of an article that copies another, linking the original; nothing for an original. */
    private static String copyMark(String duplicateOf) {
        return duplicateOf == null ? "" : " <a class=\"kind copy\" title=\"a copy of another article\" href=\"/articles/"
                + escape(duplicateOf) + "\">copy</a>";
    }

    /** "1 article", "3 articles", "4 stories", "2 matches". */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /** An English noun's regular plural: "stories", "matches", "articles". */
    static String plural(String noun) {
        int last = noun.length() - 1;
        if (noun.endsWith("y") && last > 0 && "aeiou".indexOf(noun.charAt(last - 1)) < 0) {
            return noun.substring(0, last) + "ies";
        }
        return noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh") ? noun + "es" : noun + "s";
    }

    private static void definition(StringBuilder body, String term, String html) {
        body.append("<dt>").append(escape(term)).append("</dt><dd>").append(html).append("</dd>");
    }
}

package org.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.bundle.Views;
import org.parallax.model.Article;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Story;
import org.parallax.model.Storyline;
import org.parallax.store.ArticleSummary;
import org.parallax.store.BundleExport;
import org.parallax.store.EntityGraph;
import org.parallax.store.EntitySummary;
import org.parallax.store.QuotePage;
import org.parallax.store.ReportedQuote;
import org.parallax.store.SearchHit;
import org.parallax.store.Store;
import org.parallax.store.StoredRaw;
import org.parallax.store.StoryFilter;
import org.parallax.store.StoryMember;
import org.parallax.store.StorySummary;

/**
 * The HTTP server: HTML pages for people, JSON under {@code /api} for programs (described by
 * {@code /api/openapi.json}), exports under {@code /api/export}. Read-only: only GET is routed, and every
 * route reads the store and nothing else. Requests are limited in size and, per client address, in rate.
 */
public final class WebServer implements AutoCloseable {
    private static final int MAX_QUERY = 500;
    /** Records without a view of their own (summaries, hits) get the views' snake_case field names. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

    private final Store store;
    private final Pages pages;
    private final RateLimiter limiter;
    private Javalin app;

    private WebServer(Store store, RateLimiter limiter, boolean loopback) {
        this.store = store;
        this.pages = new Pages(store);
        this.limiter = limiter;
        this.loopback = loopback;
    }

    /** Whether the server listens on loopback only: then it answers only requests addressed to this machine. */
    private final boolean loopback;

    /** Sent with every response, the server's own error pages too: no sniffing, no scripts, no framing, no referrer. */
    private static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    /** How long a connection may send nothing (a request sent a byte at a time holds a connection no longer). */
    static final long IDLE_TIMEOUT_MS = 10_000;

    /** Starts serving {@code store} on {@code host:port} (port 0 picks a free one), 200 requests/s per client. */
    public static WebServer start(Store store, String host, int port) {
        return start(store, host, port, 200);
    }

    /** Starts serving, allowing {@code perSecond} requests a second from one client address (0: no limit). */
    public static WebServer start(Store store, String host, int port, int perSecond) {
        return start(store, host, port, perSecond == 0 ? RateLimiter.NONE : new RateLimiter(perSecond, 2.0 * perSecond, System::nanoTime));
    }

    static WebServer start(Store store, String host, int port, RateLimiter limiter) {
        WebServer server = new WebServer(store, limiter, isLoopback(host));
        server.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 64 * 1024;
            config.http.prefer405over404 = true;
            // Jetty answers malformed, too long and oversized requests (400, 414, 431) itself: with the same headers.
            config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new org.eclipse.jetty.server.handler.ErrorHandler() {
                @Override
                public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                      org.eclipse.jetty.util.Callback callback) throws Exception {
                    SECURITY_HEADERS.forEach(response.getHeaders()::put);
                    return super.handle(request, response, callback);
                }
            }));
            config.routes.before(server::guard);
            config.routes.before(server::redirectMerged);
            config.routes.get("/", server::stories);
            config.routes.get("/stories", ctx -> ctx.redirect("/", HttpStatus.MOVED_PERMANENTLY));
            config.routes.get("/stories/{id}", server::story);
            config.routes.get("/storylines", ctx -> ctx.html(server.pages.storylines()));
            config.routes.get("/storylines/{id}", server::storyline);
            config.routes.get("/articles", ctx -> ctx.html(server.pages.articles(page(ctx), ctx.queryParam("author"))));
            config.routes.get("/articles/{id}", server::article);
            config.routes.get("/articles/{id}/raw", server::raw);
            config.routes.get("/search", ctx -> ctx.html(server.pages.search(query(ctx))));
            config.routes.get("/entities", ctx -> ctx.html(server.pages.entities(entityType(ctx), page(ctx))));
            config.routes.get("/entities/{id}", server::entity);
            config.routes.get("/claims/{id}", server::claim);
            config.routes.get("/api/openapi.json", WebServer::openApi);
            config.routes.get("/api/stories", server::apiStories);
            config.routes.get("/api/stories/{id}", server::apiStory);
            config.routes.get("/api/stories/{id}/quotes", server::apiStoryQuotes);
            config.routes.get("/api/stories/{id}/timeline", server::apiStoryTimeline);
            config.routes.get("/api/storylines/{id}/timeline", server::apiStorylineTimeline);
            config.routes.get("/api/stories/{id}/stances", server::apiStoryStances);
            config.routes.get("/api/storylines/{id}/stances", server::apiStorylineStances);
            config.routes.get("/api/stories/{id}/claims", server::apiStoryClaims);
            config.routes.get("/api/claims/{id}", server::apiClaim);
            config.routes.get("/api/storylines", server::apiStorylines);
            config.routes.get("/api/storylines/{id}", server::apiStoryline);
            config.routes.get("/api/articles", server::apiArticles);
            config.routes.get("/api/articles/{id}", server::apiArticle);
            config.routes.get("/api/articles/{id}/quotes", server::apiArticleQuotes);
            config.routes.get("/api/articles/{id}/times", server::apiArticleTimes);
            config.routes.get("/api/articles/{id}/claims", server::apiArticleClaims);
            config.routes.get("/api/search", server::apiSearch);
            config.routes.get("/api/entities", server::apiEntities);
            config.routes.get("/api/entities/{id}", server::apiEntity);
            config.routes.get("/api/entities/{id}/quotes", server::apiEntityQuotes);
            config.routes.get("/api/entities/{id}/stances", server::apiEntityStances);
            config.routes.get("/api/export/entities.graphml", server::exportGraph);
            config.routes.get("/api/export/bundle.json", server::exportBundle);
            config.routes.get("/api/export/{table}.csv", server::exportCsv);
            config.routes.exception(BadParameter.class, (e, ctx) -> {
                ctx.status(400);
                if (ctx.path().startsWith("/api/")) {
                    ctx.contentType("application/json; charset=utf-8").result(
                            JSON.createObjectNode().put("error", e.getMessage()).toString());
                } else {
                    ctx.html(Html.page("Bad request", "<h1>Bad request</h1><p>" + Html.escape(e.getMessage()) + "</p>"));
                }
            });
            config.routes.error(404, ctx -> {
                if (!ctx.path().startsWith("/api/")) {
                    ctx.html(Html.page("Not found", "<h1>Not found</h1><p>Nothing is at this address.</p>"));
                } else if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
                    ctx.contentType("application/json; charset=utf-8").result(JSON.createObjectNode()
                            .put("error", "no such path; the API's paths are listed at /api/openapi.json").toString());
                }
            });
        });
        server.app.start(host, port);
        for (org.eclipse.jetty.server.Connector c : server.app.jettyServer().server().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.AbstractConnector connector) {
                connector.setIdleTimeout(IDLE_TIMEOUT_MS);   // a client that sends nothing for this long is let go
            }
        }
        return server;
    }

    public int port() {
        return app.port();
    }

    private void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (loopback && !isLoopback(hostName(ctx.header("Host")))) {
            // a page elsewhere that points its own name at this machine (DNS rebinding) must not read the store
            ctx.status(HttpStatus.MISDIRECTED_REQUEST).result("this server answers only requests for localhost");
            ctx.skipRemainingHandlers();
            return;
        }
        if (!limiter.allow(ctx.ip())) {
            ctx.header("Retry-After", "1");
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).result("too many requests");
            ctx.skipRemainingHandlers();
        }
    }

    /** A page or API path of one story or storyline: the part before its id, the id, and what follows. */
    private static final java.util.regex.Pattern STORY_PATH =
            java.util.regex.Pattern.compile("(/(?:api/)?(?:stories|storylines)/)([^/]+)(/[^/]*)?");

    /**
     * Sends a request for a story or storyline that merged into another on to the one that holds its articles now,
     * as a permanent redirect: links and bookmarks to the old id keep working.
     */
    private void redirectMerged(Context ctx) {
        java.util.regex.Matcher m = STORY_PATH.matcher(ctx.path());
        if (!m.matches()) {
            return;
        }
        Optional<String> into = store.mergedInto(java.net.URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        if (into.isPresent()) {
            String query = ctx.queryString();
            ctx.redirect(m.group(1) + java.net.URLEncoder.encode(into.get(), StandardCharsets.UTF_8).replace("+", "%20")
                    + (m.group(3) == null ? "" : m.group(3)) + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
            ctx.skipRemainingHandlers();
        }
    }

    private void stories(Context ctx) {
        ctx.html(pages.stories(filter(ctx), page(ctx)));
    }

    private void story(Context ctx) {
        Optional<Story> story = store.story(ctx.pathParam("id"));
        if (story.isEmpty()) {
            notFound(ctx, "No such story.");
            return;
        }
        ctx.html(pages.story(story.get(), claimFilter(ctx), bounded(ctx, "claimsPage", 1, 1, MAX_PAGE)));
    }

    private void claim(Context ctx) {
        Optional<CorroboratedClaim> claim = store.claim(ctx.pathParam("id"));
        if (claim.isEmpty()) {
            notFound(ctx, "No such claim.");
            return;
        }
        ctx.html(pages.claim(claim.get()));
    }

    /** Which claims to list: {@code ?claims=single} (one independent source), {@code contested}, else all. */
    private static Store.ClaimFilter claimFilter(Context ctx) {
        String f = ctx.queryParam("claims");
        if (f == null) {
            f = ctx.queryParam("filter");
        }
        return "single".equals(f) ? Store.ClaimFilter.SINGLE : "contested".equals(f) ? Store.ClaimFilter.CONTESTED
                : Store.ClaimFilter.ALL;
    }

    /** A story's claims with their sources and disputes (filter: {@code single}, {@code contested}) and its summary. */
    private void apiStoryClaims(Context ctx) throws JsonProcessingException {
        Optional<Story> story = store.story(ctx.pathParam("id"));
        if (story.isEmpty()) {
            jsonError(ctx, "no such story");
            return;
        }
        String id = story.get().id();
        json(ctx, ClaimPages.json(store.claimsOfStory(id, claimFilter(ctx), offset(ctx), limit(ctx)), store.claimCounts(id),
                store.summary(id), id, new UnknownOutletSources(store)));
    }

    private void apiClaim(Context ctx) throws JsonProcessingException {
        Optional<CorroboratedClaim> claim = store.claim(ctx.pathParam("id"));
        if (claim.isEmpty()) {
            jsonError(ctx, "no such claim");
            return;
        }
        json(ctx, ClaimPages.json(claim.get(), new UnknownOutletSources(store)));
    }

    /** The claims an article makes, with every source of each. */
    private void apiArticleClaims(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        if (store.article(id).isEmpty()) {
            jsonError(ctx, "no such article");
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        List<CorroboratedClaim> claims = store.claimsOfArticle(id);
        root.put("total", claims.size());
        ArrayNode items = root.putArray("claims");
        UnknownOutletSources unknown = new UnknownOutletSources(store);
        claims.forEach(c -> items.add(ClaimPages.json(c, unknown)));
        json(ctx, root);
    }

    private void storyline(Context ctx) {
        Optional<Storyline> line = store.storyline(ctx.pathParam("id"));
        if (line.isEmpty()) {
            notFound(ctx, "No such storyline.");
            return;
        }
        ctx.html(pages.storyline(line.get()));
    }

    private void article(Context ctx) {
        Optional<Store.StoredArticle> found = store.article(ctx.pathParam("id"));
        if (found.isEmpty()) {
            notFound(ctx, "No such article.");
            return;
        }
        ctx.html(pages.article(found.get(), bounded(ctx, "quote", -1, 0, Integer.MAX_VALUE)));
    }

    private void entity(Context ctx) {
        Optional<Entity> entity = store.entity(ctx.pathParam("id"), Pages.ENTITY_MENTIONS);
        if (entity.isEmpty()) {
            notFound(ctx, "No such entity.");
            return;
        }
        ctx.html(pages.entity(entity.get()));
    }

    private void raw(Context ctx) {
        Optional<StoredRaw> raw = store.raw(ctx.pathParam("id"));
        if (raw.isEmpty()) {
            ctx.status(404).result("no such article");
            return;
        }
        StoredRaw r = raw.get();
        Charset charset = Charset.isSupported(r.charset()) ? Charset.forName(r.charset()) : StandardCharsets.UTF_8;
        ctx.contentType("text/plain; charset=" + charset.name()).result(r.bytes().toArray());
    }

    private static void notFound(Context ctx, String message) {
        ctx.status(404).html(Html.page("Not found", "<h1>Not found</h1><p>" + Html.escape(message) + "</p>"));
    }

    /** Escapes a snippet, then turns the store's match markers into {@code <mark>}. */
    static String highlight(String snippet) {
        return Html.escape(snippet).replace(String.valueOf(SearchHit.MATCH_START), "<mark>")
                .replace(String.valueOf(SearchHit.MATCH_END), "</mark>");
    }

    private void apiStories(Context ctx) throws JsonProcessingException {
        int limit = limit(ctx);
        StoryFilter filter = filter(ctx);
        ObjectNode root = JSON.createObjectNode();
        root.put("total", filter.equals(StoryFilter.ALL) ? store.storyCount() : store.storyCount(filter));
        ArrayNode items = root.putArray("stories");
        for (StorySummary s : store.storySummaries(filter, offset(ctx), limit)) {
            items.add(JSON.valueToTree(s));
        }
        json(ctx, root);
    }

    /** What happened when in a story: the days its articles name, with what they say of each. */
    private void apiStoryTimeline(Context ctx) throws JsonProcessingException {
        Optional<Story> story = store.story(ctx.pathParam("id"));
        if (story.isEmpty()) {
            jsonError(ctx, "no such story");
            return;
        }
        json(ctx, TimelinePages.json(store.timeline(story.get().id())));
    }

    private void apiStorylineTimeline(Context ctx) throws JsonProcessingException {
        Optional<Storyline> line = store.storyline(ctx.pathParam("id"));
        if (line.isEmpty()) {
            jsonError(ctx, "no such storyline");
            return;
        }
        json(ctx, TimelinePages.json(store.storylineTimeline(line.get().id()), "storyline"));
    }

    /** Who stands where in a story: its actor × issue table, each cell with the stances that show it. */
    private void apiStoryStances(Context ctx) throws JsonProcessingException {
        Optional<Story> story = store.story(ctx.pathParam("id"));
        if (story.isEmpty()) {
            jsonError(ctx, "no such story");
            return;
        }
        json(ctx, StancePages.json(store.stanceMatrix(story.get().id())));
    }

    /** Who stands where across a storyline: the table over all its stories, each cell's stances oldest first. */
    private void apiStorylineStances(Context ctx) throws JsonProcessingException {
        Optional<Storyline> line = store.storyline(ctx.pathParam("id"));
        if (line.isEmpty()) {
            jsonError(ctx, "no such storyline");
            return;
        }
        json(ctx, StancePages.json(store.storylineStanceMatrix(line.get().id()), "storyline"));
    }

    /** The stances an entity takes and those taken toward it, newest articles first. */
    private void apiEntityStances(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        if (store.entitySummary(id).isEmpty()) {
            jsonError(ctx, "no such entity");
            return;
        }
        int limit = limit(ctx);
        List<org.parallax.store.ReportedStance> found = store.stancesOfEntity(id, limit);
        ObjectNode root = JSON.createObjectNode();
        root.put("entity", id);
        root.put("total", found.size());
        ArrayNode items = root.putArray("stances");
        found.forEach(s -> items.add(StancePages.stance(s)));
        json(ctx, root);
    }

    private void apiStory(Context ctx) throws JsonProcessingException {
        Optional<Story> story = store.story(ctx.pathParam("id"));
        if (story.isEmpty()) {
            jsonError(ctx, "no such story");
            return;
        }
        ObjectNode node = Views.tree(Views.story(story.get()));
        ArrayNode merged = node.putArray("merged_from");
        store.mergedFrom(story.get().id()).forEach(merged::add);
        ArrayNode members = node.putArray("members");
        for (StoryMember m : store.storyMembers(story.get().id())) {
            ObjectNode member = members.addObject();
            member.put("article", m.article().id());
            member.put("title", m.article().title());
            member.put("outlet", m.article().outlet());
            member.put("published", m.article().published() == null ? null : m.article().published().value());
            member.put("duplicate_of", m.duplicateOf());
            member.put("origin", m.origin());
            member.put("similarity", m.similarity());
            member.put("reason", m.reason());
        }
        json(ctx, node);
    }

    private void apiStorylines(Context ctx) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("total", store.storylineCount());
        ArrayNode items = root.putArray("storylines");
        store.storylineSummaries(limit(ctx)).forEach(l -> items.add(JSON.valueToTree(l)));
        json(ctx, root);
    }

    /** One storyline as the bundle gives it: its stories' ids in order, with its first and last day. */
    private void apiStoryline(Context ctx) throws JsonProcessingException {
        Optional<Storyline> line = store.storyline(ctx.pathParam("id"));
        if (line.isEmpty()) {
            jsonError(ctx, "no such storyline");
            return;
        }
        json(ctx, Views.tree(Views.storyline(line.get())));
    }

    /** Articles newest first; {@code ?author=} keeps those whose byline names that person. */
    private void apiArticles(Context ctx) throws JsonProcessingException {
        String author = ctx.queryParam("author");
        boolean byAuthor = author != null && !author.isBlank();
        ObjectNode root = JSON.createObjectNode();
        root.put("total", byAuthor ? store.countByAuthor(author) : store.count());
        if (byAuthor) {
            root.put("author", author.strip());
        }
        ArrayNode items = root.putArray("articles");
        for (ArticleSummary a : store.list(offset(ctx), limit(ctx), author)) {
            items.add(JSON.valueToTree(a));
        }
        json(ctx, root);
    }

    private void apiArticle(Context ctx) throws JsonProcessingException {
        Optional<Store.StoredArticle> found = store.article(ctx.pathParam("id"));
        if (found.isEmpty()) {
            jsonError(ctx, "no such article");
            return;
        }
        Article article = found.get().article();
        ObjectNode node = Views.tree(Views.article(article, found.get().duplicateOf(), CsvTables.membership(store, article.id()),
                article.published() == null ? store.inferredDate(article.id()).orElse(null) : null));
        ArrayNode entities = node.putArray("entities");
        store.entitiesOf(List.of(article.id())).forEach(e -> entities.add(Views.tree(Views.entity(e))));
        ArrayNode quotes = node.putArray("quotes");
        store.quotesOfArticle(article.id(), 0, ARTICLE_QUOTES).quotes().forEach(q -> quotes.add(quote(q, false)));
        ArrayNode times = node.putArray("times");
        store.timesOfArticle(article.id()).forEach(t -> times.add(Views.tree(Views.time(t))));
        json(ctx, node);
    }

    /** An article's time expressions in text order, each with its TimeML value. */
    private void apiArticleTimes(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        if (store.article(id).isEmpty()) {
            jsonError(ctx, "no such article");
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        List<org.parallax.model.ArticleTime> found = store.timesOfArticle(id);
        root.put("total", found.size());
        ArrayNode items = root.putArray("times");
        found.forEach(t -> items.add(Views.tree(Views.time(t))));
        json(ctx, root);
    }

    /** How many of an article's quotes its JSON lists; {@code /api/articles/{id}/quotes} pages through all. */
    static final int ARTICLE_QUOTES = 1000;

    private void apiArticleQuotes(Context ctx) throws JsonProcessingException {
        int offset = offset(ctx);
        int limit = limit(ctx);
        String id = ctx.pathParam("id");
        if (store.article(id).isEmpty()) {
            jsonError(ctx, "no such article");
            return;
        }
        quotes(ctx, store.quotesOfArticle(id, offset, limit));
    }

    private void apiStoryQuotes(Context ctx) throws JsonProcessingException {
        int offset = offset(ctx);
        int limit = limit(ctx);
        String id = ctx.pathParam("id");
        if (store.story(id).isEmpty()) {
            jsonError(ctx, "no such story");
            return;
        }
        quotes(ctx, store.quotesOfStory(id, offset, limit));
    }

    private void apiEntityQuotes(Context ctx) throws JsonProcessingException {
        int offset = offset(ctx);
        int limit = limit(ctx);
        String id = ctx.pathParam("id");
        if (store.entitySummary(id).isEmpty()) {
            jsonError(ctx, "no such entity");
            return;
        }
        quotes(ctx, store.quotesBySpeaker(id, offset, limit));
    }

    private static void quotes(Context ctx, QuotePage page) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("total", page.total());
        ArrayNode items = root.putArray("quotes");
        page.quotes().forEach(q -> items.add(quote(q, true)));
        json(ctx, root);
    }

    /** A quote's one view, with its speaker's and medium's names and, in {@code context}, where it was reported. */
    private static ObjectNode quote(ReportedQuote r, boolean context) {
        ObjectNode node = Views.tree(Views.quote(r.quote()));
        node.put("speaker_name", r.quote().speakerName());
        node.put("via_name", r.quote().viaName());
        if (context) {
            node.put("article_title", r.articleTitle());
            node.put("outlet", r.outlet());
            node.put("published", r.published());
            node.put("story", r.story());
            node.put("story_title", r.storyTitle());
        }
        return node;
    }

    private void apiEntities(Context ctx) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        EntityType type = entityType(ctx);
        root.put("total", store.entityCount(type));
        ArrayNode items = root.putArray("entities");
        for (EntitySummary e : store.entitySummaries(type, offset(ctx), limit(ctx))) {
            items.add(JSON.valueToTree(e));
        }
        json(ctx, root);
    }

    private void apiEntity(Context ctx) throws JsonProcessingException {
        Optional<Entity> entity = store.entity(ctx.pathParam("id"), bounded(ctx, "limit", 1000, 1, 10_000));
        if (entity.isEmpty()) {
            jsonError(ctx, "no such entity");
            return;
        }
        ObjectNode node = Views.tree(Views.entity(entity.get()));
        node.set("co_mentioned", JSON.valueToTree(store.coMentioned(entity.get().id(), 50)));
        json(ctx, node);
    }

    /** The co-mention network as GraphML, for Gephi, Cytoscape or networkx. */
    private void exportGraph(Context ctx) throws IOException {
        ctx.header("Content-Disposition", "attachment; filename=\"parallax-entities.graphml\"");
        ctx.contentType("application/graphml+xml; charset=utf-8");
        EntityGraph.write(store, bounded(ctx, "nodes", 500, 1, 5000), ctx.outputStream());
    }

    private void apiSearch(Context ctx) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        String q = query(ctx);
        root.put("total", q.isBlank() ? 0 : store.searchCount(q));
        ArrayNode hits = root.putArray("hits");
        if (!q.isBlank()) {
            for (SearchHit h : store.search(q, limit(ctx))) {
                ObjectNode hit = JSON.valueToTree(h);
                hit.put("snippet", h.snippet().replace(String.valueOf(SearchHit.MATCH_START), "")
                        .replace(String.valueOf(SearchHit.MATCH_END), ""));
                hits.add(hit);
            }
        }
        json(ctx, root);
    }

    /** The whole store as a bundle, streamed as it is written. */
    private void exportBundle(Context ctx) throws IOException {
        ctx.header("Content-Disposition", "attachment; filename=\"parallax-bundle.json\"");
        ctx.contentType("application/json; charset=utf-8");
        BundleExport.writeAll(store, ctx.outputStream());
    }

    private void exportCsv(Context ctx) throws IOException {
        String table = ctx.pathParam("table");
        if (!CsvTables.TABLES.contains(table)) {
            jsonError(ctx, "no such table: " + String.join(", ", CsvTables.TABLES));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + table + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        java.io.Writer csv = new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
        CsvTables.write(store, table, csv);
        csv.flush();
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static StoryFilter filter(Context ctx) {
        return new StoryFilter(date(ctx.queryParam("from")), date(ctx.queryParam("to")), blankToNull(ctx.queryParam("outlet")),
                blankToNull(ctx.queryParam("storyline")), blankToNull(ctx.queryParam("entity")));
    }

    private static String date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.length() > MAX_QUERY ? v.substring(0, MAX_QUERY) : v;
    }

    private static EntityType entityType(Context ctx) {
        String t = ctx.queryParam("type");
        try {
            return t == null || t.isBlank() ? null : EntityType.valueOf(t.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        return q == null ? "" : q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }

    /** The host name of a Host header, without its port; "" when there is none. */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String h = header.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 ? h.substring(1, end) : h;
        }
        int colon = h.indexOf(':');
        return colon >= 0 ? h.substring(0, colon) : h;
    }

    /** Whether a host name or address stands for this machine only. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** A query parameter that breaks its rule: answered with 400 and the rule. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }

    /** The highest page a listing serves: offsets stay far from overflow. */
    static final int MAX_PAGE = 100_000;

    private static int page(Context ctx) {
        return bounded(ctx, "page", 1, 1, MAX_PAGE);
    }

    private static int limit(Context ctx) {
        return bounded(ctx, "limit", Pages.PAGE_SIZE, 1, 500);
    }

    private static int offset(Context ctx) {
        return bounded(ctx, "offset", 0, 0, Integer.MAX_VALUE / 2);
    }

    /** A whole-number parameter within {@code min..max}, or {@code fallback} when absent; anything else is refused. */
    private static int bounded(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadParameter(name + " must be a whole number from " + min + " to " + max);
    }

    private static void json(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
    }

    private static void jsonError(Context ctx, String message) throws JsonProcessingException {
        ctx.status(404);
        json(ctx, JSON.createObjectNode().put("error", message));
    }

    @Override
    public void close() {
        app.stop();
    }
}

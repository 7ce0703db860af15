package org.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.store.ArticleSummary;
import org.parallax.store.SearchHit;
import org.parallax.store.Store;
import org.parallax.store.StoredRaw;

/**
 * The HTTP server: HTML pages for people, JSON under {@code /api} for programs. Read-only; every route
 * reads the store and nothing else.
 */
public final class WebServer implements AutoCloseable {
    private static final int PAGE_SIZE = 50;
    private static final int MAX_QUERY = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Javalin app;

    private WebServer(Store store, Javalin app) {
        this.store = store;
        this.app = app;
    }

    /** Starts serving {@code store} on {@code host:port} (port 0 picks a free one). */
    public static WebServer start(Store store, String host, int port) {
        WebServer[] holder = new WebServer[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 64 * 1024;
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
            });
            config.routes.get("/", ctx -> holder[0].home(ctx));
            config.routes.get("/articles/{id}", ctx -> holder[0].article(ctx));
            config.routes.get("/articles/{id}/raw", ctx -> holder[0].raw(ctx));
            config.routes.get("/search", ctx -> holder[0].search(ctx));
            config.routes.get("/api/articles", ctx -> holder[0].apiArticles(ctx));
            config.routes.get("/api/articles/{id}", ctx -> holder[0].apiArticle(ctx));
            config.routes.get("/api/search", ctx -> holder[0].apiSearch(ctx));
            config.routes.error(404, ctx -> {
                if (!ctx.path().startsWith("/api/")) {
                    ctx.html(Html.page("Not found", "<h1>Not found</h1><p>Nothing is at this address.</p>"));
                }
            });
        });
        WebServer server = new WebServer(store, app);
        holder[0] = server;
        app.start(host, port);
        return server;
    }

    public int port() {
        return app.port();
    }

    private void home(Context ctx) {
        int page = Math.max(1, intParam(ctx, "page", 1));
        List<ArticleSummary> articles = store.list((page - 1) * PAGE_SIZE, PAGE_SIZE);
        int total = store.count();
        StringBuilder body = new StringBuilder("<h1>Articles</h1><p class=\"meta\">" + total + " articles in the store</p>");
        body.append("<table><thead><tr><th>Published</th><th>Outlet</th><th>Title</th><th>Language</th></tr></thead><tbody>");
        for (ArticleSummary a : articles) {
            body.append("<tr><td>").append(Html.escape(orDash(a.published()))).append("</td><td>")
                    .append(Html.escape(orDash(a.outlet()))).append("</td><td><a href=\"/articles/")
                    .append(Html.escape(a.id())).append("\">").append(Html.escape(a.title().isEmpty() ? "(untitled)" : a.title()))
                    .append("</a></td><td>").append(Html.escape(a.language())).append("</td></tr>");
        }
        body.append("</tbody></table><nav class=\"pages\">");
        if (page > 1) {
            body.append("<a href=\"/?page=").append(page - 1).append("\">← newer</a>");
        }
        if ((long) page * PAGE_SIZE < total) {
            body.append("<a href=\"/?page=").append(page + 1).append("\">older →</a>");
        }
        body.append("</nav>");
        ctx.html(Html.page("Articles", body.toString()));
    }

    private void article(Context ctx) {
        Optional<Store.StoredArticle> found = store.article(ctx.pathParam("id"));
        if (found.isEmpty()) {
            ctx.status(404).html(Html.page("Not found", "<h1>Not found</h1><p>No such article.</p>"));
            return;
        }
        Article a = found.get().article();
        StringBuilder body = new StringBuilder();
        body.append("<article><h1>").append(Html.escape(a.title().isEmpty() ? "(untitled)" : a.title())).append("</h1><dl>");
        if (a.published() != null) {
            definition(body, "Published", Html.escape(a.published().value()) + (a.published().inferred() ? " (inferred)" : "")
                    + " from <span class=\"evidence\">" + Html.escape(a.published().evidence().text()) + "</span>");
        } else {
            definition(body, "Published", "unknown");
        }
        definition(body, "Page date", Html.escape(orDash(a.pageDate())));
        definition(body, "Outlet", Html.escape(orDash(a.outlet())));
        definition(body, "Syndicated from", Html.escape(orDash(a.syndicatedFrom())));
        definition(body, "Language", Html.escape(a.language()));
        String dup = found.get().duplicateOf();
        definition(body, "Duplicate of", dup == null ? "-" : "<a href=\"/articles/" + Html.escape(dup) + "\">" + Html.escape(dup) + "</a>");
        definition(body, "Source", Html.escape(a.source()) + " · <a href=\"/articles/" + Html.escape(a.id())
                + "/raw\">raw input</a>");
        body.append("</dl><div class=\"text\">");
        for (String paragraph : a.text().split("\n\n")) {
            body.append("<p>").append(Html.escape(paragraph)).append("</p>");
        }
        body.append("</div></article>");
        ctx.html(Html.page(a.title(), body.toString()));
    }

    private void raw(Context ctx) {
        Optional<StoredRaw> raw = store.raw(ctx.pathParam("id"));
        if (raw.isEmpty()) {
            ctx.status(404).result("no such article");
            return;
        }
        StoredRaw r = raw.get();
        Charset charset = Charset.isSupported(r.charset()) ? Charset.forName(r.charset()) : Charset.forName("UTF-8");
        ctx.contentType("text/plain; charset=" + charset.name()).result(r.bytes().toArray());
    }

    private void search(Context ctx) {
        String q = query(ctx);
        StringBuilder body = new StringBuilder("<h1>Search</h1>");
        if (q.isBlank()) {
            body.append("<p>Type words to find in titles and texts.</p>");
        } else {
            List<SearchHit> hits = store.search(q, PAGE_SIZE);
            body.append("<p class=\"meta\">").append(hits.size()).append(" results for “").append(Html.escape(q)).append("”</p><ol>");
            for (SearchHit h : hits) {
                body.append("<li><a href=\"/articles/").append(Html.escape(h.id())).append("\">")
                        .append(Html.escape(h.title().isEmpty() ? "(untitled)" : h.title())).append("</a> <span class=\"meta\">")
                        .append(Html.escape(orDash(h.published()))).append(" · ").append(Html.escape(orDash(h.outlet())))
                        .append("</span><br>").append(highlight(h.snippet())).append("</li>");
            }
            body.append("</ol>");
        }
        ctx.html(Html.page("Search", body.toString()));
    }

    /** Escapes a snippet, then turns the store's match markers into {@code <mark>}. */
    static String highlight(String snippet) {
        return Html.escape(snippet).replace(String.valueOf(SearchHit.MATCH_START), "<mark>")
                .replace(String.valueOf(SearchHit.MATCH_END), "</mark>");
    }

    private void apiArticles(Context ctx) throws JsonProcessingException {
        int limit = Math.min(Math.max(1, intParam(ctx, "limit", PAGE_SIZE)), 500);
        int offset = Math.max(0, intParam(ctx, "offset", 0));
        ObjectNode root = JSON.createObjectNode();
        root.put("total", store.count());
        ArrayNode items = root.putArray("articles");
        for (ArticleSummary a : store.list(offset, limit)) {
            items.add(JSON.valueToTree(a));
        }
        json(ctx, root);
    }

    private void apiArticle(Context ctx) throws JsonProcessingException {
        Optional<Store.StoredArticle> found = store.article(ctx.pathParam("id"));
        if (found.isEmpty()) {
            ctx.status(404);
            json(ctx, JSON.createObjectNode().put("error", "no such article"));
            return;
        }
        ObjectNode node = JSON.valueToTree(found.get().article());
        node.put("duplicate_of", found.get().duplicateOf());
        json(ctx, node);
    }

    private void apiSearch(Context ctx) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode hits = root.putArray("hits");
        String q = query(ctx);
        if (!q.isBlank()) {
            for (SearchHit h : store.search(q, Math.min(Math.max(1, intParam(ctx, "limit", PAGE_SIZE)), 500))) {
                ObjectNode hit = JSON.valueToTree(h);
                hit.put("snippet", h.snippet().replace(String.valueOf(SearchHit.MATCH_START), "")
                        .replace(String.valueOf(SearchHit.MATCH_END), ""));
                hits.add(hit);
            }
        }
        json(ctx, root);
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) {
            return "";
        }
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }

    private static void json(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void definition(StringBuilder body, String term, String html) {
        body.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(html).append("</dd>");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    @Override
    public void close() {
        app.stop();
    }
}

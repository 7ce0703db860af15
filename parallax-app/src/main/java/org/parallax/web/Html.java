package org.parallax.web;

/** HTML output: escaping of untrusted text, and the page frame. */
final class Html {
    private Html() {
    }

    /** Escapes text for use in element content and quoted attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return escape(s, new StringBuilder(s.length() + 16)).toString();
    }

    /** Appends {@code s} escaped to {@code sb}. */
    static StringBuilder escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb;
    }

    /** What a reader sees for an article whose outlet is not known, wherever outlets are listed. */
    static final String NO_OUTLET = "outlet not known";

    /** The outlet's name, or {@link #NO_OUTLET}. */
    static String outlet(String outlet) {
        return known(outlet) ? outlet : NO_OUTLET;
    }

    /** Whether an article names its outlet: one that does not is no outlet, and is never counted as one. */
    static boolean known(String outlet) {
        return outlet != null && !outlet.isBlank();
    }

    /**
     * How many outlets report something, in words, with the articles whose outlet is not known told apart rather than
     * counted as outlets of their own: "3 outlets", "2 outlets and 1 article of unknown outlet", "2 articles of unknown
     * outlet".
     */
    static String outlets(int outlets, int unknownOutletArticles) {
        String unknown = Pages.count(unknownOutletArticles, "article") + " of unknown outlet";
        if (unknownOutletArticles == 0) {
            return Pages.count(outlets, "outlet");
        }
        return outlets == 0 ? unknown : Pages.count(outlets, "outlet") + " and " + unknown;
    }

    /** An ISO date or date-time as a reader reads it: "2025-03-04 08:12", not "2025-03-04T08:12"; "undated" for none. */
    static String when(String iso) {
        if (iso == null) {
            return "undated";
        }
        return iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) + " " + iso.substring(11) : iso;
    }

    static String page(String title, String body) {
        return page(title, body, "");
    }

    /** A page whose header search box holds {@code query} (the search page keeps what was searched). */
    static String page(String title, String body, String query) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Parallax</title><style>" + STYLE + "</style></head><body>"
                + "<header><a class=\"brand\" href=\"/\">Parallax</a><nav><a href=\"/\">Stories</a>"
                + "<a href=\"/storylines\">Storylines</a><a href=\"/entities\">Entities</a><a href=\"/articles\">Articles</a></nav>"
                + "<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"Search articles\""
                + (query.isEmpty() ? "" : " value=\"" + escape(query) + "\"")
                + " aria-label=\"Search\"><button>Search</button></form></header><main>" + body + "</main>" + FOOTER
                + "</body></html>";
    }

    /** Where every page offers the whole analysis for other tools: the bundle, the tables, the network and the API. */
    private static final String FOOTER = "<footer><span>Download the whole analysis:</span>"
            + " <a href=\"/api/export/bundle.json\">bundle (JSON)</a> · tables (CSV): "
            + String.join(", ", CsvTables.TABLES.stream()
                    .map(t -> "<a href=\"/api/export/" + t + ".csv\">" + t + "</a>").toList())
            + " · <a href=\"/api/export/entities.graphml\">entity network (GraphML)</a>"
            + " · <a href=\"/api/openapi.json\">JSON API (OpenAPI)</a></footer>";

    private static final String STYLE = """
            .sentence:target{background:#fff3c4}
            .flag{background:#fde2e1;color:#8a1c13;border-radius:3px;padding:0 .3rem;font-size:.8rem;white-space:nowrap}
            ol.summary li{margin:.4rem 0}ol.summary a.said{color:inherit;text-decoration:none}a.cite{font-size:.8rem}
            svg.claim-coverage rect.made{fill:#2b6cb0}svg.claim-coverage rect.absent{fill:#e8e8e8}
            svg.claim-coverage text{font-size:11px;fill:#333}svg.claim-coverage text.unknown-outlet{font-style:italic;fill:#666}a.source.unknown-outlet{font-style:italic}a.disputed{color:#8a1c13}.elsewhere{font-size:.75rem;color:#555;border:1px solid #bbb;border-radius:3px;padding:0 .2rem;white-space:nowrap}
            .claim-text{font-size:1.2rem}blockquote{margin:.3rem 0 .8rem 1rem;color:#333}
            body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafafa}
            header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#1d2330}
            header a.brand{color:#fff;font-weight:700;text-decoration:none;font-size:1.2rem}
            header form{margin-left:auto}header input{padding:.3rem;width:16rem;max-width:60vw}
            main{max-width:60rem;margin:1rem auto;padding:0 1rem;overflow-wrap:break-word}
            td:first-child{white-space:nowrap}table.claims td:first-child{white-space:normal;min-width:16rem}
            @media (max-width:60rem){main table{display:block;overflow-x:auto}}
            table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.35rem;border-bottom:1px solid #ddd;vertical-align:top}
            .meta{color:#555;font-size:.9rem}.text p{margin:.8rem 0}mark{background:#ffe58a}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
            .evidence{font-family:ui-monospace,monospace;background:#eef;padding:0 .2rem}
            nav.pages{margin:1rem 0;display:flex;gap:1rem}header nav{display:flex;gap:1rem}header nav a{color:#dde}
            form.filters{display:flex;flex-wrap:wrap;gap:.8rem;margin:.5rem 0 1rem}form.filters select{max-width:14rem}
            .why{color:#666;font-size:.85rem}li.copy{margin-left:1.5rem;list-style:circle}.origin{font-weight:600}
            .bar{display:inline-block;height:.8rem;background:#3b6fb6}.bar.unknown{background:#aaa}ol.sources>li{margin:.6rem 0}
            svg.timeline{max-width:100%;background:#fff;border:1px solid #ddd}
            .chips a.entity{display:inline-block;margin:.15rem;padding:.05rem .45rem;border-radius:.8rem;text-decoration:none;border:1px solid #ccd}
            a.person{background:#e6f0ff}a.organization{background:#fff0dc}a.country{background:#e4f6e4}a.location{background:#f3e8fb}
            a.mention{color:inherit;text-decoration:none;border-bottom:2px solid #8aa;padding:0 .1rem}
            li.context{color:#333;font-size:.95rem;margin:.2rem 0}a.context-link{color:inherit;text-decoration:none}a.context-link:hover{text-decoration:underline}nav.pages a[aria-current]{font-weight:700}
            .quote{background:#eaf2ff;border-bottom:2px solid #8fb1e3}.quote.reported{background:#f2f2f2;border-bottom:2px dotted #999}
            .quote:target,.quote.focus{background:#ffe58a;border-bottom-color:#d9a400}
            .legend span,.legend time,.legend a{margin-right:.5rem;padding:0 .2rem}
            dl.alone{grid-template-columns:minmax(6rem,14rem) 1fr}
            footer{max-width:60rem;margin:2rem auto 1rem;padding:.6rem 1rem 0;border-top:1px solid #ddd;color:#555;font-size:.85rem}
            .legend .mention{border-bottom:2px solid #8aa}
            .said h3{margin:.8rem 0 .2rem;font-size:1rem}ul.quotes,ol.quotes{margin:.2rem 0}ul.quotes li,ol.quotes li{margin:.35rem 0}
            a.said{color:inherit;text-decoration:none;border-bottom:1px solid #8fb1e3}li.reported a.said{font-style:italic}
            .kind{font-size:.72rem;text-transform:uppercase;letter-spacing:.03em;color:#555;border:1px solid #bbb;border-radius:.3rem;padding:0 .25rem;margin-right:.35rem}
            details.headlines{margin:.6rem 0}
            ol.events>li{margin:.5rem 0}ol.events .day{font-weight:600}ol.events li:target{background:#e8f6ec}ol.events q{quotes:none}
            time.timex{border-bottom:2px solid #5aa86b;padding:0 .1rem}
            time.timex.duration,time.timex.set{border-bottom-style:dotted}
            .matrix{overflow-x:auto}table.stances th,table.stances td{border:1px solid #ddd;text-align:center;font-size:.9rem}
            table.stances th[scope=row]{text-align:left}.cell{padding:0 .3rem;border-radius:.2rem}
            .cell.supports{background:#cdebd0}.cell.opposes{background:#f6cfcf}.cell.conditional{background:#ffe7a8}
            .cell.neutral{background:#e4e4e4}.cell.mixed{background:#e3d5f3}a.stance{color:inherit;text-decoration:none;font-weight:600}
            a.all{color:#555;text-decoration:none}.legend .cell{margin-right:.4rem}dl.stance-evidence{display:block}
            dl.stance-evidence dt:target{background:#fff3c4}ol.stances li{margin:.3rem 0}.condition{font-style:italic}
            """;
}

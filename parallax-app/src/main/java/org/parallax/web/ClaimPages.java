package org.parallax.web;

import static org.parallax.web.Html.escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.parallax.bundle.Views;
import org.parallax.model.CorroboratedClaim;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.SummarySentence;
import org.parallax.store.Store;

/**
 * What a story's articles state and who backs it: the summary with its citations, the claims table (each claim's
 * sources, independent count and disputes, filtered to single-sourced or contested claims), a picture of which outlet
 * makes which claim, what each outlet alone reported, and a claim's own page with each source's words.
 */
final class ClaimPages {
    /** Claims on a story page. */
    static final int STORY_CLAIMS = 60;
    /** Claims on a storyline page. */
    static final int STORYLINE_CLAIMS = 20;
    /** Claims (rows) and outlets (columns) in the coverage picture. */
    private static final int PICTURE_ROWS = 15;
    private static final int PICTURE_COLUMNS = 10;
    /** Characters of a headline that stands for a source whose outlet is not known. */
    private static final int SHORT_TITLE = 40;
    private static final int CELL = 22;

    private ClaimPages() {
    }

    /**
     * The story page's sections: summary, claims table with its filters and pages ({@code claims} is page {@code page}
     * of {@value #STORY_CLAIMS} of the filter's), coverage picture and what each outlet alone said (of the first page).
     */
    static String section(String story, List<SummarySentence> summary, List<CorroboratedClaim> claims,
                          Map<Store.ClaimFilter, Integer> counts, Store.ClaimFilter filter, int page, Function<String, String> titles,
                          Function<String, String> outlets, Function<String, List<Sentence>> sentences,
                          ToIntFunction<CorroboratedClaim> unknown, Set<String> members) {
        StringBuilder b = new StringBuilder();
        Map<String, Integer> cited = new LinkedHashMap<>();
        if (!summary.isEmpty()) {
            b.append("<h2>Summary</h2><ol class=\"summary\">");
            for (SummarySentence s : summary) {
                b.append("<li><a class=\"said\" href=\"").append(href(s.article(), s.span(), sentences)).append("\">")
                        .append(escape(s.text())).append("</a>");
                for (String article : s.cites()) {
                    int n = cited.computeIfAbsent(article, a -> cited.size() + 1);
                    b.append(" <a class=\"cite\" href=\"/articles/").append(escape(article)).append("\" title=\"")
                            .append(escape(titles.apply(article))).append("\">[").append(n).append("]</a>");
                }
                b.append(" <a class=\"meta\" href=\"/claims/").append(escape(s.claim())).append("\">claim</a></li>");
            }
            b.append("</ol><ol class=\"citations meta\">");
            cited.forEach((article, n) -> b.append("<li value=\"").append(n).append("\"><a href=\"/articles/")
                    .append(escape(article)).append("\">").append(escape(titles.apply(article))).append("</a> · ")
                    .append(escape(Html.outlet(outlets.apply(article))))
                    .append(members.contains(article) ? "" : " <span class=\"elsewhere\">other story</span>").append("</li>"));
            b.append("</ol>");
        }
        if (counts.get(Store.ClaimFilter.ALL) == 0) {
            return b.toString();
        }
        b.append("<h2 id=\"claims\">Claims</h2><p class=\"filters\">");
        for (Store.ClaimFilter f : Store.ClaimFilter.values()) {
            String label = switch (f) {
                case ALL -> "all";
                case SINGLE -> "single-sourced";
                case CONTESTED -> "contested";
            };
            String link = "?claims=" + f.name().toLowerCase(java.util.Locale.ROOT) + "#claims";
            b.append(f == filter ? "<strong>" : "<a href=\"" + link + "\">").append(label).append(" (")
                    .append(counts.get(f)).append(')').append(f == filter ? "</strong>" : "</a>").append(' ');
        }
        b.append("</p>");
        int total = counts.get(filter);
        if (claims.isEmpty()) {
            b.append("<p class=\"meta\">").append(page > 1 ? "No more claims." : "No such claims.").append("</p>");
        } else {
            b.append(table(claims, titles, unknown, members::contains));
            int first = (page - 1) * STORY_CLAIMS + 1;
            if (total > claims.size()) {
                String link = "?claims=" + filter.name().toLowerCase(java.util.Locale.ROOT) + "&claimsPage=";
                b.append("<nav class=\"pages\"><span class=\"meta\">claims ").append(first).append('–')
                        .append(first + claims.size() - 1).append(" of ").append(total).append("</span>");
                if (page > 1) {
                    b.append("<a href=\"").append(link).append(page - 1).append("#claims\">← before</a>");
                }
                if (first + claims.size() - 1 < total) {
                    b.append("<a href=\"").append(link).append(page + 1).append("#claims\">after →</a>");
                }
                b.append("</nav>");
            }
        }
        if (filter == Store.ClaimFilter.ALL && page == 1) {
            b.append(picture(claims, titles)).append(alone(claims, titles));
        }
        return b.toString();
    }

    /**
     * The claims table: each claim linked to its page, its outlets (those whose article is not {@code here} marked as
     * of another story), its independent count, the claims that dispute it.
     */
    private static String table(List<CorroboratedClaim> claims, Function<String, String> titles,
                                ToIntFunction<CorroboratedClaim> unknown, Predicate<String> here) {
        StringBuilder b = new StringBuilder();
        boolean elsewhere = false;
        b.append("<table class=\"claims\"><thead><tr><th>Claim</th><th>Sources</th><th>Independent</th><th>Disputed by</th>"
                + "</tr></thead><tbody>");
        for (CorroboratedClaim c : claims) {
            b.append("<tr").append(c.singleSourced() ? " class=\"single\"" : "").append("><td><a href=\"/claims/")
                    .append(escape(c.id())).append("\">").append(escape(c.text())).append("</a></td><td>");
            String comma = "";
            for (Map.Entry<Maker, String> source : sources(c, titles, here).entrySet()) {
                boolean other = !here.test(source.getValue());
                elsewhere |= other;
                b.append(comma).append("<a class=\"source").append(source.getKey().known() ? "" : " unknown-outlet")
                        .append("\" href=\"/articles/").append(escape(source.getValue())).append("\"")
                        .append(source.getKey().known() ? "" : " title=\"" + Html.NO_OUTLET + ": an article, not an outlet\"")
                        .append(">").append(escape(source.getKey().name())).append("</a>")
                        .append(other ? " <span class=\"elsewhere\">other story</span>" : "");
                comma = ", ";
            }
            b.append("</td><td>").append(UnknownOutletSources.count(c, unknown))
                    .append(c.singleSourced() ? " <span class=\"flag\">single source</span>" : "").append("</td><td>");
            for (CorroboratedClaim.Contradiction x : c.contradictions()) {
                b.append("<a class=\"disputed\" href=\"/claims/").append(escape(x.claim())).append("\" title=\"")
                        .append(escape(x.theirs().text())).append("\">").append(escape(dispute(x.reason()))).append("</a> ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (elsewhere) {
            b.append("<p class=\"meta\">A source marked <span class=\"elsewhere\">other story</span> is an article of"
                    + " another story of this storyline (claims are matched across a storyline); it counts among the"
                    + " independent sources.</p>");
        }
        return b.toString();
    }

    /** A storyline page's section: its best-corroborated claims across its stories. */
    static String ofStoryline(List<CorroboratedClaim> claims, Function<String, String> titles,
                              ToIntFunction<CorroboratedClaim> unknown) {
        if (claims.isEmpty()) {
            return "";
        }
        List<CorroboratedClaim> corroborated = claims.stream().filter(c -> !c.singleSourced()).toList();
        if (corroborated.isEmpty()) {
            return "<h2>Best corroborated across the storyline</h2><p class=\"meta\">No claim of its stories is made by more"
                    + " than one independent source; each story's page lists its claims.</p>";
        }
        return "<h2>Best corroborated across the storyline</h2><p class=\"meta\">The claims made by more than one independent"
                + " source, most sources first; each story's page lists all its claims.</p>"
                + table(corroborated, titles, unknown, article -> true);
    }

    /**
     * Who makes a claim: an outlet ({@code known}), or an article whose outlet is not known, named by its headline (cut
     * short), since such an article is no one outlet.
     */
    record Maker(String name, boolean known) implements Comparable<Maker> {
        @Override
        public int compareTo(Maker o) {
            return known != o.known ? (known ? -1 : 1) : name.compareTo(o.name);
        }

        /** What a reader sees where makers are listed by name alone: an unknown outlet says so. */
        String label() {
            return known ? name : Html.NO_OUTLET + ": " + name;
        }
    }

    /** Who makes a claim, each once, with the first of its articles that does, one {@code here} if it has one. */
    private static Map<Maker, String> sources(CorroboratedClaim c, Function<String, String> titles, Predicate<String> here) {
        Map<Maker, String> out = new LinkedHashMap<>();
        for (CorroboratedClaim.Source s : c.sources()) {
            Maker maker = Html.known(s.outlet()) ? new Maker(s.outlet(), true)
                    : new Maker(shortTitle(titles.apply(s.article())), false);
            out.merge(maker, s.article(), (first, next) -> here.test(first) || !here.test(next) ? first : next);
        }
        return out;
    }

    /** What a dispute's reason says to a reader: "another number", not the aligner's "number". */
    static String dispute(String reason) {
        return switch (reason) {
            case "number" -> "another number";
            case "date" -> "another date";
            case "name" -> "another name";
            case "polarity" -> "the opposite";
            default -> reason;
        };
    }

    private static String shortTitle(String title) {
        if (title.length() <= SHORT_TITLE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', SHORT_TITLE - 1);
        return title.substring(0, cut > SHORT_TITLE / 2 ? cut : SHORT_TITLE - 1) + "…";
    }

    private static List<Maker> outlets(CorroboratedClaim c, Function<String, String> titles) {
        return List.copyOf(sources(c, titles, article -> true).keySet());
    }

    /** Outlets (columns) by claims (rows): a filled cell where the outlet makes the claim, each cell a link to its words. */
    private static String picture(List<CorroboratedClaim> claims, Function<String, String> titles) {
        List<CorroboratedClaim> rows = claims.subList(0, Math.min(PICTURE_ROWS, claims.size()));
        TreeSet<Maker> all = new TreeSet<>();
        rows.forEach(c -> all.addAll(outlets(c, titles)));
        List<Maker> columns = new ArrayList<>(all).subList(0, Math.min(PICTURE_COLUMNS, all.size()));
        if (rows.size() < 2 || columns.size() < 2) {
            return "";
        }
        int label = 28;
        int top = 30 + (int) (columns.stream().mapToInt(c -> shortTitle(c.name()).length()).max().orElse(0) * 5.5);
        int width = label + columns.size() * CELL + 110;
        int height = top + rows.size() * CELL + 4;
        StringBuilder svg = new StringBuilder("<h2>Who reports what</h2><svg class=\"claim-coverage\" role=\"img\" aria-label=\"")
                .append("which outlet makes which claim\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">");
        for (int k = 0; k < columns.size(); k++) {
            int x = label + k * CELL + CELL / 2;
            Maker m = columns.get(k);
            svg.append("<text class=\"outlet").append(m.known() ? "" : " unknown-outlet").append("\" transform=\"translate(")
                    .append(x).append(',').append(top - 6).append(") rotate(-55)\"><title>").append(escape(m.label()))
                    .append("</title>").append(escape(shortTitle(m.name()))).append("</text>");
        }
        for (int r = 0; r < rows.size(); r++) {
            CorroboratedClaim c = rows.get(r);
            int y = top + r * CELL;
            svg.append("<text class=\"row\" x=\"2\" y=\"").append(y + CELL - 7).append("\">").append(r + 1).append("</text>");
            List<Maker> makers = outlets(c, titles);
            for (int k = 0; k < columns.size(); k++) {
                int x = label + k * CELL;
                boolean made = makers.contains(columns.get(k));
                svg.append(made ? "<a href=\"/claims/" + escape(c.id()) + "\">" : "")
                        .append("<rect class=\"").append(made ? "made" : "absent").append("\" x=\"").append(x + 1)
                        .append("\" y=\"").append(y + 1).append("\" width=\"").append(CELL - 2).append("\" height=\"")
                        .append(CELL - 2).append("\"><title>").append(escape(columns.get(k).label())).append(made ? " reports: " : " does not report: ")
                        .append(escape(c.text())).append("</title></rect>").append(made ? "</a>" : "");
            }
        }
        svg.append("</svg><p class=\"meta\">Rows are the first ").append(rows.size())
                .append(" claims of the table above, in its order; a filled cell opens the claim's sources.");
        if (columns.stream().anyMatch(m -> !m.known())) {
            svg.append(" A column headed in italics by a headline is an article whose outlet is not known, not an outlet.");
        }
        svg.append("</p>");
        return svg.toString();
    }

    /** Per outlet, the claims it alone made (single-sourced), up to three each. */
    private static String alone(List<CorroboratedClaim> claims, Function<String, String> titles) {
        Map<Maker, List<CorroboratedClaim>> byOutlet = new LinkedHashMap<>();
        for (CorroboratedClaim c : claims) {
            if (c.singleSourced()) {
                byOutlet.computeIfAbsent(outlets(c, titles).get(0), k -> new ArrayList<>()).add(c);
            }
        }
        if (byOutlet.size() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>Only in one outlet</h2><dl class=\"alone\">");
        byOutlet.forEach((outlet, list) -> {
            b.append("<dt>").append(outlet.known() ? escape(outlet.name())
                    : "<em class=\"unknown-outlet\">" + Html.NO_OUTLET + ":</em> " + escape(outlet.name())).append("</dt><dd><ul>");
            for (CorroboratedClaim c : list.subList(0, Math.min(3, list.size()))) {
                b.append("<li><a href=\"/claims/").append(escape(c.id())).append("\">").append(escape(c.text())).append("</a></li>");
            }
            b.append("</ul>").append(list.size() > 3 ? "<span class=\"meta\">and " + (list.size() - 3) + " more</span>" : "")
                    .append("</dd>");
        });
        return b.append("</dl>").toString();
    }

    /**
     * A claim's page: its words, its independent count, each source's words in their sentence (with the outlet an
     * article of unknown outlet credits, from {@code credits}; a link to its story, from {@code stories}, when that is
     * another story of the storyline), and the claims that dispute it.
     */
    static String page(CorroboratedClaim c, String storyTitle, Function<String, String> titles, Function<String, String> texts,
                       Function<String, List<Sentence>> sentences, ToIntFunction<CorroboratedClaim> unknown,
                       Function<String, String> credits, Function<String, String> stories) {
        StringBuilder b = new StringBuilder("<h1>Claim</h1><p class=\"claim-text\">").append(escape(c.text()))
                .append("</p><p class=\"meta\">").append(Pages.count(c.sources().size(), "article")).append(" · ")
                .append(Pages.count(c.independentSources(), "independent source")).append(unknownOutlet(unknown.applyAsInt(c)))
                .append(c.singleSourced() ? " · <span class=\"flag\">single source</span>" : "")
                .append(" · story <a href=\"/stories/").append(escape(c.story())).append("\">").append(escape(storyTitle))
                .append("</a></p><h2>Sources</h2><ol class=\"claim-sources\">");
        for (CorroboratedClaim.Source s : c.sources()) {
            String credit = Html.known(s.outlet()) ? null : credits.apply(s.article());
            b.append("<li class=\"claim-source\"><span class=\"outlet\">").append(escape(Html.outlet(s.outlet())))
                    .append("</span>").append(Html.known(credit) ? " <span class=\"meta credit\">(credited to " + escape(credit.strip())
                            + ")</span>" : "").append(" · <a href=\"").append(href(s.article(), s.span(), sentences)).append("\">")
                    .append(escape(titles.apply(s.article()))).append("</a>");
            String story = stories.apply(s.article());
            if (story != null && !story.equals(c.story())) {
                b.append(" <a class=\"elsewhere\" href=\"/stories/").append(escape(story))
                        .append("\" title=\"an article of another story of this storyline\">other story</a>");
            }
            b.append("<blockquote>")
                    .append(inContext(texts.apply(s.article()), s.span(), sentences.apply(s.article()))).append("</blockquote></li>");
        }
        b.append("</ol>");
        if (!c.contradictions().isEmpty()) {
            b.append("<h2>Disputed by</h2><ul class=\"contradictions\">");
            for (CorroboratedClaim.Contradiction x : c.contradictions()) {
                b.append("<li><span class=\"flag\">").append(escape(dispute(x.reason()))).append("</span> <a href=\"/claims/")
                        .append(escape(x.claim())).append("\">").append(escape(x.theirs().text())).append("</a><br><span class=\"meta\">")
                        .append("here: </span><a href=\"").append(href(x.mine().article(), x.mine().span(), sentences)).append("\">")
                        .append(escape(x.mine().text())).append("</a></li>");
            }
            b.append("</ul>");
        }
        return Html.page("Claim", b.toString());
    }

    /** What a claim page says of the independent sources that are articles whose outlet is not known. */
    private static String unknownOutlet(int n) {
        return n == 0 ? "" : " <span class=\"unknown-outlet\">(" + (n == 1 ? "1 of them an article" : n + " of them articles")
                + " of unknown outlet, each counted as a source of its own: two may come from one outlet)</span>";
    }

    /** An article page's list of what it claims: its words for each claim, how many independent sources make it, disputes. */
    static String ofArticle(String article, List<CorroboratedClaim> claims, ToIntFunction<CorroboratedClaim> unknown) {
        if (claims.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>What it claims</h2><table class=\"claims\"><thead><tr><th>Claim</th>"
                + "<th>Independent sources</th><th>Disputed by</th></tr></thead><tbody>");
        for (CorroboratedClaim c : claims) {
            String words = c.sources().stream().filter(s -> s.article().equals(article)).map(CorroboratedClaim.Source::text)
                    .findFirst().orElse(c.text());
            b.append("<tr><td><a href=\"/claims/").append(escape(c.id())).append("\">").append(escape(words)).append("</a></td><td>")
                    .append(UnknownOutletSources.count(c, unknown))
                    .append(c.singleSourced() ? " <span class=\"flag\">single source</span>" : "")
                    .append("</td><td>").append(c.contradictions().isEmpty() ? "" : "<span class=\"disputed\">"
                            + escape(String.join(", ", c.contradictions().stream().map(x -> dispute(x.reason()))
                            .distinct().toList())) + "</span>").append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** The sentence that holds the words, the words marked; the words alone when the text is gone. */
    private static String inContext(String text, Span words, List<Sentence> sentences) {
        if (text == null || words.end() > text.length()) {
            return "<mark>" + escape(words.toString()) + "</mark>";
        }
        Span around = words;
        for (Sentence s : sentences) {
            if (s.span().contains(words)) {
                around = s.span();
                break;
            }
        }
        return escape(text.substring(around.start(), words.start())) + "<mark>" + escape(words.of(text)) + "</mark>"
                + escape(text.substring(words.end(), around.end()));
    }

    /** The article's page at the sentence that holds the words. */
    private static String href(String article, Span words, Function<String, List<Sentence>> sentences) {
        List<Sentence> list = sentences.apply(article);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).span().start() <= words.start() && words.start() < list.get(i).span().end()) {
                return "/articles/" + escape(article) + "#s" + i;
            }
        }
        return "/articles/" + escape(article);
    }

    /** A story's claims for the API: counts by filter, the claims asked for, and the summary. */
    static ObjectNode json(List<CorroboratedClaim> claims, Map<Store.ClaimFilter, Integer> counts, List<SummarySentence> summary,
                           String story, ToIntFunction<CorroboratedClaim> unknown) {
        ObjectNode root = Views.tree(Views.summary(story, summary));
        root.set("summary", root.remove("sentences"));
        root.put("total", counts.get(Store.ClaimFilter.ALL));
        root.put("single_sourced", counts.get(Store.ClaimFilter.SINGLE));
        root.put("contested", counts.get(Store.ClaimFilter.CONTESTED));
        ArrayNode items = root.putArray("claims");
        claims.forEach(c -> items.add(json(c, unknown)));
        return root;
    }

    /**
     * A claim for the API: its one view, with {@code unknown_outlet_sources} after {@code independent_sources}, how many
     * of those are articles whose outlet is not known, each counted as a source of its own.
     */
    static ObjectNode json(CorroboratedClaim c, ToIntFunction<CorroboratedClaim> unknown) {
        ObjectNode view = Views.tree(Views.claim(c));
        ObjectNode out = view.objectNode();
        view.properties().forEach(field -> {
            out.set(field.getKey(), field.getValue());
            if (field.getKey().equals("independent_sources")) {
                out.put("unknown_outlet_sources", unknown.applyAsInt(c));
            }
        });
        return out;
    }
}

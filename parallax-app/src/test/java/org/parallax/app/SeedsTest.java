package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax analyze ../shared/seeds} meets every {@code documents} entry of the seeds'
 * expected.json: title, date (or an accepted one), page date, syndication, language, body start and end,
 * and none of the page chrome; and every {@code time_expressions} entry: a time expression of those words (or of
 * the words inside them: "Tuesday" of "On Tuesday") with the expected value or an accepted one.
 */
class SeedsTest {
    @TempDir
    static Path dir;
    static JsonNode expected;
    static JsonNode root;
    static Map<String, JsonNode> articles = new HashMap<>();
    static Cli.Result run;

    @BeforeAll
    static void analyze() throws IOException {
        Path seeds = Cli.SHARED.resolve("seeds");
        expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile());
        Path bundle = dir.resolve("bundle.json");
        run = Cli.run("analyze", seeds.toString(), "--out", bundle.toString(), "--store", dir.resolve("store").toString());
        root = BundleSchema.validBundle(bundle);
        for (JsonNode a : root.get("articles")) {
            articles.put(Path.of(a.get("source").asText()).getFileName().toString(), a);
        }
    }

    @Test
    void analyze_seeds_succeedsAndSaysItSkipsTheAnswerKeyAndTheReadme() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("skipped=2", "failed=0")
                .contains("README.md: skipped: a folder's documentation file", "expected.json: skipped: JSON without article records");
        assertThat(articles).doesNotContainKey("README.md");
    }

    @Test
    void analyze_seeds_meetsEveryDocumentExpectation() {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("documents").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode want = e.getValue();
            JsonNode got = articles.get(e.getKey());
            assertThat(got).as("article for " + e.getKey()).isNotNull();
            String name = e.getKey() + ": ";
            assertThat(got.get("title").asText()).as(name + "title").isEqualTo(want.get("title").asText());
            assertThat(got.get("language").asText()).as(name + "language").isEqualTo(want.get("language").asText());
            assertThat(textOrNull(got.get("syndicated_from"))).as(name + "syndicated_from")
                    .isEqualTo(textOrNull(want.get("syndicated_from")));
            if (want.has("page_date")) {
                assertThat(textOrNull(got.get("page_date"))).as(name + "page_date").isEqualTo(want.get("page_date").asText());
            }
            assertPublished(name, got, want);
            String text = got.get("text").asText();
            assertThat(text).as(name + "body start").startsWith(want.get("body_starts_with").asText());
            assertThat(text).as(name + "body end").endsWith(want.get("body_ends_with").asText());
            for (JsonNode chrome : want.get("not_in_body")) {
                assertThat(text).as(name + "chrome in body").doesNotContain(chrome.asText());
            }
        }
    }

    @Test
    void analyze_seeds_everyDateHasItsEvidence() {
        for (JsonNode a : articles.values()) {
            if (!a.get("published").isNull()) {
                JsonNode evidence = a.get("published_evidence");
                if (evidence.has("basis")) {
                    // a day inferred for an article whose page gives none: its own words, or the story's article it came from
                    assertThat(a.get("published_inferred").asBoolean()).isTrue();
                    if (evidence.get("basis").asText().equals("STORY")) {
                        assertThat(articles.values()).extracting(x -> x.get("id").asText()).contains(evidence.get("article").asText());
                    } else {
                        assertThat(a.get("text").asText().substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                                .isEqualTo(evidence.get("text").asText());
                    }
                } else {
                    assertThat(evidence.get("end").asInt() - evidence.get("start").asInt())
                            .isEqualTo(evidence.get("text").asText().length());
                }
                assertThat(evidence.get("text").asText()).isNotBlank();
            }
        }
    }

    /** The seed documents of each story (and storyline) in the bundle, as sets of file names. */
    private static java.util.Set<java.util.Set<String>> groups(String section, String members) {
        Map<String, String> fileById = new HashMap<>();
        articles.forEach((file, a) -> fileById.put(a.get("id").asText(), file));
        Map<String, java.util.Set<String>> filesOfStory = new HashMap<>();
        for (JsonNode story : root.get("stories")) {
            java.util.Set<String> files = new java.util.TreeSet<>();
            story.get("articles").forEach(id -> files.add(fileById.get(id.asText())));
            files.removeIf(f -> f == null || !expected.get("documents").has(f));
            filesOfStory.put(story.get("id").asText(), files);
        }
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        if (section.equals("stories")) {
            filesOfStory.values().stream().filter(f -> !f.isEmpty()).forEach(out::add);
        } else {
            for (JsonNode line : root.get(section)) {
                java.util.Set<String> files = new java.util.TreeSet<>();
                line.get(members).forEach(id -> files.addAll(filesOfStory.getOrDefault(id.asText(), java.util.Set.of())));
                if (!files.isEmpty()) {
                    out.add(files);
                }
            }
        }
        return out;
    }

    private static java.util.Set<java.util.Set<String>> expectedGroups(String section) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        for (JsonNode group : expected.get(section)) {
            java.util.Set<String> files = new java.util.TreeSet<>();
            group.get("documents").forEach(d -> files.add(d.asText()));
            out.add(files);
        }
        return out;
    }

    @Test
    void analyze_seeds_groupsStoriesAndStorylinesAsExpected() {
        assertThat(groups("stories", "articles")).isEqualTo(expectedGroups("stories"));
        assertThat(groups("storylines", "stories")).isEqualTo(expectedGroups("storylines"));
        for (JsonNode line : root.get("storylines")) {
            if (line.get("stories").size() == expected.get("storylines").get(0).get("stories").asInt()) {
                assertThat(line.get("title").asText()).isNotBlank();
                assertThat(line.get("start").asText()).isNotBlank();
            }
        }
    }

    @Test
    void analyze_seeds_everyArticleSaysWhyItIsInItsStory() {
        for (JsonNode a : articles.values()) {
            assertThat(a.get("story").asText()).startsWith("story-");
            assertThat(a.get("story_reason").asText()).isNotBlank();
            assertThat(a.get("origin").asText()).isNotBlank();
        }
    }

    /** Entities of the bundle by canonical name, folded to lower case (a canonical "BelTA" is the expected "Belta"). */
    private static Map<String, java.util.List<JsonNode>> entitiesByName() {
        Map<String, java.util.List<JsonNode>> out = new HashMap<>();
        for (JsonNode e : root.get("entities")) {
            out.computeIfAbsent(e.get("name").asText().toLowerCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>()).add(e);
        }
        return out;
    }

    /** Offsets where {@code words} occur in the text as whole words. */
    private static java.util.List<Integer> occurrences(String text, String words) {
        java.util.List<Integer> at = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(words)
                + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            at.add(m.start());
        }
        return at;
    }

    /** Whether some occurrence of {@code words} in some seed article is named by a mention of the entity. */
    private static boolean covered(JsonNode entity, String words) {
        Map<String, String> textById = new HashMap<>();
        articles.values().forEach(a -> textById.put(a.get("id").asText(), a.get("text").asText()));
        for (JsonNode m : entity.get("mentions")) {
            String text = textById.get(m.get("article").asText());
            int start = m.get("start").asInt();
            int end = m.get("end").asInt();
            for (int at : occurrences(text, words)) {
                boolean overlaps = at < end && start < at + words.length();
                String said = m.get("text").asText();
                if (overlaps && (words.contains(said) || said.contains(words))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words a note quotes ('the Belarus leader') that a seed article contains: further mentions of the entity. */
    private static java.util.List<String> quotedInNote(JsonNode want) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']+)'").matcher(want.path("note").asText());
        while (m.find()) {
            String words = m.group(1);
            if (articles.values().stream().anyMatch(a -> !occurrences(a.get("text").asText(), words).isEmpty())) {
                out.add(words);
            }
        }
        return out;
    }

    @Test
    void analyze_seeds_findsEveryExpectedEntityWithItsMentions() {
        Map<String, java.util.List<JsonNode>> byName = entitiesByName();
        for (JsonNode want : expected.get("entities")) {
            String canonical = want.get("canonical").asText();
            if (want.get("mentions_include").isEmpty()) {
                continue;
            }
            java.util.List<JsonNode> got = byName.getOrDefault(canonical.toLowerCase(java.util.Locale.ROOT), java.util.List.of());
            assertThat(got).as("one entity named " + canonical).hasSize(1);
            JsonNode entity = got.get(0);
            assertThat(entity.get("type").asText()).as(canonical + " type").isEqualTo(want.get("type").asText());
            int occurring = 0;
            java.util.List<String> words = new java.util.ArrayList<>();
            want.get("mentions_include").forEach(w -> words.add(w.asText()));
            words.addAll(quotedInNote(want));
            for (String w : words) {
                boolean inSeeds = articles.values().stream().anyMatch(a -> !occurrences(a.get("text").asText(), w).isEmpty());
                if (inSeeds) {
                    occurring++;
                    assertThat(covered(entity, w)).as(canonical + " is named by '" + w + "'").isTrue();
                }
            }
            assertThat(occurring).as(canonical + ": some expected mention occurs in the seeds").isPositive();
        }
    }

    @Test
    void analyze_seeds_nothingFromBoilerplateAndNoDuplicateIdentities() {
        Map<String, java.util.List<JsonNode>> byName = entitiesByName();
        for (JsonNode want : expected.get("entities")) {
            if (want.get("mentions_include").isEmpty()) {   // named only in page chrome
                String name = want.get("canonical").asText().toLowerCase(java.util.Locale.ROOT);
                assertThat(byName).as(name + " must not be an entity").doesNotContainKey(name);
                for (JsonNode e : root.get("entities")) {
                    e.get("mentions").forEach(m -> assertThat(m.get("text").asText().toLowerCase(java.util.Locale.ROOT))
                            .doesNotContain(name));
                }
            }
        }
        byName.forEach((name, list) -> assertThat(list).as("entities named " + name).hasSize(1));
    }

    @Test
    void analyze_seeds_everyMentionIsTheWordsAtItsSpan() {
        Map<String, String> textById = new HashMap<>();
        articles.values().forEach(a -> textById.put(a.get("id").asText(), a.get("text").asText()));
        assertThat(root.get("entities")).isNotEmpty();
        for (JsonNode e : root.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                String text = textById.get(m.get("article").asText());
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
    }

    private static void assertPublished(String name, JsonNode got, JsonNode want) {
        String published = textOrNull(got.get("published"));
        String day = published == null ? null : published.substring(0, 10);
        boolean exact = published != null && !want.get("published").isNull()
                && (published.equals(want.get("published").asText()) || day.equals(want.get("published").asText()));
        boolean accepted = false;
        for (JsonNode a : want.path("published_accept")) {
            accepted |= a.isNull() ? published == null : a.asText().equals(day);
        }
        if (want.get("published").isNull() && published == null) {
            accepted = true;
        }
        assertThat(exact || accepted).as(name + "published " + published + " is not among the accepted values").isTrue();
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** The canonical name of the entity with this id, folded to lower case, or null. */
    private static String entityName(JsonNode id) {
        if (id == null || id.isNull()) {
            return null;
        }
        for (JsonNode e : root.get("entities")) {
            if (e.get("id").asText().equals(id.asText())) {
                return e.get("name").asText().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    @Test
    void analyze_seeds_findsEveryExpectedQuoteWithItsSpeaker() {
        for (JsonNode want : expected.get("quotes")) {
            JsonNode article = articles.get(want.get("document").asText());
            String text = article.get("text").asText();
            String opening = want.get("starts_with").asText();
            java.util.List<JsonNode> found = new java.util.ArrayList<>();
            for (JsonNode q : root.get("quotes")) {
                if (q.get("article").asText().equals(article.get("id").asText()) && q.get("text").asText().startsWith(opening)) {
                    found.add(q);
                }
            }
            String name = want.get("document").asText() + " '" + opening + "': ";
            assertThat(found).as(name + "a quote starting so").isNotEmpty();
            java.util.Set<String> speakers = new java.util.HashSet<>();
            speakers.add(want.get("speaker").asText().toLowerCase(java.util.Locale.ROOT));
            want.path("speaker_accept").forEach(s -> speakers.add(s.asText().toLowerCase(java.util.Locale.ROOT)));
            JsonNode q = found.get(0);
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).as(name + "span").isEqualTo(q.get("text").asText());
            assertThat(entityName(q.get("speaker"))).as(name + "speaker, named by its entity").isIn(speakers);
            if (want.has("via")) {
                assertThat(entityName(q.get("via"))).as(name + "via").isEqualTo(want.get("via").asText().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** Whether a found time's words are the expected words, or stand whole inside them ("Tuesday" of "On Tuesday"), or hold them. */
    private static boolean sameWords(String found, String expected) {
        String f = found.toLowerCase(java.util.Locale.ROOT);
        String e = expected.toLowerCase(java.util.Locale.ROOT);
        return f.equals(e) || !occurrences(e, f).isEmpty() || !occurrences(f, e).isEmpty();
    }

    @Test
    void analyze_seeds_findsEveryExpectedTimeExpressionWithItsValue() {
        for (JsonNode want : expected.get("time_expressions")) {
            JsonNode article = articles.get(want.get("document").asText());
            String words = want.get("text").asText();
            java.util.Set<String> values = new java.util.HashSet<>();
            values.add(want.get("value").asText());
            want.path("accept").forEach(v -> values.add(v.asText()));
            java.util.List<String> found = new java.util.ArrayList<>();
            for (JsonNode t : root.get("times")) {
                if (t.get("article").asText().equals(article.get("id").asText()) && sameWords(t.get("text").asText(), words)) {
                    found.add(t.get("value").asText());
                }
            }
            assertThat(found).as(want.get("document").asText() + " '" + words + "': a time expression of these words")
                    .isNotEmpty();
            assertThat(found).as(want.get("document").asText() + " '" + words + "' has one of the values " + values)
                    .containsAnyElementsOf(values);
        }
    }

    @Test
    void analyze_seeds_everyTimeIsTheWordsAtItsSpan() {
        Map<String, String> textById = new HashMap<>();
        articles.values().forEach(a -> textById.put(a.get("id").asText(), a.get("text").asText()));
        assertThat(root.get("times")).isNotEmpty();
        for (JsonNode t : root.get("times")) {
            String text = textById.get(t.get("article").asText());
            assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
            assertThat(t.get("value").asText()).isNotBlank();
        }
    }

    @Test
    void analyze_seeds_takesNoBoilerplateForAQuote() {
        for (JsonNode not : expected.get("not_quotes")) {
            JsonNode article = articles.get(not.get("document").asText());
            String text = article.get("text").asText();
            String words = not.get("text").asText().replaceAll("^[\"'\u2018\u2019\u201c\u201d]+|[\"'\u2018\u2019\u201c\u201d]+$", "");
            for (JsonNode q : root.get("quotes")) {
                if (!q.get("article").asText().equals(article.get("id").asText())) {
                    continue;
                }
                int start = q.get("start").asInt();
                int end = q.get("end").asInt();
                String around = text.substring(Math.max(0, start - 1), Math.min(text.length(), end + 1));
                assertThat(around).as(not.get("why").asText()).isNotEqualTo(not.get("text").asText());
                if (words.equals(not.get("text").asText())) {
                    assertThat(q.get("text").asText()).as(not.get("why").asText()).doesNotContain(words);
                }
            }
        }
    }
    /**
     * Every stance of the seeds' expected.json holds in one of its documents: a stance of the actor (named by its
     * entity) on the issue (the same topic as the finder names it: a ceasefire, peace talks and a peace deal are one
     * peace process) with the position or an accepted one; a conditional one with its condition (sharing a word of
     * four letters or more with the analyst's); an expected evidence is a sentence read as that position on the
     * issue. Every stance's evidence is its article's words.
     */
    @Test
    void analyze_seeds_findsEveryExpectedStance() {
        Map<String, String> textById = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        articles.forEach((file, a) -> {
            textById.put(a.get("id").asText(), a.get("text").asText());
            fileById.put(a.get("id").asText(), file);
        });
        for (JsonNode s : root.get("stances")) {
            String text = textById.get(s.get("article").asText());
            JsonNode evidence = s.get("evidence");
            assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                    .isEqualTo(evidence.get("text").asText());
        }
        for (JsonNode want : expected.get("stances")) {
            java.util.Set<String> documents = new java.util.HashSet<>();
            want.get("documents").forEach(d -> documents.add(d.asText()));
            java.util.Set<String> positions = new java.util.HashSet<>();
            positions.add(want.get("position").asText());
            want.path("position_accept").forEach(p -> positions.add(p.asText()));
            String topic = org.parallax.nlp.StanceFinder.topic(want.get("issue").asText());
            String actor = want.get("actor").asText().toLowerCase(java.util.Locale.ROOT);
            String name = want.get("actor").asText() + " " + want.get("position").asText() + " " + want.get("issue").asText() + ": ";
            java.util.List<JsonNode> held = new java.util.ArrayList<>();
            for (JsonNode s : root.get("stances")) {
                if (documents.contains(fileById.get(s.get("article").asText())) && actor.equals(entityName(s.get("actor")))
                        && topic.equals(s.get("topic").asText()) && positions.contains(s.get("position").asText())
                        && (!s.get("position").asText().equals("conditional") || !want.has("condition")
                        || sharesLongWord(s.get("condition").asText(), want.get("condition").asText()))) {
                    held.add(s);
                }
            }
            assertThat(held).as(name + "a stance in " + documents).isNotEmpty();
            if (want.get("position").asText().equals("conditional") && positions.size() == 1) {
                assertThat(held).as(name + "its condition").allSatisfy(s -> assertThat(s.get("condition").isNull()).isFalse());
            }
            if (want.has("evidence_starts_with")) {
                String opening = want.get("evidence_starts_with").asText();
                assertThat(root.get("stances")).as(name + "a stance shown by '" + opening + "'").anySatisfy(s -> {
                    assertThat(s.get("evidence").get("text").asText()).startsWith(opening);
                    assertThat(s.get("topic").asText()).isEqualTo(topic);
                    assertThat(positions).contains(s.get("position").asText());
                });
            }
        }
    }

    private static boolean sharesLongWord(String a, String b) {
        java.util.Set<String> words = longWords(a);
        words.retainAll(longWords(b));
        return !words.isEmpty();
    }

    private static java.util.Set<String> longWords(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !java.util.Set.of("with", "only", "that", "this", "from", "their", "will").contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of four or more letters of a text, lower case: what two wordings of a claim share. */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /**
     * Every {@code claims} entry of expected.json holds: a claim of the bundle made by (at least) those documents, with
     * the expected number of independent sources where one is given (exactly those documents for a single-sourced
     * claim), whose sources' words share the claim's words.
     */
    @Test
    void analyze_seeds_meetsEveryClaimExpectation() {
        Map<String, String> fileOf = new HashMap<>();
        articles.forEach((file, a) -> fileOf.put(a.get("id").asText(), file));
        for (JsonNode want : expected.get("claims")) {
            java.util.Set<String> documents = new java.util.TreeSet<>();
            want.get("documents").forEach(d -> documents.add(d.asText()));
            java.util.Set<String> wanted = words(want.get("claim").asText());
            JsonNode best = null;
            int shared = 0;
            for (JsonNode claim : root.get("claims")) {
                java.util.Set<String> files = new java.util.TreeSet<>();
                claim.get("articles").forEach(a -> files.add(fileOf.get(a.asText())));
                boolean single = want.has("independent_sources") && want.get("independent_sources").asInt() == 1;
                if (!(single ? files.equals(documents) : files.containsAll(documents))
                        || want.has("independent_sources")
                        && claim.get("independent_sources").asInt() != want.get("independent_sources").asInt()) {
                    continue;
                }
                java.util.Set<String> said = new java.util.HashSet<>();
                claim.get("sources").forEach(x -> said.addAll(words(x.get("text").asText())));
                said.retainAll(wanted);
                if (said.size() > shared) {
                    best = claim;
                    shared = said.size();
                }
            }
            assertThat(shared).as("a claim of " + documents + " sharing the words of: " + want.get("claim").asText()
                    + " (best: " + best + ")").isGreaterThanOrEqualTo(Math.min(3, wanted.size()));
        }
    }

    /** Every summary sentence is a whole sentence of an article it cites, at the span it gives. */
    @Test
    void analyze_seeds_everySummarySentenceIsASentenceOfACitedArticle() {
        Map<String, JsonNode> byId = new HashMap<>();
        articles.values().forEach(a -> byId.put(a.get("id").asText(), a));
        assertThat(root.get("summaries")).isNotEmpty();
        for (JsonNode summary : root.get("summaries")) {
            assertThat(summary.get("sentences")).isNotEmpty();
            for (JsonNode s : summary.get("sentences")) {
                String article = s.get("article").asText();
                assertThat(s.get("cites").get(0).asText()).isEqualTo(article);
                String text = byId.get(article).get("text").asText();
                String sentence = text.substring(s.get("start").asInt(), s.get("end").asInt());
                assertThat(sentence).isEqualTo(s.get("text").asText()).matches("(?s).*[.!…][”’\"')]*");
                assertThat(s.get("start").asInt() == 0 || "\n ".indexOf(text.charAt(s.get("start").asInt() - 1)) >= 0)
                        .as("starts a sentence: " + sentence).isTrue();
            }
        }
    }
}

package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.pipeline.Pipeline;
import org.parallax.stage.DocumentStage;

class QuoteEvaluationTest {

    // ---- the BRAT reader

    @Test
    void parse_discontinuousContentAndMissingSource() throws IOException {
        String text = "\u201cWe will rebuild,\u201d the mayor said. \u201cIt takes a year.\u201d Rain is expected, it was reported.";
        int a = text.indexOf('\u201c');
        int b = text.indexOf('\u201d') + 1;
        int c = text.indexOf('\u201c', b);
        int d = text.indexOf('\u201d', c) + 1;
        int source = text.indexOf("the mayor");
        int said = text.indexOf("said");
        int rain = text.indexOf("Rain");
        int reported = text.indexOf("reported");
        List<String> ann = List.of(
                "T1\tSource " + source + " " + (source + 9) + "\tthe mayor",
                "T2\tCue " + said + " " + (said + 4) + "\tsaid",
                "T3\tContent " + a + " " + b + ";" + c + " " + d + "\t" + text.substring(a, b) + " " + text.substring(c, d),
                "T4\tAttribution " + said + " " + (said + 4) + "\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tContent " + rain + " " + (rain + 18) + "\tRain is expected, ",
                "T6\tCue " + reported + " " + (reported + 8) + "\treported",
                "T7\tAttribution " + reported + " " + (reported + 8) + "\treported",
                "E2\tAttribution-no-source:T7 Content:T5 Cue:T6");
        List<GoldQuote> gold = BratAttributions.parse(ann, text, "test.ann");
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).content()).containsExactly(new Span(a, b), new Span(c, d));
        assertThat(gold.get(0).source()).containsExactly(new Span(source, source + 9));
        assertThat(gold.get(0).speaker()).isEqualTo("the mayor");
        assertThat(gold.get(0).marked()).isTrue();
        assertThat(gold.get(1).source()).isEmpty();
        assertThat(gold.get(1).speaker()).isNull();
        assertThat(gold.get(1).marked()).isFalse();
    }

    @Test
    void parse_offsetsCountCodePoints() throws IOException {
        String text = "\uD83C\uDF0A Tides rose, the harbor master said.";
        // BRAT counts the wave as one character; in UTF-16 it takes two units
        List<GoldQuote> gold = BratAttributions.parse(List.of("T1\tContent 2 13\tTides rose,", "T2\tSource 14 31\tthe harbor master",
                "E1\tAttribution:T1 Content:T1 Source:T2"), text, "test.ann");
        assertThat(gold.get(0).content().get(0).of(text)).isEqualTo("Tides rose,");
        assertThat(gold.get(0).source().get(0).of(text)).isEqualTo("the harbor master");
    }

    @Test
    void parse_wordsThatDoNotFitTheOffsets_failNamingTheLine() {
        assertThatThrownBy(() -> BratAttributions.parse(List.of("T1\tContent 0 5\tother"), "Tides rose.", "x.ann"))
                .isInstanceOf(IOException.class).hasMessageContaining("x.ann:1");
    }

    // ---- placing clean spans on the file

    @Test
    void place_throughDroppedLinesAndFoldedSpace() {
        String original = "Menu | Login\n\nThe  ferry\tleaves at nine, the captain said.\n\nShare this\n\nPassengers cheered.";
        String clean = "The ferry leaves at nine, the captain said.\n\nPassengers cheered.";
        TextAlignment alignment = new TextAlignment(clean, original);
        Span ferry = new Span(clean.indexOf("ferry leaves"), clean.indexOf(" at nine"));
        assertThat(alignment.place(ferry, clean).of(original)).isEqualTo("ferry\tleaves");
        Span cheered = new Span(clean.indexOf("Passengers"), clean.length());
        assertThat(alignment.place(cheered, clean).of(original)).isEqualTo("Passengers cheered.");
        assertThat(alignment.covers(List.of(new Span(0, 12)))).isFalse();
        assertThat(alignment.covers(List.of(new Span(original.indexOf("ferry"), original.indexOf("ferry") + 5)))).isTrue();
    }

    @Test
    void place_wordsNotInTheFile_giveNoPlace() {
        TextAlignment alignment = new TextAlignment("Tides rose at dawn.", "The tide rose at dawn.");
        assertThat(alignment.place(new Span(0, 5), "Tides rose at dawn.")).isNull();
    }

    // ---- matching and scoring

    @Test
    void match_oneToOne_aDuplicateIsAnExtra() {
        GoldQuote gold = new GoldQuote(List.of(new Span(10, 40)), List.of(new Span(0, 5)), "Dana Ellis", true);
        List<Prediction> predicted = List.of(predicted(12, 39, "Dana Ellis"), predicted(12, 39, "Dana Ellis"));
        QuoteMatching.Matching m = QuoteMatching.match(List.of(gold), predicted, QuoteMatching::overlaps, false);
        assertThat(m.found()).isEqualTo(1);
        assertThat(m.right()).isEqualTo(1);
    }

    @Test
    void match_goldInPieces_takesOnePredictionPerPiece() {
        GoldQuote gold = new GoldQuote(List.of(new Span(0, 20), new Span(40, 60)), List.of(new Span(25, 30)), "Ellis", true);
        List<Prediction> predicted = List.of(predicted(1, 19, "Ellis"), predicted(41, 59, "Ellis"), predicted(42, 58, "Ellis"));
        QuoteMatching.Matching m = QuoteMatching.match(List.of(gold), predicted, QuoteMatching::overlaps, false);
        assertThat(m.found()).isEqualTo(1);
        assertThat(m.right()).as("one per piece; the second prediction on the same piece is an extra").isEqualTo(2);
    }

    @Test
    void match_partsOfOneQuotation_areFoundByOnePredictionThatCountsOnce() {
        List<GoldQuote> parts = List.of(new GoldQuote(List.of(new Span(10, 20)), List.of(), "Dana Ellis", true),
                new GoldQuote(List.of(new Span(50, 60)), List.of(), "Dana Ellis", true));
        List<Prediction> predicted = List.of(predicted(5, 65, "Dana Ellis"));
        QuoteMatching.Matching shared = QuoteMatching.match(parts, predicted, QuoteMatching::halfOfShorter, true);
        assertThat(shared.found()).isEqualTo(2);
        assertThat(shared.right()).isEqualTo(1);
        assertThat(QuoteMatching.match(parts, predicted, QuoteMatching::halfOfShorter, false).found()).isEqualTo(1);
    }

    @Test
    void halfOfShorter_needsHalfTheShorterSpan() {
        GoldQuote gold = new GoldQuote(List.of(new Span(100, 110)), List.of(), "other_pro", true);
        assertThat(QuoteMatching.halfOfShorter(gold, predicted(0, 105, null))).isTrue();
        assertThat(QuoteMatching.halfOfShorter(gold, predicted(0, 104, null))).isFalse();
    }

    @Test
    void sameWords_ignoresMarksAndEdgePunctuation() {
        String text = "\u201cThe pier will close,\u201d said Ellis.";
        GoldQuote gold = new GoldQuote(List.of(new Span(0, text.indexOf(" said"))), List.of(), "Ellis", true);
        assertThat(QuoteMatching.sameWords(gold, predicted(1, text.indexOf(','), null), text)).isTrue();
        assertThat(QuoteMatching.sameWords(gold, predicted(5, text.indexOf(','), null), text)).isFalse();
    }

    @Test
    void sourceRight_bySpanOrWords_andNoOneIsAMiss() {
        GoldQuote named = new GoldQuote(List.of(new Span(0, 30)), List.of(new Span(40, 45)), "Ellis", false);
        assertThat(QuoteMatching.sourceRight(named, new Prediction("x", new Span(0, 30), false, new Span(40, 45), null, "she")))
                .as("the source span overlaps").isTrue();
        assertThat(QuoteMatching.sourceRight(named, predicted(0, 30, "Dana Ellis"))).as("a content word shared").isTrue();
        assertThat(QuoteMatching.sourceRight(named, predicted(0, 30, "the chair"))).isFalse();
        assertThat(QuoteMatching.sourceRight(named, predicted(0, 30, null))).as("naming no one").isFalse();
        GoldQuote unnamed = new GoldQuote(List.of(new Span(0, 30)), List.of(), null, false);
        assertThat(QuoteMatching.sourceRight(unnamed, predicted(0, 30, null))).isTrue();
        assertThat(QuoteMatching.sourceRight(unnamed, predicted(0, 30, "Ellis"))).isFalse();
    }

    @Test
    void speakerRight_namedByAWord_otherByNotBeingAMainEntity() {
        List<String> main = List.of("Dana Ellis", "Harbor Council");
        GoldQuote named = new GoldQuote(List.of(new Span(0, 9)), List.of(), "Dana Ellis", true);
        GoldQuote other = new GoldQuote(List.of(new Span(0, 9)), List.of(), "other_anti", true);
        assertThat(QuoteMatching.speakerRight(named, predicted(0, 9, "Mrs. Ellis"), main)).isTrue();
        assertThat(QuoteMatching.speakerRight(named, predicted(0, 9, "Okafor"), main)).isFalse();
        assertThat(QuoteMatching.speakerRight(other, predicted(0, 9, "a ferry commuter"), main)).isTrue();
        assertThat(QuoteMatching.speakerRight(other, predicted(0, 9, "the council"), main)).isFalse();
        assertThat(QuoteMatching.speakerRight(other, predicted(0, 9, "she"), main)).as("no content word").isFalse();
        assertThat(QuoteMatching.speakerRight(other, predicted(0, 9, null), main)).isFalse();
    }

    @Test
    void score_precisionRecallAndF1() {
        QuoteEvaluation.Score s = new QuoteEvaluation.Score(3, 4, 3, 6);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> new QuoteEvaluation.Score(5, 4, 0, 0)).hasMessageContaining("right <= predicted");
    }

    // ---- whole runs on invented articles

    private static final String TITLE = "Harbor council weighs higher ferry fees for the commuters of the bay";
    private static final String BODY = String.join("\n\n",
            "The harbor council met on Tuesday evening to debate the ferry fees that several thousand commuters pay"
                    + " each morning on their way into the city.",
            "\u201cThe fees will rise in spring, and the money will repair the old pier,\u201d said Ellis, who chairs the"
                    + " council and has pushed for the repair for two years.",
            "Many commuters were not convinced by that promise. \u201cWe already pay far too much for a slow and crowded"
                    + " boat,\u201d said Okafor, who rides the ferry every day of the week.",
            "The council will vote on the proposal next month, after a second hearing at which residents may speak,"
                    + " officials said on Wednesday.");

    /**
     * A stand-in for the quote finder: each pair of curly marks is a quote whose source is the word after "said";
     * Ellis is a mention of the entity Dana Ellis, Okafor is in no entity; the first quote comes twice.
     */
    private static final DocumentStage<Article, AnnotatedArticle> MARKS = DocumentStage.of("marks", 1, article -> {
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        List<ArticleEntities.Found> found = new ArrayList<>();
        Matcher m = Pattern.compile("\u201c([^\u201d]+?)[,.]?\u201d said (\\p{Lu}\\w+)").matcher(text);
        while (m.find()) {
            Span content = new Span(m.start(1), m.end(1));
            Span source = new Span(m.start(2), m.end(2));
            Span speaker = null;
            if (m.group(2).equals("Ellis")) {
                speaker = source;
                found.add(new ArticleEntities.Found("person:dana ellis", EntityType.PERSON, "Dana Ellis", false, true,
                        List.of(), List.of(), List.of(new Mention(article.id(), source.start(), source.end(), "Ellis")), List.of()));
                quotes.add(new Quote(content, true, false, null, source, speaker, null));
            }
            quotes.add(new Quote(content, true, false, null, source, speaker, null));
        }
        return new AnnotatedArticle(article, List.of(), new ArticleEntities(article.id(), found, List.of()), quotes);
    });

    @Test
    void run_polnearFolder_placesQuotesBackOnTheFile(@TempDir Path dir) throws IOException {
        String text = TITLE + "\n\n" + BODY + "\n";
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/harbor.txt"), text);
        List<String> ann = new ArrayList<>();
        attribution(ann, 1, text, "\u201cThe fees will rise in spring, and the money will repair the old pier,\u201d", "Ellis");
        attribution(ann, 2, text, "\u201cWe already pay far too much for a slow and crowded boat,\u201d", "Okafor");
        attribution(ann, 3, text, "The council will vote on the proposal next month", "officials");
        Files.write(dir.resolve("attributions/harbor_b2.ann"), ann);
        Files.write(dir.resolve("attributions/harbor_a1.ann"), List.of());   // the first annotator's file counts

        QuoteEvaluation.Report report = QuoteEvaluation.run(dir, 1, MARKS);

        assertThat(report.format()).isEqualTo(QuoteEvaluation.Format.POLNEAR);
        assertThat(report.gold()).as("the first file in sorted order holds none").isZero();
        Files.delete(dir.resolve("attributions/harbor_a1.ann"));
        report = QuoteEvaluation.run(dir, 1, MARKS);
        assertThat(report.gold()).isEqualTo(3);
        assertThat(report.goldMarked()).isEqualTo(2);
        assertThat(report.predicted()).isEqualTo(3);
        assertThat(report.unplaced()).isZero();
        assertThat(report.score(QuoteEvaluation.CONTENT_EXACT)).isEqualTo(new QuoteEvaluation.Score(2, 3, 2, 3));
        assertThat(report.score(QuoteEvaluation.CONTENT_OVERLAP)).isEqualTo(new QuoteEvaluation.Score(2, 3, 2, 3));
        assertThat(report.score(QuoteEvaluation.MARKED_ATTRIBUTION)).isEqualTo(new QuoteEvaluation.Score(2, 3, 2, 2));
        assertThat(report.score(QuoteEvaluation.ATTRIBUTION)).isEqualTo(new QuoteEvaluation.Score(2, 3, 2, 3));
        assertThat(report.errors()).contains("MISSED").contains("The council will vote").contains("EXTRA")
                .contains("predicted: Dana Ellis");
    }

    @Test
    void run_basilFolder_scoresSpeakersAgainstMainEntities(@TempDir Path dir) throws IOException {
        String text = TITLE + "\n\n" + BODY + "\n";
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/abcd1234_ht.txt"), text);
        Files.writeString(dir.resolve("articles.tsv"), "file\tevent\tmain_entities\nabcd1234_ht.txt\tabcd1234\tDana Ellis | Harbor Council\n");
        int pier = text.indexOf("repair the old pier");
        int slow = text.indexOf("a slow and crowded boat");
        int met = text.indexOf("met on Tuesday");
        Files.writeString(dir.resolve("annotations.jsonl"), String.join("\n",
                row(pier, "repair the old pier", true, "Dana Ellis"),
                row(slow, "a slow and crowded boat", true, "other_anti"),
                row(met, "met on Tuesday", false, null)) + "\n");

        QuoteEvaluation.Report report = QuoteEvaluation.run(dir, 1, MARKS);

        assertThat(report.format()).isEqualTo(QuoteEvaluation.Format.BASIL);
        assertThat(report.gold()).as("the writer's own words are no quote").isEqualTo(2);
        assertThat(report.goldUnnamed()).isEqualTo(1);
        assertThat(report.score(QuoteEvaluation.QUOTE_SPAN)).isEqualTo(new QuoteEvaluation.Score(2, 3, 2, 2));
        assertThat(report.score(QuoteEvaluation.SPEAKER)).isEqualTo(new QuoteEvaluation.Score(2, 3, 2, 2));
    }

    @Test
    void run_folderOfNoKnownFormat_failsSayingWhatItLooksFor(@TempDir Path dir) {
        assertThat(QuoteEvaluation.format(dir)).isNull();
        assertThatThrownBy(() -> QuoteEvaluation.run(dir, 1, Pipeline.NO_ANNOTATION)).isInstanceOf(IOException.class)
                .hasMessageContaining("attributions/").hasMessageContaining("annotations.jsonl");
    }

    // ---- the real data sets, when they lie beside the project: structure only, not scores

    @Test
    void run_quotesDev_readsEveryAttribution() throws IOException {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "datasets", "quotes-dev");
        Assumptions.assumeTrue(Files.isDirectory(data), "quotes-dev is not beside the project");
        QuoteEvaluation.Report report = QuoteEvaluation.run(data, 2, Pipeline.NO_ANNOTATION);
        assertThat(report.articles()).isEqualTo(84);
        assertThat(report.failed()).isZero();
        assertThat(report.gold()).isEqualTo(2193);
        assertThat(report.goldMarked()).isEqualTo(617);
        assertThat(report.goldUnnamed()).isEqualTo(127);
        assertThat(report.predicted()).isZero();
        assertThat(report.score(QuoteEvaluation.ATTRIBUTION).gold()).isEqualTo(2193);
        assertThat(report.score(QuoteEvaluation.MARKED_ATTRIBUTION).gold()).isEqualTo(617);
    }

    @Test
    void run_stancesDev_readsEveryQuote() throws IOException {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "datasets", "stances-dev");
        Assumptions.assumeTrue(Files.isDirectory(data), "stances-dev is not beside the project");
        QuoteEvaluation.Report report = QuoteEvaluation.run(data, 2, Pipeline.NO_ANNOTATION);
        assertThat(report.articles()).isEqualTo(150);
        assertThat(report.gold()).isEqualTo(317);
        assertThat(report.goldUnnamed()).isEqualTo(177);
        assertThat(report.goldMarked()).isEqualTo(305);
    }

    private static void attribution(List<String> ann, int n, String text, String content, String source) {
        int c = text.indexOf(content);
        int s = text.indexOf(source, c + content.length());
        ann.add("T" + (2 * n - 1) + "\tContent " + c + " " + (c + content.length()) + "\t" + content);
        ann.add("T" + (2 * n) + "\tSource " + s + " " + (s + source.length()) + "\t" + source);
        ann.add("E" + n + "\tAttribution:T" + (2 * n) + " Content:T" + (2 * n - 1) + " Source:T" + (2 * n));
    }

    private static String row(int start, String words, boolean quote, String speaker) {
        return "{\"file\": \"abcd1234_ht.txt\", \"start\": " + start + ", \"end\": " + (start + words.length()) + ", \"text\": \""
                + words + "\", \"quote\": " + quote + ", \"in_quotation_marks\": " + quote + ", \"speaker\": "
                + (speaker == null ? "null" : "\"" + speaker + "\"") + "}";
    }

    private static Prediction predicted(int start, int end, String words) {
        return new Prediction("words", new Span(start, end), true, null, null, words);
    }
}

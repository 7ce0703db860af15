package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.pipeline.Pipeline;
import org.parallax.stage.DocumentStage;

class StanceEvaluationTest {
    private static final String TEXT = "Harbor council weighs higher ferry fees for the commuters of the bay\n\n"
            + "The harbor council met on Tuesday evening to debate the ferry fees that several thousand commuters pay"
            + " each morning on their way into the city.\n\n"
            + "\u201cThe council did the right thing for the pier and for the town,\u201d said Ellis, who chairs the"
            + " council and has pushed for the repair for two years.\n\n"
            + "Many commuters were not convinced by that promise. \u201cThe ferry is a slow and crowded boat,\u201d said"
            + " Okafor, who rides the ferry every day of the week.\n\n"
            + "The council will vote on the proposal next month, after a second hearing at which residents may speak,"
            + " officials said on Wednesday.\n";

    /**
     * A stand-in for the annotation stage: Ellis (a mention of Dana Ellis) supports the harbor council in the first
     * quote; Okafor, whom no entity names, opposes the ferry in the second.
     */
    private static final DocumentStage<Article, AnnotatedArticle> STANCES = DocumentStage.of("stances", 1, article -> {
        String t = article.text();
        Span ellis = span(t, "Ellis");
        Span okafor = span(t, "Okafor");
        ArticleEntities.Found dana = new ArticleEntities.Found("person:dana ellis", EntityType.PERSON, "Dana Ellis", false,
                true, List.of(), List.of(), List.of(new Mention(article.id(), ellis.start(), ellis.end(), "Ellis")), List.of());
        List<Stance> stances = List.of(
                new Stance(ellis, "harbor council", "harbor council", span(t, "council did"), Stance.Position.SUPPORTS, null,
                        span(t, "The council did the right thing for the pier"), null),
                new Stance(okafor, "ferry", "ferry", span(t, "ferry is"), Stance.Position.OPPOSES, null,
                        span(t, "The ferry is a slow and crowded boat"), null));
        return new AnnotatedArticle(article, List.of(), new ArticleEntities(article.id(), List.of(dana), List.of()), List.of(),
                List.of(), stances);
    });

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static String row(String text, String words, String speaker, String target, String polarity) {
        int at = text.indexOf(words);
        return "{\"file\": \"abcd1234_ht.txt\", \"start\": " + at + ", \"end\": " + (at + words.length()) + ", \"text\": \""
                + words + "\", \"quote\": true, \"in_quotation_marks\": true, \"speaker\": \"" + speaker
                + "\", \"target\": \"" + target + "\", \"polarity\": \"" + polarity + "\"}";
    }

    @Test
    void run_basilFolder_scoresEachPartOfAStanceInTurn(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/abcd1234_ht.txt"), TEXT);
        Files.writeString(dir.resolve("articles.tsv"),
                "file\tevent\tmain_entities\nabcd1234_ht.txt\tabcd1234\tDana Ellis | Harbor Council\n");
        Files.writeString(dir.resolve("annotations.jsonl"), String.join("\n",
                row(TEXT, "did the right thing", "Dana Ellis", "Harbor Council", "positive"),
                row(TEXT, "a slow and crowded boat", "other_anti", "Harbor Council", "negative")) + "\n");

        StanceEvaluation.Report report = StanceEvaluation.run(dir, 1, STANCES);

        assertThat(report.failed()).as(report.errors()).isZero();
        assertThat(report.gold()).isEqualTo(2);
        assertThat(report.predicted()).isEqualTo(2);
        assertThat(report.score(StanceEvaluation.SPAN)).isEqualTo(new QuoteEvaluation.Score(2, 2, 2, 2));
        assertThat(report.score(StanceEvaluation.ACTOR)).as("Okafor is no main entity: right for other_anti")
                .isEqualTo(new QuoteEvaluation.Score(2, 2, 2, 2));
        assertThat(report.score(StanceEvaluation.ISSUE)).as("the ferry is not the council")
                .isEqualTo(new QuoteEvaluation.Score(1, 2, 1, 2));
        assertThat(report.score(StanceEvaluation.STANCE)).isEqualTo(new QuoteEvaluation.Score(1, 2, 1, 2));
        assertThat(report.polarityAccuracy()).isEqualTo(1.0);
        assertThat(report.errors()).contains("MISSED").contains("a slow and crowded boat")
                .contains("found: Okafor opposes ferry");
    }

    @Test
    void run_folderWithoutAnnotations_failsSayingWhatItLooksFor(@TempDir Path dir) {
        assertThatThrownBy(() -> StanceEvaluation.run(dir, 1, Pipeline.NO_ANNOTATION)).isInstanceOf(IOException.class)
                .hasMessageContaining("annotations.jsonl");
    }
}

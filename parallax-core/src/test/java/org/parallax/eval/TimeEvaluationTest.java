package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;
import org.parallax.model.TimeExpression.Anchor;
import org.parallax.model.TimeExpression.Type;

class TimeEvaluationTest {
    /** An invented TimeML document: a creation time, a title outside the text, three time expressions in it. */
    private static final String DOCUMENT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST-1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2031-04-02" functionInDocument="CREATION_TIME">2031-04-02</TIMEX3></DCT>
            <TITLE>Harbour reopens</TITLE>
            <TEXT>
            The harbour of Tarnby &amp; Vell <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2031-04-01">Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3>.
            It will close again <TIMEX3 tid="t3" type="DATE" value="2031-W16">next week</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    private static TimeExpression time(String text, String words, Type type, String value) {
        int at = text.indexOf(words);
        return new TimeExpression(new Span(at, at + words.length()), type, value, null, Anchor.ARTICLE);
    }

    @Test
    void parse_textWithoutTagsAndGoldSpansOverIt() {
        TimeEvaluation.Document d = TimeEvaluation.parse("test.tml", DOCUMENT);
        assertThat(d.creation()).isEqualTo("2031-04-02");
        assertThat(d.text()).contains("Tarnby & Vell reopened Tuesday after three months.").doesNotContain("<").doesNotContain("Harbour");
        assertThat(d.times()).extracting(TimeEvaluation.GoldTime::text).containsExactly("Tuesday", "three months", "next week");
        for (TimeEvaluation.GoldTime g : d.times()) {
            assertThat(g.span().of(d.text())).isEqualTo(g.text());
        }
        assertThat(d.times().get(1).type()).isEqualTo("DURATION");
        assertThat(d.times().get(1).value()).isEqualTo("P3M");
        assertThat(d.article().published().value()).isEqualTo("2031-04-02");
    }

    @Test
    void parse_documentWithoutCreationTime_failsNamingIt() {
        assertThatThrownBy(() -> TimeEvaluation.parse("broken.tml", "<TimeML><TEXT>x</TEXT></TimeML>"))
                .hasMessageContaining("broken.tml");
    }

    @Test
    void score_strictRelaxedValueAndType() {
        TimeEvaluation.Document d = TimeEvaluation.parse("test.tml", DOCUMENT);
        String text = d.text();
        List<TimeExpression> predicted = List.of(
                time(text, "Tuesday", Type.DATE, "2031-04-01"),            // strict, right value
                time(text, "after three months", Type.DURATION, "P3M"),    // relaxed only, right value
                time(text, "next week", Type.DATE, "2031-W15"),            // strict, wrong value
                time(text, "harbour", Type.DATE, "PRESENT_REF"));          // no gold: an extra
        TimeEvaluation.Report report = TimeEvaluation.score("test", List.of(d), a -> predicted);
        TimeEvaluation.Counts c = report.counts();
        assertThat(c.gold()).isEqualTo(3);
        assertThat(c.predicted()).isEqualTo(4);
        assertThat(c.strict()).isEqualTo(2);
        assertThat(c.relaxed()).isEqualTo(3);
        assertThat(c.values()).isEqualTo(2);
        assertThat(c.types()).isEqualTo(3);
        assertThat(c.relaxedF1()).isEqualTo(2 * 0.75 * 1.0 / 1.75);
        assertThat(report.errors()).contains("VALUE", "'next week'", "2031-W15", "EXTRA", "'harbour'", "SPAN");
        assertThat(report.toString()).contains("value", "relaxed extraction", "type accuracy");
    }

    @Test
    void score_goldWeekOfOneDigit_matchesTheWellFormedWeek() {
        TimeEvaluation.Document d = TimeEvaluation.parse("test.tml", DOCUMENT.replace("2031-W16", "2031-W6"));
        String text = d.text();
        List<TimeExpression> predicted = List.of(time(text, "next week", Type.DATE, "2031-W06"));
        TimeEvaluation.Report report = TimeEvaluation.score("test", List.of(d), a -> predicted);
        assertThat(report.counts().values()).isEqualTo(1);
        assertThat(report.counts().exactValues()).isZero();
        assertThat(report.toString()).contains("as written");
    }

    @Test
    void wellFormed_padsWeekNumbersAndKeepsEveryOtherValue() {
        assertThat(TimeEvaluation.wellFormed("2000-W7")).isEqualTo("2000-W07");
        assertThat(TimeEvaluation.wellFormed("2000-W7-WE")).isEqualTo("2000-W07-WE");
        assertThat(TimeEvaluation.wellFormed("2000-W17")).isEqualTo("2000-W17");
        assertThat(TimeEvaluation.wellFormed("2000-WXX")).isEqualTo("2000-WXX");
        assertThat(TimeEvaluation.wellFormed("P7W")).isEqualTo("P7W");
        assertThat(TimeEvaluation.wellFormed("1989-10-27T24")).isEqualTo("1989-10-27T24");
    }

    @Test
    void score_aPredictionOverTwoGoldExpressions_pairsWithOne() {
        TimeEvaluation.Document d = TimeEvaluation.parse("test.tml", DOCUMENT);
        String text = d.text();
        List<TimeExpression> predicted = List.of(time(text, "Tuesday after three months", Type.DATE, "2031-04-01"));
        TimeEvaluation.Counts c = TimeEvaluation.score("test", List.of(d), a -> predicted).counts();
        assertThat(c.relaxed()).isEqualTo(1);
        assertThat(c.strict()).isZero();
    }

    @Test
    void run_readsEveryTimeMlFileOfAFolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.tml"), DOCUMENT);
        Files.writeString(dir.resolve("notes.txt"), "not TimeML");
        assertThat(TimeEvaluation.isTimeMl(dir)).isTrue();
        TimeEvaluation.Report report = TimeEvaluation.run(dir, a -> List.of());
        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.counts().gold()).isEqualTo(3);
        assertThat(report.counts().relaxedF1()).isZero();
    }

    /** The real development set, when it lies beside the project: every gold span holds its words. */
    @Test
    void read_temporalDev_everyGoldSpanIsItsWords() throws IOException {
        Path dev = Path.of("..", "..", "shared", "datasets", "temporal-dev");
        if (!Files.isDirectory(dev)) {
            dev = Path.of("..", "shared", "datasets", "temporal-dev");
        }
        Assumptions.assumeTrue(Files.isDirectory(dev), "temporal-dev is not beside the project");
        List<TimeEvaluation.Document> documents = TimeEvaluation.read(dev);
        assertThat(documents).hasSizeGreaterThan(200);
        int gold = 0;
        for (TimeEvaluation.Document d : documents) {
            assertThat(d.creation()).matches("\\d{4}-\\d{2}-\\d{2}.*");
            for (TimeEvaluation.GoldTime g : d.times()) {
                assertThat(g.span().of(d.text())).isEqualTo(g.text());
                assertThat(g.type()).isIn("DATE", "TIME", "DURATION", "SET");
                gold++;
            }
        }
        assertThat(gold).isGreaterThan(1500);
    }
}

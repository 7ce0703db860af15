package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax eval dates} on invented news given as text alone: a dateline dates its article, a day named with its
 * weekday in the lead dates it within days, and a day the lead tells of (years back) dates nothing.
 */
class EvalDatesTest {
    @TempDir
    Path dir;

    private static final String REST = " The assembly now sends the budget to the governor, who has said she will sign"
            + " it within the week.\n";

    @Test
    void evalDates_countsTheArticlesGivenADay_andHowNearItIs() throws IOException {
        Path data = Files.createDirectories(dir.resolve("news"));
        Files.writeString(data.resolve("wire.txt"), "Water budget passes\n\nPORT VELL, March 3, 2024 (Harbour Wire) --"
                + " The regional assembly approved the water budget." + REST, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("weekday.txt"), "Budget vote ends standoff\n\nThe regional assembly approved on"
                + " Tuesday, April 9, 2024 the budget it had blocked for months." + REST, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("background.txt"), "Flood memorial opens\n\nThe town that lost its bridge in the"
                + " March 3, 2001, flood opened a memorial beside the river." + REST, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("articles.tsv"), "file\tevent\tdate\nwire.txt\tw\t2024-03-03\n"
                + "weekday.txt\tv\t2024-04-10\nbackground.txt\tb\t2024-05-02\n", StandardCharsets.UTF_8);
        Path errors = dir.resolve("errors.txt");

        Cli.Result r = Cli.run("eval", "dates", "--data", data.toString(), "--errors", errors.toString(), "--threads", "2");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("news, as text alone: 3 articles scored")
                .contains("given a day        2 (0.667 of the articles)")
                .contains("on the day         1   within a day 2 (precision 1.000)   within a week 2   further off 0")
                .as("again with the first file's day stated, the two others scored")
                .contains("news again, every third article dated by its page, the others scored: 2 articles");
        assertThat(Files.readString(errors)).as("no article given a day more than a day off").isEmpty();
    }

    @Test
    void evalDates_onTimeMl_datesEachDocumentByItsTextAlone() throws IOException {
        Path data = Files.createDirectories(dir.resolve("timeml"));
        Files.writeString(data.resolve("doc1.tml"), "<TimeML><DOCID>doc1</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\""
                + " value=\"2024-03-08\" functionInDocument=\"CREATION_TIME\">20240308</TIMEX3></DCT><TEXT>"
                + "PORT VELL, March 5, 2024 (Harbour Wire) -- The regional assembly approved the water budget." + REST
                + "</TEXT></TimeML>", StandardCharsets.UTF_8);
        Path errors = dir.resolve("errors.txt");

        Cli.Result r = Cli.run("eval", "dates", "--data", data.toString(), "--errors", errors.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("timeml, as text alone: 1 articles scored").contains("within a week 1   further off 0");
        assertThat(Files.readString(errors)).contains("doc1").contains("came out 2024-03-08").contains("3 days off");
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax eval claims} on a small pairs file of invented sentences: one prediction per pair, the measures. */
class EvalClaimsTest {
    @TempDir
    Path dir;

    private static final String ARTICLE = "Ferry service resumes\\n\\nThe ferry between the two islands resumed service"
            + " on Monday after a week of storms kept the boats in harbour, the operator said.\\n\\nThe operator said 14"
            + " crossings a day would run until the end of the month.";

    private Path pairs(String... lines) throws IOException {
        Path data = Files.createDirectories(dir.resolve("claims"));
        Files.writeString(data.resolve("pairs.tsv"), "id\tset\tfirst\tsecond\tlabel\tkind\n" + String.join("\n", lines)
                + "\n", StandardCharsets.UTF_8);
        return data;
    }

    @Test
    void evalClaims_writesOnePredictionPerPairAndPrintsTheMeasures() throws IOException {
        Path data = pairs(
                "m-1\tmrpc\tThe council approved the budget on Tuesday by a vote of 7 to 2.\tOn Tuesday the council"
                        + " approved the budget, 7 votes to 2.\tsupports\t",
                "m-2\tmrpc\tThe council approved the budget on Tuesday by a vote of 7 to 2.\tThe museum will open a"
                        + " new wing for modern art next spring.\tother\t",
                "s-1\tsummedits\t" + ARTICLE + "\tThe operator said 14 crossings a day would run until the end of the"
                        + " month.\tsupports\t",
                "s-2\tsummedits\t" + ARTICLE + "\tThe operator said 40 crossings a day would run until the end of the"
                        + " month.\tcontradicts\tentity");
        Path out = dir.resolve("predictions.tsv");
        Cli.Result r = Cli.run("eval", "claims", "--data", data.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("id\tlabel\tscore");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split("\t")[0]).containsExactly("m-1", "m-2", "s-1", "s-2");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertThat(f[1]).isIn("supports", "contradicts", "other");
            assertThat(Double.parseDouble(f[2])).isBetween(0.0, 1.0);
        }
        assertThat(lines.get(2)).startsWith("m-2\tother\t");
        assertThat(r.out()).contains("mrpc").contains("summedits").contains("balanced accuracy");
        // the alignment of the claims stage makes one claim of the paraphrase and two of the unrelated pair
        assertThat(r.out()).contains("alignment (each mrpc pair as two reports of one story): same claim P 1.000 R 1.000"
                + " F1 1.000 over 2 pairs, 0 marked as disputing each other");
        assertThat(r.out().lines().filter(l -> l.startsWith("Summary: claims n=4 ")).count()).isEqualTo(1);
    }

    @Test
    void evalClaims_heldOutAndMalformedLines_predictsTheRestAndNamesTheLine() throws IOException {
        Path data = pairs(
                "h-1\tmrpc\tThe council approved the budget on Tuesday.\tThe budget was approved by the council on"
                        + " Tuesday.\t\t",
                "h-2\tmrpc\tthis line has too few fields",
                "h-3\tsummedits\t" + ARTICLE + "\tThe ferry resumed service on Monday.\t\t");
        Path out = dir.resolve("predictions.tsv");
        Cli.Result r = Cli.run("eval", "claims", "--data", data.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(data.resolve("pairs.tsv") + ":3:");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("h-1\t");
        assertThat(lines.get(2)).startsWith("h-3\t");
        assertThat(r.out()).contains("none labelled").doesNotContain("Summary:");
    }

    @Test
    void evalClaims_noPairsFile_usageError() {
        Cli.Result r = Cli.run("eval", "claims", "--data", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("pairs.tsv");
    }
}

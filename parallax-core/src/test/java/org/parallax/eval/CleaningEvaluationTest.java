package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The cleaning bar on real scraped pages: F1 0.85 on cleaning-dev, where the text as it is scores 0.692. */
class CleaningEvaluationTest {

    @Test
    void run_cleaningDev_reachesTheBar() throws IOException {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "datasets", "cleaning-dev");
        assertThat(data).as("the cleaning-dev data set beside the project").isDirectory();
        CleaningEvaluation.Report report = CleaningEvaluation.run(data);
        assertThat(report.pages()).isEqualTo(990);
        assertThat(report.total().f1()).as(report.toString()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void score_countsSegmentsAfterFoldingWhiteSpace() {
        SegmentScore s = SegmentScore.of("one  two\nthree four", java.util.List.of("one two", "five"),
                java.util.List.of("three four", "six"));
        assertThat(s).isEqualTo(new SegmentScore(1, 1, 1));
        assertThat(s.f1()).isEqualTo(0.5);
    }
}

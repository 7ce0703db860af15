package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringEvaluationTest {

    @Test
    void score_bcubedAndNmi_ofKnownClusterings() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        ClusteringEvaluation.Score perfect = ClusteringEvaluation.score(Map.of("a", "1", "b", "1", "c", "2", "d", "2"), gold);
        assertThat(perfect.f1()).isEqualTo(1.0);
        assertThat(perfect.nmi()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        ClusteringEvaluation.Score singletons = ClusteringEvaluation.score(Map.of("a", "1", "b", "2", "c", "3", "d", "4"), gold);
        assertThat(singletons.precision()).isEqualTo(1.0);
        assertThat(singletons.recall()).isEqualTo(0.5);
        ClusteringEvaluation.Score oneBlob = ClusteringEvaluation.score(Map.of("a", "1", "b", "1", "c", "1", "d", "1"), gold);
        assertThat(oneBlob.recall()).isEqualTo(1.0);
        assertThat(oneBlob.precision()).isEqualTo(0.5);
        assertThat(oneBlob.nmi()).isEqualTo(0.0);
    }

    @Test
    void label_fromFileNames() {
        assertThat(ClusteringEvaluation.label("premier.league.12.txt")).isEqualTo("premier.league");
        assertThat(ClusteringEvaluation.label("ParisAttacks2015 (12).txt")).isEqualTo("ParisAttacks2015");
    }

    @Test
    void run_folderOfLabelledSubfolders(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String[] bridge = {"Ship strikes harbor bridge", "Harbor bridge closed after ship strike", "Ship damages bridge pier"};
        String[] budget = {"Assembly passes water budget", "Water budget approved after debate", "Farmers criticise water budget"};
        for (int i = 0; i < 3; i++) {
            java.nio.file.Files.createDirectories(dir.resolve("bridge"));
            java.nio.file.Files.createDirectories(dir.resolve("budget"));
            java.nio.file.Files.writeString(dir.resolve("bridge/" + i + ".txt"), bridge[i] + "\n\nA cargo ship struck a pier of"
                    + " the harbor bridge, and the city closed the bridge to traffic while engineers inspect the pier.\n");
            java.nio.file.Files.writeString(dir.resolve("budget/" + i + ".txt"), budget[i] + "\n\nThe regional assembly voted"
                    + " on the water budget, which raises what farmers pay for irrigation and funds new reservoirs.\n");
        }
        ClusteringEvaluation.Report report = ClusteringEvaluation.run(dir, 1);
        assertThat(report.articles()).isEqualTo(6);
        assertThat(report.goldClusters()).isEqualTo(2);
        assertThat(report.storylines().f1()).isEqualTo(1.0);
    }

    @Test
    void run_labelsFile_givesEventsDatesAndTopics(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve("text"));
        StringBuilder labels = new StringBuilder("file\tevent\toutlet\tdate\n");
        String[] outlets = {"herald", "courier"};
        for (int i = 0; i < 2; i++) {
            java.nio.file.Files.writeString(dir.resolve("text/b" + i + ".txt"), "Ship strikes harbor bridge\n\nA cargo ship"
                    + " struck a pier of the harbor bridge, and the city closed the bridge while engineers inspect the pier.\n");
            java.nio.file.Files.writeString(dir.resolve("text/w" + i + ".txt"), "Assembly passes water budget\n\nThe regional"
                    + " assembly voted on the water budget, which raises what farmers pay for irrigation.\n");
            labels.append("b").append(i).append(".txt\tT1a\t").append(outlets[i]).append("\t2025-03-04\n");
            labels.append("w").append(i).append(".txt\tT1b\t").append(outlets[i]).append("\t2025-03-05\n");
        }
        java.nio.file.Files.writeString(dir.resolve(ClusteringEvaluation.LABELS), labels);
        ClusteringEvaluation.Prepared prepared = ClusteringEvaluation.prepare(dir, 1, topics(2));
        assertThat(prepared.articles()).hasSize(4).allSatisfy(a -> assertThat(a.published()).isNotNull());
        assertThat(prepared.articles().get(0).published().day()).isEqualTo("2025-03-04");
        assertThat(prepared.articles()).extracting(a -> a.outlet()).containsOnly("herald", "courier");
        ClusteringEvaluation.Report report = ClusteringEvaluation.score(prepared, new org.parallax.corpus.CorpusIndex());
        assertThat(report.goldClusters()).isEqualTo(2);
        assertThat(report.stories().f1()).isEqualTo(1.0);
        assertThat(report.goldTopics()).isEqualTo(1);
        assertThat(report.storylinesByTopic()).isNotNull();
    }

    /** Storylines against clustering-dev's coarse topic labels. */
    @Test
    void run_clusteringDev_storylinesMatchTheTopics() throws IOException {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "datasets", "clustering-dev");
        ClusteringEvaluation.Report report = ClusteringEvaluation.run(data, 2);
        assertThat(report.articles()).isEqualTo(220);
        assertThat(report.storylines().f1()).as(report.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.stories().precision()).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    }

    /** Stories against ECB+ events (two similar events per topic) and storylines against its topics. */
    @Test
    void run_storiesDev_storiesFollowEventsAndStorylinesTopics() throws IOException {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "datasets", "stories-dev", "ECB+");
        ClusteringEvaluation.Report report = ClusteringEvaluation.run(data, 2, topics(2));
        assertThat(report.articles()).isEqualTo(772);
        assertThat(report.stories().f1()).as(report.toString()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.storylinesByTopic().f1()).as(report.toString()).isGreaterThanOrEqualTo(0.85);
    }

    /** Stories against BASIL events: one event told by three outlets in three slants, events from its labels file. */
    @Test
    void run_stancesDev_oneStoryPerEvent() throws IOException {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "datasets", "stances-dev");
        ClusteringEvaluation.Report report = ClusteringEvaluation.run(data, 2);
        assertThat(report.articles()).isEqualTo(150);
        assertThat(report.stories().f1()).as(report.toString()).isGreaterThanOrEqualTo(0.9);
    }

    /** No entities (the core has no finder), dates from a labels file, topics of {@code length} characters. */
    private static ClusteringEvaluation.Options topics(int length) {
        return new ClusteringEvaluation.Options(a -> org.parallax.model.ArticleEntities.none(a.id()), true, length);
    }
}

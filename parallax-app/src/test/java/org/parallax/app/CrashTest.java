package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Store;

/** A run killed with SIGKILL in the middle leaves a store that opens, and a rerun completes it. */
class CrashTest {
    private static final int DOCUMENTS = 1000;

    @TempDir
    Path dir;

    @Test
    void analyze_killedMidRun_storeOpensAndRerunCompletes() throws Exception {
        Path corpus = new SyntheticCorpus(7).write(dir.resolve("corpus"), DOCUMENTS);
        Path store = dir.resolve("store");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "analyze", corpus.toString(),
                "--out", dir.resolve("bundle.json").toString(), "--store", store.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int seen = 0;
        while (child.isAlive() && seen == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = count(store);
        }
        assertThat(child.isAlive()).as("the run was still going when killed; log: %s", Files.readString(dir.resolve("child.log")))
                .isTrue();
        child.destroyForcibly().waitFor();
        assertThat(seen).isBetween(1, DOCUMENTS - 1);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve(Store.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        Cli.Result rerun = Cli.run("analyze", corpus.toString(), "--out", dir.resolve("bundle2.json").toString(),
                "--store", store.toString());
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(count(store)).isEqualTo(DOCUMENTS);
        assertThat(rerun.err()).contains("read=" + DOCUMENTS);
    }

    /**
     * Killed at several points of a run (while articles are read and stored, and later, in the corpus stages), each
     * store passes SQLite's integrity check and a rerun over it gives the bundle of a run that was never killed.
     */
    @Test
    void analyze_killedAtSeveralPoints_rerunGivesTheBundleOfAnUninterruptedRun() throws Exception {
        Path corpus = new SyntheticCorpus(11).write(dir.resolve("corpus"), 400);
        long started = System.nanoTime();
        Process clean = analyzeInChild(corpus, dir.resolve("clean"), dir.resolve("clean.json"), "clean.log");
        assertThat(clean.waitFor()).as(Files.readString(dir.resolve("clean.log"))).isZero();
        long duration = System.nanoTime() - started;
        String expected = Files.readString(dir.resolve("clean.json"));

        int killedAlive = 0;
        for (double at : new double[] {0.25, 0.5, 0.75, 0.9}) {
            String name = "killed-" + Math.round(at * 100);
            Path store = dir.resolve(name);
            Process child = analyzeInChild(corpus, store, dir.resolve(name + ".json"), name + ".log");
            Thread.sleep(Math.max(1, (long) (duration * at / 1_000_000)));
            killedAlive += child.isAlive() ? 1 : 0;
            child.destroyForcibly().waitFor();
            if (Files.exists(store.resolve(Store.FILE_NAME))) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve(Store.FILE_NAME));
                     Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as(name).isEqualTo("ok");
                }
            }
            Cli.Result rerun = Cli.run("analyze", corpus.toString(), "--out", dir.resolve(name + "-rerun.json").toString(),
                    "--store", store.toString());
            assertThat(rerun.exit()).as(rerun.err()).isZero();
            assertThat(Files.readString(dir.resolve(name + "-rerun.json"))).as("the bundle after a kill at %s of the run", at)
                    .isEqualTo(expected);
        }
        assertThat(killedAlive).as("runs that were still going when killed").isGreaterThanOrEqualTo(2);
    }

    private Process analyzeInChild(Path corpus, Path store, Path bundle, String log) throws java.io.IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "analyze", corpus.toString(),
                "--out", bundle.toString(), "--store", store.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static int count(Path store) {
        Path file = store.resolve(Store.FILE_NAME);
        if (!Files.exists(file)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    @Test
    void syntheticCorpus_isDeterministic() throws Exception {
        Path a = new SyntheticCorpus(3).write(dir.resolve("a"), 20);
        Path b = new SyntheticCorpus(3).write(dir.resolve("b"), 20);
        assertThat(Files.readAllLines(a.resolve("part-00000.jsonl"))).isEqualTo(Files.readAllLines(b.resolve("part-00000.jsonl")))
                .hasSize(20);
        List<String> lines = Files.readAllLines(a.resolve("part-00000.jsonl"));
        assertThat(lines.get(0)).startsWith("{\"id\":\"0\"");
    }
}

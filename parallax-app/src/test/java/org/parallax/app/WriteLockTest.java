package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Store;

/** Two writing jobs on one store never interleave: while one writes, the next is refused with a clear message. */
class WriteLockTest {
    @TempDir
    Path dir;

    @Test
    void analyze_whileAnotherJobWrites_isRefusedAndStoresNothing_thenRunsWhenItEnds() throws Exception {
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "Ferry resumes\n\nThe island ferry resumed service on Monday after a week of storms.\n");
        Path folder = dir.resolve("store");
        try (Store store = Store.open(folder, Clock.systemUTC()); Store.Writing job = store.exclusive()) {
            Cli.Result refused = Cli.run("analyze", input.toString(), "--store", folder.toString(), "--out",
                    dir.resolve("a.json").toString());
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.err()).contains("is being written by another parallax job");
            Cli.Result reanalyze = Cli.run("reanalyze", "--store", folder.toString());
            assertThat(reanalyze.exit()).isNotZero();
            assertThat(reanalyze.err()).contains("is being written by another parallax job");
            assertThat(store.count()).isZero();
        }
        Cli.Result ran = Cli.run("analyze", input.toString(), "--store", folder.toString(), "--out",
                dir.resolve("b.json").toString());
        assertThat(ran.exit()).as(ran.err()).isZero();
        try (Store store = Store.open(folder, Clock.systemUTC())) {
            assertThat(store.count()).isEqualTo(1);
        }
    }
}

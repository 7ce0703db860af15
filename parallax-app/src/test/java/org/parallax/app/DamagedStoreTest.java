package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Store;

/** A store whose file was damaged takes no writes: the job says so, and the file is left as the damage left it. */
class DamagedStoreTest {
    @TempDir
    Path dir;

    @Test
    void analyze_onADamagedStore_isRefusedAndWritesNothing() throws Exception {
        Path first = dir.resolve("first.txt");
        Files.writeString(first, "Ferry resumes\n\nThe island ferry resumed service on Monday after a week of storms,"
                + " the operator said. " + "Fares stay as they were, the council said on Tuesday. ".repeat(200) + "\n");
        Path folder = dir.resolve("store");
        Cli.Result made = Cli.run("analyze", first.toString(), "--store", folder.toString(), "--out", dir.resolve("a.json").toString());
        assertThat(made.exit()).as(made.err()).isZero();
        Path file = folder.resolve(Store.FILE_NAME);
        long pages = Files.size(file) / 4096;
        assertThat(pages).as("pages in the store").isGreaterThan(4);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raf.seek((pages / 2) * 4096);
            raf.write(garbage);
        }
        byte[] damaged = Files.readAllBytes(file);

        Path second = dir.resolve("second.txt");
        Files.writeString(second, "Bridge reopens\n\nThe harbour bridge reopened on Wednesday after repairs, the city said.\n");
        Cli.Result refused = Cli.run("analyze", second.toString(), "--store", folder.toString(), "--out", dir.resolve("b.json").toString());
        Cli.Result reanalyze = Cli.run("reanalyze", "--store", folder.toString());

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains(file.toString()).contains("is damaged").contains("nothing was written");
        assertThat(reanalyze.exit()).isNotZero();
        assertThat(reanalyze.err()).contains("is damaged");
        assertThat(Files.readAllBytes(file)).as("the store's file after the refused jobs").isEqualTo(damaged);
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list and search, the commands that look into the store, count in words: one and many. */
class LookCommandsTest {
    @TempDir
    Path dir;

    @Test
    void listAndSearch_countOneAndMany() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"),
                "Harbour bridge reopens\n\nThe harbour bridge reopened on Monday, the city said.\n");
        String store = dir.resolve("store").toString();
        assertThat(Cli.run("analyze", in.toString(), "--store", store, "--out", dir.resolve("b.json").toString()).exit())
                .isZero();
        assertThat(Cli.run("list", "--store", store).out()).contains("(1 article in ");
        assertThat(Cli.run("search", "--store", store, "harbour").out()).endsWith("(1 hit)" + System.lineSeparator());
        assertThat(Cli.run("search", "--store", store, "ferry").out()).isEqualTo("(0 hits)" + System.lineSeparator());
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.Ingest;
import org.parallax.nlp.Annotation;
import org.parallax.store.Store;

/** A run ends only once the models it loads beside its first steps are loaded: a process must not exit mid-load. */
class AnalyzeModelsTest {
    @TempDir
    Path dir;

    @Test
    void analyze_shorterThanItsModelsLoad_returnsOnlyOnceTheyAreLoaded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"),
                "Harbour bridge reopens\n\nThe harbour bridge reopened on Monday, the city said.\n");
        AtomicBoolean loaded = new AtomicBoolean();
        Runnable slowLoad = () -> {
            try {
                Thread.sleep(6_000);
                loaded.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (Store store = Store.open(dir.resolve("store"), Clock.systemUTC())) {
            Analysis.Result r = Analysis.run(List.of(in.toString()), new Ingest(), store, new PrintWriter(new StringWriter()), 2,
                    256, new Annotation(), slowLoad);
            assertThat(r.summary().stored()).isEqualTo(1);
        }
        assertThat(loaded).as("the load beside the run finished before the run returned").isTrue();
    }
}
